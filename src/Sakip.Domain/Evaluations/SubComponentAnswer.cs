using Sakip.Domain.Collections;

namespace Sakip.Domain.Evaluations;

/// <summary>The grade of one sub-component as a whole: the self-assessment's proposed grade, the evaluator's final
/// grade, evidence references and a note. Either grade may be empty (not yet given; never read as 0).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="SubComponentId">The sub-component, e.g. <c>1a</c>.</param>
/// <param name="Proposed">The proposed grade code (self-assessment), or <see langword="null"/>.</param>
/// <param name="Final">The final grade code (evaluator), or <see langword="null"/>.</param>
public sealed record SubComponentAnswer(string SubComponentId, string? Proposed, string? Final)
{
    /// <summary>Evidence references: document names, links, file numbers.</summary>
    public ValueList<string> Evidence { get; init; }

    /// <summary>A note from the agency or the evaluator.</summary>
    public string? Note { get; init; }

    /// <summary>The grade code <paramref name="source"/> selects, or <see langword="null"/> when it is empty.</summary>
    /// <param name="source">Which grade to read.</param>
    /// <returns>The code.</returns>
    public string? Code(AnswerSource source) => CriterionAnswer.Select(source, Proposed, Final);

    /// <inheritdoc />
    public override string ToString() => $"{SubComponentId}: {Proposed ?? "-"} / {Final ?? "-"}";
}
