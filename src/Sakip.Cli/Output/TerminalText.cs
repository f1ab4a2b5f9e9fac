using System.Buffers;
using System.Globalization;
using System.Text;

namespace Sakip.Cli.Output;

/// <summary>
/// Text from files (names, titles, subjects) made safe to print: every control character (C0 U+0000–U+001F, DEL
/// U+007F, C1 U+0080–U+009F), every bidirectional-text control (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069) and every lone surrogate is shown as a visible <c>\uXXXX</c> escape (ESC is <c>\u001B</c>), so no
/// terminal escape sequence or reordering reaches the screen; a value longer than <see cref="MaxLength"/> characters
/// is cut with an ellipsis in text views. JSON output keeps every value whole (docs/security.md).
/// </summary>
internal static class TerminalText
{
    /// <summary>The most characters of one value shown in a text view; a longer one ends in "…".</summary>
    public const int MaxLength = 256;

    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Concat([0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]).Concat(Enumerable.Range(0xD800, 0x800)).Select(c => (char)c)));

    /// <summary>A value as a text view shows it: escaped (line breaks and tabs too) and at most
    /// <paramref name="max"/> characters.</summary>
    public static string Safe(string? text, int max = MaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        // Cut before escaping, so that a huge value costs no more than a short one.
        var cut = text.Length > max;
        var escaped = Escape(cut ? text[..max] : text, keepLayout: false);
        return cut || escaped.Length > max ? Shorten(escaped, max, force: true) : escaped;
    }

    /// <summary>A text with its unsafe characters escaped; with <paramref name="keepLayout"/>, line feeds, carriage
    /// returns and tabs are kept (a whole view's layout).</summary>
    public static string Escape(string text, bool keepLayout)
    {
        var at = text.AsSpan().IndexOfAny(Unsafe);
        if (at < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16).Append(text, 0, at);
        for (var i = at; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (keepLayout && c is '\n' or '\r' or '\t')
            {
                result.Append(c);
            }
            else if (Unsafe.Contains(c))
            {
                result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>A text cut to at most <paramref name="max"/> characters, the last an ellipsis, never inside a
    /// surrogate pair; unchanged when short enough (unless <paramref name="force"/>).</summary>
    public static string Shorten(string text, int max, bool force = false)
    {
        if (!force && text.Length <= max)
        {
            return text;
        }

        var keep = Math.Min(text.Length, max - 1);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), "…");
    }

    /// <summary>A writer that escapes what <see cref="Escape"/> escapes (keeping the layout) in everything written
    /// through it: the last line of defence for every text the command line prints.</summary>
    internal sealed class Writer(TextWriter inner) : TextWriter(inner.FormatProvider)
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            // A surrogate written alone is half of a pair written char by char: passed on.
            if (Unsafe.Contains(value) && value is not ('\n' or '\r' or '\t') && !char.IsSurrogate(value))
            {
                inner.Write(((int)value).ToString("X4", CultureInfo.InvariantCulture).Insert(0, "\\u"));
            }
            else
            {
                inner.Write(value);
            }
        }

        public override void Write(string? value) => inner.Write(value is null ? null : Escape(value, keepLayout: true));

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Escape(value, keepLayout: true));

        public override void Flush() => inner.Flush();
    }
}
