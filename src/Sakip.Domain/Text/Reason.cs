namespace Sakip.Domain.Text;

/// <summary>
/// A machine-readable reason with its human-readable message in English and in Indonesian.
/// Used for parse failures, invalid input problems and not-measurable results.
/// </summary>
/// <remarks>
/// <see cref="Code"/> is stable across versions and safe to store or switch on; the messages may be
/// reworded. Instances are immutable and thread-safe.
/// </remarks>
/// <param name="Code">Stable kebab-case code, e.g. <c>zero-target-positive</c>.</param>
/// <param name="English">The message in English.</param>
/// <param name="Indonesian">The message in Indonesian (Bahasa Indonesia).</param>
public sealed record Reason(string Code, string English, string Indonesian)
{
    /// <summary>Returns the message in the requested language.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The English or Indonesian message.</returns>
    public string In(Language language) => language == Language.Indonesian ? Indonesian : English;

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {English}";
}
