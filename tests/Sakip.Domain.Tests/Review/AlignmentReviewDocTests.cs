using System.Text.RegularExpressions;
using Sakip.Domain.Review;
using Sakip.Domain.Tests.Docs;
using static Sakip.Domain.Tests.Review.ReviewFixtures;

namespace Sakip.Domain.Tests.Review;

/// <summary><c>docs/alignment-review.md</c> lists every rule, and its code samples are the compiled ones.</summary>
[Collection(SerialConsole.Name)]
public sealed partial class AlignmentReviewDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(FindRoot(), "docs", "alignment-review.md")).ReplaceLineEndings("\n");

    [Fact]
    public void Doc_RulesTable_ListsEveryBuiltInRuleWithItsSeverity()
    {
        Assert.All(AlignmentReview.Default.Rules, r => Assert.Contains($"| {r.Id} | {r.Severity} |", Doc, StringComparison.Ordinal));
    }

    [Fact]
    public void Doc_ExampleFindings_CoverEveryBuiltInRule()
    {
        var examples = Doc[Doc.IndexOf("### Example findings", StringComparison.Ordinal)..];

        Assert.All(AlignmentReview.Default.Rules, r => Assert.Contains($"| {r.Id} | ", examples, StringComparison.Ordinal));
    }

    [Fact]
    public void Doc_RulesTable_BasisIsEachBuiltInRulesBasis()
    {
        Assert.All(AlignmentReview.Default.Rules, r =>
        {
            var row = Doc.Split('\n').Single(l => l.StartsWith($"| {r.Id} | {r.Severity} | ", StringComparison.Ordinal));
            var cells = row.Split(" | ");
            var basis = MarkdownLink().Replace(cells[^1].TrimEnd('|', ' '), "${text}");

            Assert.Equal(r.Basis, basis);
        });
    }

    [Fact]
    public void BuiltInRules_Basis_NamesItsSourceAndAPlanningDocSection()
    {
        Assert.All(AlignmentReview.Default.Rules, r =>
        {
            Assert.All(WorkingNotes.Citations, c => Assert.DoesNotContain(c, r.Basis, StringComparison.OrdinalIgnoreCase));
            Assert.Matches(@"^(Permendagri|PermenPAN-RB|Reviewers' practice|Published RPJMD tables)", r.Basis);
            Assert.Contains("docs/planning.md#", r.Basis, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("run")]
    [InlineData("plugins")]
    public void Doc_CodeSample_IsTheCompiledExampleVerbatim(string name)
    {
        var block = new Regex($@"<!-- alignment-review-example:{name} -->\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline).Match(Doc);
        Assert.True(block.Success, $"docs/alignment-review.md has no csharp block after the alignment-review-example:{name} marker");

        var source = File.ReadAllText(Path.Combine(FindRoot(), "tests", "Sakip.Domain.Tests", "Review", "AlignmentReviewDocExample.cs"));
        var start = source.IndexOf($"// begin-doc-example:{name}", StringComparison.Ordinal);
        var end = source.IndexOf($"// end-doc-example:{name}", StringComparison.Ordinal);

        Assert.Equal(Normalize(source[start..end].Split('\n').Skip(1)), Normalize(block.Groups["code"].Value.Split('\n')));
    }

    [Fact]
    public void DocExampleRun_OneChangedTarget_PrintsTheFindingAndTheCoverage()
    {
        var builder = Builder();
        builder.Pk(0, pk => pk with { Targets = pk.Targets.Replace(0, t => t with { Target = 10m }) });

        var lines = SerialConsole.Capture(() => AlignmentReviewDocExample.Run(builder));

        Assert.Equal(2, lines.Length);
        Assert.StartsWith("ALN-004 Error perjanjianKinerja[0].targets[0]: target perjanjian 10 berbeda", lines[0], StringComparison.Ordinal);
        Assert.Equal("100 % (2/2)", lines[1]);
    }

    [Fact]
    public void DocExamplePlugins_CleanFixture_PrintsTheRuleCount()
    {
        var lines = SerialConsole.Capture(() => AlignmentReviewDocExample.Plugins(Clean()));

        Assert.Equal(["19"], lines);
    }

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    private static string Normalize(IEnumerable<string> lines) =>
        string.Join("\n", lines.Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sakip.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Sakip.Domain.sln not found above the test output folder.");
    }
}
