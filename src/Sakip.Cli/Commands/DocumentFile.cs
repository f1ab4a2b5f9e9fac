using Sakip.Domain;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Text;

namespace Sakip.Cli.Commands;

/// <summary>Reads a SAKIP document file for a command, reporting every problem on standard error.</summary>
internal static class DocumentFile
{
    public static SakipDocument? Read(string path, string command, TextWriter error, Domain.Catalogues.RuleCatalogue? catalogue = null)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"{CliContext.Current.Invalid(command)}: '{path}': {CliContext.Current.T("berkas tidak ada", "no such file")}");
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
                error.WriteLine($"{CliContext.Current.Invalid(command)}: '{path}': {problem.ToString(CliContext.Current.Language)} ({CliContext.Current.T("plugin yang membawanya: --plugin", "a plugin that brings it: --plugin")})");
            }

            return unresolved.Count == 0 ? document : null;
        }

        var context = CliContext.Current;
        error.WriteLine($"{context.Invalid(command)}: '{path}' {context.T($"memiliki {result.Problems.Count} masalah; tidak ada yang diproses", $"has {result.Problems.Count} problem(s); nothing was processed")}:");
        foreach (var problem in result.Problems)
        {
            error.WriteLine($"  {problem.ToString(context.Language)}");
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
            error.WriteLine($"{who}: {CliContext.Current.T("masukan tidak valid", "invalid input")}: '{path}': {CliContext.Current.T("tidak dapat dibaca", "cannot be read")}: {CliContext.Current.T(FailureText.Of(e))}");
            return null;
        }
    }
}
