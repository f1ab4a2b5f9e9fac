using System.Globalization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>The problems of reading plan data as CSV files (their path is the file, and the line when there is
/// one: <c>Renstra.csv:14</c>).</summary>
internal static partial class SpreadsheetMessages
{
    public static readonly Reason CsvUnterminatedQuote = new(
        "csv-unterminated-quote",
        "a quoted field opened on this line is never closed (a missing '\"')",
        "kolom berkutip yang dibuka di baris ini tidak pernah ditutup (kurang '\"')");

    public static readonly Reason CsvStrayQuote = new(
        "csv-stray-quote",
        "a quote inside a field that does not start with one; quote the whole field and double the quotes inside (\"a \"\"b\"\"\")",
        "tanda kutip di dalam kolom yang tidak diawali kutip; kutip seluruh kolom dan gandakan kutip di dalamnya (\"a \"\"b\"\"\")");

    public static readonly Reason CsvTextAfterQuote = new(
        "csv-text-after-quote",
        "text after a field's closing quote; a quote inside a quoted field is doubled (\"\")",
        "teks setelah kutip penutup kolom; kutip di dalam kolom berkutip ditulis ganda (\"\")");

    public static readonly Reason CsvNotUtf8 = new(
        "csv-not-utf8",
        "this line is not UTF-8 text; save the file as CSV UTF-8",
        "baris ini bukan teks UTF-8; simpan berkas sebagai CSV UTF-8");

    public static Reason CsvRagged(int fields, int expected) => new(
        "csv-ragged-row",
        string.Create(CultureInfo.InvariantCulture, $"this record has {fields} fields, the first has {expected}; every record has the same number of fields (is the separator right for the number format?)"),
        string.Create(CultureInfo.InvariantCulture, $"rekaman ini memiliki {fields} kolom, rekaman pertama {expected}; setiap rekaman memiliki jumlah kolom yang sama (apakah pemisahnya sesuai dengan format angka?)"));

    public static Reason CsvMissingFile(string file) => new(
        "csv-missing-file",
        $"the table's file {file} is missing",
        $"berkas tabel {file} tidak ada");

    public static Reason CsvTooLarge(long limit) => new(
        "csv-too-large",
        string.Create(CultureInfo.InvariantCulture, $"the file is larger than the limit of {limit} bytes"),
        string.Create(CultureInfo.InvariantCulture, $"berkas melebihi batas {limit} bita"));
}
