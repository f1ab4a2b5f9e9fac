using OneOf;
using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Json;

/// <summary>
/// What <see cref="EvaluationSchemeJson.Read(string)"/> returns: the scheme, or every problem found in the text (syntax, format,
/// values, structure), each with its JSON path, line and reason. Never both: a text with any problem gives no
/// scheme.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SchemeReadResult : OneOfBase<EvaluationScheme, ValueList<DocumentProblem>>
{
    private SchemeReadResult(OneOf<EvaluationScheme, ValueList<DocumentProblem>> input)
        : base(input)
    {
    }

    /// <summary>Whether the scheme was read.</summary>
    public bool Success => IsT0;

    /// <summary>The scheme.</summary>
    /// <exception cref="InvalidOperationException">Reading failed; the message lists the problems.</exception>
    public EvaluationScheme Scheme => IsT0 ? AsT0 : throw new InvalidOperationException("The scheme has problems: " + string.Join("; ", AsT1));

    /// <summary>The problems, in the order found (empty when the scheme was read).</summary>
    public ValueList<DocumentProblem> Problems => IsT1 ? AsT1 : ValueList<DocumentProblem>.Empty;

    internal static SchemeReadResult Ok(EvaluationScheme value) => new(OneOf<EvaluationScheme, ValueList<DocumentProblem>>.FromT0(value));

    internal static SchemeReadResult Fail(IEnumerable<DocumentProblem> problems)
    {
        var list = new ValueList<DocumentProblem>(problems);
        return list.Count == 0
            ? throw new InvalidOperationException("A failed read has at least one problem.")
            : new(OneOf<EvaluationScheme, ValueList<DocumentProblem>>.FromT1(list));
    }

    /// <inheritdoc />
    public override string ToString() => IsT0 ? "Ok(scheme)" : $"Fail({Problems.Count} problems)";
}
