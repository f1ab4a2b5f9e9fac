using System.Runtime.CompilerServices;
using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary><see cref="EvaluationScheme.Create"/>: one example per problem kind, each with its exact path and reason
/// code.</summary>
public class EvaluationSchemeValidationTests
{
    private const string C1a = "components[0].subComponents[0]";
    private const string C1b = "components[0].subComponents[1]";
    private const string C2a = "components[1].subComponents[0]";

    private static SchemeDefinition Valid => SchemeFixtures.Valid;

    private static GradeTable Table(params Grade[] grades) => new(EdgeSemantics.LowerExclusive, null, grades);

    [Fact]
    public void Create_ValidDefinition_Succeeds()
    {
        var result = EvaluationScheme.Create(Valid);

        Assert.True(result.IsSuccess);
        Assert.Equal(["1a.1", "1a.2", "1b.1", "1b.2", "2a.1", "2a.2"], result.GetValueOrThrow().Criteria.Select(k => k.Id));
        Assert.Equal(Valid, result.GetValueOrThrow().ToDefinition());
    }

    [Fact]
    public void Create_ComponentWeightsNotHundred_IsProblemOnComponents()
    {
        var definition = Valid
            .MapComponent("2", c => c with { Weight = 50m })
            .MapSub("2a", s => s with { Weight = 50m })
            .MapCriterion("2a.2", k => k with { Points = 35m });

        AssertSingle(definition, "components", "weights-do-not-add-up", "110");
    }

    [Fact]
    public void Create_SubComponentWeightsNotAddingUp_IsProblemOnSubComponents() =>
        AssertSingle(Valid.MapSub("1b", s => s with { Weight = 35m }), "components[0].subComponents", "weights-do-not-add-up", "55");

    [Fact]
    public void Create_DuplicateCriterionIdIgnoringCase_IsProblemOnSecond() =>
        AssertSingle(Valid.MapCriterion("1b.2", k => k with { Id = "1A.1", DependsOn = null }), $"{C1b}.criteria[1].id", "duplicate-id", "1A.1");

    [Fact]
    public void Create_DuplicateComponentId_IsProblemOnSecond() =>
        AssertSingle(Valid.MapComponent("2", c => c with { Id = "1" }), "components[1].id", "duplicate-id");

    [Fact]
    public void Create_DuplicateSubComponentId_IsProblemOnSecond() =>
        AssertSingle(Valid.MapSub("2a", s => s with { Id = "1b" }), $"{C2a}.id", "duplicate-id");

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Create_BlankCriterionTitle_IsRequired(string title) =>
        AssertSingle(Valid.MapCriterion("1a.1", k => k with { Title = title }), $"{C1a}.criteria[0].title", "required");

    [Fact]
    public void Create_BlankCriterionId_IsRequired() =>
        AssertSingle(Valid.MapCriterion("2a.1", k => k with { Id = " " }), $"{C2a}.criteria[0].id", "required");

    [Fact]
    public void Create_EmptyScale_IsTooSmall() =>
        AssertSingle(Valid.MapCriterion("1a.1", k => k with { Scale = SchemeFixtures.ScaleOf() }), $"{C1a}.criteria[0].scale.options", "scale-too-small");

    [Fact]
    public void Create_OneOptionScale_IsTooSmall() =>
        AssertSingle(Valid.MapCriterion("1a.1", k => k with { Scale = SchemeFixtures.ScaleOf(1m) }), $"{C1a}.criteria[0].scale.options", "scale-too-small");

    [Fact]
    public void Create_BestOptionNotOne_IsProblemOnFirstValue() =>
        AssertSingle(Valid.MapCriterion("1b.2", k => k with { Scale = SchemeFixtures.ScaleOf(0.9m, 0m) }), $"{C1b}.criteria[1].scale.options[0].value", "best-option-not-one");

    [Theory]
    [InlineData(0.5, 2)]
    [InlineData(0.75, 2)]
    public void Create_OptionsNotDescending_IsProblemOnOffendingValue(double third, int index) =>
        AssertSingle(
            Valid.MapCriterion("1b.1", k => k with { Scale = SchemeFixtures.ScaleOf(1m, 0.5m, (decimal)third) }),
            $"{C1b}.criteria[0].scale.options[{index}].value",
            "options-not-descending");

