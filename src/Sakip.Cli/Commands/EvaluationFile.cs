using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sakip.Domain;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Spreadsheets;

namespace Sakip.Cli.Commands;

/// <summary>Reads LKE answer documents (and custom scheme files) for a command, reporting every problem on standard
/// error.</summary>
internal static partial class EvaluationFile
{
    /// <summary>The scheme a command that takes <c>--scheme</c> and <c>--scheme-file</c> works with: the one named, else
    /// the scheme file's, else the default; looked up in the scheme file, then in the catalogue. Null (and the
    /// problem printed) when the file cannot be read or no scheme has the id.</summary>
    public static EvaluationScheme? Chosen(RuleCatalogue catalogue, string? schemeId, string? schemeFile, string command, TextWriter error)
    {
        EvaluationScheme? fromFile = null;
        if (schemeFile is not null && (fromFile = SchemeFile(schemeFile, command, error)) is null)
        {
            return null;
        }

        var id = schemeId ?? fromFile?.Id ?? EvaluationSchemes.Default.Id;
        return fromFile is not null && string.Equals(id.Trim(), fromFile.Id, StringComparison.OrdinalIgnoreCase)
            ? fromFile
            : CliCatalogue.Scheme(catalogue, id, command, error);
    }

    /// <summary>The scheme resolver: the custom scheme file's scheme by its id, else the catalogue's schemes (the
    /// built-ins and the plugins'); null (and the problems printed) when the scheme file cannot be read.</summary>
    public static Func<string, EvaluationScheme?>? Schemes(RuleCatalogue catalogue, string? schemeFile, string command, TextWriter error)
    {
        EvaluationScheme? BuiltIn(string? id) => catalogue.EvaluationSchemes.TryGet(id, out var scheme) ? scheme : null;
        if (schemeFile is null)
        {
            return BuiltIn;
        }

        return SchemeFile(schemeFile, command, error) is { } custom
            ? id => string.Equals(id?.Trim(), custom.Id, StringComparison.OrdinalIgnoreCase) ? custom : BuiltIn(id)
            : null;
    }

    /// <summary>The scheme of a scheme file; null (and the problems printed) when it cannot be read.</summary>
    public static EvaluationScheme? SchemeFile(string schemeFile, string command, TextWriter error)
    {
        if (!File.Exists(schemeFile))
        {
            error.WriteLine($"{CliContext.Current.Invalid(command)}: --scheme-file '{schemeFile}': {CliContext.Current.T("berkas tidak ada", "no such file")}");
            return null;
        }

        if (DocumentFile.Open(schemeFile, $"sakip {command}", error) is not { } schemeStream)
        {
            return null;
        }

        Result<EvaluationScheme> result;
        using (schemeStream)
        {
            result = EvaluationSchemeJson.Read(schemeStream);
        }

        if (!result.IsSuccess)
        {
            error.WriteLine($"{CliContext.Current.Invalid(command)}: {CliContext.Current.T($"berkas skema '{schemeFile}' memiliki {result.Problems.Count} masalah; tidak ada yang dinilai", $"scheme file '{schemeFile}' has {result.Problems.Count} problem(s); nothing was scored")}:");
            foreach (var problem in result.Problems)
            {
                error.WriteLine($"  {problem.ToString(CliContext.Current.Language)}");
            }

            return null;
        }

        return result.GetValueOrThrow();
    }

    /// <summary>Reads one evaluation: from an answer document, or from a SAKIP document's <c>evaluations</c> (a file
    /// whose top level has <c>region</c>), chosen by <paramref name="year"/> and <paramref name="subject"/> when it
    /// holds more than one.</summary>
    public static Evaluation? Read(string path, Func<string, EvaluationScheme?> schemes, string command, TextWriter error, int? year = null, string? subject = null) =>
        Read(path, schemes, command, error, out _, year, subject);

    /// <summary>Reads one evaluation as <see cref="Read(string, Func{string, EvaluationScheme?}, string, TextWriter, int?, string?)"/>
    /// does, or from an LKE workbook (.xlsx, known by its zip signature <c>PK\x03\x04</c> whatever its extension), whose
    /// own figures beside the library's come back in <paramref name="sheet"/>.</summary>
    public static Evaluation? Read(string path, Func<string, EvaluationScheme?> schemes, string command, TextWriter error, out LkeSheet? sheet, int? year = null, string? subject = null)
    {
        sheet = null;
        if (!File.Exists(path))
        {
            error.WriteLine($"{CliContext.Current.Invalid(command)}: '{path}': {CliContext.Current.T("berkas tidak ada", "no such file")}");
            return null;
        }

        if (IsWorkbook(path))
        {
            sheet = FromWorkbook(path, schemes, command, error);
            return sheet?.Evaluation;
        }

        if (IsSakipDocument(path))
        {
            return FromDocument(path, schemes, command, error, year, subject);
        }

        if (DocumentFile.Open(path, $"sakip {command}", error) is not { } answers)
        {
            return null;
        }

        Result<Evaluation> result;
        using (answers)
        {
            result = EvaluationJson.Read(answers, schemes);
        }

        if (result.IsSuccess)
        {
            return result.GetValueOrThrow();
        }

        error.WriteLine($"{CliContext.Current.Invalid(command)}: {NothingScored(path, result.Problems.Count)}:");
        var criteria = CriterionIds(path);
        foreach (var problem in result.Problems)
        {
            var match = AnswerPath().Match(problem.Path);
            var criterion = match.Success && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var i) && i < criteria.Count && criteria[i] is { } id
                    && !problem.Reason.Message.English.Contains($"criterion {id}", StringComparison.Ordinal)
                ? $" [{CliContext.Current.T("kriteria", "criterion")} {id}]"
                : string.Empty;
            error.WriteLine($"  {problem.ToString(CliContext.Current.Language)}{criterion}");
        }

