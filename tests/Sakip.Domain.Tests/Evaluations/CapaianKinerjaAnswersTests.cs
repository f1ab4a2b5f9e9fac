using Sakip.Domain.Evaluations;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Tests.Planning;
using static Sakip.Domain.Tests.Planning.BuilderFixture;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Component E of PermenPAN-RB 12/2015 answered from measured achievements
/// (<see cref="CapaianKinerjaAnswers"/>), on a document built for it: each answer's count, share, grade and evidence
/// text compared whole, so which indicators count (types, duplicates across agreements, unreported ones) and which
/// improved (measured in both years, strictly higher) are pinned.</summary>
/// <remarks>
/// The document is <see cref="BuilderFixture.Valid"/> with agreements for 2022 and 2023 (Dinkes's and the head of
/// region's) targeting 100 on each of these indicators (positive, unit %):
/// <list type="bullet">
/// <item>Outputs: O1 (Dinkes realises 90 in 2022 and 100 in 2023; the region-wide realisation of 50 in 2023 belongs to
/// the head of region's agreement, which lists O1 too, and must not count a second time), O2 (100 both years), O3 (50 in
/// 2022, not reported in 2023), O4 (not reported in 2022, 150 in 2023).</item>
/// <item>Outcome C1 (90 → 100), impact C2 (70 → 80), outcome C3 (never reported).</item>
/// <item>Input I1 (200 in 2023) and the fixture's input indicators: never counted.</item>
/// </list>
/// 2023: outputs met O1, O2, O4 of four = 75 % → C (75 is not above 75); outcomes met C1 of three = 33.33 % → D.
/// Against 2022: outputs measured in both O1 (rose), O2 (equal) → 50 % → C; outcomes C1, C2 both rose → 100 % → A.
/// </remarks>
public class CapaianKinerjaAnswersTests
{
    private static readonly EvaluationScheme Old = EvaluationSchemes.PermenPanRb12Of2015;
    private static readonly PerformanceMeasurement Measurement = new(RuleSets.Default);

    private static readonly (string Id, IndicatorType Type)[] Measured =
    [
        ("O1", IndicatorType.Output), ("O2", IndicatorType.Output), ("O3", IndicatorType.Output), ("O4", IndicatorType.Output),
        ("C1", IndicatorType.Outcome), ("C2", IndicatorType.Impact), ("C3", IndicatorType.Outcome), ("I1", IndicatorType.Input),
    ];

    private static readonly (string Id, int Year, decimal Value, bool Dinkes)[] Realised =
    [
        ("O1", 2022, 90m, true), ("O1", 2023, 100m, true), ("O1", 2023, 50m, false),
        ("O2", 2022, 100m, false), ("O2", 2023, 100m, false),
        ("O3", 2022, 50m, false),
        ("O4", 2023, 150m, false),
        ("C1", 2022, 90m, false), ("C1", 2023, 100m, false),
        ("C2", 2022, 70m, false), ("C2", 2023, 80m, false),
        ("I1", 2023, 200m, false),
    ];

    private static readonly SakipDocument Document = Build();

    [Fact]
    public void From_CurrentYearOnly_AnswersTargetsAchievedPerType()
    {
        var answers = CapaianKinerjaAnswers.From(Old, Document, Report(2023)).GetValueOrThrow();

        Assert.Equal(
            string.Join(
                "\n",
                "E.a.1 C | 3 of 4 output indicators met their target in 2023 (rule set sakip-reflected v1; not reported or not measurable counts as not met): 75 % → C",
                "E.b.1 D | 1 of 3 outcome indicators met their target in 2023 (rule set sakip-reflected v1; not reported or not measurable counts as not met): 33.33 % → D"),
            string.Join("\n", answers.Select(Render)));
    }

    [Fact]
    public void From_WithThePreviousYear_AlsoAnswersImprovementOverIndicatorsMeasuredInBoth()
    {
        var answers = CapaianKinerjaAnswers.From(Old, Document, Report(2023), Report(2022)).GetValueOrThrow();

        Assert.Equal(
            string.Join(
                "\n",
                "E.a.1 C | 3 of 4 output indicators met their target in 2023 (rule set sakip-reflected v1; not reported or not measurable counts as not met): 75 % → C",
                "E.a.2 C | 1 of 2 output indicators measured in 2022 and 2023 improved their capaian: 50 % → C",
                "E.b.1 D | 1 of 3 outcome indicators met their target in 2023 (rule set sakip-reflected v1; not reported or not measurable counts as not met): 33.33 % → D",
                "E.b.2 A | 2 of 2 outcome indicators measured in 2022 and 2023 improved their capaian: 100 % → A"),
            string.Join("\n", answers.Select(Render)));
    }

    [Fact]
    public void From_AYearAgainstItself_NothingImproved()
    {
        // 2022 measured against itself: O2 met its target, and nothing rose (equal is not better).
        var answers = CapaianKinerjaAnswers.From(Old, Document, Report(2022), Report(2022)).GetValueOrThrow();

        Assert.Equal(
            string.Join(
                "\n",
                "E.a.1 D | 1 of 4 output indicators met their target in 2022 (rule set sakip-reflected v1; not reported or not measurable counts as not met): 25 % → D",
                "E.a.2 E | 0 of 3 output indicators measured in 2022 and 2022 improved their capaian: 0 % → E",
                "E.b.1 E | 0 of 3 outcome indicators met their target in 2022 (rule set sakip-reflected v1; not reported or not measurable counts as not met): 0 % → E",
                "E.b.2 E | 0 of 2 outcome indicators measured in 2022 and 2022 improved their capaian: 0 % → E"),
            string.Join("\n", answers.Select(Render)));
    }

