using System.Text;
using System.Text.RegularExpressions;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Spreadsheets;

/// <summary>A column of a table of the criteria workbook.</summary>
internal enum CriteriaColumn
{
    Id,
    Component,
    SubComponent,
    Criterion,
    Weight,
    Scale,
    DependsOn,
    Points,
    Guidance,
    Name,
    Method,
    ScaleName,
    Code,
    Value,
    Meaning,
    EnglishMeaning,
}

/// <summary>The kinds of table a criteria workbook holds.</summary>
internal enum CriteriaTableKind
{
    Criteria,
    Weights,
    Scales,
}

/// <summary>The heading words of the criteria workbook's tables (Indonesian and English), the numbered-text rule, and
/// the sheet names and headings the writer uses. Shared by the writer and the reader.</summary>
internal static partial class CriteriaLayout
{
    public const string CriteriaSheet = "Kriteria";
    public const string WeightSheet = "Bobot";
    public const string ScalesSheet = "Skala";
    public const int TableHeaderRow = 3;

    public static readonly (CriteriaColumn Column, string Heading)[] CriteriaHeadings =
    [
        (CriteriaColumn.Id, "No"), (CriteriaColumn.Component, "Komponen"), (CriteriaColumn.SubComponent, "Sub Komponen"),
        (CriteriaColumn.Criterion, "Kriteria"), (CriteriaColumn.Scale, "Skala"), (CriteriaColumn.DependsOn, "Bergantung pada"),
        (CriteriaColumn.Points, "Poin"), (CriteriaColumn.Guidance, "Panduan"),
    ];

    public static readonly (CriteriaColumn Column, string Heading)[] WeightHeadings =
    [
        (CriteriaColumn.Id, "No"), (CriteriaColumn.Name, "Nama"), (CriteriaColumn.Weight, "Bobot"), (CriteriaColumn.Scale, "Skala"),
        (CriteriaColumn.Method, "Metode"), (CriteriaColumn.DependsOn, "Bergantung pada"),
    ];

    public static readonly (CriteriaColumn Column, string Heading)[] ScaleHeadings =
    [
        (CriteriaColumn.Scale, "Skala"), (CriteriaColumn.ScaleName, "Nama skala"), (CriteriaColumn.Code, "Kode"),
        (CriteriaColumn.Value, "Nilai"), (CriteriaColumn.Meaning, "Arti"), (CriteriaColumn.EnglishMeaning, "Arti (Inggris)"),
    ];

    private static readonly Dictionary<string, CriteriaColumn> CriteriaWords = Words(
        (CriteriaColumn.Id, ["no", "nomor", "id", "nokriteria", "idkriteria", "criterionid"]),
        (CriteriaColumn.Component, ["komponen", "component"]),
        (CriteriaColumn.SubComponent, ["subkomponen", "subcomponent"]),
        (CriteriaColumn.Criterion, ["kriteria", "criterion", "criteria", "uraiankriteria"]),
        (CriteriaColumn.Weight, ["bobot", "weight", "bobotsubkomponen", "subcomponentweight"]),
        (CriteriaColumn.Scale, ["skala", "scale", "skalajawaban", "answerscale"]),
        (CriteriaColumn.DependsOn, ["bergantungpada", "tergantungpada", "dependson"]),
        (CriteriaColumn.Points, ["poin", "point", "points"]),
        (CriteriaColumn.Guidance, ["panduan", "guidance"]));

    private static readonly Dictionary<string, CriteriaColumn> WeightWords = Words(
        (CriteriaColumn.Id, ["no", "nomor", "id", "kode", "code"]),
        (CriteriaColumn.Name, ["nama", "name", "uraian", "komponen", "component", "komponensubkomponen", "componentsubcomponent"]),
        (CriteriaColumn.Weight, ["bobot", "weight"]),
        (CriteriaColumn.Scale, ["skala", "scale", "skalapredikat", "gradescale"]),
        (CriteriaColumn.Method, ["metode", "method", "metodepenilaian", "scoringmethod"]),
        (CriteriaColumn.DependsOn, ["bergantungpada", "tergantungpada", "dependson"]));

    private static readonly Dictionary<string, CriteriaColumn> ScaleWords = Words(
        (CriteriaColumn.Scale, ["skala", "scale", "idskala", "scaleid"]),
        (CriteriaColumn.ScaleName, ["namaskala", "scalename"]),
        (CriteriaColumn.Code, ["kode", "code", "kodejawaban", "answercode"]),
        (CriteriaColumn.Value, ["nilai", "value"]),
        (CriteriaColumn.Meaning, ["arti", "meaning", "makna", "artiindonesia", "meaningindonesian"]),
        (CriteriaColumn.EnglishMeaning, ["artiinggris", "meaningenglish", "englishmeaning", "artien", "meaningen"]));

