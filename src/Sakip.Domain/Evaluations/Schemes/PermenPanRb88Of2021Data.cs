using static Sakip.Domain.Evaluations.Schemes.PermenPanRb88Of2021Criteria;
using static Sakip.Domain.Evaluations.Schemes.SchemeTable;

namespace Sakip.Domain.Evaluations.Schemes;

/// <summary>
/// The LKE of PermenPAN-RB 88/2021 (Lampiran: Lembar Kerja Evaluasi AKIP) as data. Components 1–4 weighted
/// 30/30/15/25, each split 20/30/50 % into Keberadaan (a), Kualitas (b) and Pemanfaatan (c); 80 criteria in the
/// worksheet's wording (<see cref="PermenPanRb88Of2021Criteria"/>); every criterion and sub-component answered on the
/// eight-level AA–E scale. Two published layouts of component 1: layout A (6/11/8, the default) and layout B (7/10/8).
/// </summary>
internal static class PermenPanRb88Of2021Data
{
    public const string Id = "permenpanrb-88-2021";

    public const string LayoutBId = "permenpanrb-88-2021-layout-b";

    private static readonly AnswerScale Existence = AnswerScales.EightLevelExistence;
    private static readonly AnswerScale Graded8 = AnswerScales.EightLevel;

    /// <summary>Version 2 replaced version 1's scale; answers written for version 1 are refused with this change.</summary>
    private static readonly SchemeChange EightLevelScale = new(
        2,
        "Version 2 follows the real worksheet: one eight-level scale AA / A / BB / B / CC / C / D / E (100 / 90 / 80 / 70 / 60 / 50 / 30 / 0 %) for every criterion and sub-component, the worksheet's 80 criteria in its own wording, and one grade per sub-component as the official method. Version 1 used yes/no and A–E answers (1 / 0.75 / 0.5 / 0.25 / 0) that no real worksheet uses, so its totals and grades were wrong; answers written for it cannot be re-scored and must be given again on the new scale.",
        "Versi 2 mengikuti lembar kerja yang sebenarnya: satu skala delapan tingkat AA / A / BB / B / CC / C / D / E (100 / 90 / 80 / 70 / 60 / 50 / 30 / 0 %) untuk setiap kriteria dan subkomponen, 80 kriteria dengan rumusan lembar kerja, dan satu nilai per subkomponen sebagai metode resmi. Versi 1 memakai jawaban Y/T dan A–E (1 / 0,75 / 0,5 / 0,25 / 0) yang tidak dipakai lembar kerja mana pun, sehingga nilai dan predikatnya keliru; jawaban untuk versi 1 tidak dapat dinilai ulang dan harus diberikan kembali dengan skala baru.");

    public static SchemeDefinition Definition { get; } = Build(Id, "LKE AKIP PermenPAN-RB 88/2021", C1aLayoutA, C1bLayoutA, "Component 1 in layout A (6 / 11 / 8 criteria), as the public e-SAKIP worksheet esakip-web-fresh (a provincial government's) and an independent 2023 worksheet database list it; criterion 1b.10 \"Setiap unit/satuan kerja merumuskan dan menetapkan Perencanaan Kinerja\" is 1a.7 in layout B (scheme permenpanrb-88-2021-layout-b).");

    public static SchemeDefinition LayoutB { get; } = Build(LayoutBId, "LKE AKIP PermenPAN-RB 88/2021 (layout B)", C1aLayoutB, C1bLayoutB, "Component 1 in layout B (7 / 10 / 8 criteria), as the t-SEMAR worksheet lists it (generated from a Mahkamah Agung RI criteria table): \"Setiap unit/satuan kerja merumuskan dan menetapkan Perencanaan Kinerja\" is 1a.7 here and 1b.10 in layout A (scheme permenpanrb-88-2021, the default). Every other criterion, weight and rule is the default scheme's.");

    private static SchemeDefinition Build(string id, string name, string[] c1a, string[] c1b, string layout) => new(
        id,
        2,
        name,
        "Peraturan Menteri PAN-RB Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah, Lampiran (Lembar Kerja Evaluasi AKIP)",
        [
            Component(
                "1",
                "Perencanaan Kinerja",
                30m,
                Graded("1a", "Keberadaan", 6m, Existence, c1a),
                Graded("1b", "Kualitas", 9m, Graded8, c1b),
                Graded("1c", "Pemanfaatan", 15m, Graded8, C1c)),
            Component(
                "2",
                "Pengukuran Kinerja",
                30m,
                Graded("2a", "Keberadaan", 6m, Existence, C2a),
                Graded("2b", "Kualitas", 9m, Graded8, C2b),
                Graded("2c", "Pemanfaatan", 15m, Graded8, C2c)),
            Component(
                "3",
                "Pelaporan Kinerja",
                15m,
                Graded("3a", "Keberadaan", 3m, Existence, C3a),
                Graded("3b", "Kualitas", 4.5m, Graded8, C3b),
                Graded("3c", "Pemanfaatan", 7.5m, Graded8, C3c)),
            Component(
                "4",
                "Evaluasi Akuntabilitas Kinerja Internal",
                25m,
                Graded("4a", "Keberadaan", 5m, Existence, C4a),
                Graded("4b", "Kualitas", 7.5m, Graded8, C4b),
                Graded("4c", "Pemanfaatan", 12.5m, Graded8, C4c)),
        ],
        GradeTables.PermenPanRb88Of2021)
    {
        DefaultMethod = EvaluationMethod.SubComponentGrades,
        Changes = [EightLevelScale],
        Assumptions = Lines(
            layout,
            "Every criterion and sub-component takes the eight-level scale AA 100 %, A 90 %, BB 80 %, B 70 %, CC 60 %, C 50 %, D 30 %, E 0 %; AA and A mean something else for keberadaan (kept for 5 years / 1 year) than for kualitas and pemanfaatan (an innovation worth a national model / efforts worth commending). Values and meanings as public e-SAKIP worksheets print the evaluators' guidance.",
            "Two scoring methods, both in use: one grade per sub-component with the criteria as probing questions (sub-component = weight × grade; the official method and the default) or a grade per criterion (sub-component = weight × the mean of its criteria, as tools that grade every question do). An evaluation says which it uses; a sub-component grade that is not the level nearest to its criteria's mean (ties to the lower level) is reported as a finding, never overridden.",
            "Component = sum of its sub-components; total = sum of the components. The grade is decided on the total rounded to two decimals half up, edges exclusive below (exactly 90.00 is A); one public worksheet grades exactly 90 as AA, another as A.",
            "The worksheets define no logic check between criteria or sub-components, so the built-in data has none (a scheme file can add DependsOn).")
    };
}
