using Sakip.Domain.Json.Tests.Fuzz;
using Sakip.Domain.Testing;
using Xunit.Abstractions;

namespace Sakip.Cli.Tests.Fuzz;

/// <summary>
/// A smaller part of the fuzz corpus (100 cases) through the command-line tool in-process: <c>check</c> and
/// <c>measure</c> on malformed documents, <c>lke score</c> on malformed answer files. Every run exits 0 or 2 with no
/// exception escaping and no exception text in its output. Exceptions listed in <see cref="KnownFuzzFailures"/> are
/// reported, not failed.
/// </summary>
public sealed class CliFuzzTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sakip-fuzz-").FullName;

    [Fact]
    public void CheckAndMeasure_MalformedDocuments_ExitWithTwoOrZeroAndNoException()
    {
        var cases = FuzzCorpora.Documents(70, FuzzCorpora.Seed + 1).ToList();
        Run("cli check", cases.Take(35), path => ["check", path]);
        Run("cli measure", cases.Skip(35), path => ["measure", path, "--year", "2025"]);
    }

    [Fact]
    public void LkeScore_MalformedAnswerFiles_ExitWithTwoOrZeroAndNoException() =>
        Run("cli lke score", FuzzCorpora.AnswerFiles(30, FuzzCorpora.Seed + 1), path => ["lke", "score", path]);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Run(string target, IEnumerable<FuzzCase> corpus, Func<string, string[]> arguments)
    {
        var tally = new FuzzTally(target);
        foreach (var fuzzCase in corpus)
        {
            tally.Ran();
            var path = Path.Combine(_folder, $"case-{fuzzCase.Index}.json");
            File.WriteAllBytes(path, fuzzCase.Utf8.ToArray());
            try
            {
                var run = CliRunner.Run(arguments(path));
                var text = run.Output + run.Error;
                if (run.ExitCode is not (0 or 2) || text.Contains("Exception", StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal))
                {
                    tally.Printed(fuzzCase, run.ExitCode, run.Error);
                }
            }
            catch (Exception e)
            {
                tally.Threw(fuzzCase, e);
            }
        }

        tally.Verify(output);
    }
}
