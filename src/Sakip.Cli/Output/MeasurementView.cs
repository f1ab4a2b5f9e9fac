using System.Globalization;
using System.Text;
using System.Text.Json;
using Sakip.Cli.Commands;
using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Planning;
using Sakip.Domain.Tree;

namespace Sakip.Cli.Output;

/// <summary>Renders a <see cref="MeasurementReport"/> as LKjIP-style tables or as JSON.</summary>
internal static class MeasurementView
{
    public static string Text(MeasurementReport report, CultureInfo culture)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Capaian kinerja {report.Year} as of {report.AsOf}, rule set {report.RuleSetId} v{report.RuleSetVersion}").Append('\n');
        foreach (var agreement in report.Agreements)
        {
            text.Append('\n').Append(TerminalText.Safe(agreement.Name)).Append(" - ").Append(TerminalText.Safe(agreement.Position))
                .Append(" (").Append(agreement.PerjanjianKinerjaId).Append(")\n");
            foreach (var sasaran in agreement.Sasaran)
            {
                text.Append("  ").Append(TerminalText.Safe(sasaran.SasaranId)).Append("  ").Append(TerminalText.Safe(sasaran.Sasaran)).Append('\n');
                var table = new TextTable("Indikator", "Satuan", "Target", "Realisasi", "Capaian", "Kategori", "Rumus");
                foreach (var row in sasaran.Indicators)
                {
                    table.Add(
                        row.Name,
                        row.Unit,
                        row.Target.ToString(null, culture),
                        row.Realisation?.ToString(null, culture) ?? "-",
                        Capaian(row.Result, culture),
                        row.Result.Band?.Label.Indonesian ?? "-",
                        row.Result.Explanation.FormulaId ?? "-");
                }

                text.Append(table.Render("    ")).Append('\n');
                text.Append("    ").Append(Aggregate(sasaran.Aggregate, culture)).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    public static string Capaian(AchievementResult result, CultureInfo culture) => result.Match(
        a => a.Presented.ToString(null, culture),
        n => "tidak dilaporkan",
        m => $"tidak terukur ({m.Reason.Code})",
        i => $"tidak valid ({string.Join("; ", i.Problems.Select(p => p.Path))})");

    public static string Aggregate(AggregateResult aggregate, CultureInfo culture) => aggregate.Match(
        v => $"Capaian sasaran ({Method(v.Strategy)} {v.Included.Count} indikator{(v.Excluded.Count == 0 ? "" : $"; {v.Excluded.Count} tanpa capaian tidak dihitung")}): {v.Presented.ToString(null, culture)} {v.Band.Label.Indonesian}",
        n => $"Capaian sasaran: tidak tersedia ({n.Reason.Message.Indonesian})",
        i => $"Capaian sasaran: tidak valid ({string.Join("; ", i.Problems)})");

    public static void Json(Utf8JsonWriter json, MeasurementReport report)
    {
        json.WriteStartObject();
        json.WriteNumber("year", report.Year);
        json.WriteString("asOf", report.AsOf.ToString());
        json.WriteString("ruleSet", report.RuleSetId);
        json.WriteNumber("ruleSetVersion", report.RuleSetVersion);
        json.WriteStartArray("agreements");
        foreach (var agreement in report.Agreements)
        {
            json.WriteStartObject();
            json.WriteString("id", agreement.PerjanjianKinerjaId);
            json.WriteString("agency", agreement.Agency?.ToString());
            json.WriteString("name", agreement.Name);
            json.WriteString("position", agreement.Position);
            json.WriteStartArray("sasaran");
            foreach (var sasaran in agreement.Sasaran)
            {
                json.WriteStartObject();
                json.WriteString("id", sasaran.SasaranId);
                json.WriteString("text", sasaran.Sasaran);
                WriteNumberOrNull(json, "capaian", sasaran.Aggregate.AsValue is not null ? sasaran.Aggregate.AsValue!.Presented.Value : null);
                json.WriteString("band", sasaran.Aggregate.AsValue is not null ? sasaran.Aggregate.AsValue!.Band.Label.Indonesian : null);
                json.WriteStartArray("indicators");
                foreach (var row in sasaran.Indicators)
                {
                    json.WriteStartObject();
                    json.WriteString("id", row.IndicatorId);
                    json.WriteString("name", row.Name);
                    json.WriteString("unit", row.Unit);
                    json.WriteString("polarity", row.Polarity == Polarity.Negative ? "negative" : "positive");
                    json.WriteString("target", row.Target.ToString());
                    WriteNumberOrNull(json, "realisasi", row.Realisation?.Value);
                    json.WriteString("status", CapaianCommand.StatusId(row.Result.Status));
                    WriteNumberOrNull(json, "capaian", row.Result.Presented?.Value);
                    json.WriteString("band", row.Result.Band?.Label.Indonesian);
                    json.WriteString("formula", row.Result.Explanation.FormulaId);
                    if (!row.Result.IsAchieved)
                    {
                        json.WriteString("reason", row.Result.Reason?.Message.English);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The built-in strategies in Indonesian; a user's own strategy by its id.</summary>
    private static string Method(IRollUpStrategy strategy) =>
        ReferenceEquals(strategy, RollUpStrategies.Mean) ? "rata-rata"
        : ReferenceEquals(strategy, RollUpStrategies.WeightedMean) ? "rata-rata tertimbang"
        : ReferenceEquals(strategy, RollUpStrategies.Worst) ? "terendah dari"
        : ReferenceEquals(strategy, RollUpStrategies.RatioOfSums) ? "rasio jumlah"
        : TerminalText.Safe(strategy.Id);

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
