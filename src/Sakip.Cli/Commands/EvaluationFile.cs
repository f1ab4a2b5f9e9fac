using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;

namespace Sakip.Cli.Commands;

/// <summary>Reads LKE answer documents (and custom scheme files) for a command, reporting every problem on standard
/// error.</summary>
internal static partial class EvaluationFile
{
    /// <summary>The scheme resolver: the custom scheme file's scheme by its id, else the built-in schemes; null (and
    /// the problems printed) when the scheme file cannot be read.</summary>
    public static Func<string, EvaluationScheme?>? Schemes(string? schemeFile, string command, TextWriter error)
    {
        if (schemeFile is null)
        {
            return EvaluationSchemes.Find;
        }

        if (!File.Exists(schemeFile))
        {
            error.WriteLine($"sakip {command}: invalid input: --scheme-file '{schemeFile}': no such file");
            return null;
        }

        SchemeReadResult result;
        using (var stream = File.OpenRead(schemeFile))
        {
            result = EvaluationSchemeJson.Read(stream);
        }

        if (!result.Success)
        {
            error.WriteLine($"sakip {command}: invalid input: scheme file '{schemeFile}' has {result.Problems.Count} problem(s); nothing was scored:");
            foreach (var problem in result.Problems)
            {
                error.WriteLine($"  {problem}");
            }

            return null;
        }

        var custom = result.Scheme;
        return id => string.Equals(id?.Trim(), custom.Id, StringComparison.OrdinalIgnoreCase) ? custom : EvaluationSchemes.Find(id);
    }

    public static Evaluation? Read(string path, Func<string, EvaluationScheme?> schemes, string command, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"sakip {command}: invalid input: '{path}': no such file");
            return null;
        }

        EvaluationReadResult result;
        using (var stream = File.OpenRead(path))
        {
            result = EvaluationJson.Read(stream, schemes);
        }

        if (result.Success)
        {
            return result.Evaluation;
        }

        error.WriteLine($"sakip {command}: invalid input: '{path}' has {result.Problems.Count} problem(s); nothing was scored:");
        var criteria = CriterionIds(path);
        foreach (var problem in result.Problems)
        {
            var match = AnswerPath().Match(problem.Path);
            var criterion = match.Success && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var i) && i < criteria.Count && criteria[i] is { } id
                    && !problem.Reason.English.Contains($"criterion {id}", StringComparison.Ordinal)
                ? $" [criterion {id}]"
                : string.Empty;
            error.WriteLine($"  {problem}{criterion}");
        }

        return null;
    }

    /// <summary>The criterion id of each answer row of the file, as written (null where there is none), so problems
    /// can name the criterion; empty when the file is not readable JSON.</summary>
    private static List<string?> CriterionIds(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("answers", out var answers) || answers.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return [.. answers.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.Object && a.TryGetProperty("criterion", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null)];
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return [];
        }
    }

    [GeneratedRegex(@"^\$\.answers\[(\d+)\]")]
    private static partial Regex AnswerPath();
}
