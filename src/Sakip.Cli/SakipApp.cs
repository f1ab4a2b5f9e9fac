using System.CommandLine;
using Sakip.Cli.Commands;
using Sakip.Cli.Output;

namespace Sakip.Cli;

/// <summary>The <c>sakip</c> command line: builds the commands and runs them against given writers, so tests
/// can run it in process.</summary>
public static class SakipApp
{
    /// <summary>Exit code for invalid input (bad numbers, bad options).</summary>
    public const int InvalidInput = 2;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code: 0 when a result was produced, 2 for invalid input.</returns>
    /// <remarks>Everything written to <paramref name="output"/> and <paramref name="error"/> has its control
    /// characters escaped (<c>\u001B</c>), so names from files cannot drive the terminal.</remarks>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        output = new TerminalText.Writer(output);
        error = new TerminalText.Writer(error);
        var root = new RootCommand("sakip: Indonesian government performance accountability (SAKIP) calculations, from the Sakip.Domain library.")
        {
            DemoCommand.Create(output, error),
            CapaianCommand.Create(output, error),
            CheckCommand.Create(output, error),
            LkeCommand.Create(output, error),
            MeasureCommand.Create(output, error),
            PredikatCommand.Create(output, error),
            TreeCommand.Create(output, error),
            WhatIfCommand.Create(output, error),
        };
        root.Options.Add(CliCatalogue.Plugin());
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"sakip: {problem.Message}");
            }

            error.WriteLine("Run 'sakip --help' for usage.");
            return InvalidInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
