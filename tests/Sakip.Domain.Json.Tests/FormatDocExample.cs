using Sakip.Domain.Planning;

namespace Sakip.Domain.Json.Tests;

/// <summary>The code example of docs/sakip-document-format.md, verbatim between the markers (checked by
/// <see cref="FormatDocTests"/>).</summary>
internal static class FormatDocExample
{
    public static void Run(string path, TextWriter log)
    {
        // begin-format-example
        // Read: never throws on bad input; every problem comes with its JSON path, line and reason.
        Result<SakipDocument> read = SakipDocumentJson.Read(File.ReadAllText(path));
        if (!read.IsSuccess)
        {
            foreach (Problem problem in read.Problems)
            {
                log.WriteLine(problem); // line 9, $.realisations[0].period: not a period; write 2025, ...
            }

            return;
        }

        SakipDocument document = read.GetValueOrThrow();

        // Write: indented UTF-8 with exact decimals and the canonical text of codes and periods.
        File.WriteAllText(path, SakipDocumentJson.Write(document));
        // end-format-example
    }
}
