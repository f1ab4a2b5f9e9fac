using System.Globalization;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Whole evaluations on the built-in schemes, computed by hand.</summary>
public class WorkedExampleTests
{
    private static readonly EvaluationScheme Lke = EvaluationSchemes.PermenPanRb88Of2021;

    /// <summary>The worked example: 1a A, 1b A, 1c B; 2a AA, 2b A, 2c A; 3a/3b/3c A; 4a AA, 4b A, 4c A.</summary>
    internal const string Example = "A A B  AA A A  A A A  AA A A";

    /// <summary>An evaluation graded per sub-component, the grades given in worksheet order (1a 1b 1c 2a …) as final
    /// grades; no criterion answered.</summary>
    internal static Evaluation Graded(EvaluationScheme scheme, string grades) =>
        Evaluation.Create(
            scheme,
            "Kabupaten Contoh",
            2024,
            EvaluationMethod.SubComponentGrades,
            [],
            scheme.SubComponents.Zip(grades.Split(' ', StringSplitOptions.RemoveEmptyEntries), (s, g) => new SubComponentAnswer(s.Id, null, g))).GetValueOrThrow();

    /// <summary>An evaluation graded per criterion, every criterion answered with the code <paramref name="code"/>
    /// picks (as the final answer); no sub-component graded.</summary>
    internal static Evaluation PerCriterion(EvaluationScheme scheme, Func<SubComponent, Criterion, string> code) =>
        Evaluation.Create(
            scheme,
            "Kabupaten Contoh",
            2024,
            scheme.Criteria.Select(k => new CriterionAnswer(k.Id, null, code(scheme.OwnerOf(k).SubComponent, k)))).GetValueOrThrow();

    /// <summary>Keberadaan (a), kualitas (b) and pemanfaatan (c) at the given levels.</summary>
    internal static Func<SubComponent, Criterion, string> ByKind(string existence, string quality, string use) =>
        (s, _) => s.Id[^1] switch
        {
            'a' => existence,
            'b' => quality,
            _ => use,
        };

    [Fact]
    public void SubComponentGrades_WorkedExample_Is88Point10AndA()
    {
        // 1: 6 × 0.9 + 9 × 0.9 + 15 × 0.7 = 5.4 + 8.1 + 10.5 = 24.00; 2: 6 + 8.1 + 13.5 = 27.60;
        // 3: 2.7 + 4.05 + 6.75 = 13.50; 4: 5 + 6.75 + 11.25 = 23.00. Total 88.10 → A Memuaskan.
        var result = Graded(Lke, Example).Score();

        Assert.Equal([24m, 27.6m, 13.5m, 23m], result.Components.Select(c => c.Score));
        Assert.Equal([5.4m, 8.1m, 10.5m, 6m, 8.1m, 13.5m, 2.7m, 4.05m, 6.75m, 5m, 6.75m, 11.25m], result.SubComponents.Select(s => s.Score));
        Assert.Equal(88.1m, result.Total);
        Assert.Equal(88.10m, result.DecidingScore);
        Assert.Equal(("A", "Memuaskan"), (result.Grade!.Code, result.Grade.Label.Indonesian));
        Assert.True(result.IsComplete);
        Assert.Empty(result.Findings);
        Assert.Equal(EvaluationMethod.SubComponentGrades, result.Method);
        Assert.Equal("Total 24 + 27.6 + 13.5 + 23 = 88.1 (rounded 88.10): grade A Satisfying (LKE AKIP PermenPAN-RB 88/2021)", result.Explain(Language.English));
        Assert.Contains("88,1", result.Explain(Language.Indonesian), StringComparison.Ordinal);
        Assert.Equal("1c Pemanfaatan: B (final) = 70 % × 15 = 10.5", result.SubComponents.ElementAt(2).Explain(Language.English));
        Assert.Equal("3b Kualitas: A (final) = 90 % × 4,5 = 4,05", result.SubComponents.ElementAt(7).Explain(Language.Indonesian));
        Assert.Equal("1 Perencanaan Kinerja: 5.4 + 8.1 + 10.5 = 24 of 30", result.Components[0].Explain(Language.English));
    }

