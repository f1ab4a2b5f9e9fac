using Ardalis.GuardClauses;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Evaluations;

/// <summary>
/// The answers a criterion can take, best first, each with its value between 0 and 1: yes/no, A–E, the four-level
/// variant, or a custom scale (<see cref="AnswerScales"/> holds the built-in ones).
/// </summary>
/// <remarks>
/// Construction checks only for nulls; whether the scale is well formed (at least two options, unique codes, values
/// strictly decreasing from 1 and never below 0) is checked, with every problem reported, when a scheme using it is
/// created by <see cref="EvaluationScheme.Create"/>. Immutable and thread-safe; equal when id, name and options are.
/// </remarks>
public sealed record AnswerScale
{
    /// <summary>Creates a scale.</summary>
    /// <param name="id">Stable id, e.g. <c>a-e</c>.</param>
    /// <param name="name">Human-readable name.</param>
    /// <param name="options">The options, best first.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AnswerScale(string id, string name, IEnumerable<AnswerOption> options)
    {
        Id = Guard.Against.Null(id);
        Name = Guard.Against.Null(name);
        Options = new ValueList<AnswerOption>(Guard.Against.Null(options));
    }

    /// <summary>Stable id, e.g. <c>yes-no</c>, <c>a-e</c>, <c>four-level</c>.</summary>
    public string Id { get; }

    /// <summary>Human-readable name.</summary>
    public string Name { get; }

    /// <summary>The options, best first.</summary>
    public ValueList<AnswerOption> Options { get; }

    /// <summary>The best option (the first).</summary>
    /// <exception cref="InvalidOperationException">The scale has no options.</exception>
    public AnswerOption Best => Options.Count > 0 ? Options[0] : throw new InvalidOperationException("The scale has no options.");

    /// <summary>The worst option (the last).</summary>
    /// <exception cref="InvalidOperationException">The scale has no options.</exception>
    public AnswerOption Worst => Options.Count > 0 ? Options[^1] : throw new InvalidOperationException("The scale has no options.");

    /// <summary>Finds an option by its code, ignoring case.</summary>
    /// <param name="code">The code, e.g. <c>b</c>.</param>
    /// <returns>The option, or <see langword="null"/> when the scale has no such code.</returns>
    public AnswerOption? Find(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var trimmed = code.Trim();
        foreach (var option in Options)
        {
            if (string.Equals(option.Code, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return option;
            }
        }

        return null;
    }

    /// <summary>The codes, best first, joined with <c>/</c>: <c>A/B/C/D/E</c>.</summary>
    /// <returns>The codes.</returns>
    public string Codes() => string.Join('/', Options.Select(o => o.Code));

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Codes()})";
}