    [Theory]
    [InlineData(-0.5, 1)]
    [InlineData(1.5, 0)]
    public void Create_OptionValueOutsideZeroToOne_IsOutOfRange(double value, int index)
    {
        decimal[] values = index == 0 ? [(decimal)value, 0m] : [1m, (decimal)value];

        AssertSingle(Valid.MapCriterion("1b.1", k => k with { Scale = SchemeFixtures.ScaleOf(values) }), $"{C1b}.criteria[0].scale.options[{index}].value", "option-value-out-of-range");
    }

    [Fact]
    public void Create_DuplicateOptionCode_IsProblemOnCode()
    {
        var scale = new AnswerScale("dup", "Dup", [new AnswerOption("Y", 1m, new("Ya", "Ya")), new AnswerOption("y", 0m, new("Tidak", "Tidak"))]);

        AssertSingle(Valid.MapCriterion("1a.2", k => k with { Scale = scale }), $"{C1a}.criteria[1].scale.options[1].code", "duplicate-id");
    }

    [Fact]
    public void Create_PointsMethodWithoutPoints_IsPointsRequired() =>
        AssertSingle(Valid.MapCriterion("2a.1", k => k with { Points = null }), $"{C2a}.criteria[0].points", "points-required");

    [Fact]
    public void Create_PointsMethodWithZeroPoints_IsPointsRequired() =>
        AssertSingle(Valid.MapCriterion("2a.2", k => k with { Points = 0m }), $"{C2a}.criteria[1].points", "points-required");

    [Fact]
    public void Create_PointsNotAddingUpToWeight_IsProblemOnCriteria() =>
        AssertSingle(Valid.MapCriterion("2a.2", k => k with { Points = 20m }), $"{C2a}.criteria", "points-do-not-add-up", "35");

    [Fact]
    public void Create_PointsOnMeanSubComponent_IsNotAllowed() =>
        AssertSingle(Valid.MapCriterion("1a.2", k => k with { Points = 10m }), $"{C1a}.criteria[1].points", "points-not-allowed");

    [Fact]
    public void Create_DependsOnUnknownCriterion_IsUnknownCriterion() =>
        AssertSingle(Valid.MapCriterion("1b.1", k => k with { DependsOn = "9z.1" }), $"{C1b}.criteria[0].dependsOn", "unknown-criterion", "9z.1");

