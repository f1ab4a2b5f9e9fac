using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Sakip.Domain.Achievement.Formulas;

namespace Sakip.Domain.Achievement;

/// <summary>
/// An immutable set of achievement formulas by id. <see cref="Default"/> holds the built-in ones; a plugin adds
/// its own with <see cref="With"/>, which returns a new registry.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FormulaRegistry
{
    private readonly FrozenDictionary<string, IAchievementFormula> _byId;

    private FormulaRegistry(IEnumerable<IAchievementFormula> formulas) =>
        _byId = formulas.ToFrozenDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>The built-in formulas: <c>positive-ratio</c>, <c>negative-reflected</c>, <c>negative-inverse</c>, and
    /// <c>negative-plain-ratio</c> (R / T ignoring polarity, to reproduce reports that print it; no rule set uses it
    /// by default).</summary>
    public static FormulaRegistry Default { get; } = new([
        PositiveRatioFormula.Instance,
        NegativeReflectedFormula.Instance,
        NegativeInverseFormula.Instance,
        NegativePlainRatioFormula.Instance,
    ]);

    /// <summary>Every registered formula.</summary>
    public IEnumerable<IAchievementFormula> All => _byId.Values;

    /// <summary>Returns a registry that also holds <paramref name="formula"/>.</summary>
    /// <param name="formula">The formula to add.</param>
    /// <returns>A new registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="formula"/> is null.</exception>
    /// <exception cref="ArgumentException">A formula with the same id is already registered.</exception>
    public FormulaRegistry With(IAchievementFormula formula)
    {
        Guard.Against.Null(formula);
        Guard.Against.NullOrWhiteSpace(formula.Id, nameof(formula));
        Guard.Against.InvalidInput(formula, nameof(formula), f => !_byId.ContainsKey(f.Id), $"A formula with id '{formula.Id}' is already registered.");
        return new FormulaRegistry(_byId.Values.Append(formula));
    }

    /// <summary>Finds a formula by id (case-insensitive).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The formula, or <see langword="null"/>.</returns>
    public IAchievementFormula? Find(string id) => _byId.GetValueOrDefault(Guard.Against.Null(id));
}
