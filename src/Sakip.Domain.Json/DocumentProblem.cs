using Sakip.Domain.Text;

namespace Sakip.Domain.Json;

/// <summary>One problem with a SAKIP document: where it is in the JSON text and why it is a problem.</summary>
/// <param name="Path">The JSON path of the value, e.g. <c>$.renstras[1].items[0].code</c>; <c>$</c> is the whole
/// document. For a missing property it is the path the property would have; for a syntax error, the path of the last
/// value reached before it.</param>
/// <param name="Line">The 1-based line of the value in the text (for a missing property, the line of the object
/// that lacks it), when known.</param>
/// <param name="Reason">Why; <see cref="Reason.Code"/> is stable (e.g. <c>unknown-property</c>, <c>wrong-type</c>,
/// <c>bad-code-segment</c>, <c>unknown-reference</c>).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DocumentProblem(string Path, int? Line, Reason Reason)
{
    /// <summary>The problem in one line of English: <c>line 12, $.renstras[1].items[0].code: …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Line is { } line ? $"line {line}, {Path}: {Reason.English}" : $"{Path}: {Reason.English}";
}
