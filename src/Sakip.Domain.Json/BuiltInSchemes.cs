using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Json;

/// <summary>The readers' default scheme lookup: the built-in schemes.</summary>
internal static class BuiltInSchemes
{
    /// <summary>The built-in scheme of an id (<see cref="EvaluationSchemes.TryGet"/>), or <see langword="null"/>.</summary>
    public static EvaluationScheme? Find(string? id) => EvaluationSchemes.TryGet(id, out var scheme) ? scheme : null;
}
