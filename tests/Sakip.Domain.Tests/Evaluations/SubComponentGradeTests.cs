using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;
using static Sakip.Domain.Tests.Evaluations.WorkedExampleTests;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Sub-component grades: creating and changing them, the evaluation method, grade-mismatch and
/// above-dependency findings, and incomplete grading.</summary>
public class SubComponentGradeTests
{
    private static readonly EvaluationScheme Lke = EvaluationSchemes.PermenPanRb88Of2021;

    private static EvaluationScheme Fixture => SchemeFixtures.GradedScheme;

    private static Result<Evaluation> Create(EvaluationScheme scheme, EvaluationMethod method, CriterionAnswer[] answers, params SubComponentAnswer[] grades) =>
        Evaluation.Create(scheme, "Kabupaten Contoh", 2024, method, answers, grades);

    [Fact]
    public void Create_GradeProblems_HavePathsIntoTheGrades()
    {
        var result = Create(Lke, EvaluationMethod.SubComponentGrades, [], new("1a", "A", null), new("9z", "A", null), new(" 1A", "B", null), new("1b", "Y", "a"), null!);

        Assert.Equal(
            [
                ("grades[1].subComponent", "unknown-sub-component"),
                ("grades[2].subComponent", "duplicate-answer"),
                ("grades[3].proposed", "not-an-option"),
                ("grades[4]", "required"),
            ],
            result.Problems.Select(p => (p.Path, p.Reason.Code)));
        Assert.Contains("AA/A/BB/B/CC/C/D/E", result.Problems[2].Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("9z", result.Problems[0].Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_GradesInAnyCase_AreStoredCanonicallyInWorksheetOrder()
    {
        var evaluation = Create(Lke, EvaluationMethod.SubComponentGrades, [], new("4C", null, "bb"), new(" 1b ", "aa", " cc ")).GetValueOrThrow();

        Assert.Equal(["1b", "4c"], evaluation.Grades.Select(g => g.SubComponentId));
        Assert.Equal(("AA", "CC"), (evaluation.GradeOf("1B")!.Proposed, evaluation.GradeOf("1b")!.Final));
        Assert.Equal("BB", evaluation.GradeOf("4c")!.Final);
        Assert.Null(evaluation.GradeOf("2a"));
        Assert.Throws<ArgumentException>(() => evaluation.GradeOf("9z"));
    }

    [Fact]
    public void Create_GradeEvidenceAndNote_AreKept()
    {
        var evaluation = Create(Lke, EvaluationMethod.SubComponentGrades, [], new SubComponentAnswer("1a", null, "A") { Evidence = ["Renstra 2021-2026.pdf"], Note = "dipertahankan sejak 2023" }).GetValueOrThrow();

        Assert.Equal(["Renstra 2021-2026.pdf"], evaluation.GradeOf("1a")!.Evidence);
        Assert.Equal("dipertahankan sejak 2023", evaluation.GradeOf("1a")!.Note);
    }

    [Fact]
    public void Create_SubComponentGradesOnASchemeWithoutSubComponentScales_IsAProblem()
    {
        var scheme = EvaluationSchemes.PermenPanRb12Of2015;

        var byMethod = Create(scheme, EvaluationMethod.SubComponentGrades, [new("A.1a.1", null, "Y")]);
        var byGrade = Create(scheme, EvaluationMethod.CriterionGrades, [], new SubComponentAnswer("A.1a", null, "A"));
        var unknown = Create(scheme, (EvaluationMethod)7, []);

        Assert.Equal(("method", "method-needs-sub-component-scales"), (Assert.Single(byMethod.Problems).Path, byMethod.Problems[0].Reason.Code));
        Assert.Equal(("grades[0].subComponent", "method-needs-sub-component-scales"), (Assert.Single(byGrade.Problems).Path, byGrade.Problems[0].Reason.Code));
        Assert.Equal(("method", "unknown-evaluation-method"), (Assert.Single(unknown.Problems).Path, unknown.Problems[0].Reason.Code));
    }

    [Fact]
    public void WithMethod_SchemeWithoutSubComponentScales_FailsWithAProblem()
    {
        var evaluation = PerCriterion(SchemeFixtures.Scheme, (_, k) => k.Scale.Best.Code);

        var result = evaluation.WithMethod(EvaluationMethod.SubComponentGrades);

        Assert.False(result.IsSuccess);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("method", "method-needs-sub-component-scales"), (problem.Path, problem.Reason.Code));
        Assert.False(string.IsNullOrWhiteSpace(problem.Reason.Message.Indonesian));
        Assert.True(evaluation.WithMethod(EvaluationMethod.CriterionGrades).IsSuccess);
    }

    [Fact]
    public void WithMethod_KeepsEveryAnswer_TheMethodDecidesTheScore()
    {
        var both = Graded(Lke, Example).With(Lke.Criteria.Select(k => new CriterionAnswer(k.Id, null, "B"))).GetValueOrThrow();

        var perCriterion = both.WithMethod(EvaluationMethod.CriterionGrades).GetValueOrThrow();

        Assert.Equal(both.Answers, perCriterion.Answers);
        Assert.Equal(both.Grades, perCriterion.Grades);
        Assert.NotEqual(both, perCriterion);
        Assert.Equal(88.1m, both.Score().Total);
        Assert.Equal(70m, perCriterion.Score().Total);
        Assert.Equal(both, perCriterion.WithMethod(EvaluationMethod.SubComponentGrades).GetValueOrThrow());
    }

    [Fact]
    public void WithGrades_ReplacesWholeGradesAndKeepsTheOriginal()
    {
        var original = Graded(Lke, Example);

        var changed = original.WithGrades(new SubComponentAnswer("1C", "AA", null)).GetValueOrThrow();

        Assert.Equal("B", original.GradeOf("1c")!.Final);
        Assert.Equal(88.1m, original.Score().Total);
        Assert.Equal(("AA", null), (changed.GradeOf("1c")!.Proposed, changed.GradeOf("1c")!.Final));
        Assert.Equal(88.1m + 4.5m, changed.Score().Total);
        Assert.Equal((original.Subject, original.Year, original.Method), (changed.Subject, changed.Year, changed.Method));
    }

    [Fact]
    public void WithGrades_BadCode_IsAProblemAtTheGivenGradesIndex()
    {
        var result = Graded(Lke, Example).WithGrades(new SubComponentAnswer("2a", null, "B"), new SubComponentAnswer("1a", null, "Y"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("grades[1].final", "not-an-option"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Score_EachSource_ReadsItsGrade()
    {
        var evaluation = Create(Fixture, EvaluationMethod.SubComponentGrades, [], new("1a", "AA", "B"), new("1b", "A", null), new("2a", null, "C")).GetValueOrThrow();

        var final = evaluation.Score(AnswerSource.Final);
        var proposed = evaluation.Score(AnswerSource.Proposed);
        var either = evaluation.Score();

        Assert.Equal([("B", AnswerSource.Final), (null, null), ("C", AnswerSource.Final)], Read(final));
        Assert.Equal([("AA", AnswerSource.Proposed), ("A", AnswerSource.Proposed), (null, null)], Read(proposed));
        Assert.Equal([("B", AnswerSource.Final), ("A", AnswerSource.Proposed), ("C", AnswerSource.Final)], Read(either));
        Assert.Equal(["1b"], final.Missing);
        Assert.Equal(["2a"], proposed.Missing);
        // 20 × 0.7 + 40 × 0.9 + 40 × 0.5 = 14 + 36 + 20.
        Assert.Equal(70m, either.Total);

        static (string?, AnswerSource?)[] Read(EvaluationResult result) => [.. result.SubComponents.Select(s => (s.Grade?.Code, s.GradeSource))];
    }

    [Fact]
    public void Score_Ungraded_IsIncompleteWithBoundsAndExplains()
    {
        var evaluation = Graded(Lke, Example).WithGrades(new SubComponentAnswer("1c", null, null), new SubComponentAnswer("4c", "  ", null)).GetValueOrThrow();

        var result = evaluation.Score();

        Assert.False(result.IsComplete);
        Assert.Null(result.Total);
        Assert.Null(result.Grade);
        Assert.Equal(["1c", "4c"], result.Ungraded.Select(s => s.Id));
        Assert.Equal(["1c", "4c"], result.Missing);
        Assert.Empty(result.Unanswered);
        // 88.1 without 1c (10.5) and 4c (11.25): between 66.35 (both E) and 93.85 (both AA: + 15 + 12.5).
        Assert.Equal((66.35m, 93.85m), (result.MinimumTotal, result.MaximumTotal));
        Assert.Equal("Incomplete evaluation: 2 sub-components not graded; the total will be between 66.35 and 93.85", result.Explain(Language.English));
        Assert.Contains("belum diberi predikat", result.Explain(Language.Indonesian), StringComparison.Ordinal);
        Assert.Equal("1c Pemanfaatan: not graded, no score yet", result.SubComponents.ElementAt(2).Explain(Language.English));
        Assert.Null(result.Component("1")!.Score);
        Assert.Equal(27.6m, result.Component("2")!.Score);

        var road = GradeRoad.Find(result);
        Assert.Equal([("grades.1c", "ungraded"), ("grades.4c", "ungraded")], road.Problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Empty_GradedBySubComponent_EverySubComponentUngraded()
    {
        var result = Evaluation.Empty(Lke, "Kabupaten Contoh", 2024).Score();

        Assert.Equal(Lke.SubComponents, result.Ungraded);
        Assert.Empty(result.Unanswered);
        Assert.Equal((0m, 100m), (result.MinimumTotal, result.MaximumTotal));
    }

    [Fact]
    public void GradeMismatch_BothMethodsKeepBothAnswers_TheMethodDecides_TheFindingNamesTheNearestLevel()
    {
        // 1b graded A (0.9) by the evaluator, its eleven criteria answered B (0.7): nearest to them is B.
        var evaluation = Graded(Lke, Example).With(Lke.Criteria.Select(k => new CriterionAnswer(k.Id, null, k.Id.StartsWith("1b.", StringComparison.Ordinal) ? "B" : LevelOf(k)))).GetValueOrThrow();

        var bySubComponent = evaluation.Score();
        var byCriterion = evaluation.WithMethod(EvaluationMethod.CriterionGrades).GetValueOrThrow().Score();

        foreach (var result in new[] { bySubComponent, byCriterion })
        {
            var finding = Assert.Single(result.Findings);
            Assert.Equal((LogicFindingKind.GradeMismatch, "1b", null, 0.9m, 0.7m), (finding.Kind, finding.Id, finding.RelatedId, finding.Value, finding.RelatedValue));
            Assert.Equal("grade-mismatch", finding.Reason.Code);
            Assert.Equal(
                "sub-component 1b is graded A (90 %) but its criteria average 70 %, which is nearest to B; both are kept, the evaluation's method decides the score",
                finding.Reason.Message.English);
            Assert.Contains("paling dekat dengan B", finding.Reason.Message.Indonesian, StringComparison.Ordinal);
            Assert.Equal("A", result.SubComponents.ElementAt(1).Grade!.Code);
            Assert.All(result.Criteria.Where(k => k.Criterion.Id.StartsWith("1b.", StringComparison.Ordinal)), k => Assert.Equal("B", k.Answer!.Code));
        }

        // Graded per sub-component 1b is 9 × 0.9 = 8.1 (88.10 in all); per criterion 9 × 0.7 = 6.3 (86.30).
        Assert.Equal((8.1m, 88.1m), (bySubComponent.SubComponents.ElementAt(1).Score!.Value, bySubComponent.Total!.Value));
        Assert.Equal((6.3m, 86.3m), (byCriterion.SubComponents.ElementAt(1).Score!.Value, byCriterion.Total!.Value));
    }

    [Theory]
    [InlineData("AA AA AA A A A", "AA", "A")] // mean 0.95, halfway between AA and A: the lower
    [InlineData("AA AA AA A A A", "A", null)]
    [InlineData("C C C D D D", "C", "D")] // mean 0.4, halfway between C (0.5) and D (0.3): the lower
    [InlineData("AA BB BB BB BB BB", "BB", null)] // mean 0.833…, nearest BB
    [InlineData("AA AA AA AA BB BB", "BB", "A")] // mean 0.933…, nearest A
    [InlineData("E E E E E D", "E", null)] // mean 0.05, nearest E
    [InlineData("E E E E E D", "D", "E")]
    public void GradeMismatch_NearestLevel_TiesToTheLower(string criteria, string grade, string? nearest)
    {
        var codes = criteria.Split(' ');
        var evaluation = Graded(Lke, Example).With(Lke.Criteria.Where(k => k.Id.StartsWith("3a.", StringComparison.Ordinal)).Select((k, i) => new CriterionAnswer(k.Id, null, codes[i]))).GetValueOrThrow()
            .WithGrades(new SubComponentAnswer("3a", null, grade)).GetValueOrThrow();

        var findings = evaluation.Score().Findings;

        if (nearest is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            var finding = Assert.Single(findings);
            Assert.Equal(("3a", LogicFindingKind.GradeMismatch), (finding.Id, finding.Kind));
            Assert.Contains($"nearest to {nearest};", finding.Reason.Message.English, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GradeMismatch_NotCheckedWhileACriterionIsUnanswered()
    {
        var evaluation = Graded(Lke, Example).With(Lke.Criteria.Where(k => k.Id.StartsWith("1b.", StringComparison.Ordinal)).Skip(1).Select(k => new CriterionAnswer(k.Id, null, "E"))).GetValueOrThrow();

        var result = evaluation.Score();

        Assert.Empty(result.Findings);
        Assert.Null(result.SubComponents.ElementAt(1).CriteriaValue);
    }

    [Fact]
    public void GradeMismatch_FollowsTheSource()
    {
        // The self-assessment proposes 1a AA with criteria proposed AA; the evaluator grades 1a B and leaves the
        // criteria as proposed: read final-else-proposed, the grade B disagrees with criteria at AA.
        var evaluation = Create(
            Lke,
            EvaluationMethod.SubComponentGrades,
            [.. Lke.Criteria.Where(k => k.Id.StartsWith("1a.", StringComparison.Ordinal)).Select(k => new CriterionAnswer(k.Id, "AA", null))],
            new SubComponentAnswer("1a", "AA", "B")).GetValueOrThrow();

        Assert.Empty(evaluation.Score(AnswerSource.Proposed).Findings);
        Assert.Contains("nearest to AA;", Assert.Single(evaluation.Score().Findings).Reason.Message.English, StringComparison.Ordinal);
        Assert.Empty(evaluation.Score(AnswerSource.Final).Findings);
    }

    [Fact]
    public void SubComponentAboveItsDependency_IsAFindingAndChangesNothing()
    {
        // The fixture's 1b (kualitas) depends on 1a (keberadaan): 1b graded A above 1a at B.
        var evaluation = Create(Fixture, EvaluationMethod.SubComponentGrades, [], new("1a", null, "B"), new("1b", null, "A"), new("2a", null, "BB")).GetValueOrThrow();

        var result = evaluation.Score();

        var finding = Assert.Single(result.Findings);
        Assert.Equal((LogicFindingKind.AboveDependency, "1b", "1a", 0.9m, 0.7m), (finding.Kind, finding.Id, finding.RelatedId, finding.Value, finding.RelatedValue));
        Assert.Equal("above-dependency", finding.Reason.Code);
        Assert.Contains("sub-component 1b", finding.Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("subkomponen 1a", finding.Reason.Message.Indonesian, StringComparison.Ordinal);
        // 20 × 0.7 + 40 × 0.9 + 40 × 0.8.
        Assert.Equal(82m, result.Total);
        Assert.Empty(evaluation.WithGrades(new SubComponentAnswer("1b", null, "B")).GetValueOrThrow().Score().Findings);
    }

    private static string LevelOf(Criterion k) => k.Id[..2] switch
    {
        "1a" or "1b" or "2b" or "2c" or "3a" or "3b" or "3c" or "4b" or "4c" => "A",
        "1c" => "B",
        _ => "AA",
    };
}
