using System.Globalization;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;

namespace Sakip.Domain;

internal static partial class Messages
{
    // Schemes
    public static readonly Reason VersionBelowOne = new("version-below-one", "the version must be 1 or more", "versi harus 1 atau lebih");
    public static readonly Reason SchemeWithoutComponents = new("no-components", "a scheme needs at least one component", "skema memerlukan paling sedikit satu komponen");
    public static readonly Reason ComponentWithoutSubComponents = new("no-sub-components", "a component needs at least one sub-component", "komponen memerlukan paling sedikit satu subkomponen");
    public static readonly Reason SubComponentWithoutCriteria = new("no-criteria", "a sub-component needs at least one criterion", "subkomponen memerlukan paling sedikit satu kriteria");
    public static readonly Reason WeightNotPositive = new("weight-not-positive", "a weight must be greater than 0", "bobot harus lebih dari 0");
    public static readonly Reason UnknownScoringMethod = new("unknown-method", "the scoring method is not mean or points", "metode penilaian bukan rata-rata atau poin");
    public static readonly Reason PointsRequired = new("points-required", "the points method needs points greater than 0 on every criterion", "metode poin memerlukan poin lebih dari 0 pada setiap kriteria");
    public static readonly Reason PointsNotAllowed = new("points-not-allowed", "a criterion of a mean-scored sub-component has no points of its own", "kriteria pada subkomponen dengan metode rata-rata tidak memiliki poin sendiri");
    public static readonly Reason ScaleTooSmall = new("scale-too-small", "an answer scale needs at least two options", "skala jawaban memerlukan paling sedikit dua pilihan");
    public static readonly Reason OptionValueOutOfRange = new("option-value-out-of-range", "an answer value must be between 0 and 1", "nilai jawaban harus antara 0 dan 1");
    public static readonly Reason BestOptionNotOne = new("best-option-not-one", "the first (best) option must be worth 1", "pilihan pertama (terbaik) harus bernilai 1");
    public static readonly Reason OptionsNotDescending = new("options-not-descending", "options must be listed best first with strictly decreasing values", "pilihan harus diurutkan dari yang terbaik dengan nilai menurun tegas");
    public static readonly Reason UnknownEdgeSemantics = new("unknown-edges", "the edge semantics are not lower-exclusive or lower-inclusive", "semantik batas bukan eksklusif-bawah atau inklusif-bawah");
    public static readonly Reason GradeTableTooSmall = new("grade-table-too-small", "a grade table needs at least two grades", "tabel predikat memerlukan paling sedikit dua predikat");
    public static readonly Reason LowestGradeHasEdge = new("lowest-grade-has-edge", "the lowest grade takes every score below the others and has no lower edge", "predikat terendah mencakup semua nilai di bawah yang lain dan tidak memiliki batas bawah");
    public static readonly Reason GradeWithoutEdge = new("grade-without-edge", "every grade but the lowest needs a lower edge", "setiap predikat selain yang terendah memerlukan batas bawah");
    public static readonly Reason GradeEdgeOutOfRange = new("grade-edge-out-of-range", "a grade edge must be between 0 and 100", "batas predikat harus antara 0 dan 100");
    public static readonly Reason GradeEdgesNotDescending = new("grade-edges-not-descending", "grades must be listed best first with strictly decreasing edges", "predikat harus diurutkan dari yang terbaik dengan batas menurun tegas");

    public static readonly Reason UnknownEvaluationMethod = new("unknown-evaluation-method", "the evaluation method is not criterion-grades or sub-component-grades", "metode evaluasi bukan criterion-grades atau sub-component-grades");
    public static readonly Reason SubComponentScaleRequired = new("sub-component-scale-required", "the scheme grades sub-components by default, so every sub-component needs a scale", "skema menilai per subkomponen, sehingga setiap subkomponen memerlukan skala");

    public static Reason UnknownSubComponent(string? id) => new("unknown-sub-component", $"the scheme has no sub-component '{id}'", $"skema tidak memiliki subkomponen '{id}'");

    public static Reason SubComponentDependencyChain(string id) => new(
        "sub-component-dependency-chain",
        $"a sub-component can depend only on another sub-component that depends on nothing; '{id}' does not qualify",
        $"subkomponen hanya dapat bergantung pada subkomponen lain yang tidak bergantung pada apa pun; '{id}' tidak memenuhi");

    public static Reason ChangeVersionOutOfRange(int version) => new(
        "change-version-out-of-range",
        string.Create(CultureInfo.InvariantCulture, $"a change belongs to a version from 2 up to the scheme's version {version}"),
        string.Create(CultureInfo.InvariantCulture, $"perubahan harus milik versi 2 sampai versi skema {version}"));

