using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Achievement;

/// <summary>
/// An immutable set of achievement formulas by id. <see cref="Default"/> holds the built-in ones; a plugin adds
/// its own with <see cref="With"/>, which returns a new registry.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FormulaRegistry
{
    private readonly Catalogue<IAchievementFormula> _catalogue;

    internal FormulaRegistry(IEnumerable<IAchievementFormula> formulas) =>
        _catalogue = new("formula", f => f.Id, [.. formulas]);

    /// <summary>The built-in formulas: <c>positive-ratio</c>, <c>negative-reflected</c>, <c>negative-inverse</c>, and
    /// <c>negative-plain-ratio</c> (R / T ignoring polarity, to reproduce reports that print it; no rule set uses it
    /// by default).</summary>
    public static FormulaRegistry Default { get; } = new([
        PositiveRatioFormula.Instance,
        NegativeReflectedFormula.Instance,
        NegativeInverseFormula.Instance,
        NegativePlainRatioFormula.Instance,
    ]);

    /// <summary>Every registered formula: the built-ins first, then the added ones in the order added.</summary>
    public IReadOnlyList<IAchievementFormula> All => _catalogue.All;

    /// <summary>Returns a registry that also holds <paramref name="formula"/>.</summary>
    /// <param name="formula">The formula to add.</param>
    /// <returns>A new registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="formula"/> is null.</exception>
    /// <exception cref="ArgumentException">A formula with the same id is already registered.</exception>
    public FormulaRegistry With(IAchievementFormula formula)
    {
        Guard.Against.Null(formula);
        Guard.Against.NullOrWhiteSpace(formula.Id, nameof(formula));
        Guard.Against.InvalidInput(formula, nameof(formula), f => !_catalogue.TryGet(f.Id, out _), $"A formula with id '{formula.Id}' is already registered.");
        return new FormulaRegistry(_catalogue.All.Append(formula));
    }

    /// <summary>Finds a registered formula by id.</summary>
    /// <param name="id">The id, e.g. <c>negative-inverse</c>; white space around it and letter case are ignored.</param>
    /// <param name="formula">The formula, when found.</param>
    /// <returns>Whether a formula has that id (<see langword="false"/> for a <see langword="null"/> id).</returns>
    public bool TryGet(string? id, [NotNullWhen(true)] out IAchievementFormula? formula) => _catalogue.TryGet(id, out formula);

    /// <summary>The registered formula with an id the caller knows is there.</summary>
    /// <param name="id">The id; white space around it and letter case are ignored.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No formula has that id; the message lists the ids there are.</exception>
    public IAchievementFormula Get(string id) => _catalogue.Get(id);
}
