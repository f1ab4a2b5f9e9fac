using Ardalis.GuardClauses;

namespace Sakip.Domain.Bands;

/// <summary>
/// A named, versioned scale that classifies an achievement (<i>capaian</i>) into bands, as data with its basis:
/// e.g. the Kemendagri five-band scale (<see cref="BandSets.Kemendagri5"/>).
/// </summary>
/// <remarks>Immutable and thread-safe. Create custom scales with <see cref="Create"/>.</remarks>
public sealed class BandSet
{
    // The bands as an array, for Classify: a bulk measurement classifies every indicator.
    private readonly Band[] _bands;

    // The edges in hundredths, when they all have at most two decimals: a presented capaian is classified by integers.
    private readonly HundredthsLadder? _hundredths;

    private BandSet(string id, int version, string name, string basis, EdgeSemantics edges, Band[] bands)
    {
        _bands = bands;
        _hundredths = HundredthsLadder.Create([.. bands.Select(b => b.LowerEdge)], edges);
        Id = id;
        Version = version;
        Name = name;
        Basis = basis;
        Edges = edges;
        Bands = Array.AsReadOnly(bands);
    }

    /// <summary>Stable id, e.g. <c>kemendagri-5</c>.</summary>
    public string Id { get; }

    /// <summary>Version of this table; a changed table gets a new version.</summary>
    public int Version { get; }

    /// <summary>Human-readable name.</summary>
    public string Name { get; }

    /// <summary>Where the scale comes from (regulation or practice).</summary>
    public string Basis { get; }

    /// <summary>Whether lower edges are inclusive or exclusive.</summary>
    public EdgeSemantics Edges { get; }

    /// <summary>The bands, best first; the last one has no lower edge.</summary>
    public IReadOnlyList<Band> Bands { get; }

    /// <summary>Creates a band set, checking that it classifies every value exactly once.</summary>
    /// <param name="id">Stable id.</param>
    /// <param name="version">Version, at least 1.</param>
    /// <param name="name">Human-readable name.</param>
    /// <param name="basis">Legal or practical basis.</param>
    /// <param name="edges">Edge semantics.</param>
    /// <param name="bands">Bands best first, with strictly decreasing lower edges; only the last has no edge, and
    /// ranks are 1, 2, 3 … in order.</param>
    /// <returns>The band set.</returns>
    /// <exception cref="ArgumentException">The bands are empty, out of order, or the last band has an edge.</exception>
    public static BandSet Create(string id, int version, string name, string basis, EdgeSemantics edges, IEnumerable<Band> bands)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NegativeOrZero(version);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(basis);
        Guard.Against.EnumOutOfRange(edges);
        Guard.Against.Null(bands);
        var list = bands.ToArray();
        Guard.Against.Zero(list.Length, nameof(bands));
        for (var i = 0; i < list.Length; i++)
        {
            Guard.Against.InvalidInput(list[i], nameof(bands), b => b.Rank == i + 1, "Band ranks must be 1, 2, 3 … in order.");
            var problem = EdgeLadder.Check(i, list.Length, list[i].LowerEdge, i > 0 ? list[i - 1].LowerEdge : null);
            Guard.Against.InvalidInput(list[i], nameof(bands), _ => problem is not (EdgeLadder.OrderProblem.LowestHasEdge or EdgeLadder.OrderProblem.MissingEdge), "Every band but the last must have a lower edge; the last must not.");
            Guard.Against.InvalidInput(list[i], nameof(bands), _ => problem != EdgeLadder.OrderProblem.NotDescending, "Lower edges must strictly decrease.");
        }

        return new BandSet(id, version, name, basis, edges, list);
    }

    /// <summary>Classifies an achievement.</summary>
    /// <param name="capaian">The achievement in percent (exact or already rounded, as the caller's rule says).</param>
    /// <returns>The band the value falls into.</returns>
    public Band Classify(decimal capaian) =>
        _hundredths?.IndexOf(capaian) is >= 0 and var index ? _bands[index] : EdgeLadder.Classify<Band>(_bands, static b => b.LowerEdge, Edges, capaian);

    /// <inheritdoc />
    public override string ToString() => $"{Id} v{Version}";
}
