using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Sakip.Domain.Tests.Docs;

/// <summary>The script (<c>samples/scripts/*.cs</c>) and LINQPad (<c>samples/linqpad/*.linq</c>) samples ask for the
/// version of our packages the repository packs (eng/run-samples.sh runs them against those packages).</summary>
public sealed partial class SampleFilesTests
{
    private static string Samples(string folder) => Path.Combine(RepositoryFiles.Root, "samples", folder);

    public static TheoryData<string> Scripts => [.. Directory.GetFiles(Samples("scripts"), "*.cs").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> LinqPadQueries => [.. Directory.GetFiles(Samples("linqpad"), "*.linq").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>The version <c>dotnet pack</c> gives our packages: <c>VersionPrefix</c>, and <c>-VersionSuffix</c>
    /// when there is one, from Directory.Build.props.</summary>
    private static string PackedVersion
    {
        get
        {
            var props = XDocument.Load(Path.Combine(RepositoryFiles.Root, "Directory.Build.props"));
            var prefix = props.Descendants("VersionPrefix").Single().Value.Trim();
            var suffix = props.Descendants("VersionSuffix").SingleOrDefault()?.Value.Trim();
            return string.IsNullOrEmpty(suffix) ? prefix : $"{prefix}-{suffix}";
        }
    }

    [Fact]
    public void Samples_BothKinds_Exist()
    {
        Assert.True(Scripts.Count >= 4, "samples/scripts holds the four analyses of issue 13");
        Assert.True(LinqPadQueries.Count >= 3, "samples/linqpad holds the three LINQPad samples");
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_EveryOwnPackage_IsThePackedVersion(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Samples("scripts"), file));
        var packages = lines.Select(l => PackageDirective().Match(l)).Where(m => m.Success).ToArray();

        Assert.Contains(packages, m => m.Groups["name"].Value == "Sakip.Domain");
        Assert.All(packages.Where(m => m.Groups["name"].Value.StartsWith("Sakip.", StringComparison.Ordinal)), m => Assert.Equal(PackedVersion, m.Groups["version"].Value));
        Assert.Contains(lines, l => l.Contains($"dotnet run samples/scripts/{file}", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(LinqPadQueries))]
    public void LinqPadQuery_HeaderIsAStatementsQueryOnThePackedVersion(string file)
    {
        var text = File.ReadAllText(Path.Combine(Samples("linqpad"), file));
        var end = text.IndexOf("</Query>", StringComparison.Ordinal);
        Assert.True(end > 0, "a .linq file starts with its <Query> header");

        var header = XElement.Parse(text[..(end + "</Query>".Length)]);

        Assert.Equal("Statements", header.Attribute("Kind")?.Value);
        var references = header.Elements("NuGetReference").ToArray();
        Assert.Contains(references, r => r.Value == "Sakip.Domain");
        Assert.All(references, r => Assert.Equal(PackedVersion, r.Attribute("Version")?.Value));
        Assert.NotEmpty(header.Elements("Namespace"));
    }

    [GeneratedRegex(@"^#:package\s+(?<name>[^@\s]+)@(?<version>\S+)\s*$")]
    private static partial Regex PackageDirective();
}
