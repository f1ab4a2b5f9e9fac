using System.Globalization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>How <see cref="PlanCsv"/> writes and reads plan data as CSV: the culture of the numbers (which also chooses
/// the field separator), the language of headings and labels, and the largest file read.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PlanCsvOptions
{
    private readonly CultureInfo _culture = Cultures.Invariant;
    private readonly long _maxFileBytes = LkeReadOptions.DefaultMaxWorkbookBytes;

    /// <summary>Invariant numbers (<c>4.88</c>), fields separated by <c>,</c>, Indonesian headings.</summary>
    public static PlanCsvOptions Invariant { get; } = new() { Culture = Cultures.Invariant };

    /// <summary>Indonesian numbers (<c>4,88</c>), fields separated by <c>;</c>, Indonesian headings: what a spreadsheet
    /// program set to Indonesian opens as columns.</summary>
    public static PlanCsvOptions Indonesian { get; } = new() { Culture = Cultures.Indonesian };

    /// <summary>The culture of the numbers: <see cref="Cultures.Invariant"/> or <see cref="Cultures.Indonesian"/>
    /// themselves (the two the info table can name; no other culture's data is used); there is no default, so that
    /// every caller says which. Numbers are written without group separators. When its decimal separator is <c>,</c>
    /// the field separator is <c>;</c>, otherwise <c>,</c>. It is written to the info table (B5), and on reading
    /// numbers are read in the format the info table names, this one when it names none.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is neither of the two cultures.</exception>
    public required CultureInfo Culture
    {
        get => _culture;
        init => _culture = value is null ? throw new ArgumentNullException(nameof(value))
            : ReferenceEquals(value, Cultures.Invariant) || ReferenceEquals(value, Cultures.Indonesian) ? value
            : throw new ArgumentException("The culture of plan CSV files is Cultures.Invariant or Cultures.Indonesian.", nameof(value));
    }

    /// <summary>The language of the titles, headings, labels and words written (the reader accepts either language's).
    /// Default <see cref="Language.Indonesian"/>.</summary>
    public Language Language { get; init; } = Language.Indonesian;

    /// <summary>The largest file read, in bytes; a stream is read no further than one byte past it. Default
    /// <see cref="LkeReadOptions.DefaultMaxWorkbookBytes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than <see cref="int.MaxValue"/>.</exception>
    public long MaxFileBytes
    {
        get => _maxFileBytes;
        init => _maxFileBytes = value is >= 1 and <= int.MaxValue ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum file size is 1 to int.MaxValue bytes.");
    }

    /// <summary>The field separator the culture calls for: <c>;</c> when its decimal separator is <c>,</c>, else
    /// <c>,</c>.</summary>
    public char Separator => CsvText.Separator(Culture);
}
