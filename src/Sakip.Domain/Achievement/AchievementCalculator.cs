using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Bands;
using Sakip.Domain.Explanations;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;

namespace Sakip.Domain.Achievement;

/// <summary>
/// Computes achievements (<i>capaian</i>) under a <see cref="RuleSet"/>, with the formulas of a
/// <see cref="FormulaRegistry"/>.
/// </summary>
/// <remarks>
/// <para>Order of work: validate the input (every problem listed); no realisation gives
/// <see cref="NotReported"/>; a range target gives 100 inside it and otherwise reduces to the bound that was
/// crossed (above → upper bound, below → lower bound) under the polarity's formula; the formula computes the
/// exact value; the rule set's cap applies; the rule set's rounding and band scale give the presented value
/// and band. The calculator never reads the clock and never throws for bad data.</para>
/// <para>Immutable and thread-safe: share one instance.</para>
/// </remarks>
public sealed partial class AchievementCalculator
{
    // The rule set's formula for each polarity, found once (both the rule set and the registry are immutable);
    // null when the registry lacks it, which the explained path reports.
    private readonly IAchievementFormula? _positiveFormula;

    private readonly IAchievementFormula? _negativeFormula;

    /// <summary>Creates a calculator.</summary>
    /// <param name="rules">The rule set in force.</param>
    /// <param name="formulas">The formulas; <see langword="null"/> means <see cref="FormulaRegistry.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public AchievementCalculator(RuleSet rules, FormulaRegistry? formulas = null)
    {
        Rules = Guard.Against.Null(rules);
        Formulas = formulas ?? FormulaRegistry.Default;
        _positiveFormula = Formulas.TryGet(Rules.FormulaFor(Polarity.Positive), out var positive) ? positive : null;
        _negativeFormula = Formulas.TryGet(Rules.FormulaFor(Polarity.Negative), out var negative) ? negative : null;
    }

    /// <summary>A calculator with the default rule set and the built-in formulas.</summary>
    public static AchievementCalculator Default { get; } = new(RuleSets.Default);

    /// <summary>The rule set in force.</summary>
    public RuleSet Rules { get; }

    /// <summary>The formulas available.</summary>
    public FormulaRegistry Formulas { get; }

    /// <summary>Computes one achievement of an indicator whose values are never negative (most indicators); use
    /// <see cref="CalculateSigned"/> for growth rates and the like.</summary>
    /// <param name="target">The target.</param>
    /// <param name="realisation">The realisation, or <see langword="null"/> when not reported.</param>
    /// <param name="polarity">The polarity.</param>
    /// <returns>The result; a negative target or realisation is <see cref="InvalidInput"/> with the reason
    /// <c>negative-not-allowed</c>.</returns>
    public AchievementResult Calculate(Target target, Measure? realisation, Polarity polarity = Polarity.Positive) =>
        Calculate(new AchievementInput(target, realisation, polarity));

    /// <summary>
    /// Computes one achievement of a <i>signed</i> indicator: one whose values can be negative (economic growth,
    /// inflation, trade balance), as <see cref="AchievementInput.AllowsNegativeValues"/> declares. A negative target
    /// or realisation is computed as the formula states (docs/rules.md, "Negative values"): growth −1.41 % against a
    /// target of 2 % gives −70.50 %. <see cref="Calculate(Target, Measure?, Polarity)"/> refuses negative values.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="realisation">The realisation, or <see langword="null"/> when not reported.</param>
    /// <param name="polarity">The polarity.</param>
    /// <returns>The result. A target of 0 or less where the formula divides by it is <see cref="NotMeasurable"/>
    /// with the reason, never an exception or a silent 0.</returns>
    public AchievementResult CalculateSigned(Target target, Measure? realisation, Polarity polarity = Polarity.Positive) =>
        Calculate(new AchievementInput(target, realisation, polarity) { AllowsNegativeValues = true });

    /// <summary>Computes one achievement.</summary>
    /// <param name="input">The indicator's target, realisation, polarity and options.</param>
    /// <returns>The result: achieved, not reported, not measurable or invalid input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <remarks>An achieved result's <see cref="Achieved.Explanation"/> is made on first use, from the input, and is
    /// the same as one made at once; a bulk measurement that reads only the figures does not pay for it.</remarks>
    public AchievementResult Calculate(AchievementInput input)
    {
        Guard.Against.Null(input);
        return Measured(input) ?? CalculateExplained(input);
    }

