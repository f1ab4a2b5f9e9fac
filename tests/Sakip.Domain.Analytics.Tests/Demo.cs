using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Tests;

namespace Sakip.Domain.Analytics.Tests;

/// <summary>The demo region (Kabupaten Contoh, 33.99) as the CLI ships it, and temporary folders.</summary>
internal static class Demo
{
    private static readonly Lazy<SakipDocument> Cached = new(() =>
        SakipDocumentJson.Read(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "Sakip.Cli", "Demo", "kabupaten-contoh.sakip.json"))).GetValueOrThrow());

    public const int Year = 2025;

    public const string Province = "33";

    public static SakipDocument Document => Cached.Value;

    /// <summary>The demo document as another region of a province (same plans and figures).</summary>
    public static SakipDocument AsRegion(string code, string name)
    {
        var builder = Document.ToBuilder();
        builder.Region = new Region(code, name, RegionKind.Regency);
        return builder.Build().GetValueOrThrow();
    }

    public static string NewFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "sakip-analytics-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
