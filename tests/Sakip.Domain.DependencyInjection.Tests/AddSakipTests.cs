using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sakip.Domain.Achievement;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Plugins;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;

namespace Sakip.Domain.DependencyInjection.Tests;

public class AddSakipTests
{
    private static ServiceProvider Provider(Action<SakipOptions>? configure = null) =>
        new ServiceCollection().AddSakip(configure).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    [Fact]
    public void NoConfiguration_ResolvesTheBuiltIns()
    {
        using var provider = Provider();

        var catalogue = provider.GetRequiredService<RuleCatalogue>();

        Assert.Equal(RuleCatalogue.BuiltIn.ToString(), catalogue.ToString());
        Assert.Empty(catalogue.Plugins);
        Assert.Same(RuleSets.Default, catalogue.RuleSets.Get(RuleSets.Default.Id));
        Assert.Same(catalogue.Formulas, provider.GetRequiredService<FormulaRegistry>());
        Assert.Same(catalogue.Review, provider.GetRequiredService<AlignmentReview>());
        Assert.True(provider.GetRequiredService<SakipCatalogueProvider>().Result.IsSuccess);
    }

    [Fact]
    public void SamplePluginByPath_ItsRulesResolveAndComputeWithTheCatalogue()
    {
        using var provider = Provider(sakip => sakip.AddPluginsFrom(SamplePlugin.Assembly));

        var catalogue = provider.GetRequiredService<RuleCatalogue>();

        Assert.Equal(["Provinsi Contoh"], catalogue.Plugins);
        var ruleSet = catalogue.RuleSets.Get("provinsi-contoh-2025");
        Assert.Equal(120m, ruleSet.Cap);
        Assert.Contains(catalogue.Review.Rules, r => r.Id == "PROV-001");
        Assert.Contains(provider.GetRequiredService<AlignmentReview>().Rules, r => r.Id == "PROV-001");

        // Negative polarity, target 10, realisation 5: the inverse formula gives 200 %, the plugin caps at 120 %.
        var result = new AchievementCalculator(ruleSet, provider.GetRequiredService<FormulaRegistry>())
            .Calculate(Target.Point(10m), new Measure(5m), Polarity.Negative);
        Assert.Equal(120m, result.Percent!.Value.Value);
    }

    [Fact]
    public void SamplePluginFolder_LoadsItsPlugin()
    {
        using var provider = Provider(sakip => sakip.AddPluginsFrom(SamplePlugin.Folder));

        Assert.Equal(["Provinsi Contoh"], provider.GetRequiredService<RuleCatalogue>().Plugins);
    }

    [Fact]
    public void PluginInstanceAndCode_AreAddedInOrderAfterTheBuiltIns()
    {
        var plugin = Assert.Single(PluginLoader.Load(SamplePlugin.Assembly).GetValueOrThrow());
        var kota = RuleSets.Inverse with { Id = "kota-contoh-2025", Name = "Kota Contoh", Cap = 125m };
        using var provider = Provider(sakip => sakip.AddPlugin(plugin).Configure(rules => rules.Add(kota)));

        var catalogue = provider.GetRequiredService<RuleCatalogue>();

        Assert.Equal(["Provinsi Contoh"], catalogue.Plugins);
        Assert.Equal(["provinsi-contoh-2025", "kota-contoh-2025"], catalogue.RuleSets.All.Skip(RuleCatalogue.BuiltIn.RuleSets.All.Count).Select(r => r.Id));
        Assert.Same(kota, catalogue.RuleSets.Get("kota-contoh-2025"));
    }