    [Fact]
    public void SubComponentGrades_TheCriteria_AreProbingQuestionsThatDoNotCount()
    {
        // The same grades with every criterion answered E: the grades still decide (88.10), each criterion is shown
        // as not counted, and every grade above E disagrees with its criteria.
        var evaluation = Graded(Lke, Example).With(Lke.Criteria.Select(k => new CriterionAnswer(k.Id, null, "E"))).GetValueOrThrow();

        var result = evaluation.Score();

        Assert.Equal(88.1m, result.Total);
        Assert.All(result.Criteria, k => Assert.False(k.Counted));
        Assert.All(result.Criteria, k => Assert.Null(k.Points));
        Assert.Equal(
            "1a.1: E (final) = 0 %; a probing question, not counted (the sub-component's grade scores)",
            result.Criteria.First().Explain(Language.English));
        Assert.Equal(12, result.Findings.Count(f => f.Kind == LogicFindingKind.GradeMismatch));
    }

    [Fact]
    public void SubComponentGrades_WithoutCriteria_IsIncompleteByCriterion()
    {
        // The worksheet graded per sub-component has no criterion answered: graded per criterion it is incomplete.
        var perCriterion = Graded(Lke, Example).WithMethod(EvaluationMethod.CriterionGrades).GetValueOrThrow().Score();

        Assert.False(perCriterion.IsComplete);
        Assert.Null(perCriterion.Total);
        Assert.Equal(80, perCriterion.Unanswered.Count);
        Assert.Empty(perCriterion.Ungraded);
        Assert.Equal((0m, 100m), (perCriterion.MinimumTotal, perCriterion.MaximumTotal));
    }

    public static TheoryData<string, string, string> UniformLevels => new()
    {
        // Every answer at one level lands the total exactly on the edge that level's value makes: 90.00 is A, not AA.
        { "AA", "100", "AA" },
        { "A", "90", "A" },
        { "BB", "80", "BB" },
        { "B", "70", "B" },
        { "CC", "60", "CC" },
        { "C", "50", "C" },
        { "D", "30", "D" },
        { "E", "0", "D" },
    };

    [Theory]
    [MemberData(nameof(UniformLevels))]
    public void EveryAnswerAtOneLevel_LandsExactlyOnTheGradeEdge_BothMethods(string level, string total, string grade)
    {
        var expected = decimal.Parse(total, CultureInfo.InvariantCulture);
        foreach (var scheme in new[] { Lke, EvaluationSchemes.PermenPanRb88Of2021LayoutB })
        {
            var bySubComponent = Graded(scheme, string.Join(' ', Enumerable.Repeat(level, 12))).Score();
            var byCriterion = PerCriterion(scheme, (_, _) => level).Score();

            Assert.Equal((expected, grade), (bySubComponent.Total!.Value, bySubComponent.Grade!.Code));
            Assert.Equal((expected, grade), (byCriterion.Total!.Value, byCriterion.Grade!.Code));
        }
    }

    public static TheoryData<string, string, string, string, string> OneStepAboveTheEdge => new()
    {
        // 3a (weight 3) one level up: + 3 × 0.1 (+ 3 × 0.2 from D to C); per criterion one of its six criteria: / 6.
        { "A", "AA", "AA", "90.3", "90.05" },
        { "BB", "A", "A", "80.3", "80.05" },
        { "B", "BB", "BB", "70.3", "70.05" },
        { "CC", "B", "B", "60.3", "60.05" },
        { "C", "CC", "CC", "50.3", "50.05" },
        { "D", "C", "C", "30.6", "30.1" },
    };

    [Theory]
    [MemberData(nameof(OneStepAboveTheEdge))]
    public void OneAnswerOneLevelAboveTheEdge_IsTheGradeAbove_BothMethods(string level, string up, string grade, string bySubComponentTotal, string byCriterionTotal)
    {
        var bySubComponent = Graded(Lke, string.Join(' ', Lke.SubComponents.Select(s => s.Id == "3a" ? up : level))).Score();
        var byCriterion = PerCriterion(Lke, (_, k) => k.Id == "3a.1" ? up : level).Score();

        Assert.Equal((decimal.Parse(bySubComponentTotal, CultureInfo.InvariantCulture), grade), (bySubComponent.Total!.Value, bySubComponent.Grade!.Code));
        Assert.Equal((decimal.Parse(byCriterionTotal, CultureInfo.InvariantCulture), grade), (byCriterion.Total!.Value, byCriterion.Grade!.Code));
    }

