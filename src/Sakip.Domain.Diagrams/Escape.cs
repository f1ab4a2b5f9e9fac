using System.Globalization;
using System.Text;

namespace Sakip.Domain.Diagrams;

/// <summary>Escaping of user text for each diagram format.</summary>
internal static class Escape
{
    /// <summary>XML text and attribute values: the five special characters become entities; characters XML 1.0
    /// cannot hold (most control characters, lone surrogates, U+FFFE/U+FFFF) are dropped.</summary>
    public static string Xml(string text)
    {
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
                case '\'': builder.Append("&apos;"); break;
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

    /// <summary>Mermaid label text inside double quotes: characters with a meaning become Mermaid entity codes
    /// (<c>#38;</c> for &amp;, <c>#60;</c> for &lt;, <c>#34;</c> for a double quote …).</summary>
    public static string Mermaid(string text) => OneLine(text, c => c is '&' or '<' or '>' or '"' or '\'' or '#' or '`' or ';' or '\\'
        ? "#" + ((int)c).ToString(CultureInfo.InvariantCulture) + ";"
        : null);

    /// <summary>A DOT double-quoted string: backslash and double quote are escaped, ampersand becomes the entity
    /// Graphviz expands, and new lines become spaces.</summary>
    public static string Dot(string text) => OneLine(text, c => DotSpecial(c, record: false));

    /// <summary>A field of a DOT record label: as <see cref="Dot"/>, and the record syntax characters
    /// <c>{ } | &lt; &gt;</c> are escaped with a backslash.</summary>
    public static string DotRecord(string text) => OneLine(text, c => DotSpecial(c, record: true));

    private static string? DotSpecial(char c, bool record) => c switch
    {
        '\\' or '"' => "\\" + c,
        '&' => "&amp;",
        '{' or '}' or '|' or '<' or '>' when record => "\\" + c,
        _ => null,
    };

    // The text on one line: each character the format gives a meaning is replaced as `special` says, line breaks and
    // tabs become spaces, other control characters are dropped.
    private static string OneLine(string text, Func<char, string?> special)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (special(c) is { } replacement)
            {
                builder.Append(replacement);
            }
            else if (c is '\r' or '\n' or '\t')
            {
                builder.Append(' ');
            }
            else if (c >= ' ')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
