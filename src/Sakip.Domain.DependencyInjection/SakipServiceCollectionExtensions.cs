using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sakip.Domain.Achievement;
using Sakip.Domain.Catalogues;
using Sakip.Domain.DependencyInjection;
using Sakip.Domain.Review;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Sakip.Domain with a host's services.</summary>
public static class SakipServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons, the host's <see cref="RuleCatalogue"/> (the built-in rules, then the plugins and rules
    /// configured in <paramref name="configure"/>, built lazily on first use), its <see cref="FormulaRegistry"/>
    /// (<see cref="RuleCatalogue.Formulas"/>) and <see cref="AlignmentReview"/> (<see cref="RuleCatalogue.Review"/>),
    /// and the <see cref="SakipCatalogueProvider"/> they come from.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds plugins and rules; null for the built-in rules only.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// <para>A misconfiguration is never silent: resolving the catalogue (or the formulas, or the review) throws
    /// <see cref="SakipConfigurationException"/> listing every problem; to check at startup without an exception,
    /// resolve <see cref="SakipCatalogueProvider"/> and read its <see cref="SakipCatalogueProvider.Result"/>.</para>
    /// <para>Calling it again on the same collection registers nothing more: the calls' configurations add up, in
    /// order, into the one catalogue. Services of these types registered before the first call are kept
    /// (<c>TryAdd</c>).</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <example>
    /// <code>
    /// var builder = Host.CreateApplicationBuilder(args);
    /// builder.Services.AddSakip(sakip => sakip
    ///     .AddPluginsFrom(Path.Combine(AppContext.BaseDirectory, "plugins"))
    ///     .Configure(rules => rules.Add(RuleSets.Inverse with { Id = "kota-contoh-2025", Name = "Kota Contoh", Cap = 125m })));
    /// using var host = builder.Build();
    ///
    /// var check = host.Services.GetRequiredService&lt;SakipCatalogueProvider&gt;().Result;
    /// if (!check.IsSuccess) { /* check.Problems lists every problem */ }
    ///
    /// var catalogue = host.Services.GetRequiredService&lt;RuleCatalogue&gt;();
    /// var calculator = new AchievementCalculator(catalogue.RuleSets.Get("kota-contoh-2025"), catalogue.Formulas);
    /// </code>
    /// </example>
    public static IServiceCollection AddSakip(this IServiceCollection services, Action<SakipOptions>? configure = null)
    {
        Guard.Against.Null(services);
        var registration = services
            .Where(d => d.ServiceType == typeof(SakipRegistration) && !d.IsKeyedService)
            .Select(d => d.ImplementationInstance)
            .OfType<SakipRegistration>()
            .FirstOrDefault();
        if (registration is null)
        {
            registration = new SakipRegistration();
            services.AddSingleton(registration);
        }

        configure?.Invoke(registration.Options);

        services.TryAddSingleton(static sp => new SakipCatalogueProvider(sp.GetRequiredService<SakipRegistration>().Options));
        services.TryAddSingleton(static sp => sp.GetRequiredService<SakipCatalogueProvider>().GetCatalogue());
        services.TryAddSingleton(static sp => sp.GetRequiredService<RuleCatalogue>().Formulas);
        services.TryAddSingleton(static sp => sp.GetRequiredService<RuleCatalogue>().Review);
        return services;
    }

    /// <summary>The options every <c>AddSakip</c> call on one collection configures.</summary>
    private sealed class SakipRegistration
    {
        public SakipOptions Options { get; } = new();
    }
}
