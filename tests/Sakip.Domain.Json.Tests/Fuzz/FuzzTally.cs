using System.Diagnostics;
using Sakip.Domain.Testing;
using Xunit.Abstractions;

namespace Sakip.Domain.Json.Tests.Fuzz;

/// <summary>The outcome of one fuzz run: new failures fail the test, known ones (<see cref="KnownFuzzFailures"/>) are
/// only counted and written to the test output, grouped.</summary>
internal sealed class FuzzTally(string target)
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<string> _failures = [];
    private readonly List<string> _known = [];
    private int _cases;

    public void Ran() => _cases++;

    public void Failed(FuzzCase fuzzCase, string what) => _failures.Add($"{fuzzCase}: {what}");

    /// <summary>An exception escaped.</summary>
    public void Threw(FuzzCase fuzzCase, Exception e) =>
        Add(fuzzCase, KnownFuzzFailures.Match(target, e), $"{e.GetType().FullName}: {e.Message} at {Where(e)}");

    /// <summary>The command-line tool caught an exception and printed it.</summary>
    public void Printed(FuzzCase fuzzCase, int exitCode, string error) =>
        Add(fuzzCase, KnownFuzzFailures.MatchOutput(target, error), $"exit {exitCode}: {error.Trim().Split('\n')[0]}");

    public void Verify(ITestOutputHelper output)
    {
        output.WriteLine($"{target}: {_cases} cases in {_watch.ElapsedMilliseconds} ms, {_known.Count} known failures, {_failures.Count} new");
        foreach (var group in _known.GroupBy(k => k).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Count()} × {group.Key}");
        }

        Assert.True(_failures.Count == 0, $"{_failures.Count} of {_cases} {target} cases failed:\n" + string.Join("\n", _failures.Take(20)));
    }

    /// <summary>The innermost frame in this project's code.</summary>
    private static string Where(Exception e) =>
        e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at Sakip.", StringComparison.Ordinal))?[3..] ?? "?";

    private void Add(FuzzCase fuzzCase, KnownFailure? entry, string what)
    {
        if (entry is null)
        {
            Failed(fuzzCase, what);
        }
        else
        {
            _known.Add($"{what} ({entry.Reason})");
        }
    }
}