    [Theory]
    [InlineData("90.01", "AA")]
    [InlineData("90.005", "AA")]
    [InlineData("90.004", "A")]
    [InlineData("80.01", "A")]
    [InlineData("80.004", "BB")]
    [InlineData("70.01", "BB")]
    [InlineData("60.01", "B")]
    [InlineData("50.01", "CC")]
    [InlineData("30.01", "C")]
    [InlineData("30.004", "D")]
    public void EdgePlusOneHundredth_TheScaleCannotReach_IsDecidedByTheTable(string total, string grade) =>
        Assert.Equal(grade, Lke.Grade(decimal.Parse(total, CultureInfo.InvariantCulture)).GetValueOrThrow().Code);

    [Fact]
    public void CriterionGrades_SubComponentIsWeightTimesTheMeanOfItsCriteria()
    {
        // Everything A (90.00, grade A) but 1a answered AA, A, BB, AA, AA, B — mean 0.9, so 1a stays 6 × 0.9 = 5.4 —
        // and 1b.11 answered AA: 1b = 9 × (10 × 0.9 + 1) / 11 = 90 / 11 = 8.1818…, the total 90.0818… → 90.08 → AA.
        string[] oneA = ["AA", "A", "BB", "AA", "AA", "B"];
        var result = PerCriterion(Lke, (_, k) => k.Id.StartsWith("1a.", StringComparison.Ordinal) ? oneA[int.Parse(k.Id[3..], CultureInfo.InvariantCulture) - 1] : k.Id == "1b.11" ? "AA" : "A").Score();

        var subs = result.SubComponents.ToList();
        Assert.Equal(5.4m, subs[0].Score);
        Assert.Equal(0.9m, subs[0].CriteriaValue);
        Assert.Equal("1a Keberadaan: (1 + 0.9 + 0.8 + 1 + 1 + 0.7) / 6 × 6 = 5.4", subs[0].Explain(Language.English));
        Assert.Equal(10m * 9m / 11m, subs[1].Score);
        Assert.Equal(9m * (10m / 11m), subs[1].Score!.Value, 25);
        Assert.Equal(10m / 11m, subs[1].CriteriaValue);
        Assert.Equal(90.08m, result.DecidingScore);
        Assert.Equal("AA", result.Grade!.Code);
        Assert.Equal(EvaluationMethod.CriterionGrades, result.Method);
        Assert.Equal("1b.11: AA (final) = 1 × 0.8182 = 0.8182 points", result.Criteria.Single(k => k.Criterion.Id == "1b.11").Explain(Language.English));
    }

    [Fact]
    public void CriterionGrades_ByKind_AddsUpTwentyThirtyFifty()
    {
        // Keberadaan BB, kualitas B, pemanfaatan C: 20 × 0.8 + 30 × 0.7 + 50 × 0.5 = 16 + 21 + 25 = 62 → B Baik;
        // the same levels given as sub-component grades score the same.
        var byCriterion = PerCriterion(Lke, ByKind("BB", "B", "C")).Score();
        var bySubComponent = Graded(Lke, "BB B C  BB B C  BB B C  BB B C").Score();

        Assert.Equal(62m, byCriterion.Total);
        Assert.Equal(("B", "Baik"), (byCriterion.Grade!.Code, byCriterion.Grade.Label.Indonesian));
        // Component 1: 6 × 0.8 + 9 × 0.7 + 15 × 0.5 = 4.8 + 6.3 + 7.5; component 3: 2.4 + 3.15 + 3.75.
        Assert.Equal([18.6m, 18.6m, 9.3m, 15.5m], byCriterion.Components.Select(c => c.Score));
        Assert.Equal(byCriterion.Components.Select(c => c.Score), bySubComponent.Components.Select(c => c.Score));
        Assert.Empty(byCriterion.Findings);
    }

