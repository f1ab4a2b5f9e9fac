using Sakip.Domain.Text;

namespace Sakip.Domain;

/// <summary>Shorthands for the library's own results.</summary>
internal static class Results
{
    /// <summary>A text that could not be parsed: one problem about the whole text (empty path).</summary>
    public static Result<T> ParseFailed<T>(Reason reason) => Result<T>.Failure(new Problem("", reason));

    /// <summary>The exception a throwing <c>Parse</c> raises for a failed parse: the text and the reason.</summary>
    public static FormatException FormatError<T>(string? text, Result<T> failed) =>
        new($"'{text}': {failed.Problems[0].Reason.English}");
}
