using System.Text;

namespace Sakip.Domain.Diagrams;

/// <summary>
/// Estimates how wide text is in the diagram font (Arial/Helvetica metrics, as Liberation Sans has too) and wraps
/// it to a width, truncating with an ellipsis. A pure library cannot measure fonts, so the estimate errs wide.
/// </summary>
internal static class TextMetrics
{
    /// <summary>The font family of every diagram text: metric-compatible faces first.</summary>
    public const string FontFamily = "Arial, 'Liberation Sans', Helvetica, sans-serif";

    public const string Ellipsis = "…";

    /// <summary>Safety factor over the Helvetica metrics (other sans-serif faces run a little wider).</summary>
    private const double Safety = 1.06;

    /// <summary>Bold faces are about this much wider.</summary>
    private const double BoldFactor = 1.08;

    // Helvetica advance widths per 1000 em for U+0020 … U+007E.
    private static readonly short[] Ascii =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
    ];

    /// <summary>The estimated width of text in pixels.</summary>
    public static double Width(string text, double fontSize, bool bold = false)
    {
        var units = 0;
        foreach (var c in text)
        {
            units += c switch
            {
                >= ' ' and <= '~' => Ascii[c - ' '],
                '…' => 1000,
                '·' or '•' => 350,
                '–' => 556,
                '—' => 1000,
                _ when char.IsLowSurrogate(c) => 0,
                _ => 667,
            };
        }

        return units / 1000.0 * fontSize * Safety * (bold ? BoldFactor : 1.0);
    }

    /// <summary>Wraps text at spaces to lines no wider than <paramref name="maxWidth"/>, breaking over-long words,
    /// and keeps at most <paramref name="maxLines"/> lines, the last ending with an ellipsis when text was cut.</summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize, bool bold, int maxLines)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var truncated = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Width(candidate, fontSize, bold) <= maxWidth)
            {
                line.Clear().Append(candidate);
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            // Break a word that does not fit a line on its own.
            var rest = word;
            while (Width(rest, fontSize, bold) > maxWidth)
            {
                var take = Fit(rest, maxWidth, fontSize, bold);
                lines.Add(rest[..take]);
                rest = rest[take..];
            }

            line.Append(rest);
            if (lines.Count > maxLines)
            {
                truncated = true;
                break;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        if (lines.Count > maxLines)
        {
            truncated = true;
            lines.RemoveRange(maxLines, lines.Count - maxLines);
        }

        if (truncated && lines.Count > 0)
        {
            var last = lines[^1];
            while (last.Length > 0 && Width(last + Ellipsis, fontSize, bold) > maxWidth)
            {
                last = last[..^1];
            }

            lines[^1] = last.TrimEnd() + Ellipsis;
        }

        return lines;
    }

    /// <summary>One line, truncated with an ellipsis when too wide.</summary>
    public static string Truncate(string text, double maxWidth, double fontSize, bool bold = false)
    {
        if (Width(text, fontSize, bold) <= maxWidth)
        {
            return text;
        }

        var take = Fit(text, maxWidth - Width(Ellipsis, fontSize, bold), fontSize, bold);
        return text[..take].TrimEnd() + Ellipsis;
    }

    /// <summary>How many leading characters fit (at least one, never splitting a surrogate pair).</summary>
    private static int Fit(string text, double maxWidth, double fontSize, bool bold)
    {
        var take = 0;
        while (take < text.Length && Width(text[..(take + 1)], fontSize, bold) <= maxWidth)
        {
            take++;
        }

        take = Math.Max(take, 1);
        if (take < text.Length && char.IsLowSurrogate(text[take]))
        {
            take++;
        }

        return Math.Min(take, text.Length);
    }
}
