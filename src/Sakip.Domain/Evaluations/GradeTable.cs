using System.Globalization;
using Ardalis.GuardClauses;
using Sakip.Domain.Bands;
using Sakip.Domain.Collections;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Evaluations;

/// <summary>
/// The grade table of a scheme: grades best first with lower edges, the edge semantics, and which total decides the
/// grade (rounded as published, or exact). <see cref="GradeTables"/> holds the regulations' tables.
/// </summary>
/// <remarks>
/// Construction checks only for nulls; whether the table is well formed is checked by
/// <see cref="EvaluationScheme.Create"/>. Immutable and thread-safe.
/// </remarks>
public sealed record GradeTable
{
    /// <summary>The lowest valid score.</summary>
    public const decimal MinimumScore = 0m;

    /// <summary>The highest valid score.</summary>
    public const decimal MaximumScore = 100m;

    /// <summary>Creates a grade table.</summary>
    /// <param name="edges">Whether a score exactly on an edge belongs to the grade above (inclusive) or below
    /// (exclusive, the regulations').</param>
    /// <param name="deciding">How the total is rounded before it is graded; <see langword="null"/> grades the exact
    /// total.</param>
    /// <param name="grades">The grades, best first; the last has no edge.</param>
    /// <exception cref="ArgumentNullException"><paramref name="grades"/> is null.</exception>
    public GradeTable(EdgeSemantics edges, RoundingRule? deciding, IEnumerable<Grade> grades)
    {
        Edges = edges;
        Deciding = deciding;
        Grades = new ValueList<Grade>(Guard.Against.Null(grades));
    }

    /// <summary>Edge semantics: <see cref="EdgeSemantics.LowerExclusive"/> in both regulations (exactly 90.00 is A).</summary>
    public EdgeSemantics Edges { get; }

    /// <summary>How the total is rounded before grading; <see langword="null"/> means the exact total decides.</summary>
    public RoundingRule? Deciding { get; }

    /// <summary>The grades, best first.</summary>
    public ValueList<Grade> Grades { get; }

    /// <summary>The score that decides the grade: the total rounded by <see cref="Deciding"/>, or the total itself.</summary>
    /// <param name="total">The exact total.</param>
    /// <returns>The deciding score.</returns>
    public decimal DecidingScore(decimal total) => Deciding is { } rule ? rule.Apply(total) : total;

    /// <summary>Grades a score as given (no rounding): scores outside 0–100 are invalid.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The grade, or the problem (a score outside 0–100, or a table without grades).</returns>
    public Result<Grade> Classify(decimal score)
    {
        if (Grades.Count == 0)
        {
            // Only an unchecked table (not one of a created scheme) can be empty.
            return Result<Grade>.Failure(new Problem("grades", Messages.GradeTableTooSmall));
        }

        if (score < MinimumScore || score > MaximumScore)
        {
            return Result<Grade>.Failure(new Problem("score", Messages.ScoreOutOfRange(score)));
        }

        return Result<Grade>.Success(GradeOf(score));
    }

    /// <summary>Grades a total as the table decides: a total outside 0–100 is invalid; otherwise it is rounded by
    /// <see cref="Deciding"/> and classified (90.004 → 90.00 → A; 90.005 → 90.01 → AA under two decimals half up).</summary>
    /// <param name="total">The exact total.</param>
    /// <returns>The grade, or the problem.</returns>
    public Result<Grade> Decide(decimal total) =>
        total < MinimumScore || total > MaximumScore ? Classify(total) : Classify(DecidingScore(total));

    /// <summary>The comparison sign of the edges: <c>&gt;</c> (exclusive) or <c>≥</c> (inclusive).</summary>
    /// <returns>The sign.</returns>
    public string EdgeSign() => Edges == EdgeSemantics.LowerExclusive ? ">" : "≥";

    /// <summary>Finds a grade by its code, ignoring case.</summary>
    /// <param name="code">The code, e.g. <c>bb</c>.</param>
    /// <returns>The grade, or <see langword="null"/>.</returns>
    public Grade? Find(string? code) => Grades.FirstOrDefault(g => string.Equals(g.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The rank of a grade: 0 for the best, increasing downwards.</summary>
    /// <param name="grade">A grade of this table.</param>
    /// <returns>The rank.</returns>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is not in this table.</exception>
    public int RankOf(Grade grade)
    {
        Guard.Against.Null(grade);
        for (var i = 0; i < Grades.Count; i++)
        {
            if (Grades[i].Equals(grade))
            {
                return i;
            }
        }

        throw new ArgumentException($"Grade {grade.Code} is not in this table.", nameof(grade));
    }

    /// <summary>The grade above <paramref name="grade"/>, or <see langword="null"/> for the best grade.</summary>
    /// <param name="grade">A grade of this table.</param>
    /// <returns>The next better grade.</returns>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is not in this table.</exception>
    public Grade? Above(Grade grade)
    {
        var rank = RankOf(grade);
        return rank == 0 ? null : Grades[rank - 1];
    }

    /// <summary>Whether <paramref name="score"/> is in <paramref name="grade"/> or better.</summary>
    /// <param name="score">A deciding score.</param>
    /// <param name="grade">A grade of this table.</param>
    /// <returns><see langword="true"/> when the score reaches the grade.</returns>
    public bool Reaches(decimal score, Grade grade) => EdgeLadder.Reaches(Edges, score, Guard.Against.Null(grade).LowerEdge);

    internal Grade GradeOf(decimal score) => EdgeLadder.Classify(Grades.AsSpan(), static g => g.LowerEdge, Edges, score);

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Grades.Select(g => g.LowerEdge is { } e ? string.Create(CultureInfo.InvariantCulture, $"{g.Code} {EdgeSign()} {e}") : g.Code));
}
