using Ardalis.GuardClauses;

namespace Sakip.Domain.Text;

/// <summary>
/// A text in both languages the library speaks: every message, label, title and explanation template of the
/// library is one of these, so a reader is always given a whole line in one language.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equal when both texts are equal (ordinal). A consumer's own
/// <c>System.Text.Json</c> serializes it as <c>{"English": "…", "Indonesian": "…"}</c> and reads it back.
/// </remarks>
/// <example>
/// <code>
/// var label = new BilingualText("Very high", "Sangat Tinggi");
/// label.In(Language.Indonesian); // "Sangat Tinggi"
/// </code>
/// </example>
public sealed record BilingualText
{
    /// <summary>Creates a text from its two wordings.</summary>
    /// <param name="english">The text in English.</param>
    /// <param name="indonesian">The text in Indonesian (Bahasa Indonesia).</param>
    /// <exception cref="ArgumentNullException">A wording is <see langword="null"/>.</exception>
    public BilingualText(string english, string indonesian)
    {
        English = Guard.Against.Null(english);
        Indonesian = Guard.Against.Null(indonesian);
    }

    /// <summary>The text in English.</summary>
    public string English { get; }

    /// <summary>The text in Indonesian (Bahasa Indonesia).</summary>
    public string Indonesian { get; }

    /// <summary>Returns the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The English or the Indonesian text.</returns>
    public string In(Language language) => language == Language.Indonesian ? Indonesian : English;

    /// <summary>The English text.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => English;

    /// <summary>What LINQPad shows for the text (it calls <c>ToDump</c> by name): both languages, Indonesian
    /// first.</summary>
    private object ToDump() => new { Indonesian, English };
}
