using OneOf;
using Sakip.Domain.Collections;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Json;

/// <summary>
/// What <see cref="SakipDocumentJson.Read(string)"/> returns: the document, or every problem found in the text
/// (syntax, format, values, structure), each with its JSON path, line and reason. Never both: a text with any
/// problem gives no document.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReadResult : OneOfBase<SakipDocument, ValueList<DocumentProblem>>
{
    private ReadResult(OneOf<SakipDocument, ValueList<DocumentProblem>> input)
        : base(input)
    {
    }

    /// <summary>Whether the document was read.</summary>
    public bool Success => IsT0;

    /// <summary>The document.</summary>
    /// <exception cref="InvalidOperationException">Reading failed; the message lists the problems.</exception>
    public SakipDocument Document => IsT0 ? AsT0 : throw new InvalidOperationException("The document has problems: " + string.Join("; ", AsT1));

    /// <summary>The problems, in the order found (empty when the document was read).</summary>
    public ValueList<DocumentProblem> Problems => IsT1 ? AsT1 : ValueList<DocumentProblem>.Empty;

    internal static ReadResult Ok(SakipDocument document) => new(OneOf<SakipDocument, ValueList<DocumentProblem>>.FromT0(document));

    internal static ReadResult Fail(IEnumerable<DocumentProblem> problems)
    {
        var list = new ValueList<DocumentProblem>(problems);
        return list.Count == 0
            ? throw new InvalidOperationException("A failed read has at least one problem.")
            : new(OneOf<SakipDocument, ValueList<DocumentProblem>>.FromT1(list));
    }

    /// <inheritdoc />
    public override string ToString() => IsT0 ? "Ok(document)" : $"Fail({Problems.Count} problems)";
}
