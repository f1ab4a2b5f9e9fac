using Sakip.Domain.Catalogues;

namespace Sakip.Domain.DependencyInjection;

/// <summary>
/// The one build of the host's <see cref="RuleCatalogue"/>, registered as a singleton by
/// <c>services.AddSakip(…)</c>: the built-in rules, then everything configured in <see cref="SakipOptions"/>, in
/// order, loaded and checked together the first time it is asked for.
/// </summary>
/// <remarks>
/// <para>Resolve it to check the configuration at startup without an exception: <see cref="Result"/> is the catalogue
/// or every problem. The <see cref="RuleCatalogue"/>, <see cref="Achievement.FormulaRegistry"/> and
/// <see cref="Review.AlignmentReview"/> services are this build's (they throw
/// <see cref="SakipConfigurationException"/> when it failed), so the plugins are loaded and registered once.</para>
/// <para>Thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var sakip = app.Services.GetRequiredService&lt;SakipCatalogueProvider&gt;();
/// if (!sakip.Result.IsSuccess)
/// {
///     foreach (var problem in sakip.Result.Problems) { Console.Error.WriteLine(problem); }
///     return 2;
/// }
/// </code>
/// </example>
public sealed class SakipCatalogueProvider
{
    private readonly Lazy<(Result<RuleCatalogue> Result, Exception? Error)> _built;

    internal SakipCatalogueProvider(SakipOptions options) =>
        _built = new(options.Snapshot(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The catalogue, or every problem of the configuration (a plugin path that could not be loaded, a plugin
    /// or configuration step that failed, each problem <see cref="RuleCatalogueBuilder.Build"/> reports). Built on first
    /// use, once.</summary>
    /// <example>
    /// <code>
    /// if (provider.GetRequiredService&lt;SakipCatalogueProvider&gt;().Result.TryGetValue(out var catalogue)) { /* … */ }
    /// </code>
    /// </example>
    public Result<RuleCatalogue> Result => _built.Value.Result;

    /// <summary>The catalogue, when the configuration is good.</summary>
    /// <returns>The catalogue (the same instance on every call).</returns>
    /// <exception cref="SakipConfigurationException">The configuration has problems; the exception lists every
    /// one.</exception>
    /// <example>
    /// <code>var catalogue = provider.GetRequiredService&lt;SakipCatalogueProvider&gt;().GetCatalogue();</code>
    /// </example>
    public RuleCatalogue GetCatalogue()
    {
        var (result, error) = _built.Value;
        return result.TryGetValue(out var catalogue) ? catalogue : throw new SakipConfigurationException(result.Problems, error);
    }
}
