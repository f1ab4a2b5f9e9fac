using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;
using static Sakip.Domain.Tests.Evaluations.WorkedExampleTests;

namespace Sakip.Domain.Tests.Evaluations;

public class EvaluationComparisonTests
{
    private static readonly EvaluationScheme Lke = EvaluationSchemes.PermenPanRb88Of2021;

    [Fact]
    public void Compare_YearOverYear_BySubComponent_DeltasPerComponentAndSubComponent()
    {
        // 2024: the worked example, 88.10 (A). 2025: 1c B → A (+ 15 × 0.2) and 4b A → AA (+ 7.5 × 0.1): 91.85 (AA).
        var before = Graded(Lke, Example).Score();
        var after = Graded(Lke, Example).WithGrades(new SubComponentAnswer("1c", null, "A"), new SubComponentAnswer("4b", null, "AA")).GetValueOrThrow().Score();

        var comparison = EvaluationComparison.Compare(before, after);

        Assert.Equal(3.75m, comparison.TotalDelta);
        Assert.Equal(91.85m - 88.10m, comparison.DecidingDelta);
        Assert.Equal(GradeChange.Up, comparison.GradeChange);
        Assert.Equal(["1", "2", "3", "4"], comparison.Components.Select(c => c.ComponentId));
        Assert.Equal([3m, 0m, 0m, 0.75m], comparison.Components.Select(c => c.Delta!.Value));
        Assert.Equal(
            [("1c", "B", "A", 3m), ("4b", "A", "AA", 0.75m)],
            comparison.SubComponents.Select(s => (s.SubComponent.Id, s.Before!.Code, s.After!.Code, s.Points!.Value)));
        Assert.Empty(comparison.Criteria);
        Assert.Equal("88.1 (A) → 91.85 (AA), +3.75: 1 +3; 2 0; 3 0; 4 +0.75", comparison.Explain(Language.English));
    }

    [Fact]
    public void Compare_YearOverYear_ByCriterion_DeltasPerCriterion()
    {
        // Keberadaan BB, kualitas B, pemanfaatan C per criterion: 62 (B); 4c.1 and 4c.2 C → AA (+ 2.5 × 0.5 each).
        var before = PerCriterion(Lke, ByKind("BB", "B", "C")).Score();
        var after = before.Evaluation.With(new CriterionAnswer("4c.1", null, "AA"), new CriterionAnswer("4c.2", null, "AA")).GetValueOrThrow().Score();

        var comparison = EvaluationComparison.Compare(before, after);

        Assert.Equal(2.5m, comparison.TotalDelta);
        Assert.Equal(GradeChange.Same, comparison.GradeChange);
        Assert.Equal([0m, 0m, 0m, 2.5m], comparison.Components.Select(c => c.Delta!.Value));
        Assert.Equal([("4c.1", 1.25m), ("4c.2", 1.25m)], comparison.Criteria.Select(c => (c.Criterion.Id, c.Points!.Value)));
        Assert.Empty(comparison.SubComponents);
    }

    [Fact]
    public void Compare_Reversed_GradeGoesDownAndDeltasNegate()
    {
        var low = Graded(Lke, "BB B C  BB B C  BB B C  BB B C").Score();
        var high = Graded(Lke, Example).Score();

        var up = EvaluationComparison.Compare(low, high);
        var down = EvaluationComparison.Compare(high, low);

        Assert.Equal(GradeChange.Up, up.GradeChange);
        Assert.Equal(GradeChange.Down, down.GradeChange);
        Assert.Equal(-up.TotalDelta, down.TotalDelta);
        Assert.Equal(up.Components.Select(c => -c.Delta), down.Components.Select(c => c.Delta));
        Assert.Equal(up.SubComponents.Select(s => -s.Points), down.SubComponents.Select(s => s.Points));
    }

    [Fact]
    public void Compare_WithItself_HasNoDeltas_BothMethods()
    {
        var both = Graded(Lke, Example).With(Lke.Criteria.Select(k => new CriterionAnswer(k.Id, null, "B"))).GetValueOrThrow();

        foreach (var evaluation in new[] { both, both.WithMethod(EvaluationMethod.CriterionGrades).GetValueOrThrow() })
        {
            var comparison = EvaluationComparison.Compare(evaluation.Score(), evaluation.Score());

            Assert.Equal(GradeChange.Same, comparison.GradeChange);
            Assert.Equal(0m, comparison.TotalDelta);
            Assert.Equal(0m, comparison.DecidingDelta);
            Assert.All(comparison.Components, c => Assert.Equal(0m, c.Delta));
            Assert.Empty(comparison.Criteria);
            Assert.Empty(comparison.SubComponents);
        }
    }

    [Fact]
    public void Compare_SameAnswersOtherMethod_ScoresDifferButNoAnswerChanged()
    {
        var both = Graded(Lke, Example).With(Lke.Criteria.Select(k => new CriterionAnswer(k.Id, null, "B"))).GetValueOrThrow();

        var comparison = EvaluationComparison.Compare(both.Score(), both.WithMethod(EvaluationMethod.CriterionGrades).GetValueOrThrow().Score());

        // 88.10 graded per sub-component, 70.00 per criterion (every criterion B).
        Assert.Equal(70m - 88.1m, comparison.TotalDelta);
        Assert.Equal(GradeChange.Down, comparison.GradeChange);
        Assert.Empty(comparison.SubComponents);
        Assert.Empty(comparison.Criteria);
    }

