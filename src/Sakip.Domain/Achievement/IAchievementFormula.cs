using Sakip.Domain.Rules;

namespace Sakip.Domain.Achievement;

/// <summary>
/// A named achievement (<i>capaian</i>) formula: how a point target T and a realisation R become a percentage.
/// Implement it to add a formula (for example a baseline-relative one) and register it with
/// <see cref="FormulaRegistry.With"/>; the core needs no change.
/// </summary>
/// <remarks>
/// <para>The calculator has already validated the inputs (no negative values unless the indicator allows them)
/// and reduced range targets to a bound, so a formula sees one target value. It must not throw for any
/// finite input: zero or otherwise impossible inputs return <see cref="FormulaOutcome.NotMeasurable"/> with a
/// reason, or a value stated by the <see cref="RuleSet"/>; never a silent 0.</para>
/// <para>Implementations must be immutable and thread-safe: one instance serves every calculation.</para>
/// </remarks>
public interface IAchievementFormula
{
    /// <summary>Stable id, e.g. <c>negative-reflected</c>. Stored in results and audit trails.</summary>
    string Id { get; }

    /// <summary>Version of the formula's behaviour; a changed behaviour gets a new version.</summary>
    int Version { get; }

    /// <summary>The polarity this formula serves.</summary>
    Polarity Polarity { get; }

    /// <summary>The formula as printed, e.g. <c>C = (2T − R) / T × 100</c>.</summary>
    string Expression { get; }

    /// <summary>Computes the achievement.</summary>
    /// <param name="target">The target value (a point, or the bound a range target reduced to).</param>
    /// <param name="realisation">The realisation.</param>
    /// <param name="rules">The rule set in force (zero policies, cap).</param>
    /// <returns>The value with its steps, or not measurable with a reason.</returns>
    FormulaOutcome Evaluate(decimal target, decimal realisation, RuleSet rules);
}
