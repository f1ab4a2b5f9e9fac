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
    public void CascadedIndicatorInAnotherUnit_IsLeftToAln009()
    {
        // DINKES-P1 (%, positive) cascaded from DINKES-SS1 (per 1.000 KH, negative): the tree calls the direct link's
        // units a mismatch; that is ALN-009's finding, not a polarity conflict.
        var document = With(b => b.Indicator("DINKES-P1", d => d with { CascadedFrom = "DINKES-SS1" }));
        Assert.Contains(Tree(document).Check(), i => i.Reason.Code == "direct-unit-mismatch");

        var report = AlignmentReview.Default.Run(document);

        Assert.Empty(report.FindingsOf("ALN-018"));
        Assert.NotEmpty(report.FindingsOf("ALN-009"));
    }

    [Fact]
    public void OppositePolarityPairedByUnitOnly_IsNotReported()
    {
        // The program cascades DINKES-P1 from DINKES-SS1 faithfully (same unit and direction), so the link is direct;
        // its other indicator DINKES-P2 (%, positive) meets the sasaran's DINKES-SS2 (%, negative) only by unit.
        // Nothing was cascaded between those two: neither the tree nor the review calls it a conflict.
        var document = With(b =>
        {
            b.Indicators.Add(new IndicatorDefinition { Id = "DINKES-SS2", Name = "Prevalensi stunting", Unit = "%", Type = IndicatorType.Outcome, Polarity = Polarity.Negative });
            b.Indicators.Add(new IndicatorDefinition { Id = "DINKES-P2", Name = "Persentase posyandu aktif", Unit = "%", Type = IndicatorType.Outcome });
            b.Indicator("DINKES-P1", d => d with { Unit = "per 1.000 KH", Polarity = Polarity.Negative, CascadedFrom = "DINKES-SS1" });
            b.Renstra(0, r => r with
            {
                Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Plus(Planned("DINKES-SS2", FirstYear, 20m, -1m)) }),
                Items = r.Items.Replace(0, i => i with { Indicators = [Planned("DINKES-P1", FirstYear, 12m, -0.5m), Planned("DINKES-P2", FirstYear, 50m, 5m)] }),
            });
        });
        Assert.DoesNotContain(Tree(document).Check(), i => i.Severity == Severity.Error);

        Assert.Empty(AlignmentReview.Default.Run(document).FindingsOf("ALN-018"));
    }

    [Fact]
    public void ConflictInTheSecondRenstra_IsReportedAtItsItem()
    {
        // DISDIK-P1 (positive) cascaded from DISDIK-SS1 and made negative.
        var document = With(b => b.Indicator("DISDIK-P1", d => d with { Polarity = Polarity.Negative, CascadedFrom = "DISDIK-SS1" }));

        var finding = Assert.Single(AlignmentReview.Default.Run(document).FindingsOf("ALN-018"));

        Assert.Equal("renstras[1].items[0]", finding.Path);
        Approved.Check(Render(finding));
    }

    [Fact]
    public void ConflictAmongOtherIndicatorsOfTheNodeAndItsParent_IsReported()
    {
        // The program and its sasaran each get a second, unrelated indicator; the cascaded pair still conflicts.
        var document = With(b =>
        {
            b.Indicators.Add(new IndicatorDefinition { Id = "DINKES-SS2", Name = "Kasus gizi buruk", Unit = "kasus", Type = IndicatorType.Outcome, Polarity = Polarity.Negative });
            b.Indicators.Add(new IndicatorDefinition { Id = "DINKES-P2", Name = "Persentase posyandu aktif", Unit = "%", Type = IndicatorType.Outcome });
            b.Indicator("DINKES-P1", d => d with { Unit = "per 1.000 KH", CascadedFrom = "DINKES-SS1" });
            b.Renstra(0, r => r with
            {
                Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Plus(Planned("DINKES-SS2", FirstYear, 20m, -1m)) }),
                Items = r.Items.Replace(0, i => i with { Indicators = i.Indicators.Plus(Planned("DINKES-P2", FirstYear, 50m, 5m)) }),
            });
        });

        var finding = Assert.Single(AlignmentReview.Default.Run(document).FindingsOf("ALN-018"));

        Assert.Equal("renstras[0].items[0]", finding.Path);
    }

    [Fact]
    public void DocumentWithoutAgreementsOrRpjmd_IsCheckedInTheRenstrasFirstYear()
    {
        var builder = WithoutRpjmd();
        builder.PerjanjianKinerja.Clear();
        builder.Indicator("DINKES-P1", d => d with { Unit = "per 1.000 KH", CascadedFrom = "DINKES-SS1" });

        var finding = Assert.Single(AlignmentReview.Default.Run(builder.Build().GetValueOrThrow()).FindingsOf("ALN-018"));

        Assert.Equal("renstras[0].items[0]", finding.Path);
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
