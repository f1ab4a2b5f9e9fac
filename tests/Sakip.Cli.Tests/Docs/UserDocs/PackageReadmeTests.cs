using System.Text.RegularExpressions;
using System.Xml.Linq;
using Sakip.Domain.Tests;

namespace Sakip.Cli.Tests.Docs.UserDocs;

/// <summary>
/// The READMEs shown on package pages: each package packs its own README (src/&lt;project&gt;/README.md, titled with
/// the package id), and those and the repository README link and show images only by absolute address, as a package
/// page has no repository beside it.
/// </summary>
public sealed partial class PackageReadmeTests
{
    public static TheoryData<string> Readmes() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "src"), "README.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace('\\', '/'))
            .Prepend("README.md")
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> PackableProjects() => [.. Packable()];

    private static string[] Packable() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(f => Property(XDocument.Load(f), "IsPackable") == "true")
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Readmes))]
    public void Readme_LinksAndImages_AreAbsolute(string readme)
    {
        var text = CodeSpan().Replace(FencedBlock().Replace(File.ReadAllText(Path.Combine(RepositoryFiles.Root, readme)).ReplaceLineEndings("\n"), ""), "");
        var targets = MarkdownLink().Matches(text).Select(m => m.Groups["url"].Value)
            .Concat(ReferenceLink().Matches(text).Select(m => m.Groups["url"].Value))
            .Concat(HtmlLink().Matches(text).Select(m => m.Groups["url"].Value))
            .ToList();

        Assert.All(targets, url => Assert.True(url.StartsWith("https://", StringComparison.Ordinal), $"{readme}: '{url}' is not an absolute https address"));
    }

    [Fact]
    public void Readme_LinkCheck_FindsRelativeLinksAndImages()
    {
        var text = "See [rules](docs/rules.md), ![tree](docs/pohon-kinerja.png), <img src=\"a.png\">, [x][1] and\n[1]: ../x.md\n";

        Assert.Equal(["docs/rules.md", "docs/pohon-kinerja.png"], MarkdownLink().Matches(text).Select(m => m.Groups["url"].Value));
        Assert.Equal(["../x.md"], ReferenceLink().Matches(text).Select(m => m.Groups["url"].Value));
        Assert.Equal(["a.png"], HtmlLink().Matches(text).Select(m => m.Groups["url"].Value));
    }

    [Theory]
    [MemberData(nameof(PackableProjects))]
    public void Package_PacksItsOwnReadme(string project)
    {
        var csproj = XDocument.Load(Path.Combine(RepositoryFiles.Root, project));
        var packageId = Property(csproj, "PackageId") ?? Path.GetFileNameWithoutExtension(project);
        var packed = csproj.Descendants("None").Where(n => (string?)n.Attribute("Pack") == "true" && (string?)n.Attribute("PackagePath") == "/").Select(n => (string?)n.Attribute("Include")).ToList();

        Assert.Equal("README.md", Property(csproj, "PackageReadmeFile"));
        Assert.Equal(["README.md"], packed);
        var readme = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, Path.GetDirectoryName(project)!, "README.md"));
        Assert.Equal($"# {packageId}", readme[0]);
    }

    [Fact]
    public void RepositoryReadme_InstallSection_NamesEveryPackage()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        foreach (var project in Packable())
        {
            var csproj = XDocument.Load(Path.Combine(RepositoryFiles.Root, project));
            var packageId = Property(csproj, "PackageId") ?? Path.GetFileNameWithoutExtension(project);
            var install = Property(csproj, "PackAsTool") == "true" ? $"dotnet tool install -g {packageId}" : $"dotnet add package {packageId}";
            Assert.Matches(new Regex($"(?m)^{Regex.Escape(install)}(?: |$)"), readme.ReplaceLineEndings("\n"));
        }
    }

    private static string? Property(XDocument csproj, string name) => csproj.Descendants(name).Select(e => e.Value.Trim()).FirstOrDefault();

    [GeneratedRegex(@"^```.*?^```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\]\((?<url>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^\s*\[[^\]]+\]:\s*(?<url>\S+)", RegexOptions.Multiline)]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"(?:src|href)\s*=\s*""(?<url>[^""]*)""")]
    private static partial Regex HtmlLink();
}
