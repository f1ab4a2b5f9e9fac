namespace Sakip.Domain.Achievement.Formulas;

/// <summary>A built-in formula's value alone, without the steps that explain it: what lets the calculator measure in
/// bulk at about the cost of the arithmetic and make the explanation only when it is read.</summary>
/// <remarks>Computes exactly what <see cref="IAchievementFormula.Evaluate"/> measures, with the same expression; the
/// cases it does not answer (a zero or negative target, a rule set's special value) fall back to
/// <see cref="IAchievementFormula.Evaluate"/>.</remarks>
internal interface IValueFormula
{
    /// <summary>The value <see cref="IAchievementFormula.Evaluate"/> would measure for these inputs.</summary>
    /// <param name="target">The target value (a point, or the bound a range target reduced to).</param>
    /// <param name="realisation">The realisation.</param>
    /// <param name="value">The achievement in percent, exact.</param>
    /// <returns>Whether the formula gives its plain value here; <see langword="false"/> for every case
    /// <see cref="IAchievementFormula.Evaluate"/> answers otherwise.</returns>
    /// <exception cref="OverflowException">The arithmetic overflows, as it would in <see cref="IAchievementFormula.Evaluate"/>.</exception>
    bool TryValue(decimal target, decimal realisation, out decimal value);
}
