using Sakip.Domain.Values;

namespace Sakip.Domain.Achievement;

/// <summary>What one indicator's achievement is computed from: its target, its realisation (if reported),
/// its polarity and optionally a formula chosen for this indicator.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Target">The target: a point or a range.</param>
/// <param name="Realisation">The realisation; <see langword="null"/> when not reported (never read as 0).</param>
/// <param name="Polarity">Whether higher or lower is better.</param>
public sealed record AchievementInput(Target Target, Measure? Realisation, Polarity Polarity = Polarity.Positive)
{
    /// <summary>A formula id for this indicator, overriding the rule set's choice for its polarity.</summary>
    public string? FormulaId { get; init; }

    /// <summary>Whether the indicator may take negative values (economic growth, inflation, trade balance). When
    /// <see langword="false"/> (the default), a negative target or realisation is invalid input
    /// (<c>negative-not-allowed</c>); when <see langword="true"/>, each formula states what it does with them
    /// (docs/rules.md, "Negative values"): e.g. the positive ratio gives −70.50 % for R = −1.41 against T = 2, and
    /// a target of 0 or less where the formula divides by it is not measurable, never an exception or a silent 0.</summary>
    public bool AllowsNegativeValues { get; init; }
}
