using System.Globalization;

namespace Sakip.Domain.Planning;

/// <summary>
/// The path of a value in a document, made into text only when a problem is reported there: a head, an optional list
/// index and a tail (<c>indicators[12].name</c> is the head <c>indicators</c>, the index 12 and the tail
/// <c>.name</c>).
/// </summary>
/// <remarks>A clean document has no problems, so its check makes no path text: a province's check made a string for
/// every field of every indicator, target and realisation, most of what the model's build allocated.</remarks>
internal readonly struct ProblemPath
{
    private readonly string _head;
    private readonly int _index;
    private readonly string _tail;

    /// <summary>A path: <paramref name="head"/>, then <c>[<paramref name="index"/>]</c> when the index is not negative,
    /// then <paramref name="tail"/>.</summary>
    public ProblemPath(string head, int index = -1, string tail = "")
    {
        _head = head;
        _index = index;
        _tail = tail;
    }

    /// <summary>A path given as its text.</summary>
    public static implicit operator ProblemPath(string text) => new(text);

    /// <summary>This path followed by a property or a further part (<c>.name</c>); made without text when this path
    /// has no tail yet.</summary>
    public ProblemPath Then(string tail) => _tail.Length == 0 ? new(_head, _index, tail) : new(ToString() + tail);

    /// <summary>The text of the path.</summary>
    public override string ToString() =>
        _index < 0 ? _head + _tail : string.Create(CultureInfo.InvariantCulture, $"{_head}[{_index}]{_tail}");
}
