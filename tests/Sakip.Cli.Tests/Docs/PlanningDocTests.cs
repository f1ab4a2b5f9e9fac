using System.Text.RegularExpressions;
using Sakip.Domain.Review;
using Sakip.Domain.Tests;
using Sakip.Domain.Tests.Docs;

namespace Sakip.Cli.Tests.Docs;

/// <summary><c>docs/planning.md</c>, the project's own notes that code and docs cite: every section a citation names
/// exists, and the page cites regulations and reports, never the working notes behind it.</summary>
public sealed partial class PlanningDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "planning.md")).ReplaceLineEndings("\n");

    public static TheoryData<string, string> Citations()
    {
        var data = new TheoryData<string, string>();
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "docs"), "*.md"))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/');
            var anchors = PlanningAnchor().Matches(File.ReadAllText(file)).Select(m => m.Groups["anchor"].Value);
            foreach (var anchor in anchors.Distinct(StringComparer.Ordinal))
            {
                data.Add(name, anchor);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Citations))]
    public void Citation_NamesASectionOfThePage(string file, string anchor)
    {
        Assert.True(Anchors().Contains(anchor), $"{file} cites docs/planning.md#{anchor}, which is not a heading of docs/planning.md");
    }

    [Fact]
    public void BuiltInRuleBases_NameSectionsOfThePage()
    {
        var cited = AlignmentReview.Default.Rules.SelectMany(r => PlanningAnchor().Matches(r.Basis)).Select(m => m.Groups["anchor"].Value).ToList();

        Assert.NotEmpty(cited);
        Assert.All(cited, a => Assert.Contains(a, Anchors()));
    }

    [Fact]
    public void Page_CitesNoWorkingNotes()
    {
        Assert.All(WorkingNotes.Citations, c => Assert.DoesNotContain(c, Doc, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Page_LinksWithinItself_ToItsOwnSections()
    {
        var links = SelfLink().Matches(Doc).Select(m => m.Groups["anchor"].Value).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.Contains(a, Anchors()));
    }

    /// <summary>The anchors GitHub gives the page's headings: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static HashSet<string> Anchors() =>
        Doc.Split('\n')
            .Where(l => l.StartsWith('#'))
            .Select(l => l.TrimStart('#').Trim().ToLowerInvariant())
            .Select(h => NotInAnchor().Replace(h, string.Empty).Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"planning\.md#(?<anchor>[a-z0-9-]+)")]
    private static partial Regex PlanningAnchor();

    [GeneratedRegex(@"\]\(#(?<anchor>[a-z0-9-]+)\)")]
    private static partial Regex SelfLink();

    [GeneratedRegex(@"[^\p{L}\p{N} _-]")]
    private static partial Regex NotInAnchor();
}
