using System.Globalization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Every problem the workbook reader reports, in English and Indonesian, with its stable code.</summary>
internal static partial class SpreadsheetMessages
{
    public static readonly Reason NotAWorkbook = new(
        "workbook-unreadable",
        "not an Excel workbook (.xlsx), or a damaged or truncated one",
        "bukan buku kerja Excel (.xlsx), atau buku kerja yang rusak atau terpotong");

    public static readonly Reason Required = new("workbook-required", "required; the cell is empty", "wajib diisi; sel ini kosong");

    public static readonly Reason FormulaInAnswer = new(
        "workbook-formula-in-answer",
        "a formula where an answer code belongs; type the code itself",
        "rumus di tempat kode jawaban; ketik kodenya langsung");

    public static readonly Reason NotText = new(
        "workbook-not-text",
        "a logical value or an error where a text belongs",
        "nilai logika atau galat di tempat yang seharusnya teks");

    public static readonly Reason NotAYear = new("workbook-not-a-year", "not a year (a whole number such as 2025)", "bukan tahun (bilangan bulat seperti 2025)");

    public static readonly Reason NoGradeScale = new(
        "workbook-no-grade-scale",
        "this sub-component takes no grade; leave its answer cells empty",
        "subkomponen ini tidak diberi predikat; kosongkan sel jawabannya");

    public static Reason TooLarge(long limit) => new(
        "workbook-too-large",
        string.Create(CultureInfo.InvariantCulture, $"the workbook is larger than the limit of {limit} bytes"),
        string.Create(CultureInfo.InvariantCulture, $"buku kerja melebihi batas {limit} bita"));

    public static Reason PartTooLarge(string detail) => new(
        "workbook-part-too-large",
        $"a part of the workbook is larger than the limit ({detail})",
        $"salah satu bagian buku kerja melebihi batas ({detail})");

    public static Reason MissingSheet(string sheet) => new(
        "workbook-missing-sheet",
        $"the workbook has no sheet '{sheet}' (renamed or deleted?)",
        $"buku kerja tidak memiliki lembar '{sheet}' (diganti namanya atau dihapus?)");

    public static Reason UnknownScheme(string id) => new(
        "workbook-unknown-scheme",
        $"no evaluation scheme has the id '{id}'",
        $"tidak ada skema evaluasi dengan id '{id}'");

    public static Reason SchemeVersion(string written, int actual) => new(
        "workbook-scheme-version",
        string.Create(CultureInfo.InvariantCulture, $"the workbook was written for version {written} of the scheme, which is at version {actual}; write a new template"),
        string.Create(CultureInfo.InvariantCulture, $"buku kerja ditulis untuk versi {written} skema, sedangkan skema kini versi {actual}; tulis templat baru"));

    public static Reason UnknownMethod(string text) => new(
        "workbook-unknown-method",
        $"'{text}' is no method; choose one from the list",
        $"'{text}' bukan metode; pilih salah satu dari daftar");

    public static Reason UnknownRow(string id, string sheet) => new(
        "workbook-unknown-row",
        $"'{id}' is no sub-component or criterion of sheet '{sheet}' (an id changed?)",
        $"'{id}' bukan subkomponen atau kriteria lembar '{sheet}' (id diubah?)");

    public static Reason DuplicateRow(string id, string first) => new(
        "workbook-duplicate-row",
        $"'{id}' is given twice; its first row is {first}",
        $"'{id}' muncul dua kali; baris pertamanya {first}");

    public static Reason MissingRow(string id) => new(
        "workbook-missing-row",
        $"the sheet has no row for '{id}' (removed, or its id changed?)",
        $"lembar tidak memiliki baris untuk '{id}' (dihapus, atau id-nya diubah?)");

    public static Reason NumberInAnswer(string number, string codes) => new(
        "workbook-number-in-answer",
        $"the number {number} where an answer code belongs; the codes are {codes}",
        $"angka {number} di tempat kode jawaban; kodenya {codes}");
}
