using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace Sakip.Domain.Collections;

/// <summary>
/// The one lookup behind every catalogue of built-ins (<c>RuleSets</c>, <c>BandSets</c>, <c>GradeTables</c>,
/// <c>AnswerScales</c>, <c>EvaluationSchemes</c>, <c>RollUpStrategies</c>, …): items in a fixed order, found by id
/// with one rule — surrounding white space ignored, letters compared without case (ordinal). Each catalogue exposes
/// the same three members, <c>All</c>, <c>TryGet</c> and <c>Get</c>, backed by this type; a
/// <see cref="Catalogues.RuleCatalogue"/> holds one per family of rules.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Catalogue<T>
    where T : class
{
    private readonly FrozenDictionary<string, T> _byId;

    /// <summary>Creates a catalogue; ids must be unique under the lookup rule.</summary>
    /// <param name="kind">What the items are, for the message of <see cref="Get"/>, e.g. <c>rule set</c>.</param>
    /// <param name="idOf">The id of an item.</param>
    /// <param name="items">The items, in the order <see cref="All"/> lists them.</param>
    /// <exception cref="ArgumentException">An id is blank, or two items have the same id.</exception>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    public Catalogue(string kind, Func<T, string> idOf, params T[] items)
    {
        Kind = Guard.Against.NullOrWhiteSpace(kind);
        Guard.Against.Null(idOf);
        All = Array.AsReadOnly(Guard.Against.Null(items).ToArray());
        var byId = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in All)
        {
            var id = Guard.Against.NullOrWhiteSpace(idOf(Guard.Against.Null(item))).Trim();
            if (!byId.TryAdd(id, item))
            {
                throw new ArgumentException($"Two {kind}s have the id '{id}'.", nameof(items));
            }
        }

        _byId = byId.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Ids = Array.AsReadOnly(All.Select(item => idOf(item).Trim()).ToArray());
    }

    /// <summary>What the items are, e.g. <c>rule set</c>.</summary>
    public string Kind { get; }

    /// <summary>Every item, in a fixed order.</summary>
    public IReadOnlyList<T> All { get; }

    /// <summary>The ids of <see cref="All"/>, in the same order, e.g. to say which ids there are.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Finds an item by id.</summary>
    /// <param name="id">The id; white space around it and letter case are ignored.</param>
    /// <param name="item">The item, when found.</param>
    /// <returns>Whether an item has that id (<see langword="false"/> for a <see langword="null"/> id).</returns>
    public bool TryGet(string? id, [NotNullWhen(true)] out T? item)
    {
        item = null;
        return id is not null && _byId.TryGetValue(id.Trim(), out item);
    }

    /// <summary>The item with an id the caller knows is there.</summary>
    /// <param name="id">The id; white space around it and letter case are ignored.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No item has that id; the message lists the ids there are.</exception>
    public T Get(string id) => TryGet(Guard.Against.Null(id), out var item)
        ? item
        : throw new KeyNotFoundException($"No {Kind} has the id '{id}'. The ids are: {string.Join(", ", _byId.Keys.Order(StringComparer.Ordinal))}.");
}
