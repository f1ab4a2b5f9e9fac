using System.Reflection;
using System.Runtime.Loader;
using Sakip.Domain.Achievement;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Plugins;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Plugins;

/// <summary>The sample plugins (samples/), built as separate assemblies, loaded at run time.</summary>
public class PluginLoaderTests
{
    private static readonly string Configuration = typeof(PluginLoaderTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    public static string OutputOf(string project) =>
        Path.Combine(RepositoryFiles.Root, "samples", project, "bin", Configuration, "net10.0");

    private static string ProvinsiContoh => Path.Combine(OutputOf("ProvinsiContoh.Plugin"), "ProvinsiContoh.Plugin.dll");

    [Fact]
    public void Load_SamplePlugin_AddsItsRulesToTheCatalogue()
    {
        var plugin = Assert.Single(PluginLoader.Load(ProvinsiContoh).GetValueOrThrow());

        var catalogue = RuleCatalogue.CreateBuilder().Add(plugin).Build().GetValueOrThrow();

        Assert.Equal(["Provinsi Contoh"], catalogue.Plugins);
        var rules = catalogue.RuleSets.Get("provinsi-contoh-2025");
        Assert.Equal((120m, "negative-inverse", "provinsi-contoh-median"), (rules.Cap, rules.NegativeFormulaId, rules.Aggregation.Id));
        Assert.Same(rules.Aggregation, catalogue.RollUpStrategies.Get("provinsi-contoh-median"));
        Assert.Equal("PROV-001", catalogue.Review.Rules[^1].Id);
        Assert.Equal(EvaluationMethod.SubComponentGrades, catalogue.EvaluationSchemes.Get("provinsi-contoh-lke-2025").DefaultMethod);

        // The plugin's types are the host's: its rule set computes with the host's calculator.
        var result = new AchievementCalculator(rules, catalogue.Formulas).Calculate(Target.Point(10m), new Measure(5m), Polarity.Negative);
        Assert.Equal(120m, result.Percent!.Value.Value);
        Assert.Same(typeof(ISakipPlugin).Assembly, plugin.GetType().GetInterfaces().Single(i => i.Name == nameof(ISakipPlugin)).Assembly);
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(plugin.GetType().Assembly));
    }

    [Fact]
    public void Load_SamplePluginsMedian_RollsUpByTheMedian()
    {
        var plugin = Assert.Single(PluginLoader.Load(OutputOf("ProvinsiContoh.Plugin")).GetValueOrThrow());
        var catalogue = RuleCatalogue.CreateBuilder().Add(plugin).Build().GetValueOrThrow();

        var median = catalogue.RollUpStrategies.Get("provinsi-contoh-median");

        Assert.Equal(90m, median.Combine([new(80m, 1m, 0m, 0m), new(90m, 1m, 0m, 0m), new(150m, 1m, 0m, 0m)]));
        Assert.Equal(85m, median.Combine([new(80m, 1m, 0m, 0m), new(90m, 1m, 0m, 0m)]));
    }

    [Fact]
    public void Load_TwoPluginsWithOneDependencyAtTwoVersions_EachGetsItsOwn()
    {
        var a = Assert.Single(PluginLoader.Load(OutputOf("PluginIsolation/IsolationPlugin.A")).GetValueOrThrow());
        var b = Assert.Single(PluginLoader.Load(Path.Combine(OutputOf("PluginIsolation/IsolationPlugin.B"), "IsolationPlugin.B.dll")).GetValueOrThrow());

        var catalogue = RuleCatalogue.CreateBuilder().Add(a).Add(b).Build().GetValueOrThrow();

        Assert.Equal("Greeting 1.0.0.0", catalogue.RuleSets.Get("isolation-a").Name);
        Assert.Equal("Greeting 2.0.0.0", catalogue.RuleSets.Get("isolation-b").Name);
        Assert.Equal(["Isolation A", "Isolation B"], catalogue.Plugins);
    }

    [Fact]
    public void Load_Missing_IsAProblemNamingThePath()
    {
        var problem = Assert.Single(PluginLoader.Load("no/such/plugin.dll").Problems);

        Assert.Equal(("no/such/plugin.dll", "plugin-not-found"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Load_NotAnAssembly_IsAProblem()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sakip-not-a-plugin-{Guid.NewGuid():N}.dll");
        File.WriteAllText(file, "not an assembly");
        try
        {
            var problem = Assert.Single(PluginLoader.Load(file).Problems);

            Assert.Equal("plugin-not-loaded", problem.Reason.Code);
            Assert.Contains("BadImageFormatException", problem.Reason.Message.English, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Load_AssemblyWithoutPlugin_IsAProblem()
    {
        var greeting = Path.Combine(OutputOf("PluginIsolation/IsolationPlugin.A"), "Sakip.Samples.Greeting.dll");

        var problem = Assert.Single(PluginLoader.Load(greeting).Problems);

        Assert.Equal(("plugin-no-entry", greeting), (problem.Reason.Code, problem.Path));
    }

    [Fact]
    public void Load_FolderWithoutPlugins_IsAProblem()
    {
        var folder = Directory.CreateTempSubdirectory("sakip-empty-plugins-").FullName;
        try
        {
            Assert.Equal("plugin-folder-empty", Assert.Single(PluginLoader.Load(folder).Problems).Reason.Code);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public void Load_FolderOfPluginFolders_LoadsEach()
    {
        var folder = Directory.CreateTempSubdirectory("sakip-plugins-").FullName;
        try
        {
            foreach (var name in new[] { "IsolationPlugin.A", "IsolationPlugin.B" })
            {
                var target = Directory.CreateDirectory(Path.Combine(folder, name)).FullName;
                foreach (var file in Directory.EnumerateFiles(OutputOf("PluginIsolation/" + name)))
                {
                    File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
                }
            }

            var plugins = PluginLoader.Load(folder).GetValueOrThrow();

            Assert.Equal(["Isolation A", "Isolation B"], plugins.Select(p => p.Name));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
