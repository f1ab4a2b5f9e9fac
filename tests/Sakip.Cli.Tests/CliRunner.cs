
namespace Sakip.Cli.Tests;

internal sealed record CliRun(int ExitCode, string Output, string Error);

internal static class CliRunner
{
    public static CliRun Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SakipApp.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with <c>--lang en</c>: English text and invariant numbers (numbers given as arguments are read
    /// invariant too), as these tests pin them.</summary>
    public static CliRun RunEnglish(params string[] args) => args.Contains("--lang") ? Run(args) : Run([.. args, "--lang", "en"]);
}
