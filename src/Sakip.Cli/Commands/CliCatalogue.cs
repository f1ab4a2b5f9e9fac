using System.CommandLine;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Plugins;
using Sakip.Domain.Rules;
using Sakip.Domain.Tree;

namespace Sakip.Cli.Commands;

/// <summary>The rules a command computes with: the built-ins and every plugin given with <c>--plugin</c>, checked
/// together before anything is computed.</summary>
internal static class CliCatalogue
{
    private const string PluginOption = "--plugin";

    /// <summary><c>--plugin &lt;path&gt;</c>, on every command (repeatable): a plugin assembly, or a folder of
    /// plugins.</summary>
    public static Option<string[]> Plugin() => new(PluginOption)
    {
        Description = "Load a plugin (an assembly, or a folder of plugins) whose rule sets, formulas, strategies, alignment rules and LKE schemes the command can use; repeatable. Loading runs the plugin's code: use only plugins you trust.",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The catalogue of a command line; null, with every problem printed, when a plugin can't be loaded or
    /// the rules contradict each other.</summary>
    public static RuleCatalogue? From(ParseResult parse, string command, TextWriter error)
    {
        var paths = parse.GetValue<string[]>(PluginOption) ?? [];
        if (paths.Length == 0)
        {
            return RuleCatalogue.BuiltIn;
        }

        var builder = RuleCatalogue.CreateBuilder();
        var failed = false;
        foreach (var path in paths)
        {
            var loaded = PluginLoader.Load(path);
            foreach (var problem in loaded.Problems)
            {
                error.WriteLine($"sakip {command}: invalid input: --plugin '{path}': {problem.Reason.Message.English}");
                failed = true;
            }

            if (loaded.TryGetValue(out var plugins))
            {
                foreach (var plugin in plugins)
                {
                    builder.Add(plugin);
                }
            }
        }

        var built = builder.Build();
        foreach (var problem in built.Problems)
        {
            error.WriteLine($"sakip {command}: invalid input: plugin rules: {problem.Path}: {problem.Reason.Message.English}");
        }

        return failed || !built.TryGetValue(out var catalogue) ? null : catalogue;
    }

    /// <summary>The rule set of an id; null, with the ids there are, when none has it.</summary>
    public static RuleSet? RuleSet(RuleCatalogue catalogue, string id, string command, TextWriter error) =>
        Find(catalogue.RuleSets, id, "--rule-set", "rule set", command, error);

    /// <summary>The roll-up strategy of an id; null, with the ids there are, when none has it.</summary>
    public static IRollUpStrategy? Strategy(RuleCatalogue catalogue, string id, string command, TextWriter error) =>
        Find(catalogue.RollUpStrategies, id, "--strategy", "roll-up strategy", command, error);

    /// <summary>The evaluation scheme of an id; null, with the ids there are, when none has it.</summary>
    public static EvaluationScheme? Scheme(RuleCatalogue catalogue, string id, string command, TextWriter error) =>
        Find(catalogue.EvaluationSchemes, id, "--scheme", "evaluation scheme", command, error);

    private static T? Find<T>(Domain.Collections.Catalogue<T> family, string id, string option, string kind, string command, TextWriter error)
        where T : class
    {
        if (family.TryGet(id, out var item))
        {
            return item;
        }

        error.WriteLine($"sakip {command}: invalid input: {Unknown(family, id, option, kind)}");
        return null;
    }

    /// <summary>Why an id is not found: the option, the id and the ids there are.</summary>
    public static string Unknown<T>(Domain.Collections.Catalogue<T> family, string id, string option, string kind)
        where T : class =>
        $"{option} '{id}': no {kind} has that id; the {kind}s are: {string.Join(", ", Ids(family))} (a plugin adds more: --plugin)";

    private static IEnumerable<string> Ids<T>(Domain.Collections.Catalogue<T> family)
        where T : class =>
        family.All.Select(item => item switch
        {
            RuleSet r => r.Id,
            IRollUpStrategy s => s.Id,
            EvaluationScheme e => e.Id,
            _ => item.ToString() ?? "",
        });
}
