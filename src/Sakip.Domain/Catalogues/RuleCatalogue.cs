using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Catalogues;

/// <summary>
/// Every rule the library computes with, by id, in one immutable place: the capaian formulas, rule sets, band sets,
/// roll-up strategies (sasaran aggregation and the performance tree), alignment rules, LKE evaluation schemes and
/// answer scales — the built-ins first, then what a region's own code, rule files or plugins add.
/// </summary>
/// <remarks>
/// <para>Make one with <see cref="CreateBuilder"/> (the built-ins plus yours) and
/// <see cref="RuleCatalogueBuilder.Build"/>, which checks the whole configuration at once and returns every problem
/// (an unknown formula id, two items with one id, a derived rule set that kept a built-in's id, a cap below 100 …),
/// so a misconfiguration is caught before the first indicator is measured. Then resolve ids through it:
/// <c>catalogue.RuleSets.Get("provinsi-contoh-2025")</c>, and pass <see cref="Formulas"/> to the calculators
/// (<c>new PerformanceMeasurement(ruleSet, catalogue.Formulas)</c>) and <see cref="Review"/> to review a
/// document.</para>
/// <para>Every family has the same lookup (<see cref="Catalogue{T}"/>: <c>All</c>, <c>TryGet</c>, <c>Get</c>; white
/// space around an id ignored, letter case not significant). Immutable and thread-safe.</para>
/// </remarks>
public sealed class RuleCatalogue
{
    internal RuleCatalogue(
        IReadOnlyList<IAchievementFormula> formulas,
        IReadOnlyList<RuleSet> ruleSets,
        IReadOnlyList<BandSet> bandSets,
        IReadOnlyList<IRollUpStrategy> rollUpStrategies,
        IReadOnlyList<IAlignmentRule> alignmentRules,
        IReadOnlyList<EvaluationScheme> evaluationSchemes,
        IReadOnlyList<AnswerScale> answerScales,
        IReadOnlyList<string> plugins,
        IReadOnlyDictionary<object, BilingualText>? sources = null)
    {
        Sources = sources ?? new Dictionary<object, BilingualText>();
        Formulas = new FormulaRegistry(formulas);
        RuleSets = new Catalogue<RuleSet>("rule set", static r => r.Id, [.. ruleSets]);
        BandSets = new Catalogue<BandSet>("band set", static b => b.Id, [.. bandSets]);
        RollUpStrategies = new Catalogue<IRollUpStrategy>("roll-up strategy", static s => s.Id, [.. rollUpStrategies]);
        AlignmentRules = new Catalogue<IAlignmentRule>("alignment rule", static r => r.Id, [.. alignmentRules]);
        EvaluationSchemes = new Catalogue<EvaluationScheme>("evaluation scheme", static s => s.Id, [.. evaluationSchemes]);
        AnswerScales = new Catalogue<AnswerScale>("answer scale", static s => s.Id, [.. answerScales]);
        Review = new AlignmentReview([.. alignmentRules]);
        Plugins = [.. plugins];
    }

    /// <summary>The built-in rules only: what <see cref="FormulaRegistry.Default"/>,
    /// <see cref="Rules.RuleSets"/>, <see cref="Bands.BandSets"/>, <see cref="Tree.RollUpStrategies"/>,
    /// <see cref="AlignmentReview.Default"/>, <see cref="Evaluations.EvaluationSchemes"/> and
    /// <see cref="Evaluations.AnswerScales"/> hold.</summary>
    public static RuleCatalogue BuiltIn { get; } = new(
        FormulaRegistry.Default.All,
        Rules.RuleSets.All,
        Bands.BandSets.All,
        Tree.RollUpStrategies.All,
        AlignmentReview.Default.Rules,
        Evaluations.EvaluationSchemes.All,
        Evaluations.AnswerScales.All,
        []);

    /// <summary>Where each item that is not the library's came from (<c>plugin 'X'</c>, <c>code</c>), for the checks
    /// of a builder made from this catalogue.</summary>
    internal IReadOnlyDictionary<object, BilingualText> Sources { get; }

