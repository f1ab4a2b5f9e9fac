using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Sakip.Cli.Demo;
using Sakip.Domain.Tests;

namespace Sakip.Domain.Diagrams.Tests;

/// <summary>docs/diagrams.md: its code is the compiled example and runs; it names every option.</summary>
public sealed class DiagramDocTests : IDisposable
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "diagrams.md")).ReplaceLineEndings("\n");

    private readonly string _folder = Directory.CreateTempSubdirectory("sakip-diagrams-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void CodeExample_IsTheCompiledExample_Verbatim()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "Sakip.Domain.Diagrams.Tests", "DiagramDocExample.cs")).ReplaceLineEndings("\n");
        var start = source.IndexOf("// begin-diagram-example", StringComparison.Ordinal);
        var end = source.IndexOf("// end-diagram-example", StringComparison.Ordinal);
        var match = Regex.Match(Doc, "<!-- diagram-example -->\n```csharp\n(?<body>.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(1));

        Assert.True(match.Success, "the doc has no csharp block marked diagram-example");
        Assert.Equal(Normalize(source[start..end].Split('\n').Skip(1)), Normalize(match.Groups["body"].Value.Split('\n')));
    }

    [Fact]
    public void CodeExample_DemoRegion_WritesTheThreeFormats()
    {
        DiagramDocExample.Run(DemoRegion.Create(), _folder);

        var svg = XDocument.Load(Path.Combine(_folder, "pohon-kinerja.svg"));
        Assert.Contains(DiagramTrees.Boxes(svg).Keys, id => id.StartsWith("1.02.0.00.0.00.01.0000/", StringComparison.Ordinal));
        Assert.StartsWith("---\ntitle: \"Pohon Kinerja Dinas Kesehatan 2025\"\n---\nflowchart TD\n", File.ReadAllText(Path.Combine(_folder, "pohon-kinerja.mmd")), StringComparison.Ordinal);
        Assert.StartsWith("digraph pohon_kinerja {\n", File.ReadAllText(Path.Combine(_folder, "pohon-kinerja.dot")), StringComparison.Ordinal);
    }

    [Fact]
    public void Doc_EveryOption_IsNamed()
    {
        var options = typeof(DiagramOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Where(n => n != "EqualityContract");

        Assert.All(options, name => Assert.Contains($"`{name}`", Doc, StringComparison.Ordinal));
    }

    private static string[] Normalize(IEnumerable<string> lines) =>
        [.. lines.Select(l => l.Trim()).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse()];
}