    /// <summary>The explanation of an input the fast path measured (<see cref="Measured"/>): the whole calculation made
    /// again, with every step.</summary>
    internal Explanation Explain(AchievementInput input) => CalculateExplained(input).AsAchieved!.Explanation;

    /// <summary>The fast path: the achieved result of a valid, reported input under a built-in formula that gives a
    /// value, with its explanation left to be made on first use; <see langword="null"/> for anything else (invalid, not
    /// reported, not measurable, a special rule's value, an overflow, a formula from elsewhere), which
    /// <see cref="CalculateExplained"/> computes with every step.</summary>
    private AchievementResult? Measured(AchievementInput input)
    {
        if (input.Realisation is not { } measure
            || FastFormula(input) is not IValueFormula formula
            || !TryMeasure(formula, input.Target, measure.Value, out var uncapped, out var value, out var presented, out var band))
        {
            return null;
        }

        return AchievementResult.From(new Achieved(new Percentage(value), new Percentage(uncapped), new Percentage(presented), band, this, input));
    }

    /// <summary>The formula of an input the fast paths may measure without steps: its polarity is known, its formula
    /// is registered with that polarity, and no value is negative where negatives are refused; otherwise
    /// <see langword="null"/>, and <see cref="CalculateExplained"/> says what is wrong.</summary>
    private IAchievementFormula? FastFormula(AchievementInput input)
    {
        IAchievementFormula? formula;
        if (input.FormulaId is null)
        {
            formula = input.Polarity switch
            {
                Polarity.Positive => _positiveFormula,
                Polarity.Negative => _negativeFormula,
                _ => null,
            };
        }
        else if (!Enum.IsDefined(input.Polarity) || !Formulas.TryGet(input.FormulaId, out formula))
        {
            return null;
        }

        if (formula is null
            || formula.Polarity != input.Polarity
            || (!input.AllowsNegativeValues && (input.Target.HasNegativeBound || input.Realisation is { IsNegative: true })))
        {
            return null;
        }

        return formula;
    }

    /// <summary>The value a formula gives for a realisation, with the rule set's cap, rounding and band; false where the
    /// formula does not give its plain value or the arithmetic overflows.</summary>
    private bool TryMeasure(IValueFormula formula, Target target, decimal realisation, out decimal uncapped, out decimal value, out decimal presented, [NotNullWhen(true)] out Band? band)
    {
        try
        {
            if (target.IsRange && target.Contains(realisation))
            {
                uncapped = 100m;
            }
            else if (!formula.TryValue(Bound(target, realisation), realisation, out uncapped))
            {
                value = presented = 0m;
                band = null;
                return false;
            }

            value = Capped(uncapped);
            presented = Rules.Present(value);
            band = Rules.BandOf(value, presented);
            return true;
        }
        catch (OverflowException)
        {
            uncapped = value = presented = 0m;
            band = null;
            return false;
        }
    }

    /// <summary>The target value a realisation is measured against: a point target's value, or the bound of a range
    /// target the realisation crossed (above → upper, otherwise lower).</summary>
    private static decimal Bound(Target target, decimal realisation) =>
        !target.IsRange ? target.Lower : realisation > target.Upper ? target.Upper : target.Lower;

    /// <summary>The value after the rule set's cap, if it has one.</summary>
    private decimal Capped(decimal uncapped) => Rules.Cap is { } cap && uncapped > cap ? cap : uncapped;

    /// <summary>The whole calculation with every step of its explanation made at once (what <see cref="Calculate(AchievementInput)"/>
    /// did before it left achieved results' explanations to be made on first use; the tests compare the two).</summary>
    internal AchievementResult CalculateExplained(AchievementInput input)
    {
        var explanation = new Explanation
        {
            Status = AchievementStatus.InvalidInput,
            Target = input.Target,
            Realisation = input.Realisation,
            Polarity = input.Polarity,
            RuleSetId = Rules.Id,
            RuleSetVersion = Rules.Version,
        };

        var problems = new List<Problem>();
        var formula = ResolveFormula(input, problems);
        if (!input.AllowsNegativeValues)
        {
            if (input.Target.HasNegativeBound)
            {
                problems.Add(new Problem("target", Messages.NegativeNotAllowed));
            }

            if (input.Realisation is { IsNegative: true })
            {
                problems.Add(new Problem("realisation", Messages.NegativeNotAllowed));
            }
        }

        if (formula is not null)
        {
            explanation = explanation with { FormulaId = formula.Id, FormulaVersion = formula.Version, FormulaExpression = formula.Expression };
        }

        if (problems.Count > 0)
        {
            return Invalid(explanation, problems);
        }

        if (input.Realisation is not { } realisation)
        {
            return AchievementResult.From(new NotReported(explanation with { Status = AchievementStatus.NotReported, Reason = Messages.NotReported }));
        }

        try
        {
            return Evaluate(formula!, input.Target, realisation.Value, explanation);
        }
        catch (OverflowException)
        {
            // Blame the value further from 1 in orders of magnitude: a huge realisation, or a tiny (or huge) target.
            var target = Math.Max(Math.Abs(input.Target.Lower), Math.Abs(input.Target.Upper));
            var path = OrdersFromOne(realisation.Value) >= OrdersFromOne(target) ? "realisation" : "target";
            return Invalid(explanation, [new Problem(path, Messages.ArithmeticOverflow)]);
        }
    }

