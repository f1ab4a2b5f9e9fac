using Sakip.Domain;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;

namespace Sakip.Cli.Commands;

/// <summary>Reads a SAKIP document file for a command, reporting every problem on standard error.</summary>
internal static class DocumentFile
{
    public static SakipDocument? Read(string path, string command, TextWriter error, Domain.Catalogues.RuleCatalogue? catalogue = null)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"sakip {command}: invalid input: '{path}': no such file");
            return null;
        }

        if (Open(path, $"sakip {command}", error) is not { } stream)
        {
            return null;
        }

        Result<SakipDocument> result;
        using (stream)
        {
            result = catalogue is null
                ? SakipDocumentJson.Read(stream)
                : SakipDocumentJson.Read(stream, id => catalogue.EvaluationSchemes.TryGet(id, out var scheme) ? scheme : null);
        }

        if (result.TryGetValue(out var document))
        {
            // The ids the document names (an indicator's formula) must be in the rules the command computes with.
            var unresolved = catalogue?.Check(document) ?? [];
            foreach (var problem in unresolved)
            {
                error.WriteLine($"sakip {command}: invalid input: '{path}': {problem} (a plugin that brings it: --plugin)");
            }

            return unresolved.Count == 0 ? document : null;
        }

        error.WriteLine($"sakip {command}: invalid input: '{path}' has {result.Problems.Count} problem(s); nothing was processed:");
        foreach (var problem in result.Problems)
        {
            error.WriteLine($"  {problem}");
        }

        return null;
    }

    /// <summary>Opens an input file, or reports why it can't be opened (no permission, a device) and returns
    /// null.</summary>
    public static FileStream? Open(string path, string who, TextWriter error)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{who}: invalid input: '{path}': cannot be read: {e.Message}");
            return null;
        }
    }
}
