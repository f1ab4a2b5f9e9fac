
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
}