    [Fact]
    public void Create_DependencyCycle_IsReportedOnEveryCriterionInIt()
    {
        var problems = EvaluationScheme.Create(Valid.MapCriterion("1a.1", k => k with { DependsOn = "1b.1" })).Problems;

        Assert.Equal(
            [($"{C1a}.criteria[0].dependsOn", "dependency-cycle"), ($"{C1b}.criteria[0].dependsOn", "dependency-cycle")],
            problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Create_CriterionLeadingIntoCycle_IsNotItselfReportedAsCycle()
    {
        // 1a.1 → 1b.1 ⇄ 1b.2: only 1b.1 and 1b.2 depend on themselves.
        var definition = Valid
            .MapCriterion("1a.1", k => k with { DependsOn = "1b.1" })
            .MapCriterion("1b.1", k => k with { DependsOn = "1b.2" })
            .MapCriterion("1b.2", k => k with { DependsOn = "1b.1" });

        var problems = EvaluationScheme.Create(definition).Problems;

        Assert.Equal(
            [($"{C1b}.criteria[0].dependsOn", "dependency-cycle"), ($"{C1b}.criteria[1].dependsOn", "dependency-cycle")],
            problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Create_CriterionDependingOnItself_IsCycle() =>
        AssertSingle(Valid.MapCriterion("2a.1", k => k with { DependsOn = "2A.1" }), $"{C2a}.criteria[0].dependsOn", "dependency-cycle", "2a.1");

    [Fact]
    public void Create_DependsOnIgnoringCase_Succeeds()
    {
        var scheme = EvaluationScheme.Create(Valid.MapCriterion("1b.1", k => k with { DependsOn = "1A.1" })).GetValueOrThrow();

        var result = Evaluation.Create(scheme, "Uji", 2024, [new("1a.1", null, "T"), new("1b.1", null, "A")]).GetValueOrThrow().Score();

        Assert.Equal("1b.1", Assert.Single(result.Findings).Id);
    }

    [Fact]
    public void Create_DependsOnWithSurroundingSpaces_CreatesWorkingScheme()
    {
        // Validation trims the dependency id, so the scheme must resolve it trimmed too.
        var result = EvaluationScheme.Create(Valid.MapCriterion("1b.1", k => k with { DependsOn = " 1a.1 " }));

        Assert.True(result.IsSuccess);
        var findings = Evaluation.Create(result.GetValueOrThrow(), "Uji", 2024, [new("1a.1", null, "T"), new("1b.1", null, "A")]).GetValueOrThrow().Score().Findings;
        Assert.Equal("1a.1", Assert.Single(findings).RelatedId);
    }

    [Fact]
    public void Create_CriterionIdWithSurroundingSpaces_CanBeAnswered()
    {
        var scheme = EvaluationScheme.Create(Valid.MapCriterion("2a.2", k => k with { Id = " 2a.2 " })).GetValueOrThrow();

        Assert.NotNull(scheme.FindCriterion("2a.2"));
        Assert.True(Evaluation.Create(scheme, "Uji", 2024, [new("2a.2", null, "A")]).IsSuccess);
    }

    [Fact]
    public void Create_GradeTableWithOneGrade_IsTooSmall() =>
        AssertSingle(Valid with { Grades = Table(new Grade("D", null, new("Very poor", "Sangat Kurang"))) }, "grades.grades", "grade-table-too-small");

    [Fact]
    public void Create_LowestGradeWithEdge_IsProblem() =>
        AssertSingle(
            Valid with { Grades = Table(new Grade("A", 50m, new("a", "a")), new Grade("B", 10m, new("b", "b"))) },
            "grades.grades[1].lowerEdge",
            "lowest-grade-has-edge");

    [Fact]
    public void Create_GradeWithoutEdgeAboveLowest_IsProblem() =>
        AssertSingle(
            Valid with { Grades = Table(new Grade("A", 50m, new("a", "a")), new Grade("B", null, new("b", "b")), new Grade("C", null, new("c", "c"))) },
            "grades.grades[1].lowerEdge",
            "grade-without-edge");

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(-5)]
    public void Create_GradeEdgeOutsideZeroToHundred_IsProblem(int edge) =>
        AssertSingle(
            Valid with { Grades = Table(new Grade("A", edge, new("a", "a")), new Grade("B", null, new("b", "b"))) },
            "grades.grades[0].lowerEdge",
            "grade-edge-out-of-range");

    [Fact]
    public void Create_GradeEdgesNotDescending_IsProblem() =>
        AssertSingle(
            Valid with { Grades = Table(new Grade("A", 50m, new("a", "a")), new Grade("B", 50m, new("b", "b")), new Grade("C", null, new("c", "c"))) },
            "grades.grades[1].lowerEdge",
            "grade-edges-not-descending");

    [Fact]
    public void Create_DuplicateGradeCode_IsProblemOnCode() =>
        AssertSingle(
            Valid with { Grades = Table(new Grade("A", 50m, new("a", "a")), new Grade("a", null, new("b", "b"))) },
            "grades.grades[1].code",
            "duplicate-id");

    [Fact]
    public void Create_UnknownEdgeSemantics_IsProblem() =>
        AssertSingle(Valid with { Grades = new GradeTable((EdgeSemantics)7, null, GradeTables.PermenPanRb88Of2021.Grades) }, "grades.edges", "unknown-edges");

    [Fact]
    public void Create_NoGradeTable_IsRequired() =>
        AssertSingle(Valid with { Grades = null! }, "grades", "required");

    public static TheoryData<string, string, string> HeaderCases => new()
    {
        { "id", "id", "required" },
        { "name", "name", "required" },
        { "version", "version", "version-below-one" },
        { "components", "components", "no-components" },
    };

    [Theory]
    [MemberData(nameof(HeaderCases))]
    public void Create_BadHeader_IsProblem(string change, string path, string code)
    {
        var definition = change switch
        {
            "id" => Valid with { Id = " " },
            "name" => Valid with { Name = "" },
            "version" => Valid with { Version = 0 },
            _ => Valid with { Components = [] },
        };

        AssertSingle(definition, path, code);
    }

    [Fact]
    public void Create_ComponentWithoutSubComponents_IsProblem() =>
        AssertSingle(Valid.MapComponent("2", c => c with { SubComponents = [] }), "components[1].subComponents", "no-sub-components");

    [Fact]
    public void Create_SubComponentWithoutCriteria_IsProblemAndDependentsLoseTheirTarget()
    {
        var problems = EvaluationScheme.Create(Valid.MapSub("1a", s => s with { Criteria = [] })).Problems;

        Assert.Equal(
            [($"{C1a}.criteria", "no-criteria"), ($"{C1b}.criteria[0].dependsOn", "unknown-criterion"), ($"{C1b}.criteria[1].dependsOn", "unknown-criterion")],
            problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Create_NonPositiveWeight_IsProblem()
    {
        var problems = EvaluationScheme.Create(Valid.MapSub("1a", s => s with { Weight = 0m })).Problems;

        Assert.Contains(problems, p => p.Path == $"{C1a}.weight" && p.Reason.Code == "weight-not-positive");
    }

    [Fact]
    public void Create_UnknownScoringMethod_IsProblem() =>
        AssertSingle(Valid.MapSub("1a", s => s with { Method = (ScoringMethod)9 }), $"{C1a}.method", "unknown-method");

    [Fact]
    public void Create_ManyProblems_ListsEveryOne()
    {
        var definition = (Valid with { Version = 0, Grades = Table(new Grade("A", 50m, new("a", "a")), new Grade("B", 60m, new("b", "b")), new Grade("C", null, new("c", "c"))) })
            .MapSub("1b", s => s with { Weight = 35m })
            .MapCriterion("1a.1", k => k with { Title = "", Points = 3m })
            .MapCriterion("1a.2", k => k with { Scale = SchemeFixtures.ScaleOf(1m, 1m) })
            .MapCriterion("1b.2", k => k with { DependsOn = "x" })
            .MapCriterion("2a.2", k => k with { Points = 20m });

        var problems = EvaluationScheme.Create(definition).Problems.Select(p => (p.Path, p.Reason.Code)).ToList();

        Assert.Equal(
            [
                ("version", "version-below-one"),
                ($"{C1a}.criteria[0].title", "required"),
                ($"{C1a}.criteria[0].points", "points-not-allowed"),
                ($"{C1a}.criteria[1].scale.options[1].value", "options-not-descending"),
                ("components[0].subComponents", "weights-do-not-add-up"),
                ($"{C2a}.criteria", "points-do-not-add-up"),
                ($"{C1b}.criteria[1].dependsOn", "unknown-criterion"),
                ("grades.grades[1].lowerEdge", "grade-edges-not-descending"),
            ],
            problems);
    }

    [Fact]
    public void Create_GradedDefinition_SupportsSubComponentGrades()
    {
        var result = EvaluationScheme.Create(SchemeFixtures.Graded);

        Assert.True(result.IsSuccess);
        Assert.True(result.GetValueOrThrow().SupportsSubComponentGrades);
        Assert.Equal(EvaluationMethod.SubComponentGrades, result.GetValueOrThrow().DefaultMethod);
        Assert.Equal(SchemeFixtures.Graded, result.GetValueOrThrow().ToDefinition());
        Assert.False(SchemeFixtures.Scheme.SupportsSubComponentGrades);
    }

    [Fact]
    public void Create_DefaultMethodBySubComponent_SubComponentWithoutScale_IsScaleRequired() =>
        AssertSingle(SchemeFixtures.Graded.MapSub("2a", s => s with { Scale = null }), $"{C2a}.scale", "sub-component-scale-required");

    [Fact]
    public void Create_DefaultMethodByCriterion_SomeSubComponentsWithoutScale_IsValid()
    {
        var result = EvaluationScheme.Create((SchemeFixtures.Graded with { DefaultMethod = EvaluationMethod.CriterionGrades }).MapSub("2a", s => s with { Scale = null }));

        Assert.True(result.IsSuccess);
        Assert.False(result.GetValueOrThrow().SupportsSubComponentGrades);
    }

    [Fact]
    public void Create_MalformedSubComponentScale_IsProblemOnTheScale() =>
        AssertSingle(SchemeFixtures.Graded.MapSub("1a", s => s with { Scale = SchemeFixtures.ScaleOf(1m) }), $"{C1a}.scale.options", "scale-too-small");

    [Fact]
    public void Create_UnknownDefaultMethod_IsProblem() =>
        AssertSingle(Valid with { DefaultMethod = (EvaluationMethod)5 }, "defaultMethod", "unknown-evaluation-method");

    [Fact]
    public void Create_SubComponentDependsOnUnknown_IsUnknownSubComponent() =>
        AssertSingle(SchemeFixtures.Graded.MapSub("1b", s => s with { DependsOn = "9z" }), $"{C1b}.dependsOn", "unknown-sub-component", "9z");

    [Fact]
    public void Create_SubComponentDependsOnItself_IsAChain() =>
        AssertSingle(SchemeFixtures.Graded.MapSub("2a", s => s with { DependsOn = "2A" }), $"{C2a}.dependsOn", "sub-component-dependency-chain");

    [Fact]
    public void Create_SubComponentDependsOnADependentOne_IsAChain() =>
        AssertSingle(SchemeFixtures.Graded.MapSub("2a", s => s with { DependsOn = "1b" }), $"{C2a}.dependsOn", "sub-component-dependency-chain", "1b");

    public static TheoryData<int, string, string> ChangeCases => new()
    {
        { 1, "changes[0].version", "change-version-out-of-range" },
        { 4, "changes[0].version", "change-version-out-of-range" },
        { 0, "changes[0]", "required" },
    };

    [Theory]
    [MemberData(nameof(ChangeCases))]
    public void Create_BadChange_IsProblem(int version, string path, string code)
    {
        var change = version == 0 ? new SchemeChange(2, new("Changed.", " ")) : new SchemeChange(version, new("Changed.", "Diubah."));

        AssertSingle(Valid with { Version = 3, Changes = [change] }, path, code);
    }

    [Fact]
    public void Create_ChangesOfEveryLaterVersion_AreKeptAndListedOldestFirst()
    {
        var scheme = EvaluationScheme.Create(Valid with { Version = 3, Changes = [new(3, new("Third.", "Ketiga.")), new(2, new("Second.", "Kedua."))] }).GetValueOrThrow();

        Assert.Equal(["Second.", "Third."], scheme.ChangesSince(1, Sakip.Domain.Text.Language.English));
        Assert.Equal(["Ketiga."], scheme.ChangesSince(2, Sakip.Domain.Text.Language.Indonesian));
        Assert.Empty(scheme.ChangesSince(3, Sakip.Domain.Text.Language.English));
    }

    /// <summary>Exactly one problem, at <paramref name="path"/> with <paramref name="code"/>; its whole text (both
    /// wordings) is compared with the block of the test (and the path and code, which tell a theory's cases apart) in
    /// <c>EvaluationSchemeValidationTests.approved.txt</c>.</summary>
    private static void AssertSingle(SchemeDefinition definition, string path, string code, string? mentions = null, [CallerMemberName] string test = "")
    {
        var result = EvaluationScheme.Create(definition);

        Assert.False(result.IsSuccess);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((path, code), (problem.Path, problem.Reason.Code));
        if (mentions is not null)
        {
            Assert.Contains(mentions, problem.Reason.Message.English, StringComparison.Ordinal);
        }

        var english = problem.Reason.Message.English;
        Approved.Check(EdgeText.Problems([problem]), $"{test} {path} [{code}] {english[..Math.Min(english.Length, 60)]}");
    }
}
