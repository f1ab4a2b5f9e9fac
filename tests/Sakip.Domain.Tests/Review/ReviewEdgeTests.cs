using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Text;
using static Sakip.Domain.Tests.Review.ReviewFixtures;

namespace Sakip.Domain.Tests.Review;

/// <summary>Edges of the review itself: the guards and messages of <see cref="AlignmentReview"/>, a report's
/// error flag, a finding's text, and which budgets the coverage ties to outcomes when a sasaran or program has
/// several indicators or sasaran.</summary>
public class ReviewEdgeTests
{
    [Fact]
    public void Run_RuleReturningNoSequence_ThrowsNamingTheRule()
    {
        var review = AlignmentReview.Empty.With(new NoSequenceRule());

        var error = Assert.Throws<InvalidOperationException>(() => review.Run(Clean()));

        Assert.Equal("Rule 'BAD-002' returned no finding sequence (null).", error.Message);
    }

    [Fact]
    public void With_IdAlreadyInTheReview_SaysWhichIgnoringCase()
    {
        var error = Assert.Throws<ArgumentException>(() => AlignmentReview.Default.With(new NoSequenceRule("aln-001")));

        Assert.StartsWith("A rule with id 'aln-001' is already in the review.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullArguments_AreProgrammerErrors()
    {
        Assert.Throws<ArgumentNullException>(() => AlignmentReview.Default.Find(null!));
        Assert.Throws<ArgumentNullException>(() => AlignmentReview.Default.Without(null!));
        Assert.Throws<ArgumentNullException>(() => AlignmentReview.Default.Run(null!));
        Assert.Throws<ArgumentNullException>(() => ReviewCoverage.Of(null!));
    }

    [Fact]
    public void HasErrors_OnlyWithAnError()
    {
        var clean = AlignmentReview.Default.Run(Clean());
        var withError = AlignmentReview.Default.Run(With(b => b.Renstra(1, r => r with { Items = r.Items.Replace(0, p => p with { Indicators = [] }) })));

        Assert.False(clean.HasErrors);
        Assert.True(withError.HasErrors);
    }

    [Fact]
    public void Finding_ToString_ReadsRuleSeverityPathAndTheEnglishMessage()
    {
        var finding = new ReviewFinding("KAB-001", Severity.Warning, "rpjmd.iku", "RPJMD", new Reason("few-iku", "fewer than three IKU", "kurang dari tiga IKU"));

        Assert.Equal("KAB-001 Warning rpjmd.iku: fewer than three IKU", finding.ToString());
    }

    [Fact]
    public void Coverage_SasaranWithAnOutcomeAmongOtherIndicators_TiesItsPrograms()
    {
        // DS1 keeps its outcome DINKES-SS1 and gains an output; Dinkes's program has only outputs now.
        var document = With(b =>
        {
            b.Indicators.Add(new IndicatorDefinition { Id = "DINKES-SS3", Name = "Jumlah kunjungan bayi", Unit = "kunjungan", Type = IndicatorType.Output });
            b.Indicator("DINKES-P1", d => d with { Type = IndicatorType.Output });
            b.Renstra(0, r => r with { Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Plus(Planned("DINKES-SS3", FirstYear, 10m, 1m)) }) });
        });

        var budget = ReviewCoverage.Of(document).BudgetTiedToOutcome;

        Assert.Equal(budget.Denominator, budget.Numerator);
    }

    [Fact]
    public void Coverage_ProgramWithAnOutcomeAmongOtherIndicators_IsTied()
    {
        // DS1's indicator is no outcome now; the program keeps its outcome DINKES-P1 beside a new output.
        var document = With(b =>
        {
            b.Indicators.Add(new IndicatorDefinition { Id = "DINKES-P3", Name = "Jumlah puskesmas dibina", Unit = "puskesmas", Type = IndicatorType.Output });
            b.Indicator("DINKES-SS1", d => d with { Type = IndicatorType.Impact });
            b.Renstra(0, r => r with { Items = r.Items.Replace(0, p => p with { Indicators = p.Indicators.Plus(Planned("DINKES-P3", FirstYear, 10m, 1m)) }) });
        });

        var budget = ReviewCoverage.Of(document).BudgetTiedToOutcome;

        Assert.Equal(budget.Denominator, budget.Numerator);
    }

    [Fact]
    public void Coverage_ProgramServingAnOutcomeSasaranAmongOthers_IsTied()
    {
        // Dinkes's program (outputs only now) serves DS1 (outcome) and a new DS2 (impact only).
        var document = With(b =>
        {
            b.Indicators.Add(new IndicatorDefinition { Id = "DINKES-SS2", Name = "Usia harapan hidup (Dinkes)", Unit = "tahun", Type = IndicatorType.Impact });
            b.Indicator("DINKES-P1", d => d with { Type = IndicatorType.Output });
            b.Renstra(0, r => r with
            {
                Sasaran = r.Sasaran.Plus(new RenstraSasaran("DS2", "Meningkatnya usia harapan hidup", "DT1") { SupportsRpjmdSasaran = ["S1.1"], Indicators = [Planned("DINKES-SS2", FirstYear, 70m, 0.1m)] }),
                Items = r.Items.Replace(0, p => p with { SasaranIds = p.SasaranIds.Plus("DS2") }),
            });
        });

        var budget = ReviewCoverage.Of(document).BudgetTiedToOutcome;

        Assert.Equal(budget.Denominator, budget.Numerator);
    }

    private sealed class NoSequenceRule(string id = "BAD-002") : IAlignmentRule
    {
        public string Id => id;

        public Severity Severity => Severity.Error;

        public BilingualText Title { get; } = new("Bad", "Buruk");

        public string Basis => "none";

        public IEnumerable<ReviewFinding> Check(SakipDocument document) => null!;
    }
}
