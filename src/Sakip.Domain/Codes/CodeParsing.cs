using Sakip.Domain.Text;

namespace Sakip.Domain.Codes;

/// <summary>A code type that <see cref="CodeParsing"/> can read: one reader behind all of its parse methods.</summary>
/// <typeparam name="TSelf">The code type.</typeparam>
internal interface ICodeReader<TSelf>
    where TSelf : struct
{
    /// <summary>Reads a code; returns <see langword="null"/> on success, otherwise the reason.</summary>
    /// <param name="text">The text (white space around it is ignored).</param>
    /// <param name="code">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="null"/>, or the reason the text is not a code.</returns>
    static abstract Reason? Read(ReadOnlySpan<char> text, out TSelf code);
}

/// <summary>The parse methods shared by <see cref="ProgramCode"/> and <see cref="OrganisationCode"/>, each over the
/// type's <see cref="ICodeReader{TSelf}.Read"/>, and the segment splitting both readers start with.</summary>
internal static class CodeParsing
{
    /// <summary>Reads a code, never throwing: the code, or the reason it could not be read.</summary>
    public static Result<T> TryParse<T>(string? text)
        where T : struct, ICodeReader<T>
    {
        var reason = T.Read(text, out var code);
        return reason is null ? Result<T>.Success(code) : Results.ParseFailed<T>(reason);
    }

    /// <summary>Reads a code, throwing a <see cref="FormatException"/> that carries the reason.</summary>
    public static T Parse<T>(string? text)
        where T : struct, ICodeReader<T>
    {
        return Results.ValueOrFormatError(text, TryParse<T>(text));
    }

    /// <summary>Reads a code, never throwing: whether it could be read.</summary>
    public static bool TryParse<T>(ReadOnlySpan<char> text, out T code)
        where T : struct, ICodeReader<T> =>
        T.Read(text, out code) is null;

    /// <summary>
    /// Trims <paramref name="text"/> and splits it at the separators into <paramref name="parts"/>, whose length is
    /// the most segments a code may have. Fails with <c>empty-code</c> when nothing is left, with
    /// <paramref name="countReason"/> when there are fewer than <paramref name="minSegments"/> or more than
    /// <c>parts.Length</c> segments, and with <c>bad-code-shape</c> when a segment is empty, in that order.
    /// </summary>
    public static Reason? Split(ref ReadOnlySpan<char> text, scoped Span<Range> parts, int minSegments, Func<int, Reason> countReason, out int count)
    {
        count = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return Messages.EmptyCode;
        }

        count = CodeText.CountSegments(text);
        if (count < minSegments || count > parts.Length)
        {
            return countReason(count);
        }

        if (CodeText.HasEmptySegment(text))
        {
            return Messages.EmptyCodeSegment;
        }

        text.Split(parts, CodeText.Separator);
        return null;
    }
}