    /// <summary>A heading as compared: lower case, letters and digits only ("Sub-Komponen" → <c>subkomponen</c>).</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
        }

        return builder.ToString();
    }

    /// <summary>What a run of headings is: the table kind and each column's position, or null when it is no table
    /// header. A criteria table needs Kriteria with Komponen or Sub Komponen; a weight table Bobot with No or Nama; a
    /// scale table Kode and Nilai.</summary>
    public static (CriteriaTableKind Kind, Dictionary<CriteriaColumn, int> Columns)? Classify(IReadOnlyList<(int Column, string Text)> headings)
    {
        foreach (var (kind, words) in new[] { (CriteriaTableKind.Criteria, CriteriaWords), (CriteriaTableKind.Weights, WeightWords), (CriteriaTableKind.Scales, ScaleWords) })
        {
            var columns = new Dictionary<CriteriaColumn, int>();
            foreach (var (column, text) in headings)
            {
                if (words.TryGetValue(Normalize(text), out var c))
                {
                    columns.TryAdd(c, column);
                }
            }

            var has = columns.ContainsKey;
            var fits = kind switch
            {
                CriteriaTableKind.Criteria => has(CriteriaColumn.Criterion) && (has(CriteriaColumn.Component) || has(CriteriaColumn.SubComponent)),
                CriteriaTableKind.Weights => has(CriteriaColumn.Weight) && (has(CriteriaColumn.Id) || has(CriteriaColumn.Name)),
                _ => has(CriteriaColumn.Code) && has(CriteriaColumn.Value),
            };
            if (fits)
            {
                return (kind, columns);
            }
        }

        return null;
    }

    /// <summary>Splits numbered text into its number and name: <c>1. Perencanaan Kinerja</c> → (<c>1</c>,
    /// <c>Perencanaan Kinerja</c>), <c>1.a Keberadaan</c> → (<c>1.a</c>, …), <c>a. Keberadaan</c> → (<c>a</c>, …),
    /// <c>A.1a. Dokumen</c> → (<c>A.1a</c>, …). A leading word is a number when it has a digit, or is one to three
    /// letters (or such groups joined by dots: <c>E.a</c>) ended by a dot or a parenthesis; otherwise the text has no number.</summary>
    public static (string? Id, string Name) SplitNumbered(string text)
    {
        var trimmed = text.Trim();
        var match = Numbered().Match(trimmed);
        if (!match.Success)
        {
            return (null, trimmed);
        }

        var token = match.Groups["id"].Value;
        var ended = match.Groups["end"].Success;
        var hasDigit = token.Any(char.IsAsciiDigit);
        return hasDigit || (ended && token.Split('.').All(s => s.Length <= 3 && s.All(char.IsAsciiLetter)))
            ? (token, match.Groups["name"].Value.Trim())
            : (null, trimmed);
    }

    /// <summary>An id as matched against a base scheme: lower case, without dots, spaces and hyphens.</summary>
    public static string Key(string id) => Normalize(id);

    /// <summary>The text a criteria table writes for a component or sub-component: <c>1. Perencanaan Kinerja</c>.</summary>
    public static string NumberedText(string id, string name) => $"{id.Trim()}. {name}";

    public static string MethodText(ScoringMethod method) => method == ScoringMethod.Points ? "poin" : "rata-rata";

    public static ScoringMethod? ParseScoringMethod(string text) => Normalize(text) switch
    {
        "ratarata" or "mean" or "average" => ScoringMethod.Mean,
        "poin" or "points" or "point" => ScoringMethod.Points,
        _ => null,
    };

    private static Dictionary<string, CriteriaColumn> Words(params (CriteriaColumn Column, string[] Words)[] entries)
    {
        var words = new Dictionary<string, CriteriaColumn>(StringComparer.Ordinal);
        foreach (var (column, list) in entries)
        {
            foreach (var word in list)
            {
                words[word] = column;
            }
        }

        return words;
    }

    [GeneratedRegex(@"^(?<id>[0-9A-Za-z]{1,6}(?:\.[0-9A-Za-z]{1,6}){0,4})(?:(?<end>[.)])\s*|\s+)(?<name>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex Numbered();
}
