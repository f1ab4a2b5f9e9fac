using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Testing;

/// <summary>
/// Synthetic but realistic SAKIP <i>documents</i> of whole regions, repeatable from a seed: the RPJMD (misi, tujuan,
/// sasaran with their indicators and the region's IKU, strategi, arah kebijakan, every program with its indicative
/// budget and responsible agency), each agency's Renstra down to sub kegiatan (Permendagri 90/2019 codes, yearly
/// targets and budgets that add up), the Perjanjian Kinerja of the head of region and of every agency head for each
/// measured year, their quarterly Rencana Aksi, the realisations (annual or quarterly, a few not reported), the
/// programs' budget realisations and an LKE evaluation per measured year — of a regency, a province, a province with
/// its regencies and cities, or the whole country.
/// </summary>
/// <remarks>
/// <para>Sizes are set by a <see cref="DocumentShape"/>; the defaults (<see cref="DocumentShape.Regency"/>,
/// <see cref="DocumentShape.Province"/>) have the density of <see cref="CascadeGenerator"/>, about 1,240 plan elements
/// per agency. The country has the 38 provinces and 514 regencies and cities (552 regional governments) of
/// Kemendagri's 2024 area data, with their two-digit province codes; the names are synthetic (<c>Provinsi Contoh
/// 32</c>, <c>Kabupaten Contoh 32.05</c>, <c>Kota Contoh 32.71</c>), and in each province the last fifth of the
/// numbers are cities (codes from 71 on), the others regencies.</para>
/// <para>At a <see cref="DocumentShape.ProblemRate"/> of 0 every document is valid under the alignment review
/// (<see cref="Review.AlignmentReview.Default"/> reports no error-severity finding) and the tree
/// <see cref="Tree.PerformanceTreeFactory"/> builds from it for each plan year passes
/// <see cref="Tree.PerformanceTree.Check"/> without an issue. Above 0, that share of each
/// <see cref="DeliberateProblemKind"/>'s candidate places gets a deliberate problem, recorded in
/// <see cref="GeneratedRegion.Problems"/> with the rule and path the review reports it at; the review's error findings
/// are then exactly the recorded ones. The problems are drawn from a second random sequence, so a document with
/// problems differs from the same seed's valid document only where a problem was put.</para>
/// <para>The same seed and shape always give the same document (<see cref="Random(int)"/>, whose seeded sequence is
/// stable across .NET versions; no clock, no culture data). Thread-safe: every call uses its own state.
/// <see cref="ProvinceWithRegencies"/> and <see cref="Country"/> generate one region at a time as they are
/// enumerated, so the country is never in memory at once.</para>
/// </remarks>
public static class RegionDocumentGenerator
{
    /// <summary>The number of regencies and cities of each province, by the province's two-digit Kemendagri code
    /// (2024 area data: 38 provinces, 514 regencies and cities), in code order.</summary>
    public static IReadOnlyDictionary<int, int> RegenciesByProvince { get; } = Counts(
        "11:23 12:33 13:19 14:12 15:11 16:17 17:10 18:15 19:7 21:7 31:6 32:27 33:35 34:5 35:38 36:8 51:9 52:10 53:22 "
        + "61:14 62:14 63:13 64:10 65:5 71:15 72:13 73:24 74:17 75:6 76:6 81:11 82:10 91:9 92:7 93:4 94:8 95:8 96:6");

    /// <summary>A regency's document (<c>Kabupaten Contoh 33.99</c>, code <c>33.99</c>).</summary>
    /// <param name="seed">The seed: the same seed and shape give the same document.</param>
    /// <param name="shape">The shape; <see langword="null"/> for <see cref="DocumentShape.Regency"/>.</param>
    /// <returns>The built document. At a problem rate above 0 its deliberate problems are not returned: take a region
    /// of the country with <see cref="RegionOf"/> to have them listed.</returns>
    /// <exception cref="ArgumentException">The shape measures more years than it plans.</exception>
    public static SakipDocument Regency(int seed, DocumentShape? shape = null) =>
        Generate(seed, new Region("33.99", "Kabupaten Contoh 33.99", RegionKind.Regency), "33", shape ?? DocumentShape.Regency).Document;

    /// <summary>A province's document (<c>Provinsi Contoh 33</c>, code <c>33</c>).</summary>
    /// <param name="seed">The seed: the same seed and shape give the same document.</param>
    /// <param name="shape">The shape; <see langword="null"/> for <see cref="DocumentShape.Province"/>.</param>
    /// <returns>The built document.</returns>
    /// <exception cref="ArgumentException">The shape measures more years than it plans.</exception>
    public static SakipDocument Province(int seed, DocumentShape? shape = null) =>
        Generate(seed, new Region("33", "Provinsi Contoh 33", RegionKind.Province), "33", shape ?? DocumentShape.Province).Document;

