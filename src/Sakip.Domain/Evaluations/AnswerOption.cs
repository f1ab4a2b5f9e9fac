namespace Sakip.Domain.Evaluations;

/// <summary>One answer a criterion can take, e.g. <c>B</c> worth 0.75 on the A–E scale.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Code">The code the worksheet writes, e.g. <c>Y</c>, <c>T</c>, <c>A</c> … <c>E</c>; compared
/// case-insensitively.</param>
/// <param name="Value">The value of the answer between 0 and 1 (1 = fully met).</param>
/// <param name="Label">What the answer means in Indonesian, e.g. <c>Ya</c> or <c>&gt; 75–100 % kriteria terpenuhi</c>.</param>
public sealed record AnswerOption(string Code, decimal Value, string Label)
{
    /// <summary>What the answer means in English; <see langword="null"/> when the scale gives only the Indonesian
    /// <see cref="Label"/>.</summary>
    public string? EnglishLabel { get; init; }

    /// <summary>What the answer means in a language: the English label where there is one, the Indonesian label
    /// otherwise.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The meaning.</returns>
    public string Meaning(Text.Language language) => language == Text.Language.English && EnglishLabel is { } english ? english : Label;

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Value})";
}
