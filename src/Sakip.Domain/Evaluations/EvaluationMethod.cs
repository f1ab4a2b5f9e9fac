using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Evaluations;

/// <summary>How an evaluation is graded: one grade per sub-component (the official method) or a grade per criterion.
/// Both are real: the first is how KemenPAN-RB's evaluators fill the PermenPAN-RB 88/2021 worksheet, the second how
/// e-SAKIP tools that grade every question score it.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<EvaluationMethod>))]
public enum EvaluationMethod
{
    /// <summary>A grade per criterion: sub-component = weight × the mean of its criteria's values (or the sum of value ×
    /// points under <see cref="ScoringMethod.Points"/>). Sub-component grades, when given, are checked against the
    /// criteria and never override them.</summary>
    CriterionGrades = 0,

    /// <summary>One grade per sub-component, the criteria serving as probing questions: sub-component = weight × the
    /// grade's value. Criterion grades, when given, are checked against the sub-component's grade and never override
    /// it. Needs a <see cref="SubComponent.Scale"/> on every sub-component.</summary>
    SubComponentGrades = 1,
}
