using Sakip.Domain.Text;

namespace Sakip.Domain;

/// <summary>Shorthands for the library's own results.</summary>
internal static class Results
{
    /// <summary>A text that could not be parsed: one problem about the whole text (empty path).</summary>
    public static Result<T> ParseFailed<T>(Reason reason) => Result<T>.Failure(new Problem("", reason));

    /// <summary>What a throwing <c>Parse</c> returns: the parsed value, or a <see cref="FormatException"/> naming the
    /// text and the reason.</summary>
    public static T ValueOrFormatError<T>(string? text, Result<T> parsed) =>
        parsed.TryGetValue(out var value) ? value : throw new FormatException($"'{text}': {parsed.Problems[0].Reason.Message.English}");
}
