using Sakip.Domain.Bands;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Text;

/// <summary>
/// Parts of the flat views the result types return from their private <c>ToDump()</c> method, which LINQPad calls by
/// name and dumps instead of the object (no LINQPad reference needed): figures as presented, band labels and
/// messages in Indonesian first, problems as path, code and message.
/// </summary>
internal static class DumpView
{
    /// <summary>The decimals a figure is shown with when no rule states its rounding: the four of the library's
    /// own explanations (<c>0.####</c>).</summary>
    public const int DisplayDecimals = 4;

    /// <summary>A figure with no trailing zeros (<c>66.4500</c> shows as <c>66.45</c>).</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The same value at its smallest scale.</returns>
    public static decimal Normal(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>A figure no rule rounds, rounded as the library's explanations show it (four decimals, half away
    /// from zero, as <c>0.####</c> formats).</summary>
    /// <param name="value">The exact figure.</param>
    /// <returns>The shown figure, or <see langword="null"/>.</returns>
    public static decimal? Shown(decimal? value) =>
        value is { } v ? Normal(decimal.Round(v, DisplayDecimals, MidpointRounding.AwayFromZero)) : null;

    /// <summary>A figure some rule already rounded, as that rule left it (<c>87.50</c> under two decimals).</summary>
    /// <param name="value">The presented figure.</param>
    /// <returns>The figure, or <see langword="null"/>.</returns>
    public static decimal? Presented(decimal? value) => value;

    /// <summary>A band's Indonesian label.</summary>
    /// <param name="band">The band.</param>
    /// <returns>The label, or <see langword="null"/>.</returns>
    public static string? Label(Band? band) => band?.Label.Indonesian;

    /// <summary>One problem as a row.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The row.</returns>
    public static object Row(Problem problem) => new
    {
        problem.Path,
        problem.Line,
        problem.Reason.Code,
        Message = problem.Reason.Message.Indonesian,
        MessageEnglish = problem.Reason.Message.English,
    };

    /// <summary>Problems as rows, or <see langword="null"/> when there are none (an empty table is noise).</summary>
    /// <param name="problems">The problems.</param>
    /// <returns>The rows.</returns>
    public static object[]? Rows(ValueList<Problem> problems) => problems.Count == 0 ? null : [.. problems.Select(Row)];
}
