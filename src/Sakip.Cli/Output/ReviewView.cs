using System.Globalization;
using System.Text;
using System.Text.Json;
using Sakip.Domain.Review;
using Sakip.Domain.Text;

namespace Sakip.Cli.Output;

/// <summary>Renders an alignment <see cref="ReviewReport"/> as a table or as JSON.</summary>
internal static class ReviewView
{
    public static string Text(ReviewReport report, Language language)
    {
        var culture = Cultures.For(language);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Alignment review: {report.Rules.Count} rules, {report.ErrorCount} error(s), {report.WarningCount} warning(s), {report.InfoCount} info").Append('\n');
        var table = new TextTable("Severity", "Rule", "Path", "Subject", language == Language.Indonesian ? "Temuan" : "Finding");
        foreach (var finding in report.Findings)
        {
            table.Add(finding.Severity.ToString(), finding.RuleId, finding.Path, TerminalText.Shorten(finding.Subject, 48), finding.Reason.In(language));
        }

        if (report.Findings.Count > 0)
        {
            text.Append(table.Render("  ")).Append('\n');
        }

        text.Append("Coverage:").Append('\n');
        text.Append("  RPJMD sasaran supported by an agency sasaran: ").Append(Share(report.Coverage.RpjmdSasaranSupported, culture)).Append('\n');
        text.Append("  Agency sasaran aligned to an RPJMD sasaran:   ").Append(Share(report.Coverage.AgencySasaranAligned, culture)).Append('\n');
        text.Append("  Budget tied to an outcome indicator:          ").Append(Share(report.Coverage.BudgetTiedToOutcome, culture));
        return text.ToString();
    }

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

    private static string Share(Domain.Review.CoverageShare share, CultureInfo culture) =>
        share.Percent is { } p
            ? $"{Math.Round(p.Value, 2, MidpointRounding.AwayFromZero).ToString("0.00", culture)} % ({share.Numerator.ToString("N0", culture)} of {share.Denominator.ToString("N0", culture)})"
            : "not applicable (nothing to count)";

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