    private static double OrdersFromOne(decimal value) => value == 0m ? 0d : Math.Abs(Math.Log10(Math.Abs((double)value)));

    private static AchievementResult Invalid(Explanation explanation, List<Problem> problems) =>
        AchievementResult.From(new InvalidInput([.. problems], explanation with { Status = AchievementStatus.InvalidInput, Problems = [.. problems] }));

    private IAchievementFormula? ResolveFormula(AchievementInput input, List<Problem> problems)
    {
        if (!Enum.IsDefined(input.Polarity))
        {
            problems.Add(new Problem("polarity", Messages.UnknownPolarity));
            return null;
        }

        var id = input.FormulaId ?? Rules.FormulaFor(input.Polarity);
        if (!Formulas.TryGet(id, out var formula))
        {
            problems.Add(new Problem("formula", Messages.UnknownFormula(id)));
            return null;
        }

        if (formula.Polarity != input.Polarity)
        {
            problems.Add(new Problem("formula", Messages.FormulaPolarityMismatch(formula.Id)));
        }

        return formula;
    }

    private AchievementResult Evaluate(IAchievementFormula formula, Target target, decimal realisation, Explanation explanation)
    {
        var steps = new List<ExplanationStep>();
        FormulaOutcome outcome;
        if (target.IsRange && target.Contains(realisation))
        {
            steps.Add(new ExplanationStep(
                "range-inside",
                "R = {0} lies inside the target range {1}–{2}, so C = 100",
                "R = {0} berada di dalam rentang target {1}–{2}, maka C = 100",
                realisation,
                target.Lower,
                target.Upper));
            outcome = FormulaOutcome.Measured(100m);
        }
        else
        {
            if (target.IsRange)
            {
                var above = realisation > target.Upper;
                steps.Add(above
                    ? new ExplanationStep("range-above", "R = {0} is above the target range, so the upper bound {1} is the target", "R = {0} di atas rentang target, maka batas atas {1} menjadi target", realisation, target.Upper)
                    : new ExplanationStep("range-below", "R = {0} is below the target range, so the lower bound {1} is the target", "R = {0} di bawah rentang target, maka batas bawah {1} menjadi target", realisation, target.Lower));
            }

            outcome = formula.Evaluate(Bound(target, realisation), realisation, Rules);
        }

        var notMeasurable = outcome.AsNotMeasurable;
        if (notMeasurable is not null)
        {
            steps.AddRange(notMeasurable.Steps);
            return AchievementResult.From(new NotMeasurable(
                notMeasurable.Reason,
                explanation with { Status = AchievementStatus.NotMeasurable, Steps = [.. steps], Reason = notMeasurable.Reason }));
        }

        var measured = outcome.AsValue!;
        steps.AddRange(measured.Steps);
        var uncapped = measured.Value;
        var value = Capped(uncapped);
        if (value != uncapped)
        {
            steps.Add(new ExplanationStep("cap", "capped at {0} (uncapped {1:0.####})", "dibatasi pada {0} (sebelum dibatasi {1:0.####})", value, uncapped));
        }

        var presented = Rules.Present(value);
        var band = Rules.BandOf(value, presented);
        return AchievementResult.From(new Achieved(
            new Percentage(value),
            new Percentage(uncapped),
            new Percentage(presented),
            band,
            explanation with
            {
                Status = AchievementStatus.Achieved,
                Steps = [.. steps],
                Value = value,
                Presented = presented,
                Rounding = Rules.Rounding,
                BandLabel = band.Label,
            }));
    }
}
