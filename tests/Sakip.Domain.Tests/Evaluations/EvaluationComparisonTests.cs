using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;
using static Sakip.Domain.Tests.Evaluations.GradeRoadTests;

namespace Sakip.Domain.Tests.Evaluations;

public class EvaluationComparisonTests
{
    private static readonly EvaluationScheme Lke = EvaluationSchemes.PermenPanRb88Of2021;

    [Fact]
    public void Compare_YearOverYear_ComponentDeltasTotalAndGrade()
    {
        var before = Uniform(Lke, "Y", "B", "C").Score();
        var after = before.Evaluation.With(new CriterionAnswer("4c.1", null, "A"), new CriterionAnswer("4c.2", null, "A"), new CriterionAnswer("4c.3", null, "B")).Model.Score();

        var comparison = EvaluationComparison.Compare(before, after);

        Assert.Equal(3.125m, comparison.TotalDelta);
        Assert.Equal(70.63m - 67.50m, comparison.DecidingDelta);
        Assert.Equal(GradeChange.Up, comparison.GradeChange);
        Assert.Equal(["1", "2", "3", "4"], comparison.Components.Select(c => c.ComponentId));
        Assert.Equal([0m, 0m, 0m, 3.125m], comparison.Components.Select(c => c.Delta!.Value));
        Assert.Equal(["4c.1", "4c.2", "4c.3"], comparison.Criteria.Select(c => c.Criterion.Id));
        Assert.Equal([1.25m, 1.25m, 0.625m], comparison.Criteria.Select(c => c.Points!.Value));
        Assert.Equal("67.5 (B) → 70.625 (BB), +3.125: 1 0; 2 0; 3 0; 4 +3.125", comparison.Explain(Language.English));
    }

    [Fact]
    public void Compare_Reversed_GradeGoesDownAndDeltasNegate()
    {
        var low = Uniform(Lke, "Y", "B", "C").Score();
        var high = Uniform(Lke, "Y", "A", "B").Score();

        var up = EvaluationComparison.Compare(low, high);
        var down = EvaluationComparison.Compare(high, low);

        Assert.Equal(GradeChange.Up, up.GradeChange);
        Assert.Equal(GradeChange.Down, down.GradeChange);
        Assert.Equal(-up.TotalDelta, down.TotalDelta);
        Assert.Equal(up.Components.Select(c => -c.Delta), down.Components.Select(c => c.Delta));
    }

    [Fact]
    public void Compare_SameAnswers_SameGradeNoCriteria()
    {
        var result = Uniform(Lke, "Y", "B", "C").Score();

        var comparison = EvaluationComparison.Compare(result, Uniform(Lke, "Y", "B", "C").Score());

        Assert.Equal(GradeChange.Same, comparison.GradeChange);
        Assert.Equal(0m, comparison.TotalDelta);
        Assert.Empty(comparison.Criteria);
    }

    [Fact]
    public void Compare_AcrossRegulations_MatchesGradesByCodeAndListsEveryComponent()
    {
        var old = EvaluationSchemes.PermenPanRb12Of2015;
        var before = Evaluation.Create(old, "Provinsi Uji", 2018, old.Criteria.Select(c => new CriterionAnswer(c.Id, null, c.Scale.Options.Count == 2 ? "Y" : "C"))).Model.Score();
        var after = Uniform(Lke, "Y", "B", "C").Score();

        var comparison = EvaluationComparison.Compare(before, after);

        Assert.Equal(["1", "2", "3", "4", "A", "B", "C", "D", "E"], comparison.Components.Select(c => c.ComponentId));
        Assert.All(comparison.Components, c => Assert.Null(c.Delta));
        Assert.Empty(comparison.Criteria);
        Assert.Equal(after.Total - before.Total, comparison.TotalDelta);
        Assert.NotEqual(GradeChange.Unknown, comparison.GradeChange);
    }

    [Fact]
    public void Compare_Incomplete_UnknownChangeAndNoTotalDelta()
    {
        var complete = Uniform(Lke, "Y", "B", "C").Score();
        var incomplete = Evaluation.Empty(Lke, "Kabupaten Uji", 2026).Score();

        var comparison = EvaluationComparison.Compare(complete, incomplete);

        Assert.Equal(GradeChange.Unknown, comparison.GradeChange);
        Assert.Null(comparison.TotalDelta);
        Assert.Contains("incomplete", comparison.Explain(Language.English), StringComparison.Ordinal);
        Assert.Equal(Lke.Criteria.Count, comparison.Criteria.Count);
        Assert.All(comparison.Criteria, c => Assert.Null(c.Points));
    }

    [Fact]
    public void WhatIf_LeavesTheOriginalUnchanged()
    {
        var original = Uniform(Lke, "Y", "B", "C");
        var result = original.Score();

        var whatIf = EvaluationComparison.WhatIf(result, new CriterionAnswer("1c.1", null, "A")).Model;

        Assert.Equal("C", original.AnswerTo("1c.1")!.Final);
        Assert.Equal(67.5m, original.Score().Total);
        Assert.Equal(0.9375m, whatIf.TotalDelta);
        Assert.Equal("1c.1", Assert.Single(whatIf.Criteria).Criterion.Id);
    }

    [Fact]
    public void WhatIf_BadAnswer_ReportsTheProblem()
    {
        var result = Uniform(Lke, "Y", "B", "C").Score();

        var whatIf = EvaluationComparison.WhatIf(result, new CriterionAnswer("1a.1", null, "B"));

        var problem = Assert.Single(whatIf.Problems);
        Assert.Equal("not-an-option", problem.Reason.Code);
        Assert.EndsWith(".final", problem.Path, StringComparison.Ordinal);
    }
}
