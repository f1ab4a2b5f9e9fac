using Sakip.Domain.Achievement;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Bands;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;
using static Sakip.Domain.Tests.Catalogues.CatalogueFixtures;

namespace Sakip.Domain.Tests.Catalogues;

public class RuleCatalogueTests
{
    [Fact]
    public void BuiltIn_HoldsEveryBuiltInFamily()
    {
        var catalogue = RuleCatalogue.BuiltIn;

        Assert.Equal(FormulaRegistry.Default.All, catalogue.Formulas.All);
        Assert.Equal(RuleSets.All, catalogue.RuleSets.All);
        Assert.Equal(BandSets.All, catalogue.BandSets.All);
        Assert.Equal(RollUpStrategies.All, catalogue.RollUpStrategies.All);
        Assert.Equal(AlignmentReview.Default.Rules, catalogue.AlignmentRules.All);
        Assert.Equal(EvaluationSchemes.All, catalogue.EvaluationSchemes.All);
        Assert.Equal(AnswerScales.All, catalogue.AnswerScales.All);
        Assert.Equal(AlignmentReview.Default.Rules, catalogue.Review.Rules);
        Assert.Empty(catalogue.Plugins);
        Assert.Equal(["sakip-reflected", "sakip-inverse"], catalogue.RuleSets.Ids);
        Assert.Equal(catalogue.RollUpStrategies.All.Select(s => s.Id), catalogue.RollUpStrategies.Ids);
    }

    [Fact]
    public void CreateBuilder_NothingAdded_BuildsTheBuiltIns()
    {
        var catalogue = RuleCatalogue.CreateBuilder().Build().GetValueOrThrow();

        Assert.Equal(RuleCatalogue.BuiltIn.RuleSets.All, catalogue.RuleSets.All);
        Assert.Equal(RuleCatalogue.BuiltIn.Formulas.All, catalogue.Formulas.All);
    }

    [Fact]
    public void Build_RegionalRules_AreFoundByIdAndUsedByTheCalculators()
    {
        var catalogue = RuleCatalogue.CreateBuilder()
            .Add(Regional())
            .Add(new HalfFormula())
            .Add(new MedianStrategy())
            .Add(new NoteRule())
            .Build()
            .GetValueOrThrow();

        var rules = catalogue.RuleSets.Get(" PROVINSI-contoh-2025 ");
        Assert.Equal(120m, rules.Cap);
        Assert.Same(catalogue.Formulas.Get("half-ratio"), catalogue.Formulas.Get("HALF-RATIO"));
        Assert.Equal("median", catalogue.RollUpStrategies.Get("median").Id);
        Assert.Equal("PROV-001", catalogue.Review.Rules[^1].Id);
        Assert.Equal(AlignmentReview.Default.Rules.Count + 1, catalogue.Review.Rules.Count);

        var calculator = new AchievementCalculator(rules, catalogue.Formulas);
        var result = calculator.Calculate(new AchievementInput(Target.Point(10m), new Measure(8m)) { FormulaId = "half-ratio" });
        Assert.Equal(40m, result.Percent!.Value.Value);
        var capped = calculator.Calculate(Target.Point(10m), new Measure(5m), Polarity.Negative);
        Assert.Equal(120m, capped.Percent!.Value.Value);
    }

    [Fact]
    public void Build_RuleSetWithItsOwnBandSetAndStrategy_AddsThem()
    {
        var bands = BandSet.Create("lima-provinsi", 1, "Lima", "Pergub Contoh 7/2025", EdgeSemantics.LowerInclusive, [
            new Band(1, 80m, new("Good", "Baik"), null), new Band(2, null, new("Poor", "Kurang"), null)]);
        var median = new MedianStrategy();

        var catalogue = RuleCatalogue.CreateBuilder().Add(Regional() with { Bands = bands, Aggregation = median }).Build().GetValueOrThrow();

        Assert.Same(bands, catalogue.BandSets.Get("lima-provinsi"));
        Assert.Same(median, catalogue.RollUpStrategies.Get("median"));
    }

    [Fact]
    public void Build_TheSameItemTwice_KeepsOne()
    {
        var rule = new NoteRule();

        var catalogue = RuleCatalogue.CreateBuilder().Add(Regional()).Add(Regional()).Add(rule).Add(rule).Add(RuleSets.Inverse).Build().GetValueOrThrow();

        Assert.Equal(RuleSets.All.Count + 1, catalogue.RuleSets.All.Count);
        Assert.Equal(AlignmentReview.Default.Rules.Count + 1, catalogue.AlignmentRules.All.Count);
    }

