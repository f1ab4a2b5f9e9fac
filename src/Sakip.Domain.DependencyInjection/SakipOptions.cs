using Ardalis.GuardClauses;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Plugins;
using Sakip.Domain.Text;

namespace Sakip.Domain.DependencyInjection;

/// <summary>
/// What <c>services.AddSakip(…)</c> puts in the host's <see cref="RuleCatalogue"/> besides the built-in rules:
/// plugin instances, plugin assemblies or folders loaded by path, and rules added in code, applied in the order they
/// were configured.
/// </summary>
/// <remarks>
/// <para>Nothing runs while configuring: plugins are loaded, registered and checked together when the catalogue is
/// first needed (see <see cref="SakipCatalogueProvider"/>), so every problem is reported at once. Every call to
/// <c>AddSakip</c> on one service collection configures the same options, so its calls add up.</para>
/// <para>Not thread-safe: configure on one thread at startup.</para>
/// <example>
/// <code>
/// services.AddSakip(sakip => sakip
///     .AddPluginsFrom(Path.Combine(AppContext.BaseDirectory, "plugins"))
///     .AddPlugin(new MyRegionPlugin())
///     .Configure(rules => rules.Add(RuleSets.Inverse with { Id = "kota-contoh-2025", Name = "Kota Contoh", Cap = 125m })));
/// </code>
/// </example>
/// </remarks>
public sealed class SakipOptions
{
    private readonly List<Action<RuleCatalogueBuilder, ICollection<Problem>>> _steps = [];

    /// <summary>Made by <c>AddSakip</c>, one per service collection.</summary>
    internal SakipOptions()
    {
    }

    /// <summary>Adds a plugin instance: its <see cref="ISakipPlugin.Register"/> adds its rules when the catalogue is
    /// built (a plugin that throws is reported as a <c>plugin-failed</c> problem; adding one instance twice adds its
    /// rules once).</summary>
    /// <param name="plugin">The plugin.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plugin"/> is null.</exception>
    /// <example>
    /// <code>services.AddSakip(sakip => sakip.AddPlugin(new MyRegionPlugin()));</code>
    /// </example>
    public SakipOptions AddPlugin(ISakipPlugin plugin)
    {
        Guard.Against.Null(plugin);
        _steps.Add((builder, _) => builder.Add(plugin));
        return this;
    }

    /// <summary>Adds the plugins of an assembly file or a folder, loaded with <see cref="PluginLoader.Load"/> when the
    /// catalogue is built: a file that is missing or cannot be loaded is reported as a problem naming the path.</summary>
    /// <param name="path">A plugin assembly (<c>.dll</c>, its dependencies beside it) or a folder of plugins, as
    /// <see cref="PluginLoader.Load"/> takes it. A relative path is resolved against the current directory when the
    /// catalogue is built; for a path relative to the application, combine it with
    /// <see cref="AppContext.BaseDirectory"/>.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <example>
    /// <code>services.AddSakip(sakip => sakip.AddPluginsFrom(Path.Combine(AppContext.BaseDirectory, "plugins")));</code>
    /// </example>
    public SakipOptions AddPluginsFrom(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        _steps.Add((builder, problems) =>
        {
            var loaded = PluginLoader.Load(path);
            foreach (var problem in loaded.Problems)
            {
                problems.Add(problem);
            }

            if (loaded.TryGetValue(out var plugins))
            {
                foreach (var plugin in plugins)
                {
                    builder.Add(plugin);
                }
            }
        });
        return this;
    }

    /// <summary>Adds rules in code: <paramref name="configure"/> is called with the catalogue's builder when the
    /// catalogue is built, after what was configured before it. If it throws, the exception is reported as a
    /// <c>configure-failed</c> problem (and kept as the <see cref="Exception.InnerException"/> of the
    /// <see cref="SakipConfigurationException"/>).</summary>
    /// <param name="configure">Adds rules to the builder.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    /// <example>
    /// <code>
    /// services.AddSakip(sakip => sakip.Configure(rules => rules
    ///     .Add(RuleSets.Inverse with { Id = "kota-contoh-2025", Name = "Kota Contoh", Cap = 125m })));
    /// </code>
    /// </example>
    public SakipOptions Configure(Action<RuleCatalogueBuilder> configure)
    {
        Guard.Against.Null(configure);
        _steps.Add((builder, _) => configure(builder));
        return this;
    }

    /// <summary>A copy of the steps configured so far, so that what is built does not change when these options are
    /// configured again later.</summary>
    internal Func<(Result<RuleCatalogue> Result, Exception? Error)> Snapshot()
    {
        var steps = _steps.ToArray();
        return () => Build(steps);
    }

    private static (Result<RuleCatalogue> Result, Exception? Error) Build(Action<RuleCatalogueBuilder, ICollection<Problem>>[] steps)
    {
        var builder = RuleCatalogue.CreateBuilder();
        var problems = new List<Problem>();
        Exception? error = null;
        for (var i = 0; i < steps.Length; i++)
        {
            try
            {
                steps[i](builder, problems);
            }
#pragma warning disable CA1031 // Code configured by the host: whatever it throws is reported with the other problems.
            catch (Exception e)
#pragma warning restore CA1031
            {
                error ??= e;
                problems.Add(new Problem($"configure[{i}]", ConfigureFailed(i, FailureText.Of(e))));
            }
        }

        var built = builder.Build();
        problems.AddRange(built.Problems);
        return problems.Count == 0 ? (built, null) : (Result<RuleCatalogue>.Failure(problems), error);
    }

    private static Reason ConfigureFailed(int step, BilingualText why) => new(
        "configure-failed",
        $"the configuration step {step} (rules added in code) failed: {why.English}",
        $"langkah konfigurasi {step} (aturan yang ditambahkan dalam kode) gagal: {why.Indonesian}");
}
