using System.Diagnostics;
using Sakip.Domain.Testing;
using Sakip.Domain.Tests.Cli;
using Xunit.Abstractions;

namespace Sakip.Domain.Tests.Fuzz;

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
        var watch = Stopwatch.StartNew();
        var (cases, failures, known) = (0, new List<string>(), new List<string>());
        foreach (var fuzzCase in corpus)
        {
            cases++;
            var path = Path.Combine(_folder, $"case-{fuzzCase.Index}.json");
            File.WriteAllBytes(path, fuzzCase.Utf8.ToArray());
            try
            {
                var run = CliRunner.Run(arguments(path));
                var text = run.Output + run.Error;
                if (run.ExitCode is not (0 or 2) || text.Contains("Exception", StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal))
                {
                    var entry = KnownFuzzFailures.MatchOutput(target, text);
                    if (entry is null)
                    {
                        failures.Add($"{fuzzCase}: exit {run.ExitCode}: {Shorten(run.Error)}");
                    }
                    else
                    {
                        known.Add($"exit {run.ExitCode}: {run.Error.Trim().Split('\n')[0]} ({entry.Reason})");
                    }
                }
            }
            catch (Exception e)
            {
                var entry = KnownFuzzFailures.Match(target, e);
                if (entry is null)
                {
                    failures.Add($"{fuzzCase}: {e.GetType().FullName}: {e.Message} at {ReaderFuzzTests.Where(e)}");
                }
                else
                {
                    known.Add($"{e.GetType().FullName}: {e.Message} at {ReaderFuzzTests.Where(e)} ({entry.Reason})");
                }
            }
        }

        output.WriteLine($"{target}: {cases} cases in {watch.ElapsedMilliseconds} ms, {known.Count} known failures, {failures.Count} new");
        foreach (var group in known.GroupBy(k => k).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Count()} × {group.Key}");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} {target} cases failed:\n" + string.Join("\n", failures.Take(20)));
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
