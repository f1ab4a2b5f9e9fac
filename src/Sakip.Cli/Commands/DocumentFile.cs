using Sakip.Domain.Json;
using Sakip.Domain.Planning;

namespace Sakip.Cli.Commands;

/// <summary>Reads a SAKIP document file for a command, reporting every problem on standard error.</summary>
internal static class DocumentFile
{
    public static SakipDocument? Read(string path, string command, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"sakip {command}: invalid input: '{path}': no such file");
            return null;
        }

        ReadResult result;
        using (var stream = File.OpenRead(path))
        {
            result = SakipDocumentJson.Read(stream);
        }

        if (result.Success)
        {
            return result.Document;
        }

        error.WriteLine($"sakip {command}: invalid input: '{path}' has {result.Problems.Count} problem(s); nothing was processed:");
        foreach (var problem in result.Problems)
        {
            error.WriteLine($"  {problem}");
        }

        return null;
    }
}
