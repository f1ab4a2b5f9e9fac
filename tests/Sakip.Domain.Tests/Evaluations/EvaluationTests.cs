using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary><c>Evaluation.Create</c>, answer sources, logic findings and explanations on the small fixture
/// scheme (<see cref="SchemeFixtures"/>).</summary>
public class EvaluationTests
{
    private static EvaluationScheme Scheme => SchemeFixtures.Scheme;

    /// <summary>1a = (1 + 0) / 2 × 20 = 10; 1b = (0.75 + 0) / 2 × 40 = 15; 2a = 1 × 15 + 0.5 × 25 = 27.5;
    /// total 25 + 27.5 = 52.5 → CC.</summary>
    private static CriterionAnswer[] Complete =>
    [
        new("1a.1", null, "Y"),
        new("1a.2", null, "T"),
        new("1b.1", null, "B"),
        new("1b.2", null, "E"),
        new("2a.1", null, "A"),
        new("2a.2", null, "C"),
    ];

    private static Evaluation Create(params CriterionAnswer[] answers) => Evaluation.Create(Scheme, "Kabupaten Contoh", 2024, answers).GetValueOrThrow();

    [Fact]
    public void Create_UnknownCriterion_IsProblemOnCriterion()
    {
        var result = Evaluation.Create(Scheme, "Kabupaten Contoh", 2024, [new("1a.1", null, "Y"), new("9z.1", null, "Y")]);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("answers[1].criterion", "unknown-criterion"), (problem.Path, problem.Reason.Code));
        Assert.Contains("9z.1", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DuplicateAnswerIgnoringCase_IsProblemOnSecond()
    {
        var result = Evaluation.Create(Scheme, "Kabupaten Contoh", 2024, [new("1a.1", null, "Y"), new("2a.1", "A", null), new(" 1A.1", "T", null)]);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("answers[2].criterion", "duplicate-answer"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Create_CodesNotOnScale_AreProblemsOnProposedAndFinal()
    {
        var result = Evaluation.Create(Scheme, "Kabupaten Contoh", 2024, [new("2a.1", "A", null), new("1a.1", "X", "B")]);

        Assert.Equal(
            [("answers[1].proposed", "not-an-option"), ("answers[1].final", "not-an-option")],
            result.Problems.Select(p => (p.Path, p.Reason.Code)));
        Assert.Contains("Y/T", result.Problems[0].Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("'X'", result.Problems[0].Reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CodesAndIdsInAnyCase_AreStoredCanonically()
    {
        var evaluation = Create(new(" 1A.1 ", "y", " t "), new("1b.2", "b", ""));

        var first = evaluation.AnswerTo("1a.1")!;
        Assert.Equal(("1a.1", "Y", "T"), (first.CriterionId, first.Proposed, first.Final));
        var second = evaluation.AnswerTo("1B.2")!;
        Assert.Equal(("B", null), (second.Proposed, second.Final));
        Assert.Null(evaluation.AnswerTo("2a.1"));
        Assert.Throws<ArgumentException>(() => evaluation.AnswerTo("9z.1"));
    }

    [Fact]
    public void Create_Answers_AreKeptInWorksheetOrder()
    {
        var evaluation = Create(new("2a.2", null, "A"), new("1a.2", null, "Y"), new("1b.1", null, "A"));

        Assert.Equal(["1a.2", "1b.1", "2a.2"], evaluation.Answers.Select(a => a.CriterionId));
    }

    [Fact]
    public void Create_NullAnswerBlankSubjectAndBadYear_AreAllProblems()
    {
        var result = Evaluation.Create(Scheme, " ", 1899, [null!]);

        Assert.Equal(
            [("subject", "required"), ("year", "year-out-of-range"), ("answers[0]", "required")],
            result.Problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Create_EvidenceAndNote_AreKept()
    {
        var evaluation = Create(new CriterionAnswer("1a.1", null, "Y") { Evidence = ["Renstra 2021-2026.pdf"], Note = "ok" });

        Assert.Equal(["Renstra 2021-2026.pdf"], evaluation.AnswerTo("1a.1")!.Evidence);
        Assert.Equal("ok", evaluation.AnswerTo("1a.1")!.Note);
    }

    [Fact]
    public void Score_EachSource_ReadsItsAnswer()
    {
        var evaluation = Create(new("1a.1", "Y", "T"), new("1a.2", "Y", null), new("1b.1", null, "A"));

        var final = evaluation.Score(AnswerSource.Final);
        var proposed = evaluation.Score(AnswerSource.Proposed);
        var either = evaluation.Score();

        Assert.Equal(AnswerSource.FinalElseProposed, either.Source);
        Assert.Equal(("T", AnswerSource.Final), Read(final, "1a.1"));
        Assert.Equal((null, null), Read(final, "1a.2"));
        Assert.Equal(("Y", AnswerSource.Proposed), Read(proposed, "1a.1"));
        Assert.Equal((null, null), Read(proposed, "1b.1"));
        Assert.Equal(("T", AnswerSource.Final), Read(either, "1a.1"));
        Assert.Equal(("Y", AnswerSource.Proposed), Read(either, "1a.2"));
        Assert.Equal(["1a.2", "1b.2", "2a.1", "2a.2"], final.Unanswered.Select(k => k.Id));
        Assert.Equal(["1b.1", "1b.2", "2a.1", "2a.2"], proposed.Unanswered.Select(k => k.Id));
        Assert.Equal(["1b.2", "2a.1", "2a.2"], either.Unanswered.Select(k => k.Id));
    }

    [Fact]
    public void Score_FixtureAnswers_AreComputedByHand()
    {
        var result = Create(Complete).Score();

        Assert.Equal([10m, 15m, 27.5m], result.Components.SelectMany(c => c.SubComponents).Select(s => s.Score));
        Assert.Equal([25m, 27.5m], result.Components.Select(c => c.Score));
        Assert.Equal(52.5m, result.Total);
        Assert.Equal(52.50m, result.DecidingScore);
        Assert.Equal("CC", result.Grade!.Code);
        Assert.Equal(27.5m, result.Component("2")!.Score);
        Assert.Null(result.Component("9"));
        Assert.Equal([10m, 0m, 15m, 0m, 15m, 12.5m], result.Criteria.Select(k => k.Points));
    }

    [Fact]
    public void Score_QualityAboveExistence_IsFindingAndScoreUnchanged()
    {
        var answers = Complete.Select(a => a.CriterionId == "1b.2" ? a with { Final = "C" } : a).ToArray();

        var result = Create(answers).Score();

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("1b.2", "1a.2", 0.5m, 0m), (finding.Id, finding.RelatedId, finding.Value, finding.RelatedValue));
        Assert.Equal("above-dependency", finding.Reason.Code);
        Assert.Contains("1a.2", finding.Reason.Message.Indonesian, StringComparison.Ordinal);
        Assert.Equal(52.5m + 10m, result.Total);
    }

    [Theory]
    [InlineData("Y", "A")]
    [InlineData("T", "E")]
    [InlineData("Y", "D")]
    public void Score_QualityNotAboveExistence_HasNoFinding(string existence, string quality) =>
        Assert.Empty(Create(new("1a.1", null, existence), new("1b.1", null, quality)).Score().Findings);

    [Fact]
    public void Score_DependencyUnanswered_HasNoFinding() =>
        Assert.Empty(Create(new CriterionAnswer("1b.1", null, "A")).Score().Findings);

    [Fact]
    public void Score_FindingsFollowTheSource()
    {
        var evaluation = Create(new("1a.1", "Y", "T"), new("1b.1", "A", null));

        Assert.Single(evaluation.Score().Findings);
        Assert.Empty(evaluation.Score(AnswerSource.Proposed).Findings);
    }

    [Fact]
    public void Explain_CompleteResult_ShowsAnswersWeightsAndTotalInBothLanguages()
    {
        var result = Create(Complete).Score();

        var en = result.Explain(Language.English);
        var id = result.Explain(Language.Indonesian);

        Assert.Equal("Total 25 + 27.5 = 52.5 (rounded 52.50): grade CC Adequate (Skema uji)", en);
        Assert.Contains("52,5", id, StringComparison.Ordinal);
        Assert.Contains("predikat CC Cukup (Memadai)", id, StringComparison.Ordinal);
        var subs = result.Components.SelectMany(c => c.SubComponents).ToList();
        Assert.Equal("1a Keberadaan: (1 + 0) / 2 × 20 = 10", subs[0].Explain(Language.English));
        Assert.Equal("1b Kualitas: (0.75 + 0) / 2 × 40 = 15", subs[1].Explain(Language.English));
        Assert.Equal("2a Pengukuran: 1 × 15 + 0.5 × 25 = 27.5 / 40", subs[2].Explain(Language.English));
        Assert.Contains("0,75", subs[1].Explain(Language.Indonesian), StringComparison.Ordinal);
        Assert.Equal("1 Perencanaan: 10 + 15 = 25 of 60", result.Components[0].Explain(Language.English));
        Assert.Equal("1 Perencanaan: 10 + 15 = 25 dari 60", result.Components[0].Explain(Language.Indonesian));
        var criterion = result.Criteria.Single(k => k.Criterion.Id == "2a.2");
        Assert.Equal("2a.2: C (final) = 0.5 × 25 = 12.5 points", criterion.Explain(Language.English));
        Assert.Equal("2a.2: C (final) = 0,5 × 25 = 12,5 poin", criterion.Explain(Language.Indonesian));
    }

    [Fact]
    public void Explain_TableWithoutRounding_SaysTheExactTotalDecides()
    {
        var table = new GradeTable(Sakip.Domain.Bands.EdgeSemantics.LowerExclusive, null, GradeTables.PermenPanRb88Of2021.Grades);
        var scheme = EvaluationScheme.Create(SchemeFixtures.Valid with { Grades = table }).GetValueOrThrow();

        var result = Evaluation.Create(scheme, "Kabupaten Contoh", 2024, Complete).GetValueOrThrow().Score();

        Assert.Equal(result.Total, result.DecidingScore);
        Assert.Equal("Total 25 + 27.5 = 52.5 (exact): grade CC Adequate (Skema uji)", result.Explain(Language.English));
        Assert.Contains("nilai eksak", result.Explain(Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_IncompleteResult_SaysHowManyAreMissingAndTheBounds()
    {
        var result = Create(Complete.Where(a => a.CriterionId != "2a.2").Select(a => a with { Final = null, Proposed = a.Final }).ToArray()).Score();

        Assert.Null(result.Total);
        Assert.Equal(40m, result.MinimumTotal);
        Assert.Equal(65m, result.MaximumTotal);
        Assert.Equal("Incomplete evaluation: 1 criteria unanswered; the total will be between 40 and 65", result.Explain(Language.English));
        Assert.Contains("belum lengkap", result.Explain(Language.Indonesian), StringComparison.Ordinal);
        Assert.Contains("2a Pengukuran: 1 of 2 criteria answered", result.Components[1].SubComponents[0].Explain(Language.English), StringComparison.Ordinal);
        Assert.Contains("incomplete", result.Components[1].Explain(Language.English), StringComparison.Ordinal);
        var missing = result.Criteria.Single(k => !k.IsAnswered);
        Assert.Null(missing.Points);
        Assert.Contains("unanswered", missing.Explain(Language.English), StringComparison.Ordinal);
        Assert.Contains("proposed", result.Criteria.First().Explain(Language.English), StringComparison.Ordinal);
        Assert.Contains("usulan", result.Criteria.First().Explain(Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void With_NewAnswer_ReplacesWholeAnswerAndKeepsOriginal()
    {
        var original = Create(Complete);

        var changed = original.With(new CriterionAnswer("1B.2", "A", null)).GetValueOrThrow();

        Assert.Equal("E", original.AnswerTo("1b.2")!.Final);
        Assert.Equal(52.5m, original.Score().Total);
        Assert.Equal(("A", null), (changed.AnswerTo("1b.2")!.Proposed, changed.AnswerTo("1b.2")!.Final));
        Assert.Equal(52.5m + 20m, changed.Score().Total);
        Assert.Equal(original.Subject, changed.Subject);
        Assert.Equal(original.Year, changed.Year);
    }

    [Fact]
    public void With_BadCode_IsProblemAtTheGivenAnswersIndex()
    {
        var original = Create(Complete);

        var result = original.With(new CriterionAnswer("2a.1", null, "B"), new CriterionAnswer("1a.1", null, "Q"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("answers[1].final", "not-an-option"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Empty_EveryCriterionUnanswered()
    {
        var result = Evaluation.Empty(Scheme, " Kabupaten Contoh ", 2024).Score();

        Assert.Equal("Kabupaten Contoh", result.Evaluation.Subject);
        Assert.Equal(Scheme.Criteria, result.Unanswered);
        Assert.Equal((0m, 100m), (result.MinimumTotal, result.MaximumTotal));
        Assert.ThrowsAny<ArgumentException>(() => Evaluation.Empty(Scheme, "x", 1800));
    }

    [Fact]
    public void Score_CompletionAtTheWorstAnswers_EqualsTheMinimumTotalToTheLastDigit()
    {
        // 77 / 3 has no exact decimal: 1 × 77 / 3 and (1 / 3) × 77 differ in the 28th digit. The score of a
        // sub-component and the bounds of an incomplete one must use the same expression, or a completion at the worst
        // answers falls a digit below the minimum the incomplete evaluation promised.
        var scheme = EvaluationScheme.Create(new SchemeDefinition("uji-77", 1, "Uji", "Uji", [
            new Component("1", "Satu", 77m, [new SubComponent("1a", "Satu", 77m, ScoringMethod.Mean, [
                new Criterion("1a.1", "Satu", AnswerScales.AToE),
                new Criterion("1a.2", "Dua", AnswerScales.AToE),
                new Criterion("1a.3", "Tiga", AnswerScales.AToE),
            ])]),
            new Component("2", "Dua", 23m, [new SubComponent("2a", "Dua", 23m, ScoringMethod.Points, [
                new Criterion("2a.1", "Satu", AnswerScales.AToESixths) { Points = 7m },
                new Criterion("2a.2", "Dua", AnswerScales.AToESixths) { Points = 16m },
            ])]),
        ], GradeTables.PermenPanRb88Of2021)).GetValueOrThrow();
        CriterionAnswer[] partial = [new("1a.1", null, "A"), new("1a.2", null, "E"), new("2a.1", null, "B"), new("2a.2", null, "D")];

        var bounds = Evaluation.Create(scheme, "Uji", 2024, partial).GetValueOrThrow().Score();
        var complete = Evaluation.Create(scheme, "Uji", 2024, [.. partial, new("1a.3", null, "E")]).GetValueOrThrow().Score();

        Assert.Equal(bounds.MinimumTotal, complete.Total);
        // Under points the score is Σ value × points, exactly: 4/6 × 7 + 1/6 × 16, not divided and multiplied back.
        Assert.Equal((4m / 6m * 7m) + (1m / 6m * 16m), complete.Components[1].Score);
    }

    private static (string? Code, AnswerSource? Source) Read(EvaluationResult result, string id)
    {
        var k = result.Criteria.Single(c => c.Criterion.Id == id);
        return (k.Answer?.Code, k.Source);
    }
}
