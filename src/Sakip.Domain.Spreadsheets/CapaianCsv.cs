using System.Globalization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Spreadsheets;

/// <summary>
/// The LKjIP capaian table as CSV (RFC 4180), for systems that exchange CSV: one line per indicator, with its
/// agreement and sasaran (and the sasaran's combined capaian) repeated on each line. Columns: <c>agreement_id</c>,
/// <c>agreement</c>, <c>position</c>, <c>sasaran_id</c>, <c>sasaran</c>, <c>sasaran_capaian</c>, <c>sasaran_band</c>,
/// <c>indicator_id</c>, <c>indicator</c>, <c>unit</c>, <c>target</c>, <c>realisation</c>, <c>status</c>,
/// <c>capaian</c>, <c>band</c>, <c>formula</c>, <c>note</c>. The layout is described in docs/spreadsheets-capaian.md.
/// </summary>
/// <remarks>
/// <para>Numbers are written in the options' culture without group separators: the capaian with the rule set's
/// presentation decimals (<c>101.67</c> or <c>101,67</c>), targets and realisations with every digit they have, a range
/// target as <c>80–90</c>. An empty field is no value, never zero: an unreported realisation, or the capaian of an
/// indicator whose <c>status</c> (<c>achieved</c>, <c>not-reported</c>, <c>not-measurable</c>,
/// <c>invalid-input</c>) says it has none. Fields holding the separator, a quote or a line break are quoted, quotes
/// doubled; lines end with CR LF; the header line comes first.</para>
/// <para>Same report and options → same text, on any machine. Thread-safe.</para>
/// </remarks>
public static class CapaianCsv
{
    /// <summary>The column names, in order.</summary>
    internal static readonly string[] Columns =
    [
        "agreement_id", "agreement", "position", "sasaran_id", "sasaran", "sasaran_capaian", "sasaran_band",
        "indicator_id", "indicator", "unit", "target", "realisation", "status", "capaian", "band", "formula", "note",
    ];

    /// <summary>Writes the capaian table of a measurement as CSV.</summary>
    /// <param name="report">The measurement.</param>
    /// <param name="output">The writer written to; it is left open.</param>
    /// <param name="options">The culture (and so the separator) and the language.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The writer failed.</exception>
    public static void Write(MeasurementReport report, TextWriter output, CapaianCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var culture = options.Culture;
        var separator = options.Separator;
        var decimals = CapaianLayout.PresentedDecimals(report);
        var presented = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        var fields = new string?[Columns.Length];
        Line(output, Columns, separator);
        CapaianRow? agreement = null;
        CapaianRow? sasaran = null;
        foreach (var row in CapaianLayout.Rows(report, options.Language))
        {
            switch (row.Kind)
            {
                case CapaianRowKind.Agreement:
                    agreement = row;
                    break;
                case CapaianRowKind.Sasaran:
                    sasaran = row;
                    break;
                default:
                    var target = row.Target!.Value;
                    fields[0] = agreement!.Id;
                    fields[1] = agreement.Text;
                    fields[2] = agreement.Note;
                    fields[3] = sasaran!.Id;
                    fields[4] = sasaran.Text;
                    fields[5] = sasaran.Capaian?.ToString(presented, culture);
                    fields[6] = sasaran.Band;
                    fields[7] = row.Id;
                    fields[8] = row.Text;
                    fields[9] = row.Unit;
                    fields[10] = target.IsRange ? CapaianLayout.RangeText(target, culture) : Figures.In(target.Lower, culture);
                    fields[11] = row.Realisation is { } r ? Figures.In(r, culture) : null;
                    fields[12] = StatusId(row.Status!.Value);
                    fields[13] = row.Capaian?.ToString(presented, culture);
                    fields[14] = row.Band;
                    fields[15] = row.Formula;
                    fields[16] = row.Note;
                    Line(output, fields, separator);
                    break;
            }
        }
    }

    internal static string StatusId(AchievementStatus status) => status switch
    {
        AchievementStatus.Achieved => "achieved",
        AchievementStatus.NotReported => "not-reported",
        AchievementStatus.NotMeasurable => "not-measurable",
        _ => "invalid-input",
    };

    private static void Line(TextWriter output, string?[] fields, char separator) => CsvText.Line(output, fields, separator);
}
