using System.ComponentModel;
using System.Text.Json.Serialization;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Evaluations.Schemes;

namespace Sakip.Domain.Json.Serialization;

// The serialized shape of evaluations: the answer document (EvaluationJson: what "sakip lke template" writes and
// "sakip lke score" reads) and the evaluations of the SAKIP document share the answer shapes, CriterionAnswerJson and
// SubComponentAnswerJson. Property names are those of Evaluation.Create's problem paths (answers[3].final,
// grades[1].proposed, method, subject, year).

[Description("An LKE evaluation: the scheme, the evaluated subject and year, the method, and the grades per sub-component and answers per criterion.")]
internal sealed class EvaluationEntryJson
{
    [Description("The id of the evaluation scheme, e.g. permenpanrb-88-2021.")]
    [JsonRequired]
    public string Scheme { get; set; } = default!;

    [Description("The version of the scheme's data the answers were given under; when present it must be the scheme's version (an earlier version whose data changed is refused with what changed); required for a scheme whose data changed.")]
    public int? SchemeVersion { get; set; }

    [Description("Who is evaluated, e.g. Kabupaten Contoh or an agency.")]
    [JsonRequired]
    public string Subject { get; set; } = default!;

    [Description("The evaluation year, 1900–2200.")]
    [JsonRequired]
    public int Year { get; set; } = default!;

    [Description("How the evaluation is graded: sub-component-grades (one grade per sub-component, the official method of PermenPAN-RB 88/2021) or criterion-grades (a grade per criterion); absent means the scheme's default method.")]
    public EvaluationMethod? Method { get; set; }

    [Description("The grades of whole sub-components, each sub-component at most once; sub-components without a grade are ungraded.")]
    public List<SubComponentAnswerJson> Grades { get; set; } = [];

    [Description("The answers, each criterion at most once; criteria without an answer are unanswered (the evaluation is incomplete).")]
    public List<CriterionAnswerJson> Answers { get; set; } = [];
}

/// <summary>What an answer and a grade have in common: the codes, evidence and note.</summary>
internal abstract class AnswerJson
{
    [Description("The proposed code (self-assessment), one of the scale of the criterion or sub-component, ignoring case; absent or null when not given.")]
    public string? Proposed { get; set; }

    [Description("The final code (evaluator), one of the scale of the criterion or sub-component, ignoring case; absent or null when not given.")]
    public string? Final { get; set; }

    [Description("Evidence references: document names, links, file numbers.")]
    public List<string> Evidence { get; set; } = [];

    [Description("A note from the agency or the evaluator.")]
    public string? Note { get; set; }
}

[Description("The answer to one criterion: the self-assessment's proposed code, the evaluator's final code, evidence and a note.")]
internal class CriterionAnswerJson : AnswerJson
{
    [Description("The criterion's id, e.g. 1a.1 (ignoring case).")]
    [JsonPropertyOrder(-10)]
    [JsonRequired]
    public string Criterion { get; set; } = default!;
}

[Description("The grade of one sub-component as a whole: the self-assessment's proposed code, the evaluator's final code, evidence and a note.")]
internal class SubComponentAnswerJson : AnswerJson
{
    [Description("The sub-component's id, e.g. 1a (ignoring case).")]
    [JsonPropertyOrder(-10)]
    [JsonRequired]
    public string SubComponent { get; set; } = default!;
}

/// <summary>The answer document: <c>$</c>. Every property is written, nulls and empty lists included, so that the
/// file shows what can be filled in.</summary>
[Description("An LKE answer document: one evaluation with a row per sub-component grade and a row per criterion.")]
internal sealed class AnswerDocumentJson
{
    [Description("The version of the answer document format: 2 (1 is still read).")]
    [JsonRequired]
    public int FormatVersion { get; set; } = default!;

    [Description("The id of the evaluation scheme, e.g. permenpanrb-88-2021.")]
    [JsonRequired]
    public string Scheme { get; set; } = default!;

    [Description("The version of the scheme's data the document was written for; when present it must be the scheme's version.")]
    public int? SchemeVersion { get; set; }

    [Description("Who is evaluated.")]
    public string? Subject { get; set; }

    [Description("The evaluation year.")]
    public int? Year { get; set; }

    [Description("How the evaluation is graded: sub-component-grades or criterion-grades; absent means the scheme's default method (criterion-grades in a format 1 document).")]
    public EvaluationMethod? Method { get; set; }

    [Description("The grade rows, one per sub-component that takes a grade, in worksheet order.")]
    public List<GradeRowJson> Grades { get; set; } = [];

    [Description("The answer rows, one per criterion in worksheet order.")]
    public List<AnswerRowJson> Answers { get; set; } = [];

    [Description("What the codes of each scale used by the rows mean (informative; ignored when read).")]
    public List<AnswerScaleJson> Scales { get; set; } = [];
}

/// <summary>A grade row of the answer document: the grade, with the sub-component's name, place, weight and codes for
/// the reader (ignored when read).</summary>
[Description("A grade row of the answer document.")]
internal sealed class GradeRowJson : SubComponentAnswerJson
{
    [Description("The sub-component's name (informative; ignored when read).")]
    [JsonPropertyOrder(-9)]
    public string? Name { get; set; }

    [Description("The sub-component's component id (informative; ignored when read).")]
    [JsonPropertyOrder(-8)]
    public string? Component { get; set; }

    [Description("The sub-component's weight in points of the 100-point total (informative; ignored when read).")]
    [JsonPropertyOrder(-7)]
    public decimal? Weight { get; set; }

    [Description("The id of the sub-component's scale, whose meanings the document's scales list (informative; ignored when read).")]
    [JsonPropertyOrder(-6)]
    public string? Scale { get; set; }

    [Description("The grade codes of the sub-component's scale, best first (informative; ignored when read).")]
    [JsonPropertyOrder(-5)]
    [JsonConverter(typeof(CodeListConverter))]
    public List<string> Options { get; set; } = [];
}

/// <summary>An answer row of the answer document: the answer, with the criterion's title, place and codes for the
/// reader (ignored when read).</summary>
[Description("An answer row of the answer document.")]
internal sealed class AnswerRowJson : CriterionAnswerJson
{
    [Description("The criterion's title (informative; ignored when read).")]
    [JsonPropertyOrder(-9)]
    public string? Title { get; set; }

    [Description("The criterion's component id (informative; ignored when read).")]
    [JsonPropertyOrder(-8)]
    public string? Component { get; set; }

    [Description("The criterion's sub-component id (informative; ignored when read).")]
    [JsonPropertyOrder(-7)]
    public string? SubComponent { get; set; }

    [Description("The id of the criterion's scale, whose meanings the document's scales list (informative; ignored when read).")]
    [JsonPropertyOrder(-6)]
    public string? Scale { get; set; }

    [Description("The answer codes of the criterion's scale, best first (informative; ignored when read).")]
    [JsonPropertyOrder(-5)]
    [JsonConverter(typeof(CodeListConverter))]
    public List<string> Options { get; set; } = [];
}
