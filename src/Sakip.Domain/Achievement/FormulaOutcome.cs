using Ardalis.GuardClauses;
using OneOf;
using Sakip.Domain.Explanations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Achievement;

/// <summary>A value computed by a formula, with the steps that explain it.</summary>
/// <param name="Value">The achievement in percent, exact.</param>
/// <param name="Steps">The steps, in order.</param>
public sealed record FormulaValue(decimal Value, IReadOnlyList<ExplanationStep> Steps);

/// <summary>A formula's answer that the achievement cannot be measured for these inputs, with the reason.</summary>
/// <param name="Reason">Why (e.g. a zero target on a positive indicator).</param>
/// <param name="Steps">The steps taken before the formula stopped.</param>
public sealed record FormulaNotMeasurable(Reason Reason, IReadOnlyList<ExplanationStep> Steps);

/// <summary>What an <see cref="IAchievementFormula"/> returns: a value, or "not measurable" with a reason.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FormulaOutcome : OneOfBase<FormulaValue, FormulaNotMeasurable>
{
    private FormulaOutcome(OneOf<FormulaValue, FormulaNotMeasurable> input)
        : base(input)
    {
    }

    /// <summary>A computed value.</summary>
    /// <param name="value">The achievement in percent, exact.</param>
    /// <param name="steps">The steps that explain it.</param>
    /// <returns>The outcome.</returns>
    public static FormulaOutcome Measured(decimal value, params ExplanationStep[] steps) =>
        new(new FormulaValue(value, Array.AsReadOnly(Guard.Against.Null(steps).ToArray())));

    /// <summary>Not measurable for these inputs.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="steps">The steps taken before stopping.</param>
    /// <returns>The outcome.</returns>
    public static FormulaOutcome NotMeasurable(Reason reason, params ExplanationStep[] steps) =>
        new(new FormulaNotMeasurable(Guard.Against.Null(reason), Array.AsReadOnly(Guard.Against.Null(steps).ToArray())));
}
