using Sakip.Domain.Bands;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Evaluations;

/// <summary>The grade (<i>predikat</i>) tables of the regulations (PermenPAN-RB 88/2021, Lampiran, and 12/2015; see
/// docs/evaluation.md).</summary>
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
            new Grade("AA", 90m, "Sangat Memuaskan", "Very satisfying"),
            new Grade("A", 80m, "Memuaskan", "Satisfying"),
            new Grade("BB", 70m, "Sangat Baik", "Very good"),
            new Grade("B", 60m, "Baik", "Good"),
            new Grade("CC", 50m, "Cukup (Memadai)", "Adequate"),
            new Grade("C", 30m, "Kurang", "Poor"),
            new Grade("D", null, "Sangat Kurang", "Very poor"),
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
            new Grade("AA", 90m, "Memuaskan", "Satisfying"),
            new Grade("A", 80m, "Sangat Baik", "Very good"),
            new Grade("BB", 70m, "Baik", "Good"),
            new Grade("B", 60m, "Cukup Baik", "Fairly good"),
            new Grade("CC", 50m, "Cukup", "Fair"),
            new Grade("C", 30m, "Kurang", "Poor"),
            new Grade("D", null, "Sangat Kurang", "Very poor"),
        ]);
}
