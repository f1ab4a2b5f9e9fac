using System.Globalization;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Numbers as a workbook stores them: invariant text, without trailing zeros.</summary>
internal static class Figures
{
    /// <summary>The value without trailing zeros in invariant form (67.500 → <c>67.5</c>); dividing by one is
    /// exact.</summary>
    public static string Text(decimal value) => In(value, CultureInfo.InvariantCulture);

    /// <summary>The value without trailing zeros in a culture's form, without group separators.</summary>
    public static string In(decimal value, CultureInfo culture) => (value / 1.0000000000000000000000000000m).ToString(culture);

    /// <summary>A number as stored in a cell (<c>67.5</c>, <c>1E-3</c>, <c>67.500000000000014</c>), or null.</summary>
    public static decimal? Parse(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && Math.Abs(d) < 7.9e28 ? (decimal)d
        : null;
}
