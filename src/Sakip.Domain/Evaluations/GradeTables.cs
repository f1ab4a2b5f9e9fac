using System.Diagnostics.CodeAnalysis;
using Sakip.Domain.Bands;
using Sakip.Domain.Collections;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Evaluations;

/// <summary>The grade (<i>predikat</i>) tables of the regulations (PermenPAN-RB 88/2021, Lampiran, and 12/2015; see
/// docs/evaluation.md). A table has no id of its own: the catalogue names each by the id of its regulation's scheme,
/// <c>permenpanrb-88-2021</c> and <c>permenpanrb-12-2015</c>.</summary>
public static class GradeTables
{
    /// <summary>
    /// PermenPAN-RB 88/2021: AA &gt; 90 Sangat Memuaskan, A &gt; 80 Memuaskan, BB &gt; 70 Sangat Baik, B &gt; 60 Baik,
    /// CC &gt; 50 Cukup (Memadai), C &gt; 30 Kurang, D Sangat Kurang. Edges exclusive below (exactly 90.00 is A); the
    /// total rounded to two decimals half up decides, as published.
    /// </summary>
    public static GradeTable PermenPanRb88Of2021 { get; } = new(
        EdgeSemantics.LowerExclusive,
        RoundingRule.TwoDecimalsHalfUp,
        [
            new Grade("AA", 90m, new("Very satisfying", "Sangat Memuaskan")),
            new Grade("A", 80m, new("Satisfying", "Memuaskan")),
            new Grade("BB", 70m, new("Very good", "Sangat Baik")),
            new Grade("B", 60m, new("Good", "Baik")),
            new Grade("CC", 50m, new("Adequate", "Cukup (Memadai)")),
            new Grade("C", 30m, new("Poor", "Kurang")),
            new Grade("D", null, new("Very poor", "Sangat Kurang")),
        ]);

    /// <summary>
    /// PermenPAN-RB 12/2015: same edges, labels one step higher (AA Memuaskan, A Sangat Baik, BB Baik, B Cukup Baik,
    /// CC Cukup, C Kurang, D Sangat Kurang; the labels below A are not confirmed by a published report). Edges exclusive
    /// below; the total rounded to two decimals half up decides.
    /// </summary>
    public static GradeTable PermenPanRb12Of2015 { get; } = new(
        EdgeSemantics.LowerExclusive,
        RoundingRule.TwoDecimalsHalfUp,
        [
            new Grade("AA", 90m, new("Satisfying", "Memuaskan")),
            new Grade("A", 80m, new("Very good", "Sangat Baik")),
            new Grade("BB", 70m, new("Good", "Baik")),
            new Grade("B", 60m, new("Fairly good", "Cukup Baik")),
            new Grade("CC", 50m, new("Fair", "Cukup")),
            new Grade("C", 30m, new("Poor", "Kurang")),
            new Grade("D", null, new("Very poor", "Sangat Kurang")),
        ]);

    // Each table by the id of its regulation's scheme; GradeTable has no id (the catalogue needs one).
    private static readonly Catalogue<Named> Entries = new(
        "grade table",
        static n => n.Id,
        new Named("permenpanrb-88-2021", PermenPanRb88Of2021),
        new Named("permenpanrb-12-2015", PermenPanRb12Of2015));

    /// <summary>Every built-in grade table, newest regulation first.</summary>
    public static IReadOnlyList<GradeTable> All { get; } = Array.AsReadOnly(Entries.All.Select(n => n.Table).ToArray());

    /// <summary>Finds a built-in grade table by the id of its regulation's scheme.</summary>
    /// <param name="id">The id, <c>permenpanrb-88-2021</c> or <c>permenpanrb-12-2015</c>; white space around it and
    /// letter case are ignored.</param>
    /// <param name="table">The table, when found.</param>
    /// <returns>Whether a built-in table has that id (<see langword="false"/> for a <see langword="null"/> id).</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out GradeTable? table)
    {
        table = Entries.TryGet(id, out var named) ? named.Table : null;
        return table is not null;
    }

    /// <summary>The built-in grade table with an id the caller knows is there.</summary>
    /// <param name="id">The id, <c>permenpanrb-88-2021</c> or <c>permenpanrb-12-2015</c>; white space around it and
    /// letter case are ignored.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No built-in table has that id; the message lists the ids there are.</exception>
    public static GradeTable Get(string id) => Entries.Get(id).Table;

    private sealed record Named(string Id, GradeTable Table);
}
