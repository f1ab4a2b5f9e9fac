using Ardalis.GuardClauses;
using Sakip.Domain.Collections;
using Sakip.Domain.Text;

namespace Sakip.Domain.Explanations;

/// <summary>
/// One step of a calculation as data: a stable code, a message template in English and Indonesian, and the
/// exact numbers substituted into it.
/// </summary>
/// <remarks>
/// Templates use composite-format placeholders (<c>{0}</c>, <c>{1:0.####}</c>); numbers are rendered in the
/// language's culture (decimal comma in Indonesian). Immutable and thread-safe.
/// </remarks>
public sealed record ExplanationStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="code">Stable code, e.g. <c>formula</c>, <c>range-above</c>, <c>cap</c>.</param>
    /// <param name="template">The template in both languages.</param>
    /// <param name="arguments">The exact numbers substituted into the template.</param>
    /// <exception cref="ArgumentException">An argument is null, or the code or a wording of the template is
    /// empty.</exception>
    public ExplanationStep(string code, BilingualText template, params decimal[] arguments)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        Template = Guard.Against.Null(template);
        Guard.Against.NullOrWhiteSpace(template.English, nameof(template));
        Guard.Against.NullOrWhiteSpace(template.Indonesian, nameof(template));
        Arguments = [.. Guard.Against.Null(arguments)];
    }

    /// <summary>Creates a step from its template's two wordings.</summary>
    /// <param name="code">Stable code, e.g. <c>formula</c>, <c>range-above</c>, <c>cap</c>.</param>
    /// <param name="english">English template.</param>
    /// <param name="indonesian">Indonesian template.</param>
    /// <param name="arguments">The exact numbers substituted into the templates.</param>
    /// <exception cref="ArgumentException">An argument is null or empty.</exception>
    public ExplanationStep(string code, string english, string indonesian, params decimal[] arguments)
        : this(code, new BilingualText(Guard.Against.NullOrWhiteSpace(english), Guard.Against.NullOrWhiteSpace(indonesian)), arguments)
    {
    }

    /// <summary>Stable code of the step.</summary>
    public string Code { get; }

    /// <summary>The template, with composite-format placeholders, in both languages.</summary>
    public BilingualText Template { get; }

    /// <summary>The exact numbers substituted into the templates.</summary>
    public ValueList<decimal> Arguments { get; }

    /// <summary>Renders the step in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence fragment with numbers in that language's format.</returns>
    public string Render(Language language)
    {
        var template = Template.In(language);
        var args = Arguments.Select(a => (object)a).ToArray();
        return string.Format(Cultures.For(language), template, args);
    }

    /// <inheritdoc />
    public override string ToString() => Render(Language.English);
}