        return null;
    }

    private static Evaluation? FromDocument(string path, Func<string, EvaluationScheme?> schemes, string command, TextWriter error, int? year, string? subject)
    {
        if (DocumentFile.Open(path, $"sakip {command}", error) is not { } document)
        {
            return null;
        }

        Result<SakipDocument> read;
        using (document)
        {
            read = SakipDocumentJson.Read(document, schemes);
        }

        if (!read.IsSuccess)
        {
            error.WriteLine($"{CliContext.Current.Invalid(command)}: {NothingScored(path, read.Problems.Count)}:");
            foreach (var problem in read.Problems)
            {
                error.WriteLine($"  {problem.ToString(CliContext.Current.Language)}");
            }

            return null;
        }

        var all = read.GetValueOrThrow().Evaluations;
        var matching = all.Where(e => (year is null || e.Year == year) && (subject is null || string.Equals(e.Subject, subject.Trim(), StringComparison.OrdinalIgnoreCase))).ToList();
        if (matching.Count == 1)
        {
            return matching[0];
        }

        var held = all.Count == 0 ? CliContext.Current.T("tidak ada", "none") : string.Join("; ", all.Select(e => $"{e.Subject} {e.Year} ({e.Scheme.Id})"));
        var context = CliContext.Current;
        error.WriteLine(matching.Count == 0
            ? $"{context.Invalid(command)}: " + context.T($"'{path}' adalah dokumen SAKIP tanpa evaluasi yang cocok dengan --year/--subject; isinya: {held}", $"'{path}' is a SAKIP document with no evaluation matching --year/--subject; it holds: {held}")
            : $"{context.Invalid(command)}: " + context.T($"'{path}' adalah dokumen SAKIP dengan {matching.Count} evaluasi yang cocok; pilih satu dengan --year dan --subject: {held}", $"'{path}' is a SAKIP document with {matching.Count} matching evaluations; choose one with --year and --subject: {held}"));
        return null;
    }

    private static LkeSheet? FromWorkbook(string path, Func<string, EvaluationScheme?> schemes, string command, TextWriter error)
    {
        if (DocumentFile.Open(path, $"sakip {command}", error) is not { } stream)
        {
            return null;
        }

        Result<LkeSheet> result;
        using (stream)
        {
            result = LkeWorkbook.Read(stream, schemes);
        }

        if (result.TryGetValue(out var sheet))
        {
            return sheet;
        }

        error.WriteLine($"{CliContext.Current.Invalid(command)}: {NothingScored(path, result.Problems.Count)}:");
        foreach (var problem in result.Problems)
        {
            error.WriteLine($"  {problem.ToString(CliContext.Current.Language)}");
        }

        return null;
    }

    /// <summary>Whether the file starts with the zip signature every .xlsx workbook starts with.</summary>
    private static bool IsWorkbook(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return LkeWorkbook.LooksLikeWorkbook(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable: the JSON reader's open reports it.
            return false;
        }
    }

    /// <summary>Whether the file is a SAKIP document (its top level has <c>region</c>) rather than an answer document.</summary>
    private static bool IsSakipDocument(string path)
    {
        try
        {
            if (new FileInfo(path).Length > DocumentReadOptions.DefaultMaxDocumentBytes)
            {
                // Not parsed whole just to peek: the reader refuses it with its limit.
                return false;
            }

            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = false });
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("region", out _);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Not JSON at all, or text that is no text (invalid UTF-8, a lone surrogate): the answer-document reader
            // reports it with its path and line.
            return false;
        }
    }

    /// <summary>The criterion id of each answer row of the file, as written (null where there is none), so problems
    /// can name the criterion; empty when the file is not readable JSON.</summary>
    private static List<string?> CriterionIds(string path)
    {
        try
        {
            if (new FileInfo(path).Length > DocumentReadOptions.DefaultMaxDocumentBytes)
            {
                return [];
            }

            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("answers", out var answers) || answers.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return [.. answers.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.Object && a.TryGetProperty("criterion", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null)];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Unreadable, or an id that is no text (a lone surrogate): the problems are reported without the ids.
            return [];
        }
    }

    private static string NothingScored(string path, int count) =>
        CliContext.Current.T($"'{path}' memiliki {count} masalah; tidak ada yang dinilai", $"'{path}' has {count} problem(s); nothing was scored");

    [GeneratedRegex(@"^\$\.answers\[(\d+)\]")]
    private static partial Regex AnswerPath();
}
