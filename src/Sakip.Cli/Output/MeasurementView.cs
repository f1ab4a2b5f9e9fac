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
    public static string Text(MeasurementReport report, CliContext context)
    {
        var culture = context.Culture;
        var text = new StringBuilder();
        text.Append(context.T(
            $"Capaian kinerja {report.Year} per {report.AsOf}, set aturan {report.RuleSetId} v{report.RuleSetVersion}",
            $"Performance achievement {report.Year} as of {report.AsOf}, rule set {report.RuleSetId} v{report.RuleSetVersion}")).Append('\n');
        foreach (var agreement in report.Agreements)
        {
            text.Append('\n').Append(TerminalText.Safe(agreement.Name)).Append(" - ").Append(TerminalText.Safe(agreement.Position))
                .Append(" (").Append(agreement.PerjanjianKinerjaId).Append(")\n");
            foreach (var sasaran in agreement.Sasaran)
            {
                text.Append("  ").Append(TerminalText.Safe(sasaran.SasaranId)).Append("  ").Append(TerminalText.Safe(sasaran.Sasaran)).Append('\n');
                var table = new TextTable(
                    context.T("Indikator", "Indicator"),
                    context.T("Satuan", "Unit"),
                    "Target",
                    context.T("Realisasi", "Actual"),
                    context.T("Capaian", "Achievement"),
                    context.T("Kategori", "Band"),
                    context.T("Rumus", "Formula"));
                foreach (var row in sasaran.Indicators)
                {
                    table.Add(
                        row.Name,
                        row.Unit,
                        row.Target.ToString(null, culture),
                        row.Realisation?.ToString(null, culture) ?? "-",
                        Capaian(row.Result, context),
                        row.Result.Band is { } band ? context.T(band.Label) : "-",
                        row.Result.Explanation.FormulaId ?? "-");
                }

                text.Append(table.Render("    ")).Append('\n');
                text.Append("    ").Append(Aggregate(sasaran.Aggregate, context)).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    public static string Capaian(AchievementResult result, CliContext context) => result.Match(
        a => a.Presented.ToString(null, context.Culture),
        n => context.T("tidak dilaporkan", "not reported"),
        m => context.T($"tidak terukur ({m.Reason.Code})", $"not measurable ({m.Reason.Code})"),
        i => context.T($"tidak valid ({string.Join("; ", i.Problems.Select(p => p.Path))})", $"invalid ({string.Join("; ", i.Problems.Select(p => p.Path))})"));

    public static string Aggregate(AggregateResult aggregate, CliContext context) => aggregate.Match(
        v => context.T(
            $"Capaian sasaran ({Method(v.Strategy, context)} {v.Included.Count} indikator{(v.Excluded.Count == 0 ? "" : $"; {v.Excluded.Count} tanpa capaian tidak dihitung")}): {v.Presented.ToString(null, context.Culture)} {v.Band.Label.Indonesian}",
            $"Sasaran achievement ({Method(v.Strategy, context)} {v.Included.Count} indicator(s){(v.Excluded.Count == 0 ? "" : $"; {v.Excluded.Count} without an achievement not counted")}): {v.Presented.ToString(null, context.Culture)} {v.Band.Label.English}"),
        n => context.T($"Capaian sasaran: tidak tersedia ({n.Reason.Message.Indonesian})", $"Sasaran achievement: not available ({n.Reason.Message.English})"),
        i => context.T(
            $"Capaian sasaran: tidak valid ({string.Join("; ", i.Problems.Select(p => p.ToString(Domain.Text.Language.Indonesian)))})",
            $"Sasaran achievement: invalid ({string.Join("; ", i.Problems.Select(p => p.ToString(Domain.Text.Language.English)))})"));

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
                json.WriteNumberOrNull("capaian", sasaran.Aggregate.AsValue is not null ? sasaran.Aggregate.AsValue!.Presented.Value : null);
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
                    json.WriteNumberOrNull("realisasi", row.Realisation?.Value);
                    json.WriteString("status", CapaianCommand.StatusId(row.Result.Status));
                    json.WriteNumberOrNull("capaian", row.Result.Presented?.Value);
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

    /// <summary>The built-in strategies in the context's language; a user's own strategy by its id.</summary>
    public static string Method(IRollUpStrategy strategy, CliContext context) =>
        ReferenceEquals(strategy, RollUpStrategies.Mean) ? context.T("rata-rata", "mean of")
        : ReferenceEquals(strategy, RollUpStrategies.WeightedMean) ? context.T("rata-rata tertimbang", "weighted mean of")
        : ReferenceEquals(strategy, RollUpStrategies.Worst) ? context.T("terendah dari", "lowest of")
        : ReferenceEquals(strategy, RollUpStrategies.RatioOfSums) ? context.T("rasio jumlah", "ratio of sums of")
        : TerminalText.Safe(strategy.Id);
}