    [Fact]
    public void OneCriterionDown_CostsItsShareByCriterion_AndOnlyAFindingBySubComponent()
    {
        // As above but 1a.1 (layout A: six keberadaan criteria) at E instead of BB. Per criterion 1a loses 6 / 6 × 0.8:
        // 62 − 0.8 = 61.2. Per sub-component the grades still say BB for 1a, so the total stays 62, and the grade
        // disagrees with its criteria: their mean 5 × 0.8 / 6 = 0.667 is nearest to B.
        var answers = Lke.Criteria.Select(k => new CriterionAnswer(k.Id, null, k.Id == "1a.1" ? "E" : ByKind("BB", "B", "C")(Lke.OwnerOf(k).SubComponent, k)));
        var evaluation = Graded(Lke, "BB B C  BB B C  BB B C  BB B C").With(answers).GetValueOrThrow();

        var bySubComponent = evaluation.Score();
        var byCriterion = evaluation.WithMethod(EvaluationMethod.CriterionGrades).GetValueOrThrow().Score();

        Assert.Equal(61.2m, byCriterion.Total);
        Assert.Equal(62m, bySubComponent.Total);
        Assert.Equal(byCriterion.Findings, bySubComponent.Findings);
        var finding = Assert.Single(bySubComponent.Findings);
        Assert.Equal((LogicFindingKind.GradeMismatch, "1a", null, 0.8m), (finding.Kind, finding.Id, finding.RelatedId, finding.Value));
        Assert.Equal(4m / 6m, finding.RelatedValue, 25);
        Assert.Contains("nearest to B;", finding.Reason.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("permenpanrb-88-2021")]
    [InlineData("permenpanrb-88-2021-layout-b")]
    public void AllAA_Is100AndAA_AllE_Is0AndD_BothMethods(string id)
    {
        var scheme = EvaluationSchemes.Get(id);
        foreach (var (level, total, grade, label) in new[] { ("AA", 100m, "AA", "Sangat Memuaskan"), ("E", 0m, "D", "Sangat Kurang") })
        {
            // Both answers given; each method reads its own.
            var evaluation = Graded(scheme, string.Join(' ', Enumerable.Repeat(level, 12))).With(scheme.Criteria.Select(k => new CriterionAnswer(k.Id, null, level))).GetValueOrThrow();

            foreach (var method in new[] { EvaluationMethod.SubComponentGrades, EvaluationMethod.CriterionGrades })
            {
                var result = evaluation.WithMethod(method).GetValueOrThrow().Score();
                Assert.Equal((total, grade, label), (result.Total!.Value, result.Grade!.Code, result.Grade.Label.Indonesian));
                Assert.Empty(result.Findings);
            }
        }
    }

    [Fact]
    public void PermenPanRb12Of2015_FulfilmentYesGradedBAchievementC_Is74AndBB()
    {
        // Fulfilment (yes/no) 2 + 4 + 5 + 3 + 2 = 16; the other graded parts of A–D weigh 64 → × 0.75 = 48;
        // E (20) at C → 10. Total 74 → BB, labelled Baik under 12/2015.
        var scheme = EvaluationSchemes.PermenPanRb12Of2015;
        var result = PerCriterion(scheme, (s, k) => k.Scale == AnswerScales.YesNo ? "Y" : scheme.OwnerOf(k).Component.Id == "E" ? "C" : "B").Score();

        Assert.Equal(74m, result.Total);
        Assert.Equal([24m, 20m, 12m, 8m, 10m], result.Components.Select(c => c.Score));
        Assert.Equal("BB", result.Grade!.Code);
        Assert.Equal("Baik", result.Grade.Label.Indonesian);
    }

    [Fact]
    public void PermenPanRb12Of2015_ExactlyNinety_IsA_AndOneStepMoreIsAA()
    {
        // Everything best except component E at C: 80 + 20 × 0.5 = 90.00 → A (edges exclusive below).
        var scheme = EvaluationSchemes.PermenPanRb12Of2015;
        var ninety = PerCriterion(scheme, (s, k) => scheme.OwnerOf(k).Component.Id == "E" ? "C" : k.Scale.Best.Code);

        var atEdge = ninety.Score();
        var above = ninety.With(new CriterionAnswer("E.a.1", null, "B")).GetValueOrThrow().Score();

        Assert.Equal(90m, atEdge.Total);
        Assert.Equal(("A", "Sangat Baik"), (atEdge.Grade!.Code, atEdge.Grade.Label.Indonesian));
        // E.a weighs 7.5 over 3 criteria: C → B adds 0.25 × 2.5 = 0.625.
        Assert.Equal(90.625m, above.Total);
        Assert.Equal(90.63m, above.DecidingScore);
        Assert.Equal(("AA", "Memuaskan"), (above.Grade!.Code, above.Grade.Label.Indonesian));
    }
}
