using Ardalis.GuardClauses;
using OneOf;
using Sakip.Domain.Collections;
using Sakip.Domain.Explanations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Achievement;

/// <summary>A value computed by a formula, with the steps that explain it.</summary>
/// <param name="Value">The achievement in percent, exact.</param>
/// <param name="Steps">The steps, in order.</param>
public sealed record FormulaValue(decimal Value, ValueList<ExplanationStep> Steps);

/// <summary>A formula's answer that the achievement cannot be measured for these inputs, with the reason.</summary>
/// <param name="Reason">Why (e.g. a zero target on a positive indicator).</param>
/// <param name="Steps">The steps taken before the formula stopped.</param>
public sealed record FormulaNotMeasurable(Reason Reason, ValueList<ExplanationStep> Steps);

/// <summary>What an <see cref="IAchievementFormula"/> returns: a value, or "not measurable" with a reason.</summary>
/// <remarks>Immutable and thread-safe. Two outcomes are equal when they are the same case with equal contents.</remarks>
public sealed class FormulaOutcome : IEquatable<FormulaOutcome>
{
    private readonly OneOf<FormulaValue, FormulaNotMeasurable> _state;

    private FormulaOutcome(OneOf<FormulaValue, FormulaNotMeasurable> state) => _state = state;

    /// <summary>The value, when the formula computed one, otherwise <see langword="null"/>.</summary>
    public FormulaValue? AsValue => _state.IsT0 ? _state.AsT0 : null;

    /// <summary>The reason, when the formula found the inputs not measurable, otherwise <see langword="null"/>.</summary>
    public FormulaNotMeasurable? AsNotMeasurable => _state.IsT1 ? _state.AsT1 : null;

    /// <summary>A computed value.</summary>
    /// <param name="value">The achievement in percent, exact.</param>
    /// <param name="steps">The steps that explain it.</param>
    /// <returns>The outcome.</returns>
    public static FormulaOutcome Measured(decimal value, params ExplanationStep[] steps) =>
        new(new FormulaValue(value, [.. Guard.Against.Null(steps)]));

    /// <summary>Not measurable for these inputs.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="steps">The steps taken before stopping.</param>
    /// <returns>The outcome.</returns>
    public static FormulaOutcome NotMeasurable(Reason reason, params ExplanationStep[] steps) =>
        new(new FormulaNotMeasurable(Guard.Against.Null(reason), [.. Guard.Against.Null(steps)]));

    /// <summary>Maps both cases to one value.</summary>
    /// <typeparam name="TResult">What the cases map to.</typeparam>
    /// <param name="measured">Called with a computed value.</param>
    /// <param name="notMeasurable">Called when the inputs are not measurable.</param>
    /// <returns>What the called function returned.</returns>
    public TResult Match<TResult>(Func<FormulaValue, TResult> measured, Func<FormulaNotMeasurable, TResult> notMeasurable)
    {
        Guard.Against.Null(measured);
        Guard.Against.Null(notMeasurable);
        return _state.Match(measured, notMeasurable);
    }

    /// <summary>Whether two outcomes are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FormulaOutcome? left, FormulaOutcome? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two outcomes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FormulaOutcome? left, FormulaOutcome? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(FormulaOutcome? other) => other is not null && _state.Index == other._state.Index && Equals(_state.Value, other._state.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FormulaOutcome);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_state.Index, _state.Value);

    /// <inheritdoc />
    public override string ToString() => Match(v => $"Measured({v.Value})", n => $"NotMeasurable({n.Reason.Code})");
}
