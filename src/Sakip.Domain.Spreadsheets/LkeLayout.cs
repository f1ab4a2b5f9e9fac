using System.Globalization;
using System.Text;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Where everything is on the LKE workbook: the sheets, their fixed cells and columns, and the words of each
/// language. Shared by the writer and the reader so that both agree on every address.</summary>
internal static class LkeLayout
{
    public const string InfoSheet = "Info";

    /// <summary>Excel's longest sheet name.</summary>
    public const int MaxSheetName = 31;

    // Info sheet: labels in column A, values in column B.
    public const int InfoSchemeRow = 3;
    public const int InfoVersionRow = 4;
    public const int InfoNameRow = 5;
    public const int InfoBasisRow = 6;
    public const int InfoSubjectRow = 7;
    public const int InfoYearRow = 8;
    public const int InfoMethodRow = 9;
    public const int InfoHelpRow = 11;

    // Component sheets: title in row 1, the component's weight and score in row 2, headings in row 3, rows from 4.
    public const int HeaderRow = 3;
    public const int FirstRow = 4;
    public const string ComponentScoreCell = "H2";
    public const string ComponentWeightCell = "C2";

    public const int IdColumn = 1;          // A
    public const int TextColumn = 2;        // B
    public const int WeightColumn = 3;      // C
    public const int CodesColumn = 4;       // D
    public const int ProposedColumn = 5;    // E
    public const int FinalColumn = 6;       // F
    public const int ValueColumn = 7;       // G
    public const int ScoreColumn = 8;       // H
    public const int EvidenceColumn = 9;    // I
    public const int NoteColumn = 10;       // J
    public const int LastColumn = NoteColumn;

    // Summary sheet: a row per component from row 4 (id, name, weight, score in D), then total, deciding score, grade.
    public const int SummaryScoreColumn = 4; // D
    public const int SummaryLabelColumn = 5; // E

    /// <summary>The separator of several evidence references in one cell: a line break.</summary>
    public const char EvidenceSeparator = '\n';

    public static string SummarySheet(Language language) => language == Language.Indonesian ? "Ringkasan" : "Summary";

    public static string ScaleSheet(Language language) => language == Language.Indonesian ? "Skala" : "Scales";

    public static readonly Language[] Languages = [Language.Indonesian, Language.English];

    public static string MethodLabel(EvaluationMethod method, Language language) => method == EvaluationMethod.SubComponentGrades
        ? language == Language.Indonesian ? "Predikat per subkomponen" : "Grade per sub-component"
        : language == Language.Indonesian ? "Predikat per kriteria" : "Grade per criterion";

    /// <summary>The method a cell names: either language's label or the JSON id, ignoring case.</summary>
    public static EvaluationMethod? ParseMethod(string? text)
    {
        var t = text?.Trim();
        foreach (var method in new[] { EvaluationMethod.SubComponentGrades, EvaluationMethod.CriterionGrades })
        {
            var id = method == EvaluationMethod.SubComponentGrades ? "sub-component-grades" : "criterion-grades";
            if (string.Equals(t, id, StringComparison.OrdinalIgnoreCase) || Languages.Any(l => string.Equals(t, MethodLabel(method, l), StringComparison.OrdinalIgnoreCase)))
            {
                return method;
            }
        }

        return null;
    }

    /// <summary>The names of the component sheets, in component order: "id name" cut to 31 characters, the
    /// characters Excel forbids replaced, made unique (ignoring case) among themselves and the fixed sheets of both
    /// languages, so that the names do not depend on the language.</summary>
    public static string[] ComponentSheets(EvaluationScheme scheme)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { InfoSheet };
        foreach (var language in Languages)
        {
            taken.Add(SummarySheet(language));
            taken.Add(ScaleSheet(language));
        }

        var names = new string[scheme.Components.Count];
        for (var c = 0; c < names.Length; c++)
        {
            var component = scheme.Components[c];
            var baseName = Clean($"{component.Id.Trim()} {component.Name.Trim()}");
            var name = Cut(baseName, MaxSheetName);
            for (var n = 2; !taken.Add(name); n++)
            {
                var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
                name = Cut(baseName, MaxSheetName - suffix.Length).TrimEnd() + suffix;
            }

            names[c] = name;
        }

        return names;
    }

    private static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            builder.Append(ch is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(ch) ? '-' : ch);
        }

        var cleaned = builder.ToString().Trim().Trim('\'').Trim();
        return cleaned.Length == 0 ? "-" : cleaned;
    }

    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        // Never cut between the two halves of a surrogate pair.
        var end = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..end];
    }

    /// <summary>A sheet name as a formula or a problem path writes it: quoted (with apostrophes doubled) unless it is
    /// a plain name Excel leaves unquoted.</summary>
    public static string Quote(string sheet)
    {
        var plain = sheet.Length > 0 && (char.IsAsciiLetter(sheet[0]) || sheet[0] == '_')
            && sheet.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '.')
            && !LooksLikeReference(sheet);
        return plain ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    // "A1", "XFD10", "R1C1", "R", "C" and "TRUE"/"FALSE" would be read as references or values.
    private static bool LooksLikeReference(string name)
    {
        var letters = name.TakeWhile(char.IsAsciiLetter).Count();
        var digits = name.Skip(letters).All(char.IsAsciiDigit);
        return (letters is >= 1 and <= 3 && digits && letters < name.Length)
            || name.Equals("R", StringComparison.OrdinalIgnoreCase)
            || name.Equals("C", StringComparison.OrdinalIgnoreCase)
            || name.Equals("TRUE", StringComparison.OrdinalIgnoreCase)
            || name.Equals("FALSE", StringComparison.OrdinalIgnoreCase)
            || (name.Length > 1 && (name[0] is 'R' or 'r' or 'C' or 'c') && name.Skip(1).All(ch => char.IsAsciiDigit(ch) || ch is 'C' or 'c' or 'R' or 'r'));
    }

    /// <summary>A cell address with its sheet: <c>'1 Perencanaan Kinerja'!F7</c>.</summary>
    public static string Address(string sheet, string cell) => Quote(sheet) + "!" + cell;

    public static string Cell(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string Column(int column)
    {
        var name = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The 1-based column and row of an A1 reference, or (0, 0) when it is none.</summary>
    public static (int Column, int Row) Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return (0, 0);
        }

        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= 16_384; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return i > 0 && i < reference.Length && column <= 16_384 && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is >= 1 and <= 1_048_576
            ? (column, row)
            : (0, 0);
    }

    public static BilingualText Heading(int column) => column switch
    {
        IdColumn => new("Id", "No."),
        TextColumn => new("Description", "Uraian"),
        WeightColumn => new("Weight", "Bobot"),
        CodesColumn => new("Allowed answers", "Pilihan jawaban"),
        ProposedColumn => new("Proposed answer", "Jawaban usulan"),
        FinalColumn => new("Final answer", "Jawaban final"),
        ValueColumn => new("Answer value", "Nilai jawaban"),
        ScoreColumn => new("Sub-component score", "Nilai subkomponen"),
        EvidenceColumn => new("Evidence (one per line)", "Bukti dukung (satu per baris)"),
        _ => new("Note", "Catatan"),
    };

    /// <summary>Column widths in characters, A to J.</summary>
    public static readonly double[] Widths = [10, 60, 9, 22, 14, 14, 12, 16, 40, 40];
}