    // Evaluations
    public static readonly Reason MethodNeedsSubComponentScales = new("method-needs-sub-component-scales", "this scheme's sub-components take no grade as a whole, so the evaluation must grade each criterion", "subkomponen skema ini tidak dinilai secara utuh, sehingga evaluasi harus menilai setiap kriteria");
    public static readonly Reason UngradedSubComponent = new("ungraded", "the sub-component has no grade, so the evaluation is incomplete (an empty grade is not 0)", "subkomponen belum dinilai, sehingga evaluasi belum lengkap (nilai kosong bukan 0)");
    public static readonly Reason DuplicateAnswer = new("duplicate-answer", "the criterion is answered more than once", "kriteria dijawab lebih dari sekali");
    public static readonly Reason Unanswered = new("unanswered", "the criterion has no answer, so the evaluation is incomplete (an empty answer is not 0)", "kriteria belum dijawab, sehingga evaluasi belum lengkap (jawaban kosong bukan 0)");
    public static readonly Reason EvaluationIncomplete = new("incomplete", "the evaluation is incomplete; answer every criterion first", "evaluasi belum lengkap; jawab semua kriteria terlebih dahulu");
    public static readonly Reason YearOutOfRange = new("year-out-of-range", "the year must be between 1900 and 2200", "tahun harus antara 1900 dan 2200");

    public static Reason UnknownCriterion(string? id) => new("unknown-criterion", $"the scheme has no criterion '{id}'", $"skema tidak memiliki kriteria '{id}'");

    public static Reason PointsDoNotAddUp(decimal points, decimal weight) => new(
        "points-do-not-add-up",
        string.Create(CultureInfo.InvariantCulture, $"the criteria's points add up to {points}, not to the sub-component weight {weight}"),
        string.Create(CultureInfo.InvariantCulture, $"jumlah poin kriteria {points}, bukan bobot subkomponen {weight}"));

    public static Reason WeightsDoNotAddUp(decimal sum, decimal expected) => new(
        "weights-do-not-add-up",
        string.Create(CultureInfo.InvariantCulture, $"the weights add up to {sum}, not {expected}"),
        string.Create(CultureInfo.InvariantCulture, $"jumlah bobot {sum}, bukan {expected}"));

    public static Reason DependencyCycle(string id) => new("dependency-cycle", $"criterion '{id}' depends on itself through its dependencies", $"kriteria '{id}' bergantung pada dirinya sendiri melalui ketergantungannya");

    public static Reason ScoreOutOfRange(decimal score) => new(
        "score-out-of-range",
        string.Create(CultureInfo.InvariantCulture, $"a score must be between 0 and 100; {score} is not"),
        string.Create(CultureInfo.InvariantCulture, $"nilai harus antara 0 dan 100; {score} tidak"));

    public static Reason NotAnOption(string code, AnswerScaleText scale) => new(
        "not-an-option",
        $"'{code}' is not an answer of this criterion; the answers are {scale.Codes}",
        $"'{code}' bukan jawaban kriteria ini; jawabannya {scale.Codes}");

    public static Reason GradeMismatch(string id, string grade, decimal gradeValue, decimal criteriaValue, string pointsTo) => new(
        "grade-mismatch",
        string.Create(CultureInfo.InvariantCulture, $"sub-component {id} is graded {grade} ({gradeValue * 100m:0.##} %) but its criteria average {criteriaValue * 100m:0.##} %, which is nearest to {pointsTo}; both are kept, the evaluation's method decides the score"),
        $"subkomponen {id} dinilai {grade} ({IdPercent(gradeValue)} %) tetapi rata-rata kriterianya {IdPercent(criteriaValue)} %, paling dekat dengan {pointsTo}; keduanya dipertahankan, metode evaluasi menentukan nilai");

    public static Reason SubComponentAboveDependency(string id, string dependsOn) => new(
        "above-dependency",
        $"sub-component {id} is graded above sub-component {dependsOn} it depends on (quality or use cannot exceed existence)",
        $"subkomponen {id} dinilai lebih tinggi dari subkomponen {dependsOn} yang menjadi dasarnya (kualitas atau pemanfaatan tidak dapat melebihi keberadaan)");

    // A percentage with a decimal comma, without culture data (slim containers have none).
    private static string IdPercent(decimal fraction) => (fraction * 100m).ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    public static Reason NotAGrade(string code, AnswerScaleText scale) => new(
        "not-an-option",
        $"'{code}' is not a grade of this sub-component; the grades are {scale.Codes}",
        $"'{code}' bukan nilai subkomponen ini; nilainya {scale.Codes}");

    public static Reason AboveDependency(string id, string dependsOn) => new(
        "above-dependency",
        $"criterion {id} is valued above criterion {dependsOn} it depends on (quality or use cannot exceed existence)",
        $"kriteria {id} bernilai lebih tinggi dari kriteria {dependsOn} yang menjadi dasarnya (kualitas atau pemanfaatan tidak dapat melebihi keberadaan)");

    public static Reason UnknownGrade(string code, GradeTable table) => new(
        "unknown-grade",
        $"'{code}' is not a grade of this scheme; the grades are {string.Join(", ", table.Grades.Select(g => g.Code))}",
        $"'{code}' bukan predikat skema ini; predikatnya {string.Join(", ", table.Grades.Select(g => g.Code))}");

    public static readonly Reason NotFiveLevels = new("not-five-levels", "the measured answers need a five-level (A–E) scale", "jawaban terukur memerlukan skala lima tingkat (A–E)");
}

/// <summary>The codes of a scale as message text.</summary>
internal readonly record struct AnswerScaleText(string Codes);
