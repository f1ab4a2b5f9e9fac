using Sakip.Domain.Collections;

namespace Sakip.Domain.Evaluations;

/// <summary>The answer to one criterion: the self-assessment's proposed answer, the evaluator's final answer,
/// evidence references and a note. Either answer may be empty (not yet given; never read as 0).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="CriterionId">The criterion, e.g. <c>1a.1</c>.</param>
/// <param name="Proposed">The proposed answer code (self-assessment), or <see langword="null"/>.</param>
/// <param name="Final">The final answer code (evaluator), or <see langword="null"/>.</param>
public sealed record CriterionAnswer(string CriterionId, string? Proposed, string? Final)
{
    /// <summary>Evidence references: document names, links, file numbers.</summary>
    public ValueList<string> Evidence { get; init; }

    /// <summary>A note from the agency or the evaluator.</summary>
    public string? Note { get; init; }

    /// <summary>The answer code <paramref name="source"/> selects, or <see langword="null"/> when it is empty.</summary>
    /// <param name="source">Which answer to read.</param>
    /// <returns>The code.</returns>
    public string? Code(AnswerSource source) => Select(source, Proposed, Final);

    internal static string? Select(AnswerSource source, string? proposed, string? final) => source switch
    {
        AnswerSource.Final => final,
        AnswerSource.Proposed => proposed,
        _ => final ?? proposed,
    };

    /// <inheritdoc />
    public override string ToString() => $"{CriterionId}: {Proposed ?? "-"} / {Final ?? "-"}";
}
