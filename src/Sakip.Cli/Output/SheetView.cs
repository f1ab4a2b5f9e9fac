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
            var (shown, library) = (Shown(d.Sheet, d.Library), Shown(d.Library, d.Sheet));
            text.AppendLine(context.T($"  {d.Cell}: buku kerja {shown}, pustaka {library}", $"  {d.Cell}: workbook {shown}, library {library}"));
        }

        // A figure as the reader reads figures (rounded, in the culture's format; a spreadsheet's binary figure such as
        // 67.500000000000014 is not shown whole); a grade as it is. A figure that rounds like the library's shows
        // every digit it has, so the two never read the same.
        string Shown(string? figure, string? other)
        {
            if (figure is null)
            {
                return empty;
            }

            if (!decimal.TryParse(figure, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return figure;
            }

            var presented = EvaluationView.Num(value, context.Culture);
            return other is not null && decimal.TryParse(other, NumberStyles.Float, CultureInfo.InvariantCulture, out var o) && EvaluationView.Num(o, context.Culture) == presented
                ? value.ToString(context.Culture)
                : presented;
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
