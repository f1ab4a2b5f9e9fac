using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>The inspectorate's PermenPAN-RB 12/2015 worksheet (<c>permenpanrb-12-2015-apip</c>): 92 real criteria on
/// their own scales, component E by points, and the worksheet's consistency checks as dependencies.</summary>
public class WorksheetVariantTests
{
    private static readonly EvaluationScheme Worksheet = EvaluationSchemes.PermenPanRb12Of2015Worksheet;

    private static Evaluation Answer(Func<Criterion, string> code) =>
        Evaluation.Create(Worksheet, "Dinas Contoh", 2016, Worksheet.Criteria.Select(k => new CriterionAnswer(k.Id, null, code(k)))).GetValueOrThrow();

    [Fact]
    public void Criteria_Are92_SplitAsTheWorksheetLists()
    {
        Assert.Equal("permenpanrb-12-2015-apip", Worksheet.Id);
        Assert.Equal(92, Worksheet.Criteria.Count);
        Assert.Equal(
            ["A.1a", "A.1b", "A.1c", "A.2a", "A.2b", "A.2c", "B.a", "B.b", "B.c", "C.a", "C.b", "C.c", "D.a", "D.b", "D.c", "E.a", "E.b"],
            Worksheet.SubComponents.Select(s => s.Id));
        Assert.Equal([9, 8, 3, 4, 10, 5, 4, 10, 6, 4, 7, 4, 4, 6, 2, 3, 3], Worksheet.SubComponents.Select(s => s.Criteria.Count));
    }

    [Fact]
    public void Weights_AreTheRegulations()
    {
        Assert.Equal([30m, 25m, 15m, 10m, 20m], Worksheet.Components.Select(c => c.Weight));
        Assert.Equal(
            [2m, 5m, 3m, 4m, 10m, 6m, 5m, 12.5m, 7.5m, 3m, 7.5m, 4.5m, 2m, 5m, 3m, 7.5m, 12.5m],
            Worksheet.SubComponents.Select(s => s.Weight));
        Assert.Equal(
            Worksheet.SubComponents.Select(s => (s.Id, s.Weight)),
            EvaluationSchemes.PermenPanRb12Of2015.SubComponents.Select(s => (s.Id, s.Weight)));
    }

    [Theory]
    [InlineData("A.1a.1", "yes-no")]
    [InlineData("A.1a.3", "a-e")]
    [InlineData("A.1a.9", "yes-no")]
    [InlineData("A.2b.8", "yes-no")]
    [InlineData("B.c.2", "a-c")]
    [InlineData("B.c.3", "a-c")]
    [InlineData("B.c.6", "a-c")]
    [InlineData("C.b.5", "a-d")]
    [InlineData("D.a.3", "a-d")]
    [InlineData("D.b.6", "a-d")]
    [InlineData("E.a.1", "a-e-sixths")]
    [InlineData("E.b.3", "a-e")]
    public void Criteria_TakeTheirOwnScales(string id, string scale) =>
        Assert.Equal(scale, Worksheet.FindCriterion(id)!.Scale.Id);

    [Fact]
    public void ComponentE_IsScoredByPoints()
    {
        var e = Worksheet.Components.Single(c => c.Id == "E");

        Assert.All(e.SubComponents, s => Assert.Equal(ScoringMethod.Points, s.Method));
        Assert.Equal([3m, 1.5m, 3m, 5m, 2.5m, 5m], e.SubComponents.SelectMany(s => s.Criteria).Select(k => k.Points!.Value));
        Assert.All(Worksheet.Components.Where(c => c.Id != "E").SelectMany(c => c.SubComponents), s => Assert.Equal(ScoringMethod.Mean, s.Method));
    }

    [Theory]
    [InlineData("A", "3.00", "1.50", "5.00")]
    [InlineData("B", "2.00", "1.00", "3.75")]
    [InlineData("C", "1.00", "0.50", "2.50")]
    [InlineData("D", "0.50", "0.25", "1.25")]
    [InlineData("E", "0.00", "0.00", "0.00")]
    public void ComponentE_EarnsThePointsTheWorksheetWrites(string code, string output3, string output15, string outcome5)
    {
        // Output (E.a): A–E worth all, two thirds, one third, one sixth or none of the points (3 → 3 / 2 / 1 / 0.5 / 0);
        // outcome (E.b): A–E worth 1 / 0.75 / 0.5 / 0.25 / 0 of the points. The worksheet shows two decimals.
        var result = Answer(k => k.Id.StartsWith("E.", StringComparison.Ordinal) ? code : k.Scale.Best.Code).Score();

        Assert.Equal(Parse(output3), Points(result, "E.a.1"));
        Assert.Equal(Parse(output15), Points(result, "E.a.2"));
        Assert.Equal(Parse(outcome5), Points(result, "E.b.1"));
        Assert.Equal(Parse(output3), Points(result, "E.a.3"));
        Assert.Equal(Parse(outcome5), Points(result, "E.b.3"));

        static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        static decimal Points(EvaluationResult result, string id) => Math.Round(result.Criteria.Single(k => k.Criterion.Id == id).Points!.Value, 2);
    }

