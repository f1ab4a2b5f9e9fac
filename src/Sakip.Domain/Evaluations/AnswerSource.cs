using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Evaluations;

/// <summary>Which answer a score reads.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<AnswerSource>))]
public enum AnswerSource
{
    /// <summary>The evaluator's final answer where there is one, otherwise the proposed answer (the default; each
    /// criterion score says which it used).</summary>
    FinalElseProposed = 0,

    /// <summary>Only the evaluator's final answers; a criterion without one is unanswered.</summary>
    Final = 1,

    /// <summary>Only the self-assessment's proposed answers; a criterion without one is unanswered.</summary>
    Proposed = 2,
}
