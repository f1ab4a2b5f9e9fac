using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Testing;

namespace Sakip.Domain.Json.Tests;

/// <summary>Round trips of generated schemes and evaluations through their JSON files preserve every value.</summary>
public class EvaluationJsonPropertyTests
{
    private static readonly Arbitrary<EvaluationScheme> Schemes = GradeGenerators.Schemes.ToArbitrary();

    private static readonly Arbitrary<Evaluation> Evaluations = GradeGenerators.Evaluations.ToArbitrary();

    [Property(MaxTest = 60)]
    public Property SchemeJson_WriteThenRead_GivesAnEqualDefinition() =>
        Prop.ForAll(Schemes, scheme =>
        {
            var read = EvaluationSchemeJson.Read(EvaluationSchemeJson.Write(scheme));
            return (read.IsSuccess && read.GetValueOrThrow().ToDefinition() == scheme.ToDefinition())
                .Classify(scheme.SupportsSubComponentGrades, "every sub-component takes a grade")
                .Classify(scheme.Changes.Count > 0, "with changes")
                .Label(read.ToString());
        });

    [Property(MaxTest = 60)]
    public Property EvaluationJson_WriteThenRead_GivesAnEqualEvaluation() =>
        Prop.ForAll(Evaluations, evaluation =>
        {
            // Custom schemes are resolved by the caller; a row with nothing in it means "no answer".
            var read = EvaluationJson.Read(EvaluationJson.Write(evaluation), id => id == evaluation.Scheme.Id ? evaluation.Scheme : null);
            var answers = evaluation.Answers.Where(a => a.Proposed is not null || a.Final is not null || a.Evidence.Count > 0 || a.Note is not null).ToList();
            var grades = evaluation.Grades.Where(g => g.Proposed is not null || g.Final is not null || g.Evidence.Count > 0 || g.Note is not null).ToList();
            return (read.IsSuccess
                    && read.GetValueOrThrow().Subject == evaluation.Subject
                    && read.GetValueOrThrow().Year == evaluation.Year
                    && read.GetValueOrThrow().Method == evaluation.Method
                    && read.GetValueOrThrow().Answers.SequenceEqual(answers)
                    && read.GetValueOrThrow().Grades.SequenceEqual(grades))
                .Classify(evaluation.Method == EvaluationMethod.SubComponentGrades, "sub-component grades")
                .Classify(grades.Count > 0, "with grades")
                .Label(read.ToString());
        });

    [Property(MaxTest = 60)]
    public Property EvaluationJson_RoundTrip_ScoresTheSame() =>
        Prop.ForAll(Evaluations, evaluation =>
        {
            var read = EvaluationJson.Read(EvaluationJson.Write(evaluation), id => id == evaluation.Scheme.Id ? evaluation.Scheme : null).GetValueOrThrow();
            var (before, after) = (evaluation.Score(), read.Score());
            return before.Total == after.Total && before.MinimumTotal == after.MinimumTotal && before.MaximumTotal == after.MaximumTotal
                && before.Grade == after.Grade && before.Findings == after.Findings;
        });
}
