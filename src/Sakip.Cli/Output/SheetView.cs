using System.Globalization;
using System.Text;
using System.Text.Json;
using Sakip.Cli.Commands;
using Sakip.Domain.Spreadsheets;

namespace Sakip.Cli.Output;

/// <summary>What <c>sakip lke score</c> prints after the score of an LKE workbook: where the workbook's own figures
/// differ from the library's (the library's count).</summary>
internal static class SheetView
{
    public static string Text(LkeSheet sheet, CliContext context)
    {
        var text = new StringBuilder();
        var checkedCells = sheet.Figures.Count.ToString(CultureInfo.InvariantCulture);
        if (sheet.Differences.Count == 0)
        {
            text.AppendLine(context.T(
                $"Angka buku kerja sama dengan nilai pustaka ({checkedCells} sel diperiksa).",
                $"The workbook's figures agree with the library's ({checkedCells} cells checked)."));
            return text.ToString();
        }

        var count = sheet.Differences.Count.ToString(CultureInfo.InvariantCulture);
        text.AppendLine(context.T(
            $"Buku kerja menampilkan {count} angka yang berbeda dari pustaka (rumusnya diubah atau belum dihitung ulang); nilai pustaka di atas yang berlaku:",
            $"The workbook shows {count} figure(s) other than the library's (its formulas were edited or not recalculated); the library's score above is the one that counts:"));
        var empty = context.T("(kosong)", "(empty)");
        foreach (var d in sheet.Differences)
        {
            text.AppendLine(context.T($"  {d.Cell}: buku kerja {d.Sheet ?? empty}, pustaka {d.Library ?? empty}", $"  {d.Cell}: workbook {d.Sheet ?? empty}, library {d.Library ?? empty}"));
        }

        return text.ToString();
    }

    public static void Json(Utf8JsonWriter json, LkeSheet sheet)
    {
        json.WriteNumber("sheetFiguresChecked", sheet.Figures.Count);
        json.WriteStartArray("sheetDifferences");
        foreach (var d in sheet.Differences)
        {
            json.WriteStartObject();
            json.WriteString("cell", d.Cell);
            json.WriteString("kind", d.Kind switch
            {
                LkeFigureKind.SubComponentScore => "sub-component-score",
                LkeFigureKind.ComponentScore => "component-score",
                LkeFigureKind.Total => "total",
                LkeFigureKind.DecidingScore => "deciding-score",
                _ => "grade",
            });
            Nullable("id", d.Id);
            Nullable("sheet", d.Sheet);
            Nullable("library", d.Library);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        void Nullable(string name, string? value)
        {
            if (value is null)
            {
                json.WriteNull(name);
            }
            else
            {
                json.WriteString(name, value);
            }
        }
    }
}
