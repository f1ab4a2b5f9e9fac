using Ardalis.GuardClauses;
using OneOf;
using Sakip.Domain.Achievement;

namespace Sakip.Domain.Evaluations;

/// <summary>A grade, or why a score cannot be graded (outside 0–100).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GradeResult : OneOfBase<Grade, InputProblem>
{
    private GradeResult(OneOf<Grade, InputProblem> input)
        : base(input)
    {
    }

    /// <summary>Whether the score was graded.</summary>
    public bool Success => IsT0;

    /// <summary>The grade.</summary>
    /// <exception cref="InvalidOperationException">The score was invalid.</exception>
    public Grade Grade => IsT0 ? AsT0 : throw new InvalidOperationException(AsT1.ToString());

    /// <summary>The problem, or <see langword="null"/> when graded.</summary>
    public InputProblem? Problem => IsT1 ? AsT1 : null;

    internal static GradeResult Ok(Grade grade) => new(Guard.Against.Null(grade));

    internal static GradeResult Fail(InputProblem problem) => new(Guard.Against.Null(problem));
}
