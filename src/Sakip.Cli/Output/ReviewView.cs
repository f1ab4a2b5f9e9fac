using System.Text;
using System.Text.Json;
using Sakip.Cli.Commands;
using Sakip.Domain.Review;

namespace Sakip.Cli.Output;

/// <summary>Renders an alignment <see cref="ReviewReport"/> as a table or as JSON.</summary>
internal static class ReviewView
{
    public static string Text(ReviewReport report, CliContext context)
    {
        var culture = context.Culture;
        var text = new StringBuilder();
        text.Append(context.T(
            $"Reviu keselarasan: {report.Rules.Count} aturan, {report.ErrorCount} galat, {report.WarningCount} peringatan, {report.InfoCount} info",
            $"Alignment review: {report.Rules.Count} rules, {report.ErrorCount} error(s), {report.WarningCount} warning(s), {report.InfoCount} info")).Append('\n');
        var table = new TextTable(context.T("Tingkat", "Severity"), context.T("Aturan", "Rule"), context.T("Lokasi", "Path"), context.T("Subjek", "Subject"), context.T("Temuan", "Finding"));
        foreach (var finding in report.Findings)
        {
            table.Add(SeverityText(finding.Severity, context), finding.RuleId, finding.Path, TerminalText.Shorten(finding.Subject, 48), finding.Reason.In(context.Language));
        }

        if (report.Findings.Count > 0)
        {
            text.Append(table.Render("  ")).Append('\n');
        }

        text.Append(context.T("Cakupan:", "Coverage:")).Append('\n');
        text.Append(context.T("  Sasaran RPJMD yang didukung sasaran perangkat daerah: ", "  RPJMD sasaran supported by an agency sasaran: ")).Append(Share(report.Coverage.RpjmdSasaranSupported, context)).Append('\n');
        text.Append(context.T("  Sasaran perangkat daerah yang selaras dengan RPJMD:   ", "  Agency sasaran aligned to an RPJMD sasaran:   ")).Append(Share(report.Coverage.AgencySasaranAligned, context)).Append('\n');
        text.Append(context.T("  Anggaran yang terkait indikator outcome:              ", "  Budget tied to an outcome indicator:          ")).Append(Share(report.Coverage.BudgetTiedToOutcome, context));
        return text.ToString();
    }

    /// <summary>A severity in the context's language (the JSON keeps the English id).</summary>
    public static string SeverityText(Severity severity, CliContext context) => context.English ? severity.ToString() : severity switch
    {
        Severity.Error => "Galat",
        Severity.Warning => "Peringatan",
        _ => "Info",
    };

    public static void Json(Utf8JsonWriter json, ReviewReport report)
    {
        json.WriteStartObject();
        json.WriteNumber("errors", report.ErrorCount);
        json.WriteNumber("warnings", report.WarningCount);
        json.WriteNumber("info", report.InfoCount);
        json.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("rule", f.RuleId);
            json.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            json.WriteString("path", f.Path);
            json.WriteString("subject", f.Subject);
            json.WriteString("code", f.Reason.Code);
            json.WriteString("en", f.Reason.Message.English);
            json.WriteString("id", f.Reason.Message.Indonesian);
            json.WriteStartObject("figures");
            foreach (var figure in f.Figures)
            {
                json.WriteNumber(figure.Name, figure.Value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("coverage");
        WriteShare(json, "rpjmdSasaranSupported", report.Coverage.RpjmdSasaranSupported);
        WriteShare(json, "agencySasaranAligned", report.Coverage.AgencySasaranAligned);
        WriteShare(json, "budgetTiedToOutcome", report.Coverage.BudgetTiedToOutcome);
        json.WriteEndObject();
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("severity", rule.Severity.ToString().ToLowerInvariant());
            json.WriteString("title", rule.Title.English);
            json.WriteString("basis", rule.Basis);
            json.WriteNumber("findings", rule.FindingCount);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Share(Domain.Review.CoverageShare share, CliContext context) =>
        share.Percent is { } p
            ? $"{Math.Round(p.Value, 2, MidpointRounding.AwayFromZero).ToString("0.00", context.Culture)} % ({share.Numerator.ToString("N0", context.Culture)} {context.T("dari", "of")} {share.Denominator.ToString("N0", context.Culture)})"
            : context.T("tidak berlaku (tidak ada yang dihitung)", "not applicable (nothing to count)");

    private static void WriteShare(Utf8JsonWriter json, string name, Domain.Review.CoverageShare share)
    {
        json.WriteStartObject(name);
        json.WriteNumber("numerator", share.Numerator);
        json.WriteNumber("denominator", share.Denominator);
        if (share.Percent is { } p)
        {
            json.WriteNumber("percent", p.Value);
        }
        else
        {
            json.WriteNull("percent");
        }

        json.WriteEndObject();
    }
}
