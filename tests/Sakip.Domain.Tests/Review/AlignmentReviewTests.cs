using Sakip.Domain.Codes;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Text;
using static Sakip.Domain.Tests.Review.ReviewFixtures;

namespace Sakip.Domain.Tests.Review;

public class AlignmentReviewTests
{
    [Fact]
    public void Run_CleanFixture_FindsNothing()
    {
        var report = AlignmentReview.Default.Run(Clean());

        Assert.Empty(report.Findings);
        Assert.Equal((0, 0, 0), (report.ErrorCount, report.WarningCount, report.InfoCount));
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void Run_CleanFixture_ListsEveryRuleThatRanWithZeroFindings()
    {
        var report = AlignmentReview.Default.Run(Clean());

        Assert.Equal(AlignmentReview.Default.Rules.Select(r => r.Id), report.Rules.Select(r => r.Id));
        Assert.All(report.Rules, r => Assert.Equal(0, r.FindingCount));
    }

    [Fact]
    public void Default_BuiltInRules_HaveUniqueIdsInOrderAndCompleteMetadata()
    {
        var rules = AlignmentReview.Default.Rules;

        Assert.Equal(Enumerable.Range(1, 18).Select(i => $"ALN-{i:000}"), rules.Select(r => r.Id));
        Assert.All(rules, r =>
        {
            Assert.True(Enum.IsDefined(r.Severity));
            Assert.False(string.IsNullOrWhiteSpace(r.Title.English));
            Assert.False(string.IsNullOrWhiteSpace(r.Title.Indonesian));
            Assert.NotEqual(r.Title.English, r.Title.Indonesian);
            Assert.False(string.IsNullOrWhiteSpace(r.Basis));
        });
    }

    [Fact]
    public void With_PluginRule_RunsAfterTheBuiltInRules()
    {
        var review = AlignmentReview.Default.With(new IkuCountRule());

        var report = review.Run(Clean());

        Assert.Equal("KAB-001", report.Rules[^1].Id);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(("KAB-001", "rpjmd.iku", Severity.Info), (finding.RuleId, finding.Path, finding.Severity));
        Assert.Equal(1, report.Rules[^1].FindingCount);
        Assert.Same(AlignmentReview.Default.Rules[0], review.Rules[0]);
        Assert.Equal(18, AlignmentReview.Default.Rules.Count);
    }

    [Fact]
    public void With_DuplicateId_ThrowsArgumentException()
    {
        var review = AlignmentReview.Default.With(new IkuCountRule());

        Assert.Throws<ArgumentException>(() => review.With(new IkuCountRule()));
        Assert.Throws<ArgumentException>(() => AlignmentReview.Default.With(new IkuCountRule("aln-004")));
    }

    [Fact]
    public void With_EmptyIdOrNull_Throws()
    {
        Assert.Throws<ArgumentException>(() => AlignmentReview.Empty.With(new IkuCountRule(" ")));
        Assert.Throws<ArgumentNullException>(() => AlignmentReview.Empty.With(null!));
    }

    [Fact]
    public void Without_BuiltInRule_LetsAPluginReplaceIt()
    {
        var review = AlignmentReview.Default.Without("ALN-008").With(new IkuCountRule("ALN-008"));

        Assert.Equal(18, review.Rules.Count);
        Assert.IsType<IkuCountRule>(review.Find("aln-008"));
        Assert.Same(review, review.Without("NOPE-1"));
    }

    [Fact]
    public void Run_RuleReturningNullFinding_ThrowsNamingTheRule()
    {
        var review = AlignmentReview.Empty.With(new NullFindingRule());

        var error = Assert.Throws<InvalidOperationException>(() => review.Run(Clean()));
        Assert.Contains("BAD-001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SeveralFindings_OrdersBySeverityThenRuleThenPathWithNumericIndexes()
    {
        var document = With(b =>
        {
            b.Renstra(0, r => r with
            {
                Sasaran = r.Sasaran
                    .Plus(new RenstraSasaran("DS2", "Sasaran dua", "DT1"))
                    .Plus(new RenstraSasaran("DS3", "Sasaran tiga", "DT1")),
                Items = r.Items.Replace(0, p => p with { SasaranIds = ["DS1", "DS2", "DS3"] }),
            });
            for (var i = 0; i < 9; i++)
            {
                b.Renstras.Add(DinkesRenstra() with
                {
                    Id = $"RENSTRA-X{i}",
                    Agency = new Agency(OrganisationCode.Parse($"2.0{(i % 9) + 1}.0.00.0.00.01.0000", null), $"Badan {i}"),
                    Tujuan = DinkesRenstra().Tujuan.Replace(0, t => t with { SupportsRpjmdTujuan = [] }),
                });
            }

            b.Pk(0, pk => pk with { Targets = pk.Targets.Replace(0, t => t with { Target = 1m, DeviationReason = "alasan" }) });
        });

        var findings = AlignmentReview.Default.Run(document).Findings;

        string[] expected =
        [
            "Error ALN-001 renstras[0].sasaran[1]",
            "Error ALN-001 renstras[0].sasaran[2]",
            .. Enumerable.Range(2, 9).Select(i => $"Warning ALN-016 renstras[{i}].tujuan[0]"),
            "Info ALN-004 perjanjianKinerja[0].targets[0]",
        ];
        Assert.Equal(expected, findings.Select(f => $"{f.Severity} {f.RuleId} {f.Path}"));
    }

    [Fact]
    public void Run_SameDocumentTwice_GivesEqualReports()
    {
        var document = With(b => b.Pk(0, pk => pk with { Targets = pk.Targets.Replace(0, t => t with { Target = 1m }) }));

        Assert.Equal(AlignmentReview.Default.Run(document), AlignmentReview.Default.Run(document.ToBuilder().Build().GetValueOrThrow()));
    }

    [Fact]
    public void Run_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AlignmentReview.Default.Run(null!));
        Assert.Throws<ArgumentNullException>(() => AlignmentReview.Default.Rules[0].Check(null!));
    }

    /// <summary>A plugin rule: a region's own check (the RPJMD names at least three IKU).</summary>
    private sealed class IkuCountRule(string id = "KAB-001") : IAlignmentRule
    {
        public string Id => id;

        public Severity Severity => Severity.Info;

        public BilingualText Title { get; } = new("The RPJMD names at least three IKU", "RPJMD memuat sedikitnya tiga IKU");

        public string Basis => "Perbup Contoh 1/2025 (example)";

        public IEnumerable<ReviewFinding> Check(SakipDocument document)
        {
            if (document.Rpjmd is { } rpjmd && rpjmd.Iku.Count < 3)
            {
                yield return new ReviewFinding(Id, Severity, "rpjmd.iku", rpjmd.Id, new Reason("few-iku", "fewer than three IKU", "kurang dari tiga IKU"));
            }
        }
    }

    private sealed class NullFindingRule : IAlignmentRule
    {
        public string Id => "BAD-001";

        public Severity Severity => Severity.Error;

        public BilingualText Title { get; } = new("Bad", "Buruk");

        public string Basis => "none";

        public IEnumerable<ReviewFinding> Check(SakipDocument document) => [null!];
    }
}
