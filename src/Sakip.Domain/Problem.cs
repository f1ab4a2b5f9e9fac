using Ardalis.GuardClauses;
using Sakip.Domain.Text;

namespace Sakip.Domain;

/// <summary>
/// One problem with an input, a model or a text: where it is and why it is a problem. Every failed
/// <see cref="Result{T}"/> lists its problems in this one shape, whatever was built, read or parsed.
/// </summary>
/// <param name="Path">Where: a path into the input such as <c>realisation</c>, <c>periods[2].realisation</c> or
/// <c>renstras[1].items[0].code</c>, a JSON path such as <c>$.renstras[1].items[0].code</c> when a text was read, or
/// the empty string when the problem is with a whole text that was parsed.</param>
/// <param name="Reason">Why; <see cref="Reason.Code"/> is stable and safe to switch on.</param>
/// <remarks>Immutable and thread-safe; equal when path, reason and line are equal.</remarks>
public sealed record Problem(string Path, Reason Reason)
{
    /// <summary>The 1-based line of the text the problem is on, when a text was read and the line is known.</summary>
    public int? Line { get; init; }

    /// <summary>The problem on a line of a text.</summary>
    /// <param name="path">Where, as a JSON path.</param>
    /// <param name="line">The 1-based line, when known.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The problem.</returns>
    public static Problem AtLine(string path, int? line, Reason reason) => new(Guard.Against.Null(path), Guard.Against.Null(reason)) { Line = line };

    /// <summary>The problem in one line of English: <c>line 12, $.renstras[1].items[0].code: …</c>, or
    /// <c>path: …</c> without a line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>The problem in one line of the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, e.g. <c>baris 12, $.renstras[1]: …</c>.</returns>
    public string ToString(Language language)
    {
        var where = Path.Length == 0 ? "" : Path + ": ";
        return Line is { } line
            ? $"{(language == Language.Indonesian ? "baris" : "line")} {line}, {where}{Reason.In(language)}"
            : where + Reason.In(language);
    }

    /// <summary>What LINQPad shows for the problem (it calls <c>ToDump</c> by name): path, line, code and message in
    /// both languages.</summary>
    private object ToDump() => DumpView.Row(this);
}
