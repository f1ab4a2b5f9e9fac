using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>The problems of reading a capaian workbook.</summary>
internal static partial class SpreadsheetMessages
{
    public static readonly Reason NotACapaianTable = new(
        "capaian-not-a-table",
        "the first sheet is not a capaian table: its row 3 does not hold the table's headings (Kode, Indikator, Satuan … or Id, Indicator, Unit …)",
        "lembar pertama bukan tabel capaian: baris 3-nya tidak memuat judul kolom tabel (Kode, Indikator, Satuan … atau Id, Indicator, Unit …)");

    public static readonly Reason NoSheet = new("capaian-no-sheet", "the workbook has no worksheet", "buku kerja tidak memiliki lembar kerja");

    public static readonly Reason CapaianNotANumber = new(
        "capaian-not-a-number",
        "not a number; a figure is a number cell, not text",
        "bukan angka; angka ditulis sebagai sel angka, bukan teks");

    public static readonly Reason CapaianRowLevel = new(
        "capaian-row-level",
        "the row's outline level is not 0 (agreement), 1 (sasaran) or 2 (indicator)",
        "tingkat kerangka (outline) baris ini bukan 0 (perjanjian), 1 (sasaran) atau 2 (indikator)");

    public static readonly Reason CapaianOrphanRow = new(
        "capaian-orphan-row",
        "a sasaran row before any agreement row, or an indicator row before any sasaran row",
        "baris sasaran sebelum baris perjanjian, atau baris indikator sebelum baris sasaran");

    public static Reason CapaianNotATarget(string reason) => new(
        "capaian-not-a-target",
        $"not a target (a number, or a range such as 80–90): {reason}",
        $"bukan target (angka, atau rentang seperti 80–90): {reason}");

    public static Reason CapaianUnknownWord(string text) => new(
        "capaian-unknown-word",
        $"'{text}' is neither a capaian (a number) nor one of the words 'tidak dilaporkan', 'tidak terukur', 'tidak valid', 'tidak tersedia' (or 'not reported', 'not measurable', 'invalid', 'not available')",
        $"'{text}' bukan capaian (angka) dan bukan salah satu kata 'tidak dilaporkan', 'tidak terukur', 'tidak valid', 'tidak tersedia' (atau 'not reported', 'not measurable', 'invalid', 'not available')");
}
