using Sakip.Domain.Catalogues;

namespace Sakip.Domain.DependencyInjection;

/// <summary>
/// Thrown when the <see cref="RuleCatalogue"/> registered by <c>services.AddSakip(…)</c> is resolved but cannot be
/// built: a plugin that could not be loaded or failed, a rule that conflicts with another, a configuration step that
/// threw. The message lists every problem, one a line (<c>path: reason</c>), and <see cref="Problems"/> holds them.
/// </summary>
/// <remarks>To check the configuration at startup without an exception, resolve
/// <see cref="SakipCatalogueProvider"/> and read its <see cref="SakipCatalogueProvider.Result"/>.</remarks>
/// <example>
/// <code>
/// try
/// {
///     var catalogue = provider.GetRequiredService&lt;RuleCatalogue&gt;();
/// }
/// catch (SakipConfigurationException e)
/// {
///     foreach (var problem in e.Problems) { logger.LogError("{Path}: {Code}", problem.Path, problem.Reason.Code); }
/// }
/// </code>
/// </example>
public sealed class SakipConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception with a general message and no problems.</summary>
    /// <example><code>throw new SakipConfigurationException();</code></example>
    public SakipConfigurationException()
        : this("The Sakip rule catalogue is misconfigured.")
    {
    }

    /// <summary>Creates the exception with a message and no problems.</summary>
    /// <param name="message">The message.</param>
    /// <example><code>throw new SakipConfigurationException("No rule catalogue.");</code></example>
    public SakipConfigurationException(string message)
        : base(message) => Problems = [];

    /// <summary>Creates the exception with a message, the exception that caused it and no problems.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    /// <example><code>throw new SakipConfigurationException("No rule catalogue.", cause);</code></example>
    public SakipConfigurationException(string message, Exception? innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Creates the exception for every problem of a configuration; its message lists them, one a
    /// line.</summary>
    /// <param name="problems">The problems.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <example><code>throw new SakipConfigurationException(result.Problems);</code></example>
    public SakipConfigurationException(IEnumerable<Problem> problems)
        : this(Snapshot(problems), null)
    {
    }

    /// <summary>Creates the exception for every problem of a configuration and the exception that caused one of
    /// them; its message lists the problems, one a line.</summary>
    /// <param name="problems">The problems.</param>
    /// <param name="innerException">The first exception a configuration step threw, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <example><code>throw new SakipConfigurationException(result.Problems, firstError);</code></example>
    public SakipConfigurationException(IEnumerable<Problem> problems, Exception? innerException)
        : this(Snapshot(problems), innerException)
    {
    }

    private SakipConfigurationException(Problem[] problems, Exception? innerException)
        : base(Describe(problems), innerException) => Problems = problems.AsReadOnly();

    /// <summary>Every problem of the configuration, in the order found; empty when the exception was made from a
    /// message only.</summary>
    /// <example>
    /// <code>var codes = exception.Problems.Select(p => p.Reason.Code);</code>
    /// </example>
    public IReadOnlyList<Problem> Problems { get; }

    private static Problem[] Snapshot(IEnumerable<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return [.. problems];
    }

    private static string Describe(Problem[] problems) =>
        $"The Sakip rule catalogue is misconfigured ({problems.Length} {(problems.Length == 1 ? "problem" : "problems")}):"
        + string.Concat(problems.Select(p => Environment.NewLine + p));
}
