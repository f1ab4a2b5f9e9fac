using System.Globalization;
using System.Text;
using System.Text.Json;
using Sakip.Cli.Commands;
using Sakip.Domain.Analytics.National;

namespace Sakip.Cli.Output;

/// <summary>The summary of <c>sakip national</c>: totals, one row per region, and every problem (the first few per
/// region in text; all of them in JSON).</summary>
internal static class NationalView
{
    /// <summary>The most problems listed per region in the text view.</summary>
    private const int ProblemsShown = 5;

    public static string Status(RegionStatus status, CliContext context) => status switch
    {
        RegionStatus.Completed => context.T("selesai", "completed"),
        RegionStatus.Partial => context.T("sebagian", "partial"),
        _ => context.T("dilewati", "skipped"),
    };

    public static string Text(NationalRunSummary summary, long? peakBytes, string? factsFolder, CliContext context)
    {
        var culture = context.Culture;
        string N(long n) => n.ToString("N0", culture);
        var text = new StringBuilder();
        text.Append(context.T(
            $"sakip national: {N(summary.Regions.Count)} daerah: {N(summary.Completed)} selesai, {N(summary.Partial)} sebagian, {N(summary.Skipped)} dilewati",
            $"sakip national: {N(summary.Regions.Count)} regions: {N(summary.Completed)} completed, {N(summary.Partial)} partial, {N(summary.Skipped)} skipped")).Append('\n');
        var rows = context.T(
            $"baris tabel fakta: {N(summary.CapaianRows)} capaian, {N(summary.TreeRows)} simpul pohon kinerja, {N(summary.EvaluationRows)} LKE",
            $"fact rows: {N(summary.CapaianRows)} capaian, {N(summary.TreeRows)} tree nodes, {N(summary.EvaluationRows)} LKE");
        text.Append(rows).Append(factsFolder is null ? context.T(" (tidak ditulis: tanpa --facts)", " (not written: no --facts)") : $" → {TerminalText.Safe(factsFolder)}").Append('\n');
        var seconds = summary.Elapsed.TotalSeconds.ToString("N1", culture);
        text.Append(peakBytes is { } peak
            ? context.T($"waktu {seconds} detik; memori puncak {(peak / 1048576.0).ToString("N0", culture)} MB", $"time {seconds} s; peak memory {(peak / 1048576.0).ToString("N0", culture)} MB")
            : context.T($"waktu {seconds} detik", $"time {seconds} s")).Append('\n');

        var table = new TextTable(
            context.T("sumber", "source"),
            context.T("kode", "code"),
            context.T("daerah", "region"),
            "status",
            context.T("galat/peringatan", "errors/warnings"),
            context.T("predikat", "grade"),
            context.T("detik", "seconds"));
        foreach (var region in summary.Regions)
        {
            table.Add(
                region.Source,
                region.RegionCode ?? "-",
                region.RegionName ?? "-",
                Status(region.Status, context),
                region.ReviewErrors is { } errors ? $"{N(errors)}/{N(region.ReviewWarnings ?? 0)}" : "-",
                region.Years.Count == 0 ? "-" : string.Join(", ", region.Years.Select(y => $"{y.Year.ToString(CultureInfo.InvariantCulture)} {y.Grade ?? "-"}")),
                region.Elapsed.TotalSeconds.ToString("N1", culture));
        }

        text.Append('\n').Append(table.Render()).Append('\n');
        var troubled = summary.Regions.Where(r => r.Problems.Count > 0).ToList();
        if (troubled.Count > 0)
        {
            text.Append('\n').Append(context.T("Masalah:", "Problems:")).Append('\n');
            foreach (var region in troubled)
            {
                text.Append("  ").Append(TerminalText.Safe(region.Source)).Append('\n');
                foreach (var problem in region.Problems.Take(ProblemsShown))
                {
                    text.Append("    ").Append(TerminalText.Safe(problem.ToString(context.Language), 2 * TerminalText.MaxLength)).Append('\n');
                }

                if (region.Problems.Count > ProblemsShown)
                {
                    var more = N(region.Problems.Count - ProblemsShown);
                    text.Append("    ").Append(context.T($"… dan {more} masalah lain (--json mencantumkan semuanya)", $"… and {more} more (--json lists them all)")).Append('\n');
                }
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    public static void Json(Utf8JsonWriter json, NationalRunSummary summary, long? peakBytes)
    {
        json.WriteStartObject();
        json.WriteNumber("regions", summary.Regions.Count);
        json.WriteNumber("completed", summary.Completed);
        json.WriteNumber("partial", summary.Partial);
        json.WriteNumber("skipped", summary.Skipped);
        json.WriteStartObject("rows");
        json.WriteNumber("capaian", summary.CapaianRows);
        json.WriteNumber("tree", summary.TreeRows);
        json.WriteNumber("evaluation", summary.EvaluationRows);
        json.WriteEndObject();
        json.WriteStartObject("timing");
        json.WriteNumber("seconds", Math.Round((decimal)summary.Elapsed.TotalSeconds, 3));
        if (peakBytes is { } peak)
        {
            json.WriteNumber("peakWorkingSetBytes", peak);
        }

        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var region in summary.Regions)
        {
            json.WriteStartObject();
            json.WriteNumber("index", region.Index);
            json.WriteString("source", region.Source);
            json.WriteStringOrNull("code", region.RegionCode);
            json.WriteStringOrNull("name", region.RegionName);
            json.WriteStringOrNull("province", region.ProvinceCode);
            json.WriteString("status", JsonNamingPolicy.CamelCase.ConvertName(region.Status.ToString()));
            if (region.ReviewErrors is { } errors)
            {
                json.WriteNumber("reviewErrors", errors);
                json.WriteNumber("reviewWarnings", region.ReviewWarnings ?? 0);
            }

            json.WriteStartArray("years");
            foreach (var year in region.Years)
            {
                json.WriteStartObject();
                json.WriteNumber("year", year.Year);
                json.WriteNumber("capaianRows", year.CapaianRows);
                json.WriteNumber("treeRows", year.TreeRows);
                json.WriteNumber("evaluationRows", year.EvaluationRows);
                json.WriteStringOrNull("grade", year.Grade);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var problem in region.Problems)
            {
                json.WriteStartObject();
                json.WriteString("path", problem.Path);
                if (problem.Line is { } line)
                {
                    json.WriteNumber("line", line);
                }

                json.WriteString("code", problem.Reason.Code);
                json.WriteString("en", problem.Reason.Message.English);
                json.WriteString("id", problem.Reason.Message.Indonesian);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("seconds", Math.Round((decimal)region.Elapsed.TotalSeconds, 3));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
