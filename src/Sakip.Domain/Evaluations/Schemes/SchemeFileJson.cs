using System.ComponentModel;
using System.Text.Json.Serialization;
using Sakip.Domain.Bands;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Evaluations.Schemes;

// The serialized shape of an evaluation scheme file (the built-in schemes' embedded resources, and what
// Sakip.Domain.Json's EvaluationSchemeJson reads and writes). Property names are the model's (camelCase), so that the
// problem paths of EvaluationScheme.Create (components[1].subComponents[0].weight) are JSON paths into the file.
// The descriptions become the JSON Schema's descriptions (docs/evaluation-scheme.schema.json).

/// <summary>The scheme file: <c>$</c>.</summary>
[Description("An LKE evaluation scheme (worksheet): components, sub-components and criteria with weights, answer scales and scoring methods, and the grade table.")]
internal sealed class SchemeFileJson
{
    [Description("The version of the scheme file format. This version of the library reads and writes 1.")]
    [JsonRequired]
    public int FormatVersion { get; set; } = default!;

    [Description("Stable id, e.g. permenpanrb-88-2021; answer documents name the scheme by it.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("Version of the scheme's data, 1 or more; a changed worksheet gets a new version.")]
    [JsonRequired]
    public int Version { get; set; } = default!;

    [Description("Human-readable name.")]
    [JsonRequired]
    public string Name { get; set; } = default!;

    [Description("The legal basis, e.g. PermenPAN-RB 88/2021.")]
    [JsonRequired]
    public string Basis { get; set; } = default!;

    [Description("The assumptions the data makes where the sources are open or disagree.")]
    public List<string> Assumptions { get; set; } = [];

    [Description("The method new evaluations use unless they say otherwise: criterion-grades (a grade per criterion; the default when absent) or sub-component-grades (one grade per sub-component, which then all need a scale).")]
    public EvaluationMethod? DefaultMethod { get; set; }

    [Description("What changed in each version after the first, in English and Indonesian: answers written for an earlier version are refused with these texts.")]
    public List<SchemeChangeJson> Changes { get; set; } = [];

    [Description("The answer scales of this file that are not built in (aa-e, aa-e-keberadaan, yes-no, a-e, a-c, a-d, a-e-sixths, four-level), each used by at least one criterion or sub-component. A scale id is looked up here first, then among the built-in scales.")]
    public List<AnswerScaleJson> Scales { get; set; } = [];

    [Description("The components in worksheet order; their weights add up to 100.")]
    public List<ComponentJson> Components { get; set; } = [];

    [Description("The grade table.")]
    [JsonRequired]
    public GradeTableJson Grades { get; set; } = default!;
}

[Description("A component of the worksheet, e.g. 1 Perencanaan Kinerja, 30 points.")]
internal sealed class ComponentJson
{
    [Description("Unique id in the scheme, e.g. 1 or A.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("Name, e.g. Perencanaan Kinerja.")]
    [JsonRequired]
    public string Name { get; set; } = default!;

    [Description("Weight in points of the 100-point total, greater than 0.")]
    [JsonRequired]
    public decimal Weight { get; set; } = default!;

    [Description("The sub-components; their weights add up to the component's weight.")]
    public List<SubComponentJson> SubComponents { get; set; } = [];
}

[Description("A part of a component with its weight and criteria, e.g. 1a Keberadaan, 6 points.")]
internal sealed class SubComponentJson
{
    [Description("Unique id in the scheme, e.g. 1a.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("Name, e.g. Keberadaan.")]
    [JsonRequired]
    public string Name { get; set; } = default!;

    [Description("Weight in points of the 100-point total, greater than 0.")]
    [JsonRequired]
    public decimal Weight { get; set; } = default!;

    [Description("How the criteria make the score when the evaluation grades each criterion: mean (the mean of the values times the weight) or points (the sum of value times each criterion's points).")]
    [JsonRequired]
    public ScoringMethod Method { get; set; } = default!;

    [Description("The id of the answer scale of the one grade the sub-component takes as a whole (under sub-component-grades the score is weight times the grade's value); absent when the sub-component is scored only from its criteria.")]
    public string? Scale { get; set; }

    [Description("The id of the sub-component whose grade this one's may not exceed (kualitas or pemanfaatan on keberadaan); it must depend on nothing itself; absent when independent.")]
    public string? DependsOn { get; set; }

    [Description("The criteria.")]
    public List<CriterionJson> Criteria { get; set; } = [];
}

[Description("One question of the worksheet.")]
internal sealed class CriterionJson
{
    [Description("Unique id in the scheme, e.g. 1a.1; answers name the criterion by it.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("Short title.")]
    [JsonRequired]
    public string Title { get; set; } = default!;

    [Description("The id of the answer scale: one of this file's scales, or a built-in scale (aa-e, yes-no, a-e …).")]
    [JsonRequired]
    public string Scale { get; set; } = default!;

    [Description("The id of the criterion this one depends on (quality or use on existence); absent when independent.")]
    public string? DependsOn { get; set; }

    [Description("Points of the criterion under the points method; absent under the mean method.")]
    public decimal? Points { get; set; }

    [Description("Guidance for the evaluator, or an assumption the scheme makes about this criterion.")]
    public string? Guidance { get; set; }
}

[Description("An answer scale: the answers a criterion or the grades a sub-component can take, best first.")]
internal sealed class AnswerScaleJson
{
    [Description("Unique id among the file's scales; a built-in id (a-e) here replaces the built-in scale in this file.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("Human-readable name.")]
    [JsonRequired]
    public string Name { get; set; } = default!;

    [Description("The options, best first: at least two, the first worth 1, values strictly decreasing and not below 0.")]
    public List<AnswerOptionJson> Options { get; set; } = [];
}

[Description("One answer of a scale, e.g. B worth 0.7.")]
internal sealed class AnswerOptionJson
{
    [Description("The code the worksheet writes, e.g. AA, A, BB … E or Y, T; unique in the scale, compared ignoring case.")]
    [JsonRequired]
    public string Code { get; set; } = default!;

    [Description("The value of the answer, 0 to 1 (1 = fully met).")]
    [JsonRequired]
    public decimal Value { get; set; } = default!;

    [Description("What the answer means in Indonesian, e.g. Ya.")]
    [JsonRequired]
    public string Label { get; set; } = default!;

    [Description("What the answer means in English, e.g. Yes; absent when the scale gives only the Indonesian label.")]
    public string? EnglishLabel { get; set; }
}

[Description("What one version of the scheme's data changed, e.g. version 2's new answer scale.")]
internal sealed class SchemeChangeJson
{
    [Description("The version that made the change: 2 up to the scheme's version.")]
    [JsonRequired]
    public int Version { get; set; } = default!;

    [Description("What changed and why, in English.")]
    [JsonRequired]
    public string Change { get; set; } = default!;

    [Description("The same in Indonesian.")]
    [JsonRequired]
    public string Perubahan { get; set; } = default!;
}

[Description("The grade (predikat) table: edge semantics, the rounding of the deciding total, and the grades best first.")]
internal sealed class GradeTableJson
{
    [Description("lower-exclusive: a score exactly on an edge gets the grade below (the regulations'); lower-inclusive: it gets the grade above.")]
    [JsonRequired]
    public EdgeSemantics Edges { get; set; } = default!;

    [Description("How the total is rounded before it is graded; null when the exact total decides.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [JsonRequired]
    public RoundingJson? Deciding { get; set; } = default!;

    [Description("The grades, best first; every grade but the last has a lower edge between 0 and 100, strictly decreasing.")]
    public List<GradeJson> Grades { get; set; } = [];
}

[Description("How a total is rounded, e.g. {\"mode\": \"half-up\", \"decimals\": 2}.")]
internal sealed class RoundingJson
{
    [Description("half-up (away from zero), truncate (toward zero) or half-even.")]
    [JsonRequired]
    public RoundingMode Mode { get; set; } = default!;

    [Description("The decimals kept, 0 to 28.")]
    [JsonRequired]
    public int Decimals { get; set; } = default!;
}

[Description("A grade (predikat), e.g. AA Sangat Memuaskan above 90.")]
internal sealed class GradeJson
{
    [Description("The predikat, e.g. AA; unique in the table.")]
    [JsonRequired]
    public string Code { get; set; } = default!;

    [Description("The lower edge; absent for the lowest grade.")]
    public decimal? LowerEdge { get; set; }

    [Description("The Indonesian label of the regulation, e.g. Sangat Memuaskan.")]
    [JsonRequired]
    public string Label { get; set; } = default!;

    [Description("An English rendering, e.g. Very satisfying.")]
    [JsonRequired]
    public string EnglishLabel { get; set; } = default!;
}
