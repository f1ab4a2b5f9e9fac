using Ardalis.GuardClauses;
using OneOf;
using Sakip.Domain.Achievement;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Planning;

/// <summary>What a builder's <c>Build()</c> returns: the model, or every problem found (path and reason).</summary>
/// <typeparam name="T">The model type.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BuildResult<T> : OneOfBase<T, ValueList<InputProblem>>
{
    private BuildResult(OneOf<T, ValueList<InputProblem>> input)
        : base(input)
    {
    }

    /// <summary>Whether the model was built.</summary>
    public bool Success => IsT0;

    /// <summary>The model.</summary>
    /// <exception cref="InvalidOperationException">The build failed; the message lists the problems.</exception>
    public T Model => IsT0 ? AsT0 : throw new InvalidOperationException("The model has problems: " + string.Join("; ", AsT1));

    /// <summary>The problems (empty when the model was built).</summary>
    public ValueList<InputProblem> Problems => IsT1 ? AsT1 : ValueList<InputProblem>.Empty;

    /// <summary>A built model.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The result.</returns>
    public static BuildResult<T> Ok(T model) => new(OneOf<T, ValueList<InputProblem>>.FromT0(Guard.Against.Null(model)));

    /// <summary>A failed build.</summary>
    /// <param name="problems">Every problem; at least one.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public static BuildResult<T> Fail(IEnumerable<InputProblem> problems)
    {
        var list = new ValueList<InputProblem>(Guard.Against.Null(problems));
        Guard.Against.Zero(list.Count, nameof(problems));
        return new(OneOf<T, ValueList<InputProblem>>.FromT1(list));
    }
}
