using System.Globalization;
using Ardalis.GuardClauses;
using Sakip.Domain.Collections;
using Sakip.Domain.Text;

namespace Sakip.Domain.Explanations;

/// <summary>
/// One step of a calculation as data: a stable code, message templates in English and Indonesian, and the
/// exact numbers substituted into them.
/// </summary>
/// <remarks>
/// Templates use composite-format placeholders (<c>{0}</c>, <c>{1:0.####}</c>); numbers are rendered in the
/// language's culture (decimal comma in Indonesian). Immutable and thread-safe.
/// </remarks>
public sealed record ExplanationStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="code">Stable code, e.g. <c>formula</c>, <c>range-above</c>, <c>cap</c>.</param>
    /// <param name="english">English template.</param>
    /// <param name="indonesian">Indonesian template.</param>
    /// <param name="arguments">The exact numbers substituted into the templates.</param>
    /// <exception cref="ArgumentException">An argument is null or empty.</exception>
    public ExplanationStep(string code, string english, string indonesian, params decimal[] arguments)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        English = Guard.Against.NullOrWhiteSpace(english);
        Indonesian = Guard.Against.NullOrWhiteSpace(indonesian);
        Arguments = [.. Guard.Against.Null(arguments)];
    }

    /// <summary>Stable code of the step.</summary>
    public string Code { get; }

    /// <summary>English template.</summary>
    public string English { get; }

    /// <summary>Indonesian template.</summary>
    public string Indonesian { get; }

    /// <summary>The exact numbers substituted into the templates.</summary>
    public ValueList<decimal> Arguments { get; }

    /// <summary>Renders the step in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence fragment with numbers in that language's format.</returns>
    public string Render(Language language)
    {
        var template = language == Language.Indonesian ? Indonesian : English;
        var args = Arguments.Select(a => (object)a).ToArray();
        return string.Format(Cultures.For(language), template, args);
    }

    /// <inheritdoc />
    public override string ToString() => Render(Language.English);

    /// <inheritdoc />
    public bool Equals(ExplanationStep? other) =>
        other is not null && Code == other.Code && English == other.English && Indonesian == other.Indonesian
        && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine<string, string, string, int>(Code, English, Indonesian, Arguments.Count);

    internal static string Number(decimal value, Language language) =>
        value.ToString("0.####", Cultures.For(language));

    internal static CultureInfo Culture(Language language) => Cultures.For(language);
}
