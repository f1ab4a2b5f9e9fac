using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace Sakip.Domain.Text;

/// <summary>
/// A machine-readable reason with its human-readable message in English and in Indonesian.
/// Used for parse failures, invalid input problems, not-measurable results and review findings.
/// </summary>
/// <remarks>
/// <see cref="Code"/> is stable across versions and safe to store or switch on; the message may be
/// reworded. Instances are immutable and thread-safe; equal when code and message are equal.
/// </remarks>
public sealed record Reason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="code">Stable kebab-case code, e.g. <c>zero-target-positive</c>.</param>
    /// <param name="message">The message in both languages.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    [JsonConstructor]
    public Reason(string code, BilingualText message)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        Message = Guard.Against.Null(message);
    }

    /// <summary>Creates a reason from its message's two wordings.</summary>
    /// <param name="code">Stable kebab-case code, e.g. <c>zero-target-positive</c>.</param>
    /// <param name="english">The message in English.</param>
    /// <param name="indonesian">The message in Indonesian (Bahasa Indonesia).</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException">A wording is null.</exception>
    public Reason(string code, string english, string indonesian)
        : this(code, new BilingualText(english, indonesian))
    {
    }

    /// <summary>Stable kebab-case code, e.g. <c>zero-target-positive</c>.</summary>
    public string Code { get; }

    /// <summary>The message in both languages.</summary>
    public BilingualText Message { get; }

    /// <summary>Returns the message in the requested language.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The English or Indonesian message.</returns>
    public string In(Language language) => Message.In(language);

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message.English}";

    /// <summary>What LINQPad shows for the reason (it calls <c>ToDump</c> by name): the code and the message in both
    /// languages.</summary>
    private object ToDump() => new { Code, Message = Message.Indonesian, MessageEnglish = Message.English };
}