    [Fact]
    public void BadPathAndConflictingRule_ResolvingThrowsWithEveryProblem()
    {
        using var provider = Provider(sakip => sakip
            .AddPluginsFrom("no/such/plugin.dll")
            .Configure(rules => rules.Add(RuleSets.Default with { Cap = 150m })));

        var exception = Assert.Throws<SakipConfigurationException>(provider.GetRequiredService<RuleCatalogue>);

        Assert.IsType<InvalidOperationException>(exception, exactMatch: false);
        Assert.Equal(["plugin-not-found", "built-in-id"], exception.Problems.Select(p => p.Reason.Code));
        Assert.Equal("no/such/plugin.dll", exception.Problems[0].Path);
        var lines = exception.Message.Split(Environment.NewLine);
        Assert.Equal("The Sakip rule catalogue is misconfigured (2 problems):", lines[0]);
        Assert.Equal(exception.Problems.Select(p => p.ToString()), lines[1..]);
        Assert.StartsWith("no/such/plugin.dll: ", lines[1], StringComparison.Ordinal);
        Assert.Null(exception.InnerException);
    }

    [Fact]
    public void Misconfigured_TheProviderReportsEveryProblemWithoutThrowing()
    {
        using var provider = Provider(sakip => sakip
            .AddPluginsFrom("no/such/plugin.dll")
            .Configure(rules => rules.Add(RuleSets.Default with { Cap = 150m })));

        var result = provider.GetRequiredService<SakipCatalogueProvider>().Result;

        Assert.False(result.IsSuccess);
        Assert.Equal(["plugin-not-found", "built-in-id"], result.Problems.Select(p => p.Reason.Code));
        Assert.Equal(result.Problems, Assert.Throws<SakipConfigurationException>(provider.GetRequiredService<RuleCatalogue>).Problems);
    }

    [Fact]
    public void Misconfigured_TheFormulasAndTheReviewThrowToo()
    {
        using var provider = Provider(sakip => sakip.AddPluginsFrom("no/such/plugin.dll"));

        Assert.Throws<SakipConfigurationException>(provider.GetRequiredService<FormulaRegistry>);
        Assert.Throws<SakipConfigurationException>(provider.GetRequiredService<AlignmentReview>);
    }

    [Fact]
    public void ConfigureThatThrows_IsAProblemAndTheInnerException()
    {
        var thrown = new InvalidOperationException("boom");
        using var provider = Provider(sakip => sakip
            .Configure(_ => throw thrown)
            .AddPluginsFrom("no/such/plugin.dll"));

        var exception = Assert.Throws<SakipConfigurationException>(provider.GetRequiredService<RuleCatalogue>);

        Assert.Equal([("configure[0]", "configure-failed"), ("no/such/plugin.dll", "plugin-not-found")], exception.Problems.Select(p => (p.Path, p.Reason.Code)));
        Assert.Contains("InvalidOperationException: boom", exception.Problems[0].Reason.Message.English, StringComparison.Ordinal);
        Assert.Same(thrown, exception.InnerException);
    }

    [Fact]
    public void Singletons_AreTheSameInstanceAcrossResolutionsAndScopes()
    {
        using var provider = Provider(sakip => sakip.AddPluginsFrom(SamplePlugin.Assembly));
        using var scope = provider.CreateScope();

        Assert.Same(provider.GetRequiredService<RuleCatalogue>(), provider.GetRequiredService<RuleCatalogue>());
        Assert.Same(provider.GetRequiredService<RuleCatalogue>(), scope.ServiceProvider.GetRequiredService<RuleCatalogue>());
        Assert.Same(provider.GetRequiredService<FormulaRegistry>(), scope.ServiceProvider.GetRequiredService<FormulaRegistry>());
        Assert.Same(provider.GetRequiredService<AlignmentReview>(), scope.ServiceProvider.GetRequiredService<AlignmentReview>());
        Assert.Same(provider.GetRequiredService<SakipCatalogueProvider>(), scope.ServiceProvider.GetRequiredService<SakipCatalogueProvider>());
        Assert.Same(provider.GetRequiredService<SakipCatalogueProvider>().GetCatalogue(), provider.GetRequiredService<RuleCatalogue>());
    }

