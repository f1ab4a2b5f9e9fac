using System.Diagnostics.CodeAnalysis;
using Sakip.Domain.Collections;
namespace Sakip.Domain.Bands;

/// <summary>The built-in band scales.</summary>
public static class BandSets
{
    /// <summary>
    /// The Kemendagri five-band scale used with Permendagri 86/2017 evaluation forms (the default):
    /// &gt; 90 Sangat Tinggi (values above 100 included), &gt; 75 Tinggi, &gt; 65 Sedang, &gt; 50 Rendah,
    /// ≤ 50 Sangat Rendah. Printed edges are integers (91–100, 76–90 …); for decimals the edges are
    /// "greater than", so exactly 90 is Tinggi.
    /// </summary>
    public static BandSet Kemendagri5 { get; } = BandSet.Create(
        "kemendagri-5",
        1,
        "Skala Kemendagri lima tingkat",
        "Permendagri 86/2017 evaluation forms (practice); integer edges 91–100, 76–90, 66–75, 51–65, ≤ 50 read as '> edge' for decimals",
        EdgeSemantics.LowerExclusive,
        [
            new Band(1, 90m, new("Very high", "Sangat Tinggi"), "Sangat Baik"),
            new Band(2, 75m, new("High", "Tinggi"), "Baik"),
            new Band(3, 65m, new("Moderate", "Sedang"), "Cukup"),
            new Band(4, 50m, new("Low", "Rendah"), "Kurang"),
            new Band(5, null, new("Very low", "Sangat Rendah"), "Sangat Kurang"),
        ]);

    /// <summary>
    /// The six-band variant some LKjIPs use: &gt; 85 Memuaskan, &gt; 75 Sangat Baik, &gt; 65 Baik, &gt; 50 Cukup Baik,
    /// &gt; 30 Agak Kurang, otherwise Kurang.
    /// </summary>
    public static BandSet Lkjip6 { get; } = BandSet.Create(
        "lkjip-6",
        1,
        "Skala enam tingkat (varian LKjIP)",
        "Six-level scale printed in some LKjIPs (practice); edges exclusive below",
        EdgeSemantics.LowerExclusive,
        [
            new Band(1, 85m, new("Satisfying", "Memuaskan"), null),
            new Band(2, 75m, new("Very good", "Sangat Baik"), null),
            new Band(3, 65m, new("Good", "Baik"), null),
            new Band(4, 50m, new("Fairly good", "Cukup Baik"), null),
            new Band(5, 30m, new("Somewhat poor", "Agak Kurang"), null),
            new Band(6, null, new("Poor", "Kurang"), null),
        ]);

    /// <summary>Every built-in band set, in a fixed order.</summary>
    public static IReadOnlyList<BandSet> All => Catalogue.All;

    /// <summary>Finds a built-in band set by id.</summary>
    /// <param name="id">The id, e.g. <c>kemendagri-5</c>; white space around it and letter case are ignored.</param>
    /// <param name="bandSet">The band set, when found.</param>
    /// <returns>Whether a built-in band set has that id (<see langword="false"/> for a <see langword="null"/> id).</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out BandSet? bandSet) => Catalogue.TryGet(id, out bandSet);

    /// <summary>The built-in band set with an id the caller knows is there.</summary>
    /// <param name="id">The id; white space around it and letter case are ignored.</param>
    /// <returns>The band set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No built-in band set has that id; the message lists the ids there are.</exception>
    public static BandSet Get(string id) => Catalogue.Get(id);

    /// <summary>The lookup; after the items, which it lists, so they are created first.</summary>
    private static Catalogue<BandSet> Catalogue { get; } = new("band set", x => x.Id, Kemendagri5, Lkjip6);
}
