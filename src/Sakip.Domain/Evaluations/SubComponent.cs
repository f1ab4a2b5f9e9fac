using System.Globalization;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Evaluations;

/// <summary>A part of a component with its weight and criteria, e.g. <c>1a</c> Keberadaan, 6 points.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Id">Unique id in the scheme, e.g. <c>1a</c>.</param>
/// <param name="Name">Name, e.g. <c>Keberadaan</c>.</param>
/// <param name="Weight">Weight in points of the 100-point total.</param>
/// <param name="Method">How the criteria make the score when the evaluation grades each criterion
/// (<see cref="EvaluationMethod.CriterionGrades"/>).</param>
/// <param name="Criteria">The criteria.</param>
public sealed record SubComponent(string Id, string Name, decimal Weight, ScoringMethod Method, ValueList<Criterion> Criteria)
{
    /// <summary>The scale of the one grade the evaluator gives the sub-component as a whole under
    /// <see cref="EvaluationMethod.SubComponentGrades"/> (the official method of PermenPAN-RB 88/2021: the criteria are
    /// the probing questions, the score is weight × the grade's value). <see langword="null"/> when the sub-component
    /// can only be scored from its criteria.</summary>
    public AnswerScale? Scale { get; init; }

    /// <summary>The id of the sub-component whose grade this one's may not exceed (a kualitas or pemanfaatan
    /// sub-component on the keberadaan of its component); scoring flags a grade above it and changes nothing.
    /// <see langword="null"/> when independent.</summary>
    public string? DependsOn { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} {Name} ({Weight})");
}
