using OneOf;
using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Json;

/// <summary>
/// What <see cref="EvaluationJson.Read(string, Func{string, EvaluationScheme})"/> returns: the evaluation, or every problem found in the text (syntax, format,
/// values, structure), each with its JSON path, line and reason. Never both: a text with any problem gives no
/// evaluation.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EvaluationReadResult : OneOfBase<Evaluation, ValueList<DocumentProblem>>
{
    private EvaluationReadResult(OneOf<Evaluation, ValueList<DocumentProblem>> input)
        : base(input)
    {
    }

    /// <summary>Whether the evaluation was read.</summary>
    public bool Success => IsT0;

    /// <summary>The evaluation.</summary>
    /// <exception cref="InvalidOperationException">Reading failed; the message lists the problems.</exception>
    public Evaluation Evaluation => IsT0 ? AsT0 : throw new InvalidOperationException("The evaluation has problems: " + string.Join("; ", AsT1));

    /// <summary>The problems, in the order found (empty when the evaluation was read).</summary>
    public ValueList<DocumentProblem> Problems => IsT1 ? AsT1 : ValueList<DocumentProblem>.Empty;

    internal static EvaluationReadResult Ok(Evaluation value) => new(OneOf<Evaluation, ValueList<DocumentProblem>>.FromT0(value));

    internal static EvaluationReadResult Fail(IEnumerable<DocumentProblem> problems)
    {
        var list = new ValueList<DocumentProblem>(problems);
        return list.Count == 0
            ? throw new InvalidOperationException("A failed read has at least one problem.")
            : new(OneOf<Evaluation, ValueList<DocumentProblem>>.FromT1(list));
    }

    /// <inheritdoc />
    public override string ToString() => IsT0 ? "Ok(evaluation)" : $"Fail({Problems.Count} problems)";
}