    [Fact]
    public void Catalogue_IsBuiltLazilyAndOnce()
    {
        var calls = 0;
        using var provider = Provider(sakip => sakip.Configure(_ => calls++));
        Assert.Equal(0, calls);

        _ = provider.GetRequiredService<RuleCatalogue>();
        _ = provider.GetRequiredService<FormulaRegistry>();
        _ = provider.GetRequiredService<SakipCatalogueProvider>().Result;

        Assert.Equal(1, calls);
    }

    [Fact]
    public void FailedBuild_IsNotRetriedOnEachResolution()
    {
        var calls = 0;
        using var provider = Provider(sakip => sakip.Configure(_ =>
        {
            calls++;
            throw new InvalidOperationException("boom");
        }));

        Assert.Throws<SakipConfigurationException>(provider.GetRequiredService<RuleCatalogue>);
        Assert.Throws<SakipConfigurationException>(provider.GetRequiredService<RuleCatalogue>);

        Assert.Equal(1, calls);
    }

    [Fact]
    public void AddSakipTwice_RegistersOneCatalogueAndAddsUpTheConfigurations()
    {
        var kota = RuleSets.Inverse with { Id = "kota-contoh-2025", Name = "Kota Contoh", Cap = 125m };
        var services = new ServiceCollection()
            .AddSakip(sakip => sakip.AddPluginsFrom(SamplePlugin.Assembly))
            .AddSakip(sakip => sakip.Configure(rules => rules.Add(kota)).AddPluginsFrom(SamplePlugin.Folder))
            .AddSakip();

        Assert.Single(services, d => d.ServiceType == typeof(RuleCatalogue));
        Assert.Single(services, d => d.ServiceType == typeof(FormulaRegistry));
        Assert.Single(services, d => d.ServiceType == typeof(AlignmentReview));
        Assert.Single(services, d => d.ServiceType == typeof(SakipCatalogueProvider));
        using var provider = services.BuildServiceProvider();
        var catalogue = provider.GetRequiredService<RuleCatalogue>();
        // The plugin, loaded by file and by folder, is one instance: its rules are added once.
        Assert.Equal(["Provinsi Contoh"], catalogue.Plugins);
        Assert.Equal(["provinsi-contoh-2025", "kota-contoh-2025"], catalogue.RuleSets.All.Skip(RuleCatalogue.BuiltIn.RuleSets.All.Count).Select(r => r.Id));
    }

    [Fact]
    public void CatalogueRegisteredBefore_IsKept()
    {
        var own = RuleCatalogue.CreateBuilder().Build().GetValueOrThrow();
        using var provider = new ServiceCollection().AddSingleton(own).AddSakip().BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<RuleCatalogue>());
        Assert.Same(own.Formulas, provider.GetRequiredService<FormulaRegistry>());
    }

    [Fact]
    public void GenericHost_ResolvesTheCatalogueWithThePlugin()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development, DisableDefaults = true });
        builder.Services.AddSakip(sakip => sakip.AddPluginsFrom(SamplePlugin.Assembly));
        using var host = builder.Build();

        Assert.True(host.Services.GetRequiredService<SakipCatalogueProvider>().Result.IsSuccess);
        Assert.Equal("PROV-001", host.Services.GetRequiredService<AlignmentReview>().Rules[^1].Id);
    }

    [Fact]
    public void NullArguments_AreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddSakip());
        new ServiceCollection().AddSakip(sakip =>
        {
            Assert.Throws<ArgumentNullException>(() => sakip.AddPlugin(null!));
            Assert.Throws<ArgumentNullException>(() => sakip.AddPluginsFrom(null!));
            Assert.Throws<ArgumentException>(() => sakip.AddPluginsFrom(" "));
            Assert.Throws<ArgumentNullException>(() => sakip.Configure(null!));
        });
        Assert.Throws<ArgumentNullException>(() => new SakipConfigurationException((IEnumerable<Problem>)null!));
    }
}
