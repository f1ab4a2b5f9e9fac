using System.CommandLine;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Plugins;
using Sakip.Domain.Rules;
using Sakip.Domain.Tree;

namespace Sakip.Cli.Commands;

/// <summary>The rules a command computes with: the built-ins and every plugin given with <c>--plugin</c>, checked
/// together before anything is computed.</summary>
internal static class CliCatalogue
{
    private const string PluginOption = "--plugin";
    private const string RuleSetFileOption = "--rule-set-file";
    private const string BandSetFileOption = "--band-set-file";

    /// <summary><c>--plugin &lt;path&gt;</c>, on every command (repeatable): a plugin assembly, or a folder of
    /// plugins.</summary>
    public static Option<string[]> Plugin() => new(PluginOption)
    {
        Description = "Load a plugin (an assembly, or a folder of plugins) whose rule sets, formulas, strategies, alignment rules and LKE schemes the command can use; repeatable. Loading runs the plugin's code: use only plugins you trust.",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--rule-set-file &lt;path&gt;</c> (repeatable), on the commands that take <c>--rule-set</c>: a rule
    /// set file whose rule set <c>--rule-set</c> can then name.</summary>
    public static Option<string[]> RuleSetFile() => new(RuleSetFileOption)
    {
        Description = "Add the rule set of a rule set file (JSON, docs/rule-files.md), which --rule-set can then name; repeatable. Its formulas, band set and aggregation are named by id: built-ins, a --plugin's or a --band-set-file's.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--band-set-file &lt;path&gt;</c> (repeatable), on the commands that take <c>--rule-set</c>: a band
    /// set file whose band set a rule set file can name.</summary>
    public static Option<string[]> BandSetFile() => new(BandSetFileOption)
    {
        Description = "Add the band set of a band set file (JSON, docs/rule-files.md), which a --rule-set-file can name by id; repeatable.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The catalogue of a command line: the built-ins, every plugin given with <c>--plugin</c>, then the band
    /// sets of <c>--band-set-file</c> and the rule sets of <c>--rule-set-file</c> (read against the catalogue so far);
    /// null, with every problem printed, when a plugin or file can't be loaded or the rules contradict each
    /// other.</summary>
    public static RuleCatalogue? From(ParseResult parse, string command, TextWriter error)
    {
        var paths = parse.GetValue<string[]>(PluginOption) ?? [];
        var bandSetFiles = Values(parse, BandSetFileOption);
        var ruleSetFiles = Values(parse, RuleSetFileOption);
        if (paths.Length == 0 && bandSetFiles.Length == 0 && ruleSetFiles.Length == 0)
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
                error.WriteLine($"{CliContext.Current.Invalid(command)}: --plugin '{path}': {problem.Reason.Message.In(CliContext.Current.Language)}");
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

        foreach (var path in bandSetFiles)
        {
            if (ReadFile(path, command, error, BandSetJson.Read) is { } bandSet)
            {
                builder.Add(bandSet);
            }
            else
            {
                failed = true;
            }
        }

        var label = bandSetFiles.Length == 0 ? CliContext.Current.T("aturan plugin", "plugin rules") : CliContext.Current.T("aturan", "rules");
        if (Build(builder, label, command, error) is not { } catalogue)
        {
            return null;
        }

        if (ruleSetFiles.Length == 0)
        {
            return failed ? null : catalogue;
        }

        var withRuleSets = catalogue.ToBuilder();
        foreach (var path in ruleSetFiles)
        {
            if (ReadFile(path, command, error, stream => RuleSetJson.Read(stream, catalogue)) is { } ruleSet)
            {
                withRuleSets.Add(ruleSet);
            }
            else
            {
                failed = true;
            }
        }

        return failed ? null : Build(withRuleSets, CliContext.Current.T("aturan", "rules"), command, error);
    }

    private static RuleCatalogue? Build(RuleCatalogueBuilder builder, string label, string command, TextWriter error)
    {
        var built = builder.Build();
        foreach (var problem in built.Problems)
        {
            error.WriteLine($"{CliContext.Current.Invalid(command)}: {label}: {problem.Path}: {problem.Reason.Message.In(CliContext.Current.Language)}");
        }

        return built.TryGetValue(out var catalogue) ? catalogue : null;
    }

    /// <summary>The value a rule file holds; null, with every problem printed with the file's path, when it has
    /// problems or can't be read.</summary>
    private static T? ReadFile<T>(string path, string command, TextWriter error, Func<Stream, Domain.Result<T>> read)
        where T : class
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"{CliContext.Current.Invalid(command)}: '{path}': {CliContext.Current.T("berkas tidak ada", "no such file")}");
            return null;
        }

        if (DocumentFile.Open(path, $"sakip {command}", error) is not { } stream)
        {
            return null;
        }

        Domain.Result<T> result;
        using (stream)
        {
            result = read(stream);
        }

        foreach (var problem in result.Problems)
        {
            error.WriteLine($"{CliContext.Current.Invalid(command)}: '{path}': {problem.ToString(CliContext.Current.Language)}");
        }

        return result.TryGetValue(out var value) ? value : null;
    }

    /// <summary>The values of an option the command may not have (every command shares <see cref="From"/>).</summary>
    private static string[] Values(ParseResult parse, string name) =>
        parse.CommandResult.Command.Options.Any(o => o.Name == name) ? parse.GetValue<string[]>(name) ?? [] : [];

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

        error.WriteLine($"{CliContext.Current.Invalid(command)}: {Unknown(family, id, option, kind)}");
        return null;
    }

    /// <summary>Why an id is not found: the option, the id and the ids there are.</summary>
    public static string Unknown<T>(Domain.Collections.Catalogue<T> family, string id, string option, string kind)
        where T : class
    {
        var ids = string.Join(", ", family.Ids);
        var more = option == "--rule-set";
        var indonesian = kind switch
        {
            "rule set" => "set aturan",
            "roll-up strategy" => "strategi roll-up",
            "evaluation scheme" => "skema evaluasi",
            _ => kind,
        };
        return CliContext.Current.T(
            $"{option} '{id}': tidak ada {indonesian} dengan id itu; {indonesian} yang ada: {ids} (plugin menambah lagi: --plugin{(more ? "; begitu pula berkas set aturan: --rule-set-file" : "")})",
            $"{option} '{id}': no {kind} has that id; the {kind}s are: {ids} (a plugin adds more: --plugin{(more ? "; so does a rule set file: --rule-set-file" : "")})");
    }
}