    [Fact]
    public void Compare_AcrossRegulations_MatchesGradesByCodeAndListsEveryComponent()
    {
        var old = EvaluationSchemes.PermenPanRb12Of2015;
        var before = PerCriterion(old, (_, k) => k.Scale.Options.Count == 2 ? "Y" : "C").Score();
        var after = Graded(Lke, Example).Score();

        var comparison = EvaluationComparison.Compare(before, after);

        Assert.Equal(["1", "2", "3", "4", "A", "B", "C", "D", "E"], comparison.Components.Select(c => c.ComponentId));
        Assert.All(comparison.Components, c => Assert.Null(c.Delta));
        Assert.Empty(comparison.Criteria);
        Assert.Empty(comparison.SubComponents);
        Assert.Equal(after.Total - before.Total, comparison.TotalDelta);
        Assert.Equal(GradeChange.Up, comparison.GradeChange);
    }

    [Fact]
    public void Compare_Incomplete_UnknownChangeAndNoTotalDelta()
    {
        var complete = Graded(Lke, Example).Score();
        var incomplete = Evaluation.Empty(Lke, "Kabupaten Uji", 2026).Score();

        var comparison = EvaluationComparison.Compare(complete, incomplete);

        Assert.Equal(GradeChange.Unknown, comparison.GradeChange);
        Assert.Null(comparison.TotalDelta);
        Assert.Contains("incomplete", comparison.Explain(Language.English), StringComparison.Ordinal);
        Assert.Equal(Lke.SubComponents.Count, comparison.SubComponents.Count);
        Assert.All(comparison.SubComponents, s => Assert.Equal((null, null), (s.After, s.Points)));
        Assert.Empty(comparison.Criteria);
    }

    [Fact]
    public void WhatIfGrades_LeavesTheOriginalUnchanged()
    {
        var original = Graded(Lke, Example);
        var result = original.Score();

        var whatIf = EvaluationComparison.WhatIfGrades(result, new SubComponentAnswer("1c", null, "AA")).GetValueOrThrow();

        Assert.Equal("B", original.GradeOf("1c")!.Final);
        Assert.Equal(88.1m, original.Score().Total);
        Assert.Equal(4.5m, whatIf.TotalDelta);
        Assert.Equal(GradeChange.Up, whatIf.GradeChange);
        Assert.Equal(("1c", "B", "AA"), (Assert.Single(whatIf.SubComponents).SubComponent.Id, whatIf.SubComponents[0].Before!.Code, whatIf.SubComponents[0].After!.Code));
    }

    [Fact]
    public void WhatIfGrades_BadGrade_ReportsTheProblem()
    {
        var result = Graded(Lke, Example).Score();

        var whatIf = EvaluationComparison.WhatIfGrades(result, new SubComponentAnswer("1c", null, "Y"), new SubComponentAnswer("9z", null, "A"));

        Assert.Equal([("grades[0].final", "not-an-option"), ("grades[1].subComponent", "unknown-sub-component")], whatIf.Problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void WhatIf_ByCriterion_LeavesTheOriginalUnchanged()
    {
        var original = PerCriterion(Lke, ByKind("BB", "B", "C"));
        var result = original.Score();

        var whatIf = EvaluationComparison.WhatIf(result, new CriterionAnswer("1c.1", null, "AA")).GetValueOrThrow();

        Assert.Equal("C", original.AnswerTo("1c.1")!.Final);
        Assert.Equal(62m, original.Score().Total);
        // 1c weighs 15 over 8 criteria: C → AA adds 0.5 × 1.875.
        Assert.Equal(0.9375m, whatIf.TotalDelta);
        Assert.Equal("1c.1", Assert.Single(whatIf.Criteria).Criterion.Id);
    }

    [Fact]
    public void WhatIf_CriterionUnderSubComponentGrades_ChangesTheAnswerNotTheScore()
    {
        var result = Graded(Lke, Example).Score();

        var whatIf = EvaluationComparison.WhatIf(result, new CriterionAnswer("1c.1", null, "AA")).GetValueOrThrow();

        Assert.Equal(0m, whatIf.TotalDelta);
        var changed = Assert.Single(whatIf.Criteria);
        Assert.Equal(("1c.1", null, "AA", null), (changed.Criterion.Id, changed.Before?.Code, changed.After!.Code, changed.Points));
    }

    [Fact]
    public void WhatIf_OldScaleCode_ReportsTheProblem()
    {
        // Y/T and A–E of version 1 are no answers of version 2.
        var result = PerCriterion(Lke, ByKind("BB", "B", "C")).Score();

        var whatIf = EvaluationComparison.WhatIf(result, new CriterionAnswer("1a.1", null, "Y"));

        var problem = Assert.Single(whatIf.Problems);
        Assert.Equal("not-an-option", problem.Reason.Code);
        Assert.EndsWith(".final", problem.Path, StringComparison.Ordinal);
    }
}
