using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>The built-in schemes against the worksheets of PermenPAN-RB 88/2021 (Lampiran) and 12/2015 (see
/// docs/evaluation.md).</summary>
public class EvaluationSchemesTests
{
    private const string UnitPlanning = "Setiap unit/satuan kerja merumuskan dan menetapkan Perencanaan Kinerja.";

    public static TheoryData<string> SchemeIds => new() { "permenpanrb-88-2021", "permenpanrb-88-2021-layout-b", "permenpanrb-12-2015", "permenpanrb-12-2015-apip" };

    public static TheoryData<string> Layouts => new() { "permenpanrb-88-2021", "permenpanrb-88-2021-layout-b" };

    [Theory]
    [MemberData(nameof(SchemeIds))]
    public void Weights_BuiltInScheme_AddUpAtEveryLevel(string id)
    {
        var scheme = EvaluationSchemes.Get(id);

        Assert.Equal(100m, scheme.Components.Sum(c => c.Weight));
        Assert.All(scheme.Components, c => Assert.Equal(c.Weight, c.SubComponents.Sum(s => s.Weight)));
        Assert.All(scheme.SubComponents.Where(s => s.Method == ScoringMethod.Points), s => Assert.Equal(s.Weight, s.Criteria.Sum(k => k.Points)));
        Assert.True(EvaluationScheme.Create(scheme.ToDefinition()).IsSuccess);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void PermenPanRb88Of2021_Components_AreWeighted30301525(string id)
    {
        var scheme = EvaluationSchemes.Get(id);

        Assert.Equal(["1", "2", "3", "4"], scheme.Components.Select(c => c.Id));
        Assert.Equal([30m, 30m, 15m, 25m], scheme.Components.Select(c => c.Weight));
        Assert.Equal(
            ["Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal"],
            scheme.Components.Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void PermenPanRb88Of2021_EachComponent_SplitsTwentyThirtyFiftyPercent(string id)
    {
        var scheme = EvaluationSchemes.Get(id);
        foreach (var component in scheme.Components)
        {
            Assert.Equal([component.Id + "a", component.Id + "b", component.Id + "c"], component.SubComponents.Select(s => s.Id));
            Assert.Equal(["Keberadaan", "Kualitas", "Pemanfaatan"], component.SubComponents.Select(s => s.Name));
            Assert.Equal(
                [component.Weight * 0.2m, component.Weight * 0.3m, component.Weight * 0.5m],
                component.SubComponents.Select(s => s.Weight));
        }

        Assert.Equal([6m, 9m, 15m, 6m, 9m, 15m, 3m, 4.5m, 7.5m, 5m, 7.5m, 12.5m], scheme.SubComponents.Select(s => s.Weight));
        Assert.All(scheme.SubComponents, s => Assert.Equal(ScoringMethod.Mean, s.Method));
    }

    [Fact]
    public void PermenPanRb88Of2021_BothLayouts_Have80CriteriaWithComponentOneSplitDifferently()
    {
        var a = EvaluationSchemes.PermenPanRb88Of2021;
        var b = EvaluationSchemes.PermenPanRb88Of2021LayoutB;

        Assert.Equal([6, 11, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5], a.SubComponents.Select(s => s.Criteria.Count));
        Assert.Equal([7, 10, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5], b.SubComponents.Select(s => s.Criteria.Count));
        Assert.Equal(80, a.Criteria.Count);
        Assert.Equal(80, b.Criteria.Count);
        Assert.Same(EvaluationSchemes.PermenPanRb88Of2021LayoutB, EvaluationSchemes.Get("permenpanrb-88-2021-layout-b"));
    }

    [Fact]
    public void PermenPanRb88Of2021_Layouts_DifferOnlyInWhereTheUnitPlanningCriterionSits()
    {
        var a = EvaluationSchemes.PermenPanRb88Of2021;
        var b = EvaluationSchemes.PermenPanRb88Of2021LayoutB;

        // Layout A: 1b.10 (kualitas); layout B: 1a.7 (keberadaan), the last criterion of 1a.
        Assert.Equal(("1b.10", "1b"), (a.Criteria.Single(k => k.Title == UnitPlanning).Id, a.OwnerOf(a.Criteria.Single(k => k.Title == UnitPlanning)).SubComponent.Id));
        Assert.Equal(("1a.7", "1a"), (b.Criteria.Single(k => k.Title == UnitPlanning).Id, b.OwnerOf(b.Criteria.Single(k => k.Title == UnitPlanning)).SubComponent.Id));

        // Without it the two worksheets list the same criteria in the same order on the same scales, and every
        // sub-component but 1a and 1b is the same.
        Assert.Equal(Titles(a), Titles(b));
        Assert.Equal(a.SubComponents.Skip(2), b.SubComponents.Skip(2));
        Assert.Equal(a.SubComponents.Select(s => (s.Id, s.Name, s.Weight, s.Scale)), b.SubComponents.Select(s => (s.Id, s.Name, s.Weight, s.Scale)));
        Assert.Equal((a.Grades, a.DefaultMethod, a.Version, a.Basis), (b.Grades, b.DefaultMethod, b.Version, b.Basis));

        static List<(string Title, string Scale)> Titles(EvaluationScheme scheme) =>
            [.. scheme.Criteria.Where(k => k.Title != UnitPlanning).Select(k => (k.Title, k.Scale.Id))];
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void PermenPanRb88Of2021_CriterionIds_AreNumberedFromSubComponent(string id)
    {
        var scheme = EvaluationSchemes.Get(id);

        Assert.Equal("1a.1", scheme.Criteria[0].Id);
        Assert.Equal("4c.5", scheme.Criteria[^1].Id);
        foreach (var sub in scheme.SubComponents)
        {
            Assert.Equal(Enumerable.Range(1, sub.Criteria.Count).Select(i => $"{sub.Id}.{i}"), sub.Criteria.Select(k => k.Id));
        }

        Assert.Equal(scheme.Criteria.Count, scheme.Criteria.Select(k => k.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void PermenPanRb88Of2021_Criteria_CarryTheWorksheetsWording()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;

        Assert.Equal("Terdapat pedoman teknis perencanaan kinerja.", scheme.FindCriterion("1a.1")!.Title);
        Assert.Equal("Terdapat dokumen perencanaan anggaran yang mendukung kinerja.", scheme.FindCriterion("1a.6")!.Title);
        Assert.Equal("Terdapat pedoman teknis Evaluasi Akuntabilitas Kinerja Internal.", scheme.FindCriterion("4a.1")!.Title);
        Assert.Contains("Teknologi Informasi", scheme.FindCriterion("4b.5")!.Title, StringComparison.Ordinal);
        // Every criterion has its own wording but one: the worksheet asks whether internal evaluation reaches every
        // unit both as keberadaan (4a.2) and as kualitas (4b.4).
        var repeated = scheme.Criteria.GroupBy(k => k.Title, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        Assert.Equal(["4a.2", "4b.4"], Assert.Single(repeated).Select(k => k.Id));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void PermenPanRb88Of2021_Scales_EightLevelEverywhere_KeberadaanWithItsOwnMeanings(string id)
    {
        foreach (var sub in EvaluationSchemes.Get(id).SubComponents)
        {
            var expected = sub.Id.EndsWith('a') ? AnswerScales.EightLevelExistence : AnswerScales.EightLevel;
            Assert.Same(expected, sub.Scale);
            Assert.All(sub.Criteria, k => Assert.Same(expected, k.Scale));
        }
    }

    [Fact]
    public void EightLevelScales_AreAA1_A09_BB08_B07_CC06_C05_D03_E0()
    {
        foreach (var scale in new[] { AnswerScales.EightLevel, AnswerScales.EightLevelExistence })
        {
            Assert.Equal(["AA", "A", "BB", "B", "CC", "C", "D", "E"], scale.Options.Select(o => o.Code));
            Assert.Equal([1m, 0.9m, 0.8m, 0.7m, 0.6m, 0.5m, 0.3m, 0m], scale.Options.Select(o => o.Value));
            Assert.All(scale.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Label.English)));
        }

        // The same values, other meanings of AA and A: kept for five years / one year against innovation / commendable effort.
        Assert.Contains("5 tahun", AnswerScales.EightLevelExistence.Find("AA")!.Label.Indonesian, StringComparison.Ordinal);
        Assert.Contains("inovatif", AnswerScales.EightLevel.Find("AA")!.Label.Indonesian, StringComparison.Ordinal);
        Assert.Equal(AnswerScales.EightLevel.Options.Skip(2), AnswerScales.EightLevelExistence.Options.Skip(2));
        Assert.Same(AnswerScales.EightLevel, AnswerScales.Get("AA-E"));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void PermenPanRb88Of2021_GradesSubComponentsByDefault_AndHasNoLogicChecks(string id)
    {
        var scheme = EvaluationSchemes.Get(id);

        Assert.Equal(EvaluationMethod.SubComponentGrades, scheme.DefaultMethod);
        Assert.True(scheme.SupportsSubComponentGrades);
        Assert.All(scheme.Criteria, k => Assert.Null(k.DependsOn));
        Assert.All(scheme.SubComponents, s => Assert.Null(s.DependsOn));
        Assert.Equal(EvaluationMethod.SubComponentGrades, Evaluation.Empty(scheme, "Kabupaten Uji", 2025).Method);
    }

    [Fact]
    public void PermenPanRb12Of2015_Dependencies_PointAtExistenceCriteriaOfSameComponent()
    {
        var scheme = EvaluationSchemes.PermenPanRb12Of2015;

        Assert.Contains(scheme.Criteria, k => k.DependsOn is not null);
        foreach (var criterion in scheme.Criteria.Where(k => k.DependsOn is not null))
        {
            var target = scheme.FindCriterion(criterion.DependsOn)!;
            Assert.Same(AnswerScales.YesNo, target.Scale);
            Assert.Null(target.DependsOn);
            Assert.Equal(scheme.OwnerOf(criterion).Component, scheme.OwnerOf(target).Component);
        }
    }

    [Theory]
    [InlineData("permenpanrb-12-2015")]
    [InlineData("permenpanrb-12-2015-apip")]
    public void PermenPanRb12Of2015_GradesEachCriterion(string id)
    {
        var scheme = EvaluationSchemes.Get(id);

        Assert.Equal(EvaluationMethod.CriterionGrades, scheme.DefaultMethod);
        Assert.False(scheme.SupportsSubComponentGrades);
        Assert.All(scheme.SubComponents, s => Assert.Null(s.Scale));
        Assert.Equal(1, scheme.Version);
        Assert.Empty(scheme.Changes);
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
        Assert.Same(GradeTables.PermenPanRb88Of2021, EvaluationSchemes.PermenPanRb88Of2021LayoutB.Grades);
        Assert.Same(GradeTables.PermenPanRb12Of2015, EvaluationSchemes.PermenPanRb12Of2015.Grades);
        Assert.Same(GradeTables.PermenPanRb12Of2015, EvaluationSchemes.PermenPanRb12Of2015Worksheet.Grades);
        Assert.Same(EvaluationSchemes.PermenPanRb88Of2021, EvaluationSchemes.Default);
        Assert.Equal(
            [EvaluationSchemes.PermenPanRb88Of2021, EvaluationSchemes.PermenPanRb88Of2021LayoutB, EvaluationSchemes.PermenPanRb12Of2015, EvaluationSchemes.PermenPanRb12Of2015Worksheet],
            EvaluationSchemes.All);
        Assert.Equal([2, 2, 1, 1], EvaluationSchemes.All.Select(s => s.Version));
        Assert.All(EvaluationSchemes.All, s => Assert.NotEmpty(s.Assumptions));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void PermenPanRb88Of2021_ChangesSinceVersion1_NameTheScaleChange(string id)
    {
        var scheme = EvaluationSchemes.Get(id);

        var english = Assert.Single(scheme.ChangesSince(1, Sakip.Domain.Text.Language.English));
        var indonesian = Assert.Single(scheme.ChangesSince(1, Sakip.Domain.Text.Language.Indonesian));

        Assert.Equal(2, Assert.Single(scheme.Changes).Version);
        Assert.Contains("eight-level scale AA / A / BB / B / CC / C / D / E", english, StringComparison.Ordinal);
        Assert.Contains("Version 1 used yes/no and A–E", english, StringComparison.Ordinal);
        Assert.Contains("skala delapan tingkat", indonesian, StringComparison.Ordinal);
        Assert.Empty(scheme.ChangesSince(2, Sakip.Domain.Text.Language.English));
        Assert.Equal(scheme.ChangesSince(0, Sakip.Domain.Text.Language.English), scheme.ChangesSince(1, Sakip.Domain.Text.Language.English));
    }

    [Theory]
    [InlineData("permenpanrb-88-2021", "permenpanrb-88-2021")]
    [InlineData("PERMENPANRB-88-2021", "permenpanrb-88-2021")]
    [InlineData("  PermenPanRb-12-2015 ", "permenpanrb-12-2015")]
    [InlineData("permenpanrb-88-2021-LAYOUT-B", "permenpanrb-88-2021-layout-b")]
    [InlineData("permenpanrb-12-2015-apip", "permenpanrb-12-2015-apip")]
    public void Find_IdIgnoringCase_FindsScheme(string id, string expected) =>
        Assert.Equal(expected, EvaluationSchemes.Get(id).Id);

    [Theory]
    [InlineData("permenpanrb-88-2022")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGet_UnknownId_ReturnsFalse(string? id)
    {
        Assert.False(EvaluationSchemes.TryGet(id, out var scheme));
        Assert.Null(scheme);
    }

    [Fact]
    public void Get_UnknownId_ThrowsListingTheIds()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => EvaluationSchemes.Get("permenpanrb-88-2022"));

        Assert.Contains("permenpanrb-12-2015-apip", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => EvaluationSchemes.Get(null!));
    }

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

        var changed = original.WithScale(AnswerScales.YesNo, "1b.1", "1C.2").GetValueOrThrow();

        Assert.Same(AnswerScales.YesNo, changed.FindCriterion("1b.1")!.Scale);
        Assert.Same(AnswerScales.YesNo, changed.FindCriterion("1c.2")!.Scale);
        Assert.Same(AnswerScales.EightLevel, changed.FindCriterion("1b.2")!.Scale);
        Assert.Same(AnswerScales.EightLevel, changed.FindSubComponent("1b")!.Scale);
        Assert.Equal(3, changed.Version);
        Assert.Equal(original.Id, changed.Id);
        Assert.Equal(original.Changes, changed.Changes);
        Assert.Equal(original.DefaultMethod, changed.DefaultMethod);
        Assert.Equal(original.Assumptions.Count + 1, changed.Assumptions.Count);
        Assert.Equal(original.Assumptions, changed.Assumptions.Take(original.Assumptions.Count));
        Assert.Contains("yes-no", changed.Assumptions[^1], StringComparison.Ordinal);
        Assert.Contains("1b.1", changed.Assumptions[^1], StringComparison.Ordinal);

        // The original is unchanged.
        Assert.Equal(2, original.Version);
        Assert.Same(AnswerScales.EightLevel, original.FindCriterion("1b.1")!.Scale);
    }

    [Fact]
    public void WithScale_UnknownCriterion_IsProblem()
    {
        var result = EvaluationSchemes.PermenPanRb88Of2021.WithScale(AnswerScales.YesNo, "1b.1", "9z.9");

        Assert.False(result.IsSuccess);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("criterionIds", problem.Path);
        Assert.Equal("unknown-criterion", problem.Reason.Code);
        Assert.Contains("9z.9", problem.Reason.Message.English, StringComparison.Ordinal);
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
        var single = new AnswerScale("single", "Satu", [new AnswerOption("Y", 1m, new("Ya", "Ya"))]);

        var result = EvaluationSchemes.PermenPanRb88Of2021.WithScale(single, "1b.1");

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Problems, p => p.Reason.Code == "scale-too-small" && p.Path == "components[0].subComponents[1].criteria[0].scale.options");
    }
}
