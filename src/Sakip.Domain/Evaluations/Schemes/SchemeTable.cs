using Sakip.Domain.Collections;

namespace Sakip.Domain.Evaluations.Schemes;

/// <summary>Builds scheme data from compact rows: a sub-component lists its criteria, and criterion ids are numbered
/// from the sub-component id (<c>1a</c> → <c>1a.1</c>, <c>1a.2</c> …).</summary>
internal static class SchemeTable
{
    public static Component Component(string id, string name, decimal weight, params SubComponent[] subComponents) =>
        new(id, name, weight, [.. subComponents]);

    /// <summary>A mean-scored sub-component whose criteria each take <paramref name="scale"/>, with their dependencies.</summary>
    public static SubComponent Mean(string id, string name, decimal weight, AnswerScale scale, params (string Title, string? DependsOn)[] criteria) =>
        new(id, name, weight, ScoringMethod.Mean, [.. criteria.Select((c, i) => new Criterion($"{id}.{i + 1}", c.Title, scale) { DependsOn = c.DependsOn })]);

    /// <summary>A sub-component graded as a whole on <paramref name="scale"/>, whose criteria (probing questions, or
    /// graded each when the evaluation grades criteria) take the same scale.</summary>
    public static SubComponent Graded(string id, string name, decimal weight, AnswerScale scale, IEnumerable<string> criteria) =>
        new(id, name, weight, ScoringMethod.Mean, [.. criteria.Select((title, i) => new Criterion($"{id}.{i + 1}", title, scale))]) { Scale = scale };

    /// <summary>A mean-scored sub-component whose criteria each have their own scale and, optionally, the id of the
    /// criterion they depend on.</summary>
    public static SubComponent Mixed(string id, string name, decimal weight, IEnumerable<(string Title, AnswerScale Scale, string? DependsOn)> criteria) =>
        new(id, name, weight, ScoringMethod.Mean, [.. criteria.Select((c, i) => new Criterion($"{id}.{i + 1}", c.Title, c.Scale) { DependsOn = c.DependsOn })]);

    /// <summary>A points-scored sub-component: each criterion earns value × its points, and the points add up to the
    /// weight.</summary>
    public static SubComponent Points(string id, string name, decimal weight, IEnumerable<(string Title, AnswerScale Scale, decimal Points)> criteria) =>
        new(id, name, weight, ScoringMethod.Points, [.. criteria.Select((c, i) => new Criterion($"{id}.{i + 1}", c.Title, c.Scale) { Points = c.Points })]);

    public static ValueList<string> Lines(params string[] lines) => [.. lines];
}
