using System.Globalization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>How <see cref="PlanWorkbook.Read(Stream, PlanWorkbookReadOptions?)"/> reads a workbook: limits for
/// workbooks from outside, the number format of numbers typed as text when the workbook names none, and whether a
/// formula's calculated value is taken.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PlanWorkbookReadOptions
{
    private readonly long _maxWorkbookBytes = LkeReadOptions.DefaultMaxWorkbookBytes;
    private readonly long _maxPartCharacters = LkeReadOptions.DefaultMaxPartCharacters;
    private readonly CultureInfo _numberCulture = Cultures.Indonesian;

    /// <summary>The options every read uses when given none.</summary>
    public static PlanWorkbookReadOptions Default { get; } = new();

    /// <summary>The largest workbook file read, in bytes; a stream is read no further than one byte past it. Default
    /// <see cref="LkeReadOptions.DefaultMaxWorkbookBytes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than <see cref="int.MaxValue"/>.</exception>
    public long MaxWorkbookBytes
    {
        get => _maxWorkbookBytes;
        init => _maxWorkbookBytes = value is >= 1 and <= int.MaxValue ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum workbook size is 1 to int.MaxValue bytes.");
    }

    /// <summary>The most characters of one unpacked part of the workbook. Default
    /// <see cref="LkeReadOptions.DefaultMaxPartCharacters"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxPartCharacters
    {
        get => _maxPartCharacters;
        init => _maxPartCharacters = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum part size is at least 1 character.");
    }

    /// <summary>The number format of numbers typed as text (<c>4,88</c>) when the workbook's info sheet names none:
    /// <see cref="Cultures.Indonesian"/> (default) or <see cref="Cultures.Invariant"/>. A workbook that names one
    /// (<c>id-ID</c> or <c>invariant</c>) is read with its own. Numbers in number cells need no format.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public CultureInfo NumberCulture
    {
        get => _numberCulture;
        init => _numberCulture = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Whether a formula cell is read as the value the program that saved it calculated. Default
    /// <see langword="false"/>: a formula where a value belongs is a problem (<c>workbook-formula</c>), since the value
    /// depends on cells the library does not read.</summary>
    public bool AcceptFormulaValues { get; init; }
}
