using System.CommandLine;
using Sakip.Cli.Commands;
using Sakip.Cli.Output;

namespace Sakip.Cli;

/// <summary>The <c>sakip</c> command line: builds the commands and runs them against given writers, so tests
/// can run it in process.</summary>
public static class SakipApp
{
    /// <summary>Exit code when a check found what <c>--fail-on</c> asks about.</summary>
    public const int FoundProblems = 1;

    /// <summary>Exit code for invalid input or usage (bad files, numbers, years, options).</summary>
    public const int InvalidInput = 2;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code: 0 when a result was produced, 1 when <c>check --fail-on</c> found what it names, 2 for
    /// invalid input or usage (docs/cli.md).</returns>
    /// <remarks>Everything written to <paramref name="output"/> and <paramref name="error"/> has its control
    /// characters escaped (<c>\u001B</c>), so names from files cannot drive the terminal.</remarks>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var errorIsTerminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        output = new TerminalText.Writer(output);
        error = new TerminalText.Writer(error);
        var root = new RootCommand("sakip: Indonesian government performance accountability (SAKIP) calculations, from the Sakip.Domain library.")
        {
            DemoCommand.Create(output, error),
            CapaianCommand.Create(output, error),
            CheckCommand.Create(output, error),
            ImportCommand.Create(output, error),
            ImportCommand.Export(output, error),
            LkeCommand.Create(output, error),
            MeasureCommand.Create(output, error),
            NationalCommand.Create(output, error, errorIsTerminal),
            PredikatCommand.Create(output, error),
            TreeCommand.Create(output, error),
            WhatIfCommand.Create(output, error),
        };
        root.Options.Add(CliCatalogue.Plugin());
        root.Options.Add(CliContext.LanguageOption());
        root.Options.Add(CliContext.CultureOption());
        var parsed = root.Parse(args);
        var english = args.Select((a, i) => a == "--lang=en" || (a == "--lang" && i + 1 < args.Length && args[i + 1] == "en")).Any(e => e);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"sakip: {problem.Message}");
            }

            error.WriteLine(english ? "Run 'sakip --help' for usage." : "Jalankan 'sakip --help' untuk cara pakai.");
            return InvalidInput;
        }

        if (CliContext.From(parsed, error) is not { } context)
        {
            return InvalidInput;
        }

        var outer = CliContext.Current;
        CliContext.Current = context;
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }
        finally
        {
            CliContext.Current = outer;
        }
    }
}
