using System.Globalization;

namespace Sakip.Domain.Spreadsheets;

/// <summary>What a score cell of an LKE workbook holds.</summary>
public enum LkeFigureKind
{
    /// <summary>A sub-component's score (column H of its row on the component sheet).</summary>
    SubComponentScore = 0,

    /// <summary>A component's score (cell H2 of the component sheet, and column D of the summary).</summary>
    ComponentScore = 1,

    /// <summary>The total score (summary sheet).</summary>
    Total = 2,

    /// <summary>The score that decides the grade: the total rounded as the grade table says (summary sheet).</summary>
    DecidingScore = 3,

    /// <summary>The grade (predikat) code (summary sheet).</summary>
    Grade = 4,
}

/// <summary>One figure of an LKE workbook beside the library's: the value the sheet's own formulas last computed
/// (its cached value, as saved by the program that last calculated it) and the value the library computes from the
/// sheet's answers.</summary>
/// <param name="Cell">The cell address, e.g. <c>'1 Perencanaan Kinerja'!H4</c> or <c>Ringkasan!D8</c>.</param>
/// <param name="Kind">What the cell holds.</param>
/// <param name="Id">The sub-component or component id; <see langword="null"/> for the total, deciding score and
/// grade.</param>
/// <param name="Sheet">The sheet's value as text (a number in invariant form, e.g. <c>67.500000000000014</c>, a grade
/// code, or an error such as <c>#N/A</c>); <see langword="null"/> when the cell is empty.</param>
/// <param name="Library">The library's value as text (a number in invariant form without trailing zeros, or a grade
/// code); <see langword="null"/> when the library has none (the figure is incomplete).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LkeFigure(string Cell, LkeFigureKind Kind, string? Id, string? Sheet, string? Library)
{
    /// <summary>How far two numbers may be apart and still agree: spreadsheet programs compute in binary floating
    /// point (about 15 significant digits), the library in decimal.</summary>
    public const decimal Tolerance = 0.000000001m;

    /// <summary>Whether the sheet's value differs from the library's: numbers further apart than
    /// <see cref="Tolerance"/>, a number beside an empty cell, or texts that differ (ignoring case).</summary>
    public bool Differs
    {
        get
        {
            if (Sheet is null || Library is null)
            {
                return Sheet is not null || Library is not null;
            }

            return decimal.TryParse(Sheet, NumberStyles.Float, CultureInfo.InvariantCulture, out var sheet)
                && decimal.TryParse(Library, NumberStyles.Float, CultureInfo.InvariantCulture, out var library)
                ? Math.Abs(sheet - library) > Tolerance
                : !string.Equals(Sheet.Trim(), Library.Trim(), StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Cell}: {Sheet ?? "-"} / {Library ?? "-"}";
}