    /// <summary>The capaian formulas; pass them to <see cref="AchievementCalculator"/>,
    /// <see cref="Planning.PerformanceMeasurement"/>, <see cref="TreeEvaluator"/> and <see cref="CompiledTree"/>.</summary>
    public FormulaRegistry Formulas { get; }

    /// <summary>The rule sets.</summary>
    public Catalogue<RuleSet> RuleSets { get; }

    /// <summary>The band sets (every rule set's band set is among them).</summary>
    public Catalogue<BandSet> BandSets { get; }

    /// <summary>The roll-up strategies, for a sasaran's indicators and for the performance tree (every rule set's
    /// aggregation is among them).</summary>
    public Catalogue<IRollUpStrategy> RollUpStrategies { get; }

    /// <summary>The alignment rules, built-in ones first.</summary>
    public Catalogue<IAlignmentRule> AlignmentRules { get; }

    /// <summary>The LKE evaluation schemes.</summary>
    public Catalogue<EvaluationScheme> EvaluationSchemes { get; }

    /// <summary>The answer scales.</summary>
    public Catalogue<AnswerScale> AnswerScales { get; }

    /// <summary>The review that runs every alignment rule of the catalogue, in <see cref="AlignmentRules"/> order.</summary>
    public AlignmentReview Review { get; }

    /// <summary>The names of the plugins whose rules the catalogue holds, in the order they were added.</summary>
    public ValueList<string> Plugins { get; }

    /// <summary>Checks that a document can be measured with this catalogue: the rule set it states
    /// (<see cref="SakipDocument.RuleSetId"/>) is here, and every formula an indicator names
    /// (<see cref="IndicatorDefinition.FormulaId"/>) is here and is for the indicator's polarity.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Every problem, with its path in the document (<c>ruleSetId</c>, <c>indicators[3].formulaId</c>): <c>unknown-rule-set</c>, <c>unknown-formula</c>
    /// (naming the id and the formulas there are) or <c>formula-polarity</c>; empty when the document's ids all
    /// resolve.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public ValueList<Problem> Check(SakipDocument document)
    {
        Guard.Against.Null(document);
        var problems = new List<Problem>();
        if (document.RuleSetId is { } ruleSetId && !RuleSets.TryGet(ruleSetId, out _))
        {
            problems.Add(new Problem("ruleSetId", Messages.UnknownRuleSet(ruleSetId, string.Join(", ", RuleSets.All.Select(r => r.Id)))));
        }

        for (var i = 0; i < document.Indicators.Count; i++)
        {
            var indicator = document.Indicators[i];
            var id = indicator.FormulaId;
            if (id is null)
            {
                continue;
            }

            if (!Formulas.TryGet(id, out var formula))
            {
                problems.Add(new Problem($"indicators[{i}].formulaId", Messages.UnknownFormula(id, string.Join(", ", Formulas.All.Select(f => f.Id)))));
            }
            else if (formula.Polarity != indicator.Polarity)
            {
                problems.Add(new Problem($"indicators[{i}].formulaId", Messages.FormulaPolarity(id, indicator.Polarity, formula.Polarity)));
            }
        }

        return [.. problems];
    }

    /// <summary>A builder that starts from the built-in rules.</summary>
    /// <returns>The builder.</returns>
    public static RuleCatalogueBuilder CreateBuilder() => new(BuiltIn);

    /// <summary>A builder that starts from this catalogue's rules (which count as built-in for its checks only when
    /// they are the library's).</summary>
    /// <returns>The builder.</returns>
    public RuleCatalogueBuilder ToBuilder() => new(this);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Formulas.All.Count} formulas, {RuleSets.All.Count} rule sets, {BandSets.All.Count} band sets, {RollUpStrategies.All.Count} roll-up strategies, {AlignmentRules.All.Count} alignment rules, {EvaluationSchemes.All.Count} evaluation schemes"
        + (Plugins.Count == 0 ? "" : $"; plugins: {string.Join(", ", Plugins)}");
}
