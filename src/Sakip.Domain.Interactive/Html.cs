using System.Globalization;
using System.Text;

namespace Sakip.Domain.Interactive;

/// <summary>Escaping and small building blocks of the HTML the formatters write.</summary>
internal static class Html
{
    /// <summary>Text for an HTML element or a double-quoted attribute: <c>&amp; &lt; &gt; " '</c> become entities;
    /// characters HTML and XML cannot hold (most control characters, lone surrogates) are dropped, so the same text
    /// is also safe inside an inline SVG.</summary>
    /// <param name="text">The text; null is the empty string.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n' or '\r': builder.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (!char.IsSurrogate(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A coordinate or length in SVG: invariant, at most two decimals.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text, e.g. <c>12.5</c>.</returns>
    public static string Svg(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An integer written invariantly.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The opening of every view: a block with the library's font and colours.</summary>
    public const string Open = "<div class=\"sakip\" style=\"font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:13px;color:#1b1b1b;line-height:1.4\">";

    /// <summary>The closing of every view.</summary>
    public const string Close = "</div>";

    /// <summary>The style of a table.</summary>
    public const string Table = "<table style=\"border-collapse:collapse;margin:4px 0 10px 0\">";

    /// <summary>The style of a header cell.</summary>
    public const string Th = "<th style=\"border:1px solid #c8c8c8;padding:3px 8px;background:#f2f2f2;text-align:left\">";

    /// <summary>A header cell aligned right (figures).</summary>
    public const string ThRight = "<th style=\"border:1px solid #c8c8c8;padding:3px 8px;background:#f2f2f2;text-align:right\">";

    /// <summary>A cell.</summary>
    /// <param name="text">Its text, escaped here.</param>
    /// <param name="right">Whether it holds a figure (aligned right).</param>
    /// <param name="background">A background colour, or null.</param>
    /// <param name="bold">Whether the text is bold.</param>
    /// <returns>The cell.</returns>
    public static string Td(string? text, bool right = false, string? background = null, bool bold = false) =>
        "<td style=\"border:1px solid #c8c8c8;padding:3px 8px" + (right ? ";text-align:right;white-space:nowrap" : "")
        + (background is null ? "" : ";background:" + background) + (bold ? ";font-weight:600" : "") + "\">" + Escape(text) + "</td>";

    /// <summary>A coloured label (a band, a grade, a severity).</summary>
    /// <param name="text">The label, escaped here.</param>
    /// <param name="fill">The background.</param>
    /// <param name="stroke">The border.</param>
    /// <returns>The span.</returns>
    public static string Badge(string text, string fill, string stroke) =>
        "<span style=\"display:inline-block;padding:0 6px;border:1px solid " + stroke + ";border-radius:3px;background:" + fill + ";color:#1b1b1b\">" + Escape(text) + "</span>";

    /// <summary>A muted note.</summary>
    /// <param name="text">The text, escaped here.</param>
    /// <returns>The paragraph.</returns>
    public static string Note(string text) => "<p style=\"margin:2px 0;color:#555555\">" + Escape(text) + "</p>";
}