    [Fact]
    public void From_OnlyInputIndicators_AnswersNothing()
    {
        var inputs = Valid();
        var answers = CapaianKinerjaAnswers.From(Old, inputs.Build().GetValueOrThrow(), Measurement.Measure(inputs.Build().GetValueOrThrow(), PkYear).GetValueOrThrow()).GetValueOrThrow();

        Assert.Empty(answers);
    }

    [Fact]
    public void From_SchemeWithoutTheCriteria_NamesEachMissingOne()
    {
        var problems = CapaianKinerjaAnswers.From(EvaluationSchemes.PermenPanRb88Of2021, Document, Report(2023)).Problems;

        Assert.Equal(
            [
                "scheme.E.a.1 | unknown-criterion | the scheme has no criterion 'E.a.1' | skema tidak memiliki kriteria 'E.a.1'",
                "scheme.E.a.2 | unknown-criterion | the scheme has no criterion 'E.a.2' | skema tidak memiliki kriteria 'E.a.2'",
                "scheme.E.b.1 | unknown-criterion | the scheme has no criterion 'E.b.1' | skema tidak memiliki kriteria 'E.b.1'",
                "scheme.E.b.2 | unknown-criterion | the scheme has no criterion 'E.b.2' | skema tidak memiliki kriteria 'E.b.2'",
            ],
            problems.Select(p => $"{p.Path} | {p.Reason.Code} | {p.Reason.Message.English} | {p.Reason.Message.Indonesian}"));
    }

    [Fact]
    public void From_ACriterionOnAnotherThanFiveLevels_IsAProblemOnItsScale()
    {
        var scheme = EvaluationScheme.Create(new SchemeDefinition(
            "e-only",
            1,
            "Komponen E",
            "Uji",
            [
                new Component("E", "Capaian kinerja", 100m, [
                    new SubComponent("E.a", "Output", 50m, ScoringMethod.Mean, [
                        new Criterion("E.a.1", "Target output tercapai", AnswerScales.AToE),
                        new Criterion("E.a.2", "Output lebih baik", AnswerScales.YesNo),
                    ]),
                    new SubComponent("E.b", "Outcome", 50m, ScoringMethod.Mean, [
                        new Criterion("E.b.1", "Target outcome tercapai", AnswerScales.AToE),
                        new Criterion("E.b.2", "Outcome lebih baik", AnswerScales.AToE),
                    ]),
                ]),
            ],
            GradeTables.PermenPanRb88Of2021)).GetValueOrThrow();

        var problem = Assert.Single(CapaianKinerjaAnswers.From(scheme, Document, Report(2023)).Problems);

        Assert.Equal(
            "scheme.E.a.2.scale | not-five-levels | the measured answers need a five-level (A–E) scale | jawaban terukur memerlukan skala lima tingkat (A–E)",
            $"{problem.Path} | {problem.Reason.Code} | {problem.Reason.Message.English} | {problem.Reason.Message.Indonesian}");
    }

    [Fact]
    public void From_Answers_AreProposedOnlyAndScoreUnderTheScheme()
    {
        var answers = CapaianKinerjaAnswers.From(Old, Document, Report(2023), Report(2022)).GetValueOrThrow();

        Assert.All(answers, a => Assert.Null(a.Final));
        var evaluation = Sakip.Domain.Evaluations.Evaluation.Create(Old, "Kabupaten Contoh", 2023, answers).GetValueOrThrow().Score(AnswerSource.Proposed);
        Assert.All(answers, a => Assert.Equal(AnswerSource.Proposed, evaluation.Criteria.Single(c => c.Criterion.Id == a.CriterionId).Source));
    }

    private static string Render(CriterionAnswer answer) => $"{answer.CriterionId} {answer.Proposed} | {string.Join(" / ", answer.Evidence)}";

    private static MeasurementReport Report(int year) => Measurement.Measure(Document, year).GetValueOrThrow();

    private static SakipDocument Build()
    {
        var builder = Valid();
        builder.Indicators.AddRange(Measured.Select(m => Indicator(m.Id, "Indikator " + m.Id) with { Type = m.Type }));
        var planned = Measured.Select(m => Planned(m.Id)).ToList();
        builder.Rpjmd(r => r with { Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = [.. s.Indicators, .. planned] }) });
        builder.Renstra(r => r with { Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = [.. s.Indicators, Planned("O1")] }) });
        var agreements = new List<PerjanjianKinerja>();
        foreach (var year in new[] { 2022, 2023 })
        {
            var dinkes = builder.PerjanjianKinerja[0];
            var head = builder.PerjanjianKinerja[1];
            agreements.Add(dinkes with
            {
                Id = $"PK-DINKES-{year}",
                Year = year,
                Targets = [.. dinkes.Targets, new PkTarget("DS1", "O1", 100m)],
            });
            agreements.Add(head with
            {
                Id = $"PK-BUPATI-{year}",
                Year = year,
                Targets = [.. head.Targets, .. Measured.Select(m => new PkTarget("S1", m.Id, 100m))],
            });
        }

        builder.PerjanjianKinerja.Clear();
        builder.PerjanjianKinerja.AddRange(agreements);
        builder.RencanaAksi.Clear();
        builder.Realisations.AddRange(Realised.Select(r => new IndicatorRealisation(r.Id, ReportingPeriod.OfYear(r.Year), r.Value) { Agency = r.Dinkes ? Dinkes : null }));
        return builder.Build().GetValueOrThrow();
    }
}
