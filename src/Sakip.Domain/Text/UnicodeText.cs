namespace Sakip.Domain.Text;

/// <summary>The model's rule for text: names, texts, ids and notes must be valid Unicode (well-formed UTF-16, no
/// lone surrogate), because no file format can hold a lone surrogate: a UTF-8 writer would replace it with U+FFFD and
/// the text read back would differ (docs/security.md).</summary>
internal static class UnicodeText
{
    /// <summary>Whether a text is well-formed UTF-16 (null counts as well-formed: absence is checked elsewhere).</summary>
    public static bool IsValid(string? text)
    {
        if (text is null)
        {
            return true;
        }

        var span = text.AsSpan();
        for (var i = span.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