    /// <summary>One region of the country, as <see cref="Country"/> and <see cref="ProvinceWithRegencies"/> generate
    /// it for the same seed: the province itself (<paramref name="number"/> 0) or its <paramref name="number"/>-th
    /// regency or city.</summary>
    /// <param name="seed">The country's seed.</param>
    /// <param name="provinceCode">The province's two-digit code, a key of <see cref="RegenciesByProvince"/>.</param>
    /// <param name="number">0 for the province, 1 to its number of regencies and cities for one of those (regencies
    /// first, then cities).</param>
    /// <param name="shape">The shape; <see langword="null"/> for the default of the region's kind.</param>
    /// <returns>The region with its document and deliberate problems.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="provinceCode"/> is not a province's code, or
    /// <paramref name="number"/> is outside 0 to its number of regencies and cities.</exception>
    /// <exception cref="ArgumentException">The shape measures more years than it plans.</exception>
    public static GeneratedRegion RegionOf(int seed, int provinceCode, int number, DocumentShape? shape = null)
    {
        var count = RegencyCount(provinceCode);
        Guard.Against.OutOfRange(number, nameof(number), 0, count);
        var province = provinceCode.ToString("00", CultureInfo.InvariantCulture);
        var regionSeed = Mix(seed, provinceCode, number);
        if (number == 0)
        {
            return Generate(regionSeed, new Region(province, "Provinsi Contoh " + province, RegionKind.Province), province, shape ?? DocumentShape.Province);
        }

        var cities = count / 5;
        var regencies = count - cities;
        var (kind, code) = number <= regencies ? (RegionKind.Regency, number) : (RegionKind.City, 70 + number - regencies);
        var full = province + "." + code.ToString("00", CultureInfo.InvariantCulture);
        var name = (kind == RegionKind.City ? "Kota Contoh " : "Kabupaten Contoh ") + full;
        return Generate(regionSeed, new Region(full, name, kind), province, shape ?? DocumentShape.Regency);
    }

    /// <summary>A province and its regencies and cities, generated one at a time as the sequence is enumerated: the
    /// province first, then its regencies, then its cities.</summary>
    /// <param name="seed">The country's seed: each region is the one <see cref="RegionOf"/> gives for it.</param>
    /// <param name="provinceCode">The province's two-digit code, a key of <see cref="RegenciesByProvince"/>.</param>
    /// <param name="shape">The shape of every region; <see langword="null"/> for the default of each region's
    /// kind.</param>
    /// <returns>The regions, lazily; enumerating twice generates them twice, equal.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="provinceCode"/> is not a province's code
    /// (thrown at once, not when enumerated).</exception>
    public static IEnumerable<GeneratedRegion> ProvinceWithRegencies(int seed, int provinceCode, DocumentShape? shape = null)
    {
        var count = RegencyCount(provinceCode);
        shape?.Check();
        return Enumerate();

        IEnumerable<GeneratedRegion> Enumerate()
        {
            for (var number = 0; number <= count; number++)
            {
                yield return RegionOf(seed, provinceCode, number, shape);
            }
        }
    }

    /// <summary>The whole country: the 552 regional governments, province by province in code order (each province
    /// followed by its regencies and cities), generated one at a time as the sequence is enumerated.</summary>
    /// <param name="seed">The seed: the same seed and shape give the same regions.</param>
    /// <param name="shape">The shape of every region; <see langword="null"/> for the default of each region's
    /// kind.</param>
    /// <returns>The regions, lazily; nothing is generated before it is asked for, and nothing is kept.</returns>
    /// <exception cref="ArgumentException">The shape measures more years than it plans (thrown at once).</exception>
    public static IEnumerable<GeneratedRegion> Country(int seed, DocumentShape? shape = null)
    {
        shape?.Check();
        return RegenciesByProvince.Keys.SelectMany(code => ProvinceWithRegencies(seed, code, shape));
    }

    /// <summary>Generates one region's document from its own seed.</summary>
    internal static GeneratedRegion Generate(int seed, Region region, string provinceCode, DocumentShape shape)
    {
        var (builder, problems) = Contents(seed, region, shape);
        var built = builder.Build();
        if (!built.TryGetValue(out var document))
        {
            throw new InvalidOperationException("A generated document does not build (a bug in the generator): " + string.Join("; ", built.Problems.Take(5)));
        }

        return new GeneratedRegion(region.Code, region.Name, region.Kind, provinceCode, document, problems);
    }

    /// <summary>The contents of a region's document, unbuilt, with its deliberate problems: to measure or vary the
    /// build itself.</summary>
    internal static (SakipDocumentBuilder Builder, Collections.ValueList<DeliberateProblem> Problems) Contents(int seed, Region region, DocumentShape shape)
    {
        Guard.Against.Null(region);
        Guard.Against.Null(shape);
        shape.Check();
        var writer = new RegionDocumentWriter(seed, region, shape);
        writer.Write();
        return (writer.Builder, [.. writer.Problems]);
    }

    /// <summary>Reads <c>province:count</c> pairs separated by spaces.</summary>
    private static ImmutableSortedDictionary<int, int> Counts(string pairs) =>
        pairs.Split(' ').Select(p => p.Split(':')).ToImmutableSortedDictionary(
            p => int.Parse(p[0], CultureInfo.InvariantCulture),
            p => int.Parse(p[1], CultureInfo.InvariantCulture));

    private static int RegencyCount(int provinceCode) =>
        RegenciesByProvince.TryGetValue(provinceCode, out var count)
            ? count
            : throw new ArgumentOutOfRangeException(nameof(provinceCode), provinceCode, "Not a province code of Kemendagri's 2024 area data.");

    /// <summary>A region's own seed from the country's seed and its place, mixed so that neighbours differ in every
    /// bit (the finaliser of MurmurHash3); stable on every machine.</summary>
    private static int Mix(int seed, int provinceCode, int number)
    {
        unchecked
        {
            var h = (uint)seed ^ ((uint)provinceCode * 0x9E3779B1u) ^ ((uint)number * 0x85EBCA77u);
            h ^= h >> 16;
            h *= 0x85EBCA6Bu;
            h ^= h >> 13;
            h *= 0xC2B2AE35u;
            h ^= h >> 16;
            return (int)(h & 0x7FFFFFFF);
        }
    }
}
