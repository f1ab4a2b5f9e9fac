using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>The built-in schemes against sakip-reference §2.1 and §2.2.</summary>
public class EvaluationSchemesTests
{
    public static TheoryData<string> SchemeIds => new() { "permenpanrb-88-2021", "permenpanrb-12-2015" };

    [Theory]
    [MemberData(nameof(SchemeIds))]
    public void Weights_BuiltInScheme_AddUpAtEveryLevel(string id)
    {
        var scheme = EvaluationSchemes.Find(id)!;

        Assert.Equal(100m, scheme.Components.Sum(c => c.Weight));
        Assert.All(scheme.Components, c => Assert.Equal(c.Weight, c.SubComponents.Sum(s => s.Weight)));
        Assert.All(scheme.Components.SelectMany(c => c.SubComponents), s => Assert.Equal(ScoringMethod.Mean, s.Method));
        Assert.True(EvaluationScheme.Create(scheme.ToDefinition()).Success);
    }

    [Fact]
    public void PermenPanRb88Of2021_Components_AreWeighted30301525()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;

        Assert.Equal(["1", "2", "3", "4"], scheme.Components.Select(c => c.Id));
        Assert.Equal([30m, 30m, 15m, 25m], scheme.Components.Select(c => c.Weight));
        Assert.Equal(
            ["Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal"],
            scheme.Components.Select(c => c.Name));
    }

    [Fact]
    public void PermenPanRb88Of2021_EachComponent_SplitsTwentyThirtyFiftyPercent()
    {
        foreach (var component in EvaluationSchemes.PermenPanRb88Of2021.Components)
        {
            Assert.Equal([component.Id + "a", component.Id + "b", component.Id + "c"], component.SubComponents.Select(s => s.Id));
            Assert.Equal(["Keberadaan", "Kualitas", "Pemanfaatan"], component.SubComponents.Select(s => s.Name));
            Assert.Equal(
                [component.Weight * 0.2m, component.Weight * 0.3m, component.Weight * 0.5m],
                component.SubComponents.Select(s => s.Weight));
        }

        Assert.Equal([6m, 9m, 15m, 6m, 9m, 15m, 3m, 4.5m, 7.5m, 5m, 7.5m, 12.5m], EvaluationSchemes.PermenPanRb88Of2021.Components.SelectMany(c => c.SubComponents).Select(s => s.Weight));
    }

    [Fact]
    public void PermenPanRb88Of2021_CriteriaCounts_FollowTheTool()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;

        Assert.Equal(
            [7, 10, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5],
            scheme.Components.SelectMany(c => c.SubComponents).Select(s => s.Criteria.Count));
        Assert.Equal(80, scheme.Criteria.Count);
        Assert.Contains(scheme.Assumptions, a => a.Contains("85", StringComparison.Ordinal));
    }

    [Fact]
    public void PermenPanRb88Of2021_CriterionIds_AreNumberedFromSubComponent()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;

        Assert.Equal("1a.1", scheme.Criteria[0].Id);
        Assert.Equal("4c.5", scheme.Criteria[^1].Id);
        foreach (var sub in scheme.Components.SelectMany(c => c.SubComponents))
        {
            Assert.Equal(Enumerable.Range(1, sub.Criteria.Count).Select(i => $"{sub.Id}.{i}"), sub.Criteria.Select(k => k.Id));
        }

        Assert.Equal(scheme.Criteria.Count, scheme.Criteria.Select(k => k.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void PermenPanRb88Of2021_Scales_ExistenceYesNoElseAToE()
    {
        foreach (var sub in EvaluationSchemes.PermenPanRb88Of2021.Components.SelectMany(c => c.SubComponents))
        {
            var expected = sub.Id.EndsWith('a') ? AnswerScales.YesNo : AnswerScales.AToE;
            Assert.All(sub.Criteria, k => Assert.Same(expected, k.Scale));
        }
    }

    [Theory]
    [MemberData(nameof(SchemeIds))]
    public void Dependencies_BuiltInScheme_PointAtExistenceCriteriaOfSameComponent(string id)
    {
        var scheme = EvaluationSchemes.Find(id)!;
        foreach (var criterion in scheme.Criteria.Where(k => k.DependsOn is not null))
        {
            var target = scheme.FindCriterion(criterion.DependsOn)!;
            Assert.Same(AnswerScales.YesNo, target.Scale);
            Assert.Null(target.DependsOn);
            Assert.Equal(scheme.OwnerOf(criterion).Component, scheme.OwnerOf(target).Component);
        }
    }

    [Fact]
    public void PermenPanRb12Of2015_Components_AreAToEWeighted3025151020()
    {
        var scheme = EvaluationSchemes.PermenPanRb12Of2015;

        Assert.Equal(["A", "B", "C", "D", "E"], scheme.Components.Select(c => c.Id));
        Assert.Equal([30m, 25m, 15m, 10m, 20m], scheme.Components.Select(c => c.Weight));
    }

    [Fact]
    public void PermenPanRb12Of2015_SubComponentWeights_FollowTheReference()
    {
        var weights = EvaluationSchemes.PermenPanRb12Of2015.Components.ToDictionary(c => c.Id, c => c.SubComponents.Select(s => s.Weight).ToArray());

        // A: Renstra 10 (2, 5, 3) and annual planning 20 (4, 10, 6).
        Assert.Equal([2m, 5m, 3m, 4m, 10m, 6m], weights["A"]);
        Assert.Equal(10m, weights["A"][..3].Sum());
        Assert.Equal(20m, weights["A"][3..].Sum());
        Assert.Equal([5m, 12.5m, 7.5m], weights["B"]);
        Assert.Equal([3m, 7.5m, 4.5m], weights["C"]);
        Assert.Equal([2m, 5m, 3m], weights["D"]);
        Assert.Equal([7.5m, 12.5m], weights["E"]);
    }

    [Fact]
    public void BuiltInSchemes_UseTheirRegulationsGradeTables()
    {
        Assert.Same(GradeTables.PermenPanRb88Of2021, EvaluationSchemes.PermenPanRb88Of2021.Grades);
        Assert.Same(GradeTables.PermenPanRb12Of2015, EvaluationSchemes.PermenPanRb12Of2015.Grades);
        Assert.Same(EvaluationSchemes.PermenPanRb88Of2021, EvaluationSchemes.Default);
        Assert.Equal([EvaluationSchemes.PermenPanRb88Of2021, EvaluationSchemes.PermenPanRb12Of2015], EvaluationSchemes.All);
        Assert.All(EvaluationSchemes.All, s => Assert.Equal(1, s.Version));
        Assert.All(EvaluationSchemes.All, s => Assert.NotEmpty(s.Assumptions));
    }

    [Theory]
    [InlineData("permenpanrb-88-2021", "permenpanrb-88-2021")]
    [InlineData("PERMENPANRB-88-2021", "permenpanrb-88-2021")]
    [InlineData("  PermenPanRb-12-2015 ", "permenpanrb-12-2015")]
    public void Find_IdIgnoringCase_FindsScheme(string id, string expected) =>
        Assert.Equal(expected, EvaluationSchemes.Find(id)!.Id);

    [Theory]
    [InlineData("permenpanrb-88-2022")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_UnknownId_ReturnsNull(string? id) => Assert.Null(EvaluationSchemes.Find(id));

    [Fact]
    public void FindCriterion_IdIgnoringCase_FindsCriterion()
    {
        var scheme = EvaluationSchemes.PermenPanRb12Of2015;

        Assert.Equal("A.1b.2", scheme.FindCriterion("a.1B.2")!.Id);
        Assert.Null(scheme.FindCriterion("A.1b.99"));
        Assert.Equal("B.b", scheme.OwnerOf(scheme.FindCriterion("b.b.1")!).SubComponent.Id);
    }

    [Fact]
    public void WithScale_KnownCriteria_ChangesScaleVersionAndAssumptions()
    {
        var original = EvaluationSchemes.PermenPanRb88Of2021;

        var changed = original.WithScale(AnswerScales.YesNo, "1b.1", "1C.2").Model;

        Assert.Same(AnswerScales.YesNo, changed.FindCriterion("1b.1")!.Scale);
        Assert.Same(AnswerScales.YesNo, changed.FindCriterion("1c.2")!.Scale);
        Assert.Same(AnswerScales.AToE, changed.FindCriterion("1b.2")!.Scale);
        Assert.Equal(2, changed.Version);
        Assert.Equal(original.Id, changed.Id);
        Assert.Equal(original.Assumptions.Count + 1, changed.Assumptions.Count);
        Assert.Equal(original.Assumptions, changed.Assumptions.Take(original.Assumptions.Count));
        Assert.Contains("yes-no", changed.Assumptions[^1], StringComparison.Ordinal);
        Assert.Contains("1b.1", changed.Assumptions[^1], StringComparison.Ordinal);

        // The original is unchanged.
        Assert.Equal(1, original.Version);
        Assert.Same(AnswerScales.AToE, original.FindCriterion("1b.1")!.Scale);
    }

    [Fact]
    public void WithScale_UnknownCriterion_IsProblem()
    {
        var result = EvaluationSchemes.PermenPanRb88Of2021.WithScale(AnswerScales.YesNo, "1b.1", "9z.9");

        Assert.False(result.Success);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("criterionIds", problem.Path);
        Assert.Equal("unknown-criterion", problem.Reason.Code);
        Assert.Contains("9z.9", problem.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void WithScale_NoCriterion_IsProblem()
    {
        var result = EvaluationSchemes.PermenPanRb88Of2021.WithScale(AnswerScales.YesNo);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("criterionIds", "required"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void WithScale_MalformedScale_IsProblem()
    {
        var single = new AnswerScale("single", "Satu", [new AnswerOption("Y", 1m, "Ya")]);

        var result = EvaluationSchemes.PermenPanRb88Of2021.WithScale(single, "1b.1");

        Assert.False(result.Success);
        Assert.Contains(result.Problems, p => p.Reason.Code == "scale-too-small" && p.Path == "components[0].subComponents[1].criteria[0].scale.options");
    }
}