    [Fact]
    public void AllBest_Is100AndAA_AllWorst_Is0AndD()
    {
        var best = Answer(k => k.Scale.Best.Code).Score();
        var worst = Answer(k => k.Scale.Worst.Code).Score();

        Assert.Equal((100m, "AA", "Memuaskan"), (best.Total!.Value, best.Grade!.Code, best.Grade.Label.Indonesian));
        Assert.Empty(best.Findings);
        Assert.Equal((0m, "D"), (worst.Total!.Value, worst.Grade!.Code));
        Assert.Empty(worst.Findings);
    }

    [Fact]
    public void OutputAtB_TakesAThirdOfItsPoints()
    {
        // Everything best but the three output criteria at B: E.a earns two thirds of 7.5 = 5, the total 97.5 → AA.
        var result = Answer(k => k.Id.StartsWith("E.a", StringComparison.Ordinal) ? "B" : k.Scale.Best.Code).Score();

        Assert.Equal(5m, Math.Round(result.Component("E")!.SubComponents[0].Score!.Value, 20));
        Assert.Equal(97.50m, result.DecidingScore);
        Assert.Equal("AA", result.Grade!.Code);
    }

    [Fact]
    public void MixedScales_AreAveragedWithinTheSubComponent()
    {
        // A.1a: eight criteria at their best (1) and A.1a.3 (A–E) at B (0.75): (8 + 0.75) / 9 × 2.
        var result = Answer(k => k.Id == "A.1a.3" ? "B" : k.Scale.Best.Code).Score();

        Assert.Equal(8.75m * 2m / 9m, result.Component("A")!.SubComponents[0].Score);
        Assert.Equal(99.94m, result.DecidingScore);
    }

    [Fact]
    public void ConsistencyChecks_AreDependenciesOnAnEarlierCriterion()
    {
        var order = Worksheet.Criteria.Select((k, i) => (k.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var dependent = Worksheet.Criteria.Where(k => k.DependsOn is not null).ToList();

        Assert.NotEmpty(dependent);
        Assert.All(dependent, k => Assert.True(order[k.DependsOn!] < order[k.Id], $"{k.Id} depends on {k.DependsOn}"));
        // "Renstra telah disusun" (criterion 1) comes before everything else Renstra asks.
        Assert.Equal("A.1a.1", Worksheet.FindCriterion("A.1a.2")!.DependsOn);
        Assert.Equal("A.1a.1", Worksheet.FindCriterion("A.1c.3")!.DependsOn);
        Assert.Equal("Renstra telah disusun", Worksheet.FindCriterion("A.1a.1")!.Title);
    }

    [Fact]
    public void ConsistencyCheck_AnswerAboveWhatItDependsOn_IsAFindingThatChangesNothing()
    {
        // Renstra not drawn up (T) yet "Renstra telah memuat Tujuan" (Y): the check flags it, the score keeps both.
        var consistent = Answer(k => k.Scale.Best.Code).Score();
        var flagged = Answer(k => k.Id == "A.1a.1" ? "T" : k.Scale.Best.Code).Score();

        var finding = Assert.Single(flagged.Findings, f => f.Id == "A.1a.2");
        Assert.Equal((LogicFindingKind.AboveDependency, "A.1a.1", 1m, 0m), (finding.Kind, finding.RelatedId, finding.Value, finding.RelatedValue));
        Assert.Equal("above-dependency", finding.Reason.Code);
        Assert.Equal(19, flagged.Findings.Count);
        Assert.All(flagged.Findings, f => Assert.Equal("A.1a.1", f.RelatedId));
        Assert.Equal(100m, consistent.Total);
        Assert.Equal(16m / 9m, flagged.Component("A")!.SubComponents[0].Score);
        Assert.Equal(99.78m, flagged.DecidingScore);
    }

    [Fact]
    public void SubComponentGrades_AreNotAMethodOfThisWorksheet()
    {
        var evaluation = Answer(k => k.Scale.Best.Code);

        var result = evaluation.WithMethod(EvaluationMethod.SubComponentGrades);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("method", "method-needs-sub-component-scales"), (problem.Path, problem.Reason.Code));
    }
}
