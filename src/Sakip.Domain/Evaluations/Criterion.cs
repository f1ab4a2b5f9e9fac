namespace Sakip.Domain.Evaluations;

/// <summary>One question of the worksheet, e.g. <c>1a.1</c> "Dokumen perencanaan kinerja telah tersedia".</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Id">Unique id in the scheme, e.g. <c>1a.1</c>.</param>
/// <param name="Title">Short title.</param>
/// <param name="Scale">The answers it takes.</param>
public sealed record Criterion(string Id, string Title, AnswerScale Scale)
{
    /// <summary>The id of the criterion this one depends on (a quality or use criterion on the existence criterion of
    /// its theme); scoring flags an answer valued above its dependency's. <see langword="null"/> when independent.</summary>
    public string? DependsOn { get; init; }

    /// <summary>Points of the criterion under <see cref="ScoringMethod.Points"/>; <see langword="null"/> under
    /// <see cref="ScoringMethod.Mean"/>.</summary>
    public decimal? Points { get; init; }

    /// <summary>Guidance for the evaluator, or an assumption the scheme makes about this criterion.</summary>
    public string? Guidance { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title}";
}
