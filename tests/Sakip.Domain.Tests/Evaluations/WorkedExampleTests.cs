using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Whole evaluations on the built-in schemes, computed by hand.</summary>
public class WorkedExampleTests
{
    /// <summary>Answers every criterion with the code <paramref name="code"/> picks (as the final answer).</summary>
    private static Evaluation Answer(EvaluationScheme scheme, Func<SubComponent, Criterion, string> code) =>
        Evaluation.Create(
            scheme,
            "Kabupaten Contoh",
            2024,
            scheme.Criteria.Select(k => new CriterionAnswer(k.Id, null, code(scheme.OwnerOf(k).SubComponent, k)))).Model;

    private static string By88Level(SubComponent sub) => sub.Id[^1] switch
    {
        'a' => "Y",
        'b' => "B",
        _ => "C",
    };

    [Fact]
    public void PermenPanRb88Of2021_ExistenceYesQualityBUseC_Is67Point5AndB()
    {
        // Existence 20 × 1 + quality 30 × 0.75 + use 50 × 0.5 = 20 + 22.5 + 25 = 67.5 → B Baik.
        var result = Answer(EvaluationSchemes.PermenPanRb88Of2021, (s, _) => By88Level(s)).Score();

        Assert.Equal(67.5m, result.Total);
        Assert.Equal(67.50m, result.DecidingScore);
        Assert.Equal("B", result.Grade!.Code);
        Assert.Equal("Baik", result.Grade.Label);
        // Component 1: 6 + 9 × 0.75 + 15 × 0.5 = 6 + 6.75 + 7.5; component 3: 3 + 3.375 + 3.75.
        Assert.Equal([20.25m, 20.25m, 10.125m, 16.875m], result.Components.Select(c => c.Score));
        Assert.Equal([6m, 6.75m, 7.5m], result.Components[0].SubComponents.Select(s => s.Score));
        Assert.Empty(result.Findings);
        Assert.True(result.IsComplete);
        Assert.Contains("67.5", result.Explain(Language.English), StringComparison.Ordinal);
        Assert.Contains("67,5", result.Explain(Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void PermenPanRb88Of2021_OneExistenceNo_LosesSixSeventhsAndFlagsDependents()
    {
        // As above but 1a.1 = T: 1a falls from 6 to 6 × 6/7, total 67.5 − 6/7 = 66.642857… → 66.64 → B.
        // 1b.1 and 1b.3 (B = 0.75) and 1c.2 (C = 0.5) depend on 1a.1 and are now above it.
        var result = Answer(EvaluationSchemes.PermenPanRb88Of2021, (s, k) => k.Id == "1a.1" ? "T" : By88Level(s)).Score();

        Assert.Equal(67.5m - (6m / 7m), result.Total!.Value, 20);
        Assert.Equal(66.64m, result.DecidingScore);
        Assert.Equal("B", result.Grade!.Code);
        Assert.Equal(["1b.1", "1b.3", "1c.2"], result.Findings.Select(f => f.Id));
        Assert.All(result.Findings, f => Assert.Equal(("1a.1", 0m, "above-dependency"), (f.RelatedId, f.RelatedValue, f.Reason.Code)));
        Assert.Contains("0.8571", result.Criteria.First().Explain(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void PermenPanRb88Of2021_AllBest_Is100AndAA_AllWorst_Is0AndD()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;

        var best = Answer(scheme, (_, k) => k.Scale.Best.Code).Score();
        var worst = Answer(scheme, (_, k) => k.Scale.Worst.Code).Score();

        Assert.Equal((100m, "AA", "Sangat Memuaskan"), (best.Total!.Value, best.Grade!.Code, best.Grade.Label));
        Assert.Equal((0m, "D", "Sangat Kurang"), (worst.Total!.Value, worst.Grade!.Code, worst.Grade.Label));
    }

    [Fact]
    public void PermenPanRb12Of2015_FulfilmentYesGradedBAchievementC_Is74AndBB()
    {
        // Fulfilment (yes/no) 2 + 4 + 5 + 3 + 2 = 16; the other graded parts of A–D weigh 64 → × 0.75 = 48;
        // E (20) at C → 10. Total 74 → BB, labelled Baik under 12/2015.
        var scheme = EvaluationSchemes.PermenPanRb12Of2015;
        var result = Answer(scheme, (s, k) => k.Scale == AnswerScales.YesNo ? "Y" : scheme.OwnerOf(k).Component.Id == "E" ? "C" : "B").Score();

        Assert.Equal(74m, result.Total);
        Assert.Equal([24m, 20m, 12m, 8m, 10m], result.Components.Select(c => c.Score));
        Assert.Equal("BB", result.Grade!.Code);
        Assert.Equal("Baik", result.Grade.Label);
    }

    [Fact]
    public void PermenPanRb12Of2015_ExactlyNinety_IsA_AndOneStepMoreIsAA()
    {
        // Everything best except component E at C: 80 + 20 × 0.5 = 90.00 → A (edges exclusive below).
        var scheme = EvaluationSchemes.PermenPanRb12Of2015;
        var ninety = Answer(scheme, (s, k) => scheme.OwnerOf(k).Component.Id == "E" ? "C" : k.Scale.Best.Code);

        var atEdge = ninety.Score();
        var above = ninety.With(new CriterionAnswer("E.a.1", null, "B")).Model.Score();

        Assert.Equal(90m, atEdge.Total);
        Assert.Equal(("A", "Sangat Baik"), (atEdge.Grade!.Code, atEdge.Grade.Label));
        // E.a weighs 7.5 over 3 criteria: C → B adds 0.25 × 2.5 = 0.625.
        Assert.Equal(90.625m, above.Total);
        Assert.Equal(90.63m, above.DecidingScore);
        Assert.Equal(("AA", "Memuaskan"), (above.Grade!.Code, above.Grade.Label));
    }
}
