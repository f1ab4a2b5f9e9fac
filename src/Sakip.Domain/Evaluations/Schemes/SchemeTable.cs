using Sakip.Domain.Collections;

namespace Sakip.Domain.Evaluations.Schemes;

/// <summary>Builds scheme data from compact rows: a sub-component lists its criteria's titles and dependencies, and
/// criterion ids are numbered from the sub-component id (<c>1a</c> → <c>1a.1</c>, <c>1a.2</c> …).</summary>
internal static class SchemeTable
{
    public static Component Component(string id, string name, decimal weight, params SubComponent[] subComponents) =>
        new(id, name, weight, [.. subComponents]);

    public static SubComponent Mean(string id, string name, decimal weight, AnswerScale scale, params (string Title, string? DependsOn)[] criteria) =>
        new(id, name, weight, ScoringMethod.Mean, [.. criteria.Select((c, i) => new Criterion($"{id}.{i + 1}", c.Title, scale) { DependsOn = c.DependsOn })]);

    public static ValueList<string> Lines(params string[] lines) => [.. lines];
}
