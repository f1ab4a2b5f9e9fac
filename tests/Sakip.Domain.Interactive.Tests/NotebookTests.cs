using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Sakip.Domain.Tests;

namespace Sakip.Domain.Interactive.Tests;

/// <summary>The sample notebooks (samples/notebooks) as committed: they reference the version the build packs,
/// carry no outputs, and the package carries the extension script that registers the formatters.</summary>
public partial class NotebookTests
{
    private static readonly string Folder = Path.Combine(RepositoryFiles.Root, "samples", "notebooks");

    public static TheoryData<string> Notebooks() => [.. Names()];

    [Fact]
    public void Notebooks_TheSamplesTheIssueAsksFor_Exist()
    {
        Assert.Contains("capaian-dan-pohon-kinerja.ipynb", Names());
        Assert.Contains("evaluasi-lke.ipynb", Names());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_NugetReferences_AreThePackedVersion(string notebook)
    {
        var references = Sources(notebook).SelectMany(s => NugetReference().Matches(s)).ToList();

        Assert.Contains(references, r => r.Groups["id"].Value == "Sakip.Domain.Interactive");
        Assert.All(references, r => Assert.Equal(PackageVersion(), r.Groups["version"].Value));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_Committed_WithoutOutputs(string notebook)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, notebook)));
        foreach (var cell in json.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code"))
        {
            Assert.Equal(0, cell.GetProperty("outputs").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("execution_count").ValueKind);
        }

        Assert.Equal(".net-csharp", json.RootElement.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_FirstCodeCell_AddsTheLocalPackagesRelativeToTheNotebook(string notebook)
    {
        var first = Sources(notebook).First();

        Assert.Contains("Path.Combine(\"..\", \"..\", \"artifacts\", \"packages\")", first, StringComparison.Ordinal);
        Assert.Contains("#i \\\"nuget: {", first, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(RepositoryFiles.Root, "src")), "the notebooks' relative paths start two folders up");
    }

    [Fact]
    public void Package_ExtensionScript_RegistersTheFormatters()
    {
        var project = XDocument.Load(Path.Combine(RepositoryFiles.Root, "src", "Sakip.Domain.Interactive", "Sakip.Domain.Interactive.csproj"));
        var script = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "Sakip.Domain.Interactive", "extension.dib"));

        Assert.Contains(project.Descendants("None"), e => (string?)e.Attribute("Include") == "extension.dib" && (string?)e.Attribute("Pack") == "true"
            && (string?)e.Attribute("PackagePath") == "interactive-extensions/dotnet");
        Assert.Contains("Sakip.Domain.Interactive.SakipFormatters.Register();", script, StringComparison.Ordinal);
    }

    private static List<string> Names() =>
        [.. Directory.EnumerateFiles(Folder, "*.ipynb").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>The version <c>dotnet pack</c> gives the packages: VersionPrefix, and VersionSuffix when set.</summary>
    private static string PackageVersion()
    {
        var props = XDocument.Load(Path.Combine(RepositoryFiles.Root, "Directory.Build.props"));
        var prefix = props.Descendants("VersionPrefix").Single().Value.Trim();
        var suffix = props.Descendants("VersionSuffix").SingleOrDefault()?.Value.Trim();
        return string.IsNullOrEmpty(suffix) ? prefix : prefix + "-" + suffix;
    }

    private static IEnumerable<string> Sources(string notebook)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, notebook)));
        return [.. json.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString())))];
    }

    [GeneratedRegex(@"#r\s+""nuget:\s*(?<id>[A-Za-z0-9.]+)\s*,\s*(?<version>[^""\s]+)\s*""")]
    private static partial Regex NugetReference();
}
