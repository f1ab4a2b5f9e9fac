using System.CommandLine;
using Sakip.Cli.Output;
using Sakip.Domain.Review;
using Sakip.Domain.Text;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip check &lt;file&gt;</c>: the alignment review of a SAKIP document.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A SAKIP document (JSON, see docs/sakip-document-format.md)." };
        var json = new Option<bool>("--json") { Description = "Print the review as JSON." };
        var language = CommonOptions.Language();
        var command = new Command("check", "Run the alignment review (RPJMD - Renstra - PK consistency, rules ALN-001...) over a SAKIP document.")
        {
            file, json, language,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), CommonOptions.ToLanguage(parse.GetValue(language)), output, error));
        return command;
    }

    internal static int Run(string path, bool json, Language language, TextWriter output, TextWriter error)
    {
        var document = DocumentFile.Read(path, "check", error);
        if (document is null)
        {
            return SakipApp.InvalidInput;
        }

        var report = AlignmentReview.Default.Run(document);
        output.WriteLine(json ? JsonOutput.Write(w => ReviewView.Json(w, report)) : ReviewView.Text(report, language));
        return 0;
    }
}