    [Fact]
    public void Build_DerivedRuleSetKeepingTheBuiltInId_IsRefused()
    {
        var derived = RuleSets.Default with { Cap = 150m };

        var problem = Assert.Single(RuleCatalogue.CreateBuilder().Add(derived).Build().Problems);

        Assert.Equal($"ruleSets[{RuleSets.Default.Id}]", problem.Path);
        Assert.Equal("built-in-id", problem.Reason.Code);
        Assert.Contains("needs its own id", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("code", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownFormula_NamesTheIdAndTheFormulasThereAre()
    {
        var rules = Regional() with { NegativeFormulaId = "negative-provinsi" };

        var problem = Assert.Single(RuleCatalogue.CreateBuilder().Add(rules).Build().Problems);

        Assert.Equal("ruleSets[provinsi-contoh-2025].negativeFormulaId", problem.Path);
        Assert.Equal("unknown-formula", problem.Reason.Code);
        Assert.Contains("'negative-provinsi'", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains(NegativeInverseFormula.FormulaId, problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("'negative-provinsi'", problem.Reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FormulaOfTheOtherPolarity_IsRefused()
    {
        var rules = Regional() with { PositiveFormulaId = NegativeInverseFormula.FormulaId };

        var problem = Assert.Single(RuleCatalogue.CreateBuilder().Add(rules).Build().Problems);

        Assert.Equal(("ruleSets[provinsi-contoh-2025].positiveFormulaId", "formula-polarity"), (problem.Path, problem.Reason.Code));
        Assert.Contains("for negative indicators, not positive ones", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(99.99)]
    [InlineData(50)]
    public void Build_CapBelowHundred_IsRefused(double cap)
    {
        var problem = Assert.Single(RuleCatalogue.CreateBuilder().Add(Regional() with { Cap = (decimal)cap }).Build().Problems);

        Assert.Equal(("ruleSets[provinsi-contoh-2025].cap", "cap-below-100"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Build_CapOfExactlyHundredOrNone_IsAccepted()
    {
        Assert.True(RuleCatalogue.CreateBuilder().Add(Regional() with { Cap = 100m }).Add(Regional("tanpa-batas") with { Cap = null }).Build().IsSuccess);
    }

    [Fact]
    public void Build_TwoDifferentItemsWithOneId_NamesBothSources()
    {
        var built = RuleCatalogue.CreateBuilder()
            .Add(new Plugin("Provinsi A", c => c.Add(new NoteRule("PROV-001"))))
            .Add(new Plugin("Provinsi B", c => c.Add(new NoteRule("prov-001 "))))
            .Build();

        var problem = Assert.Single(built.Problems);
        Assert.Equal(("alignmentRules[prov-001]", "duplicate-id"), (problem.Path, problem.Reason.Code));
        Assert.Contains("plugin 'Provinsi A' and plugin 'Provinsi B'", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BandSetConflictingWithTheCatalogues_IsRefused()
    {
        var other = BandSet.Create(BandSets.Kemendagri5.Id, 1, "Tiruan", "", EdgeSemantics.LowerExclusive, [
            new Band(1, 50m, new("High", "Tinggi"), null), new Band(2, null, new("Low", "Rendah"), null)]);

        var problem = Assert.Single(RuleCatalogue.CreateBuilder().Add(Regional() with { Bands = other }).Build().Problems);

        Assert.Equal(("ruleSets[provinsi-contoh-2025].bands", "conflicting-part"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Build_StrategyConflictingWithTheCatalogues_IsRefused()
    {
        var problem = Assert.Single(RuleCatalogue.CreateBuilder().Add(Regional() with { Aggregation = new MedianStrategy("mean") }).Build().Problems);

        Assert.Equal(("ruleSets[provinsi-contoh-2025].aggregation", "conflicting-part"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Build_UnusableFormulaAndRule_ListsEveryProblem()
    {
        var problems = RuleCatalogue.CreateBuilder()
            .Add(new HalfFormula("bad-formula", version: 0, polarity: (Polarity)7, expression: " "))
            .Add(new NoteRule("BAD-001", new BilingualText("", "Judul"), (Severity)9, " "))
            .Add(new HalfFormula(" "))
            .Build()
            .Problems;

        Assert.Equal(
            [
                ($"formulas[{FormulaRegistry.Default.All.Count + 1}]", "blank-id"),
                ("formulas[bad-formula].version", "bad-formula"),
                ("formulas[bad-formula].expression", "bad-formula"),
                ("formulas[bad-formula].polarity", "bad-formula"),
                ("alignmentRules[BAD-001].title", "bad-rule"),
                ("alignmentRules[BAD-001].severity", "bad-rule"),
                ("alignmentRules[BAD-001].basis", "bad-rule"),
            ],
            problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Add_PluginThatThrows_IsReportedWithWhatItAddedKept()
    {
        var builder = RuleCatalogue.CreateBuilder().Add(new Plugin("Rusak", c =>
        {
            c.Add(new NoteRule());
            throw new InvalidOperationException("no config");
        }));

        var problem = Assert.Single(builder.Build().Problems);
        Assert.Equal(("plugins[Rusak]", "plugin-failed"), (problem.Path, problem.Reason.Code));
        Assert.Contains("InvalidOperationException: no config", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_Plugin_IsListedAndItsRulesAttributed()
    {
        var catalogue = RuleCatalogue.CreateBuilder().Add(new Plugin(" Provinsi Contoh ", c => c.Add(Regional()))).Build().GetValueOrThrow();

        Assert.Equal(["Provinsi Contoh"], catalogue.Plugins);
        Assert.Contains("plugins: Provinsi Contoh", catalogue.ToString(), StringComparison.Ordinal);

        var again = catalogue.ToBuilder().Add(Regional() with { Cap = 130m }).Build();
        Assert.Contains("plugin 'Provinsi Contoh' and code", Assert.Single(again.Problems).Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ToBuilder_KeepsTheCatalogueAndAddsMore()
    {
        var first = RuleCatalogue.CreateBuilder().Add(Regional()).Build().GetValueOrThrow();

        var second = first.ToBuilder().Add(new NoteRule()).Build().GetValueOrThrow();

        Assert.Same(first.RuleSets.Get("provinsi-contoh-2025"), second.RuleSets.Get("provinsi-contoh-2025"));
        Assert.Equal("PROV-001", second.AlignmentRules.All[^1].Id);
        Assert.False(first.AlignmentRules.TryGet("PROV-001", out _));
    }

    [Fact]
    public void Add_Null_Throws()
    {
        var builder = RuleCatalogue.CreateBuilder();

        Assert.Throws<ArgumentNullException>(() => builder.Add((RuleSet)null!));
        Assert.Throws<ArgumentNullException>(() => builder.Add((Sakip.Domain.Plugins.ISakipPlugin)null!));
    }
}
