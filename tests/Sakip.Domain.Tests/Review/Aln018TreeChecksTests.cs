using Sakip.Domain.Achievement;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Tree;
using static Sakip.Domain.Tests.Review.ReviewFixtures;

namespace Sakip.Domain.Tests.Review;

/// <summary>ALN-018: the performance tree's own errors reach the alignment review, each reported once and by one
/// rule.</summary>
public class Aln018TreeChecksTests
{
    [Fact]
    public void CleanDocument_TreeHasNoError_AndTheRuleFindsNothing()
    {
        var document = Clean();

        Assert.DoesNotContain(Tree(document).Check(), i => i.Severity == Severity.Error);
        Assert.DoesNotContain(AlignmentReview.Default.Run(document).Findings, f => f.RuleId == "ALN-018");
    }

    [Fact]
    public void CascadedIndicatorWithTheOppositePolarity_IsAnErrorOnTheAgencySasaran()
    {
        // DINKES-SS1 is cascaded from IKU-AKB (negative, per 1.000 KH); made positive, it turns the parent's direction.
        var document = With(b => b.Indicator("DINKES-SS1", d => d with { Polarity = Polarity.Positive }));
        var issue = Assert.Single(Tree(document).Check(), i => i.Severity == Severity.Error);

        var finding = Assert.Single(AlignmentReview.Default.Run(document).Findings, f => f.RuleId == "ALN-018");

        Assert.Equal((Severity.Error, "renstras[0].sasaran[0]", "direct-polarity-conflict"), (finding.Severity, finding.Path, finding.Reason.Code));
        Assert.Equal(issue.Reason, finding.Reason);
        Assert.Contains("Menurunnya kematian bayi", finding.Subject, StringComparison.Ordinal);
        Assert.Contains(issue.NodePath, finding.Subject, StringComparison.Ordinal);
        Assert.NotEqual(finding.Reason.Message.English, finding.Reason.Message.Indonesian);
    }

    [Fact]
    public void ProgramIndicatorTurningItsSasaransPolarity_IsReportedAtTheRenstraItem()
    {
        // DINKES-P1 made a positive indicator in the unit of DINKES-SS1 (negative), cascaded from it.
        var document = With(b => b.Indicator("DINKES-P1", d => d with { Unit = "per 1.000 KH", CascadedFrom = "DINKES-SS1" }));

        var finding = Assert.Single(AlignmentReview.Default.Run(document).Findings, f => f.RuleId == "ALN-018");

        Assert.Equal(("renstras[0].items[0]", "direct-polarity-conflict"), (finding.Path, finding.Reason.Code));
        Assert.Contains("Program Pemenuhan Upaya Kesehatan", finding.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void RpjmdSasaranTurningItsTujuansPolarity_IsReportedAtTheRpjmdSasaran()
    {
        // IKU-AKB (negative) made an indicator in years, cascaded from the tujuan's IKU-UHH (positive).
        var document = With(b => b.Indicator("IKU-AKB", d => d with { Unit = "tahun", CascadedFrom = "IKU-UHH" }));

        var finding = Assert.Single(AlignmentReview.Default.Run(document).Findings, f => f.RuleId == "ALN-018");

        Assert.Equal(("rpjmd.sasaran[0]", "direct-polarity-conflict"), (finding.Path, finding.Reason.Code));
        Assert.Contains("Menurunnya angka kematian bayi", finding.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgramServingNoSasaran_IsAnOrphanOfTheTree_LeftToAln003()
    {
        var document = With(b => b.Renstra(0, r => r with { Items = r.Items.Replace(0, i => i with { SasaranIds = [] }) }));
        Assert.Contains(Tree(document).Check(), i => i.Reason.Code == "orphan");

        var findings = AlignmentReview.Default.Run(document).Findings;

        Assert.Contains(findings, f => f.RuleId == "ALN-003");
        Assert.DoesNotContain(findings, f => f.RuleId == "ALN-018");
    }

    [Fact]
    public void AgencySasaranSupportingNoRpjmdSasaran_IsLeftToAln001()
    {
        var document = With(b => b.Renstra(0, r => r with { Sasaran = r.Sasaran.Replace(0, s => s with { SupportsRpjmdSasaran = [] }) }));
        Assert.Contains(Tree(document).Check(), i => i.Reason.Code == "orphan");

        var findings = AlignmentReview.Default.Run(document).Findings;

        Assert.Contains(findings, f => f.RuleId == "ALN-001");
        Assert.DoesNotContain(findings, f => f.RuleId == "ALN-018");
    }

    [Fact]
    public void Rule_IsBuiltIn_AfterAln017_WithBilingualTitle()
    {
        var rules = AlignmentReview.Default.Rules.Select(r => r.Id).ToList();
        var rule = AlignmentReview.Default.Find("ALN-018");

        Assert.NotNull(rule);
        Assert.Equal(rules.IndexOf("ALN-017") + 1, rules.IndexOf("ALN-018"));
        Assert.Equal(Severity.Error, rule.Severity);
        Assert.NotEqual(rule.Title.English, rule.Title.Indonesian);
    }

    private static PerformanceTree Tree(SakipDocument document) => PerformanceTreeFactory.FromDocument(document, PkYear).GetValueOrThrow();
}
