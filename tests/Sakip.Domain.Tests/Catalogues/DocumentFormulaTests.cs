using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Tree;
using static Sakip.Domain.Tests.Review.ReviewFixtures;

namespace Sakip.Domain.Tests.Catalogues;

/// <summary>An indicator that names its own formula: measured and rolled up with it, and checked against the
/// catalogue before anything is measured.</summary>
public class DocumentFormulaTests
{
    private static SakipDocument WithFormula(string indicatorId, string? formulaId)
    {
        var builder = Builder();
        var index = builder.Indicators.FindIndex(i => i.Id == indicatorId);
        builder.Indicators[index] = builder.Indicators[index] with { FormulaId = formulaId };
        return builder.Build().GetValueOrThrow();
    }

    [Fact]
    public void Measure_IndicatorWithItsOwnFormula_UsesIt()
    {
        var document = WithFormula("IKU-AKB", NegativePlainRatioFormula.FormulaId);

        var report = new PerformanceMeasurement(RuleSets.Default).Measure(document, PkYear).GetValueOrThrow();

        var rows = report.Agreements.SelectMany(a => a.Sasaran).SelectMany(s => s.Indicators).ToList();
        Assert.Equal(NegativePlainRatioFormula.FormulaId, rows.Single(r => r.IndicatorId == "IKU-AKB").Result.Explanation.FormulaId);
        Assert.All(rows.Where(r => r.IndicatorId != "IKU-AKB" && r.Polarity == Sakip.Domain.Achievement.Polarity.Negative), r => Assert.Equal(RuleSets.Default.NegativeFormulaId, r.Result.Explanation.FormulaId));
    }

    [Fact]
    public void Tree_IndicatorWithItsOwnFormula_UsesIt()
    {
        var document = WithFormula("IKU-AKB", NegativePlainRatioFormula.FormulaId);

        var tree = PerformanceTreeFactory.FromDocument(document, PkYear).GetValueOrThrow();

        var inputs = tree.Nodes.SelectMany(n => n.Indicators).Where(i => i.IndicatorId == "IKU-AKB").Select(i => i.Input.FormulaId).ToList();
        Assert.NotEmpty(inputs);
        Assert.All(inputs, id => Assert.Equal(NegativePlainRatioFormula.FormulaId, id));
    }

    [Fact]
    public void Check_KnownFormulaOfTheRightPolarity_FindsNothing()
    {
        Assert.Empty(RuleCatalogue.BuiltIn.Check(WithFormula("IKU-AKB", NegativeInverseFormula.FormulaId)));
        Assert.Empty(RuleCatalogue.BuiltIn.Check(Clean()));
    }

    [Fact]
    public void Check_UnknownFormula_NamesTheIdWhereItIs()
    {
        var document = WithFormula("IKU-AKB", "provinsi-contoh-ratio");
        var index = document.Indicators.ToList().FindIndex(i => i.Id == "IKU-AKB");

        var problem = Assert.Single(RuleCatalogue.BuiltIn.Check(document));

        Assert.Equal(($"indicators[{index}].formulaId", "unknown-formula"), (problem.Path, problem.Reason.Code));
        Assert.Contains("'provinsi-contoh-ratio'", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("plugin", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", RuleCatalogue.BuiltIn.Formulas.All.Select(f => f.Id)), problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Null_SaysWhichArgument() =>
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => RuleCatalogue.BuiltIn.Check(null!)).ParamName);

    [Fact]
    public void ToString_CountsEachFamily_AndNamesThePluginsWhenThereAreAny()
    {
        var plain = RuleCatalogue.BuiltIn.ToString();
        var withPlugins = RuleCatalogue.CreateBuilder()
            .Add(new CatalogueFixtures.Plugin("Provinsi A", c => c.Add(new CatalogueFixtures.NoteRule())))
            .Add(new CatalogueFixtures.Plugin("Provinsi B", _ => { }))
            .Build()
            .GetValueOrThrow();

        Assert.StartsWith($"{RuleCatalogue.BuiltIn.Formulas.All.Count} formulas, {RuleCatalogue.BuiltIn.RuleSets.All.Count} rule sets, ", plain, StringComparison.Ordinal);
        Assert.EndsWith($"{RuleCatalogue.BuiltIn.EvaluationSchemes.All.Count} evaluation schemes", plain, StringComparison.Ordinal);
        Assert.EndsWith($"{RuleCatalogue.BuiltIn.AlignmentRules.All.Count + 1} alignment rules, {RuleCatalogue.BuiltIn.EvaluationSchemes.All.Count} evaluation schemes; plugins: Provinsi A, Provinsi B", withPlugins.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FormulaOfTheOtherPolarity_IsAProblem()
    {
        var problem = Assert.Single(RuleCatalogue.BuiltIn.Check(WithFormula("IKU-AKB", PositiveRatioFormula.FormulaId)));

        Assert.Equal("formula-polarity", problem.Reason.Code);
    }

    [Fact]
    public void Build_BlankFormula_IsRequired()
    {
        var builder = Builder();
        builder.Indicators[0] = builder.Indicators[0] with { FormulaId = " " };

        var problem = Assert.Single(builder.Build().Problems);

        Assert.Equal(("indicators[0].formulaId", "required"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void RuleSetId_IsKeptThroughTheBuilderAndChecked()
    {
        var builder = Builder();
        builder.RuleSetId = "provinsi-contoh-2025";
        var document = builder.Build().GetValueOrThrow();

        Assert.Equal("provinsi-contoh-2025", document.RuleSetId);
        Assert.Equal(document, document.ToBuilder().Build().GetValueOrThrow());
        var problem = Assert.Single(RuleCatalogue.BuiltIn.Check(document));
        Assert.Equal(("ruleSetId", "unknown-rule-set"), (problem.Path, problem.Reason.Code));
        Assert.Contains("sakip-reflected, sakip-inverse", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.Empty(RuleCatalogue.CreateBuilder().Add(CatalogueFixtures.Regional()).Build().GetValueOrThrow().Check(document));
    }

    [Fact]
    public void RuleSetId_Blank_IsRequired()
    {
        var builder = Builder();
        builder.RuleSetId = "";

        var problem = Assert.Single(builder.Build().Problems);

        Assert.Equal(("ruleSetId", "required"), (problem.Path, problem.Reason.Code));
    }
}
