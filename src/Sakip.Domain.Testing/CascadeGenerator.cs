using Ardalis.GuardClauses;
using Sakip.Domain.Codes;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Testing;

/// <summary>
/// Synthetic but realistic performance trees (<i>pohon kinerja</i>) for tests and benchmarks, repeatable from a seed:
/// RPJMD tujuan → RPJMD sasaran → agency sasaran (some crosscutting, feeding two RPJMD sasaran; some RPJMD
/// indicators shared among the agencies feeding them) → programs → kegiatan → sub kegiatan, with Permendagri 90/2019
/// codes, direct and indirect cascades, link and indicator weights, positive, negative and range targets,
/// realisations around the targets and a few not reported.
/// </summary>
/// <remarks>
/// <para>Sizes: <see cref="Province"/> with 40 agencies has about 50,000 nodes;
/// <see cref="ProvinceWithRegencies"/> with its defaults about 1,000,000 (the province's cascade plus 24 regencies
/// and cities of 32 agencies each, whose tujuan feed the province's sasaran). The same seed and sizes always give
/// the same tree (the generator uses <see cref="Random(int)"/>, whose seeded sequence is stable across .NET
/// versions). Every tree builds and passes <see cref="PerformanceTree.Check"/> without errors.</para>
/// <para>The <c>…Builder</c> methods return the contents unbuilt, to measure or vary the build itself.
/// Thread-safe: every call uses its own state.</para>
/// </remarks>
public static class CascadeGenerator
{
    /// <summary>A province's cascade.</summary>
    /// <param name="seed">The seed: the same seed gives the same tree.</param>
    /// <param name="agencies">The number of agencies (<i>perangkat daerah</i>), 1 to 99; about 1,240 nodes
    /// each.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="agencies"/> is outside 1–99.</exception>
    public static PerformanceTree Province(int seed, int agencies = 40) => ProvinceBuilder(seed, agencies).Build().GetValueOrThrow();

    /// <summary>The contents of <see cref="Province"/>, unbuilt.</summary>
    /// <param name="seed">The seed: the same seed gives the same contents.</param>
    /// <param name="agencies">The number of agencies, 1 to 99.</param>
    /// <returns>A builder holding the nodes, links and shared indicators.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="agencies"/> is outside 1–99.</exception>
    public static PerformanceTreeBuilder ProvinceBuilder(int seed, int agencies = 40)
    {
        Guard.Against.OutOfRange(agencies, nameof(agencies), 1, 99);
        var writer = new CascadeWriter(seed, (agencies * 1_300) + 100);
        writer.Region("P", Authority.Province, [], agencies);
        return writer.Builder;
    }

    /// <summary>A province's cascade with its regencies and cities, each with its own cascade whose tujuan feed the
    /// province's sasaran.</summary>
    /// <param name="seed">The seed: the same seed gives the same tree.</param>
    /// <param name="regencies">The number of regencies and cities, 0 to 99.</param>
    /// <param name="agenciesPerRegency">The number of agencies of each regency or city, 1 to 99.</param>
    /// <param name="provinceAgencies">The number of the province's own agencies, 1 to 99.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static PerformanceTree ProvinceWithRegencies(int seed, int regencies = 24, int agenciesPerRegency = 32, int provinceAgencies = 40) =>
        ProvinceWithRegenciesBuilder(seed, regencies, agenciesPerRegency, provinceAgencies).Build().GetValueOrThrow();

    /// <summary>The contents of <see cref="ProvinceWithRegencies"/>, unbuilt.</summary>
    /// <param name="seed">The seed: the same seed gives the same contents.</param>
    /// <param name="regencies">The number of regencies and cities, 0 to 99.</param>
    /// <param name="agenciesPerRegency">The number of agencies of each regency or city, 1 to 99.</param>
    /// <param name="provinceAgencies">The number of the province's own agencies, 1 to 99.</param>
    /// <returns>A builder holding the nodes, links and shared indicators.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static PerformanceTreeBuilder ProvinceWithRegenciesBuilder(int seed, int regencies = 24, int agenciesPerRegency = 32, int provinceAgencies = 40)
    {
        Guard.Against.OutOfRange(regencies, nameof(regencies), 0, 99);
        Guard.Against.OutOfRange(agenciesPerRegency, nameof(agenciesPerRegency), 1, 99);
        Guard.Against.OutOfRange(provinceAgencies, nameof(provinceAgencies), 1, 99);
        var writer = new CascadeWriter(seed, (((regencies * agenciesPerRegency) + provinceAgencies) * 1_300) + 100);
        var provinceSasaran = writer.Region("P", Authority.Province, [], provinceAgencies);
        for (var r = 1; r <= regencies; r++)
        {
            writer.Region("R" + r.ToString("00", System.Globalization.CultureInfo.InvariantCulture), Authority.RegencyCity, provinceSasaran, agenciesPerRegency);
        }

        return writer.Builder;
    }

    /// <summary>
    /// A chain <c>C0 ← C1 ← … ← C(depth − 1)</c>: each node the only child of the one before, each with one positive
    /// indicator (every tenth not reported). For depth tests: nothing may recurse over it.
    /// </summary>
    /// <param name="depth">The number of nodes, at least 1.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is below 1.</exception>
    public static PerformanceTree Chain(int depth) => ChainBuilder(depth).Build().GetValueOrThrow();

    /// <summary>The contents of <see cref="Chain"/>, unbuilt.</summary>
    /// <param name="depth">The number of nodes, at least 1.</param>
    /// <returns>A builder holding the nodes and links.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is below 1.</exception>
    public static PerformanceTreeBuilder ChainBuilder(int depth)
    {
        Guard.Against.NegativeOrZero(depth);
        var builder = new PerformanceTreeBuilder { Nodes = new(depth), Links = new(depth) };
        string? parent = null;
        for (var i = 0; i < depth; i++)
        {
            var id = "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var level = (TreeLevel)Math.Min(i, (int)TreeLevel.Staff);
            var kind = i switch
            {
                0 => NodeKind.Tujuan,
                1 => NodeKind.Sasaran,
                2 => NodeKind.AgencySasaran,
                3 => NodeKind.Program,
                4 => NodeKind.Kegiatan,
                _ => NodeKind.SubKegiatan,
            };
            var realisation = i % 10 == 9 ? (decimal?)null : 50m + (i * 37 % 71);
            builder.Nodes.Add(new TreeNode(id, "Hasil " + id, level, kind)
            {
                Indicators = [new NodeIndicator(id + "#1", "Indikator " + id, "%", new(100m, realisation))],
            });
            if (parent is not null)
            {
                builder.Links.Add(new TreeLink(parent, id));
            }

            parent = id;
        }

        return builder;
    }
}
