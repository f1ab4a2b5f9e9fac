using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Text as a workbook holds it: characters XML 1.0 cannot hold (controls other than tab, line feed and
/// carriage return) are written as <c>_xHHHH_</c>, the escape of ECMA-376 (ST_Xstring), and a literal <c>_xHHHH_</c>
/// has its underscore escaped, so every text round-trips.</summary>
internal static partial class CellText
{
    public static string Escape(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var control = ch < 0x20 && ch is not '\t' and not '\n' and not '\r' || ch is '\uFFFE' or '\uFFFF';
            var literal = ch == '_' && i + 6 < text.Length && Escaped().IsMatch(text.AsSpan(i, 7));
            if (!control && !literal)
            {
                builder?.Append(ch);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append(string.Create(CultureInfo.InvariantCulture, $"_x{(int)ch:X4}_"));
        }

        return builder?.ToString() ?? text;
    }

    public static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? Escaped().Replace(text, m => ((char)int.Parse(m.ValueSpan[2..6], NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    [GeneratedRegex("_x[0-9A-Fa-f]{4}_")]
    private static partial Regex Escaped();
}
