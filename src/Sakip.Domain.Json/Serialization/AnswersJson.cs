using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Sakip.Domain.Json.Serialization;

// The serialized shape of evaluations: the answer document (EvaluationJson: what "sakip lke template" writes and
// "sakip lke score" reads) and the evaluations of the SAKIP document share the answer shape, CriterionAnswerJson.
// Property names are those of Evaluation.Create's problem paths (answers[3].final, subject, year).

[Description("An LKE evaluation: the scheme, the evaluated subject and year, and the answers per criterion.")]
internal sealed class EvaluationEntryJson
{
    [Description("The id of the evaluation scheme, e.g. permenpanrb-88-2021.")]
    public required string Scheme { get; set; }

    [Description("The version of the scheme's data the answers were given under; when present it must be the scheme's version.")]
    public int? SchemeVersion { get; set; }

    [Description("Who is evaluated, e.g. Kabupaten Contoh or an agency.")]
    public required string Subject { get; set; }

    [Description("The evaluation year, 1900–2200.")]
    public required int Year { get; set; }

    [Description("The answers, each criterion at most once; criteria without an answer are unanswered (the evaluation is incomplete).")]
    public List<CriterionAnswerJson> Answers { get; set; } = [];
}

[Description("The answer to one criterion: the self-assessment's proposed code, the evaluator's final code, evidence and a note.")]
internal class CriterionAnswerJson
{
    [Description("The criterion's id, e.g. 1a.1 (ignoring case).")]
    [JsonPropertyOrder(-10)]
    public required string Criterion { get; set; }

    [Description("The proposed answer code (self-assessment), one of the criterion's scale, ignoring case; absent or null when not given.")]
    public string? Proposed { get; set; }

    [Description("The final answer code (evaluator), one of the criterion's scale, ignoring case; absent or null when not given.")]
    public string? Final { get; set; }

    [Description("Evidence references: document names, links, file numbers.")]
    public List<string> Evidence { get; set; } = [];

    [Description("A note from the agency or the evaluator.")]
    public string? Note { get; set; }
}

/// <summary>The answer document: <c>$</c>. Every property is written, nulls and empty lists included, so that the
/// file shows what can be filled in.</summary>
[Description("An LKE answer document: one evaluation with a row per criterion.")]
internal sealed class AnswerDocumentJson
{
    [Description("The version of the answer document format; 1.")]
    public required int FormatVersion { get; set; }

    [Description("The id of the evaluation scheme, e.g. permenpanrb-88-2021.")]
    public required string Scheme { get; set; }

    [Description("The version of the scheme's data the document was written for; when present it must be the scheme's version.")]
    public int? SchemeVersion { get; set; }

    [Description("Who is evaluated.")]
    public string? Subject { get; set; }

    [Description("The evaluation year.")]
    public int? Year { get; set; }

    [Description("The rows, one per criterion in worksheet order.")]
    public List<AnswerRowJson> Answers { get; set; } = [];
}

/// <summary>A row of the answer document: the answer, with the criterion's title, place and options for the reader
/// (ignored when read).</summary>
[Description("A row of the answer document.")]
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

    [Description("The answer codes of the criterion's scale, best first (informative; ignored when read).")]
    [JsonPropertyOrder(-6)]
    public List<string> Options { get; set; } = [];
}
