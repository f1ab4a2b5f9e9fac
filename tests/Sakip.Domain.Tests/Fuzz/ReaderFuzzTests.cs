using System.Diagnostics;
using Sakip.Domain.Json;
using Sakip.Domain.Testing;
using Xunit.Abstractions;

namespace Sakip.Domain.Tests.Fuzz;

/// <summary>
/// The standing fuzz corpus against the library readers (1,000 cases: 400 documents, 300 answer files, 300 scheme
/// files): no exception escapes, and every failure is reported as problems that each have a path and a reason.
/// Exceptions listed in <see cref="KnownFuzzFailures"/> are reported, not failed.
/// </summary>
public class ReaderFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void SakipDocumentJsonRead_MalformedDocuments_ReturnsProblemsWithPathsAndNeverThrows() =>
        Run("document", FuzzCorpora.Documents(400), c => Problems(SakipDocumentJson.Read(c.OpenRead()).Problems));

    [Fact]
    public void EvaluationJsonRead_MalformedAnswerFiles_ReturnsProblemsWithPathsAndNeverThrows() =>
        Run("answers", FuzzCorpora.AnswerFiles(300), c => Problems(EvaluationJson.Read(c.OpenRead()).Problems));

    [Fact]
    public void EvaluationSchemeJsonRead_MalformedSchemeFiles_ReturnsProblemsWithPathsAndNeverThrows() =>
        Run("scheme", FuzzCorpora.SchemeFiles(300), c => Problems(EvaluationSchemeJson.Read(c.OpenRead()).Problems));

    private static IEnumerable<string> Problems(IEnumerable<DocumentProblem> problems) =>
        problems.Where(p => string.IsNullOrWhiteSpace(p.Path) || string.IsNullOrWhiteSpace(p.Reason.Code) || string.IsNullOrWhiteSpace(p.Reason.English) || string.IsNullOrWhiteSpace(p.Reason.Indonesian))
            .Select(p => $"problem without a path or reason: '{p.Path}' {p.Reason}");

    /// <summary>The innermost frame in this project's code.</summary>
    internal static string Where(Exception e) =>
        e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at Sakip.", StringComparison.Ordinal))?[3..] ?? "?";

    private void Run(string target, IEnumerable<FuzzCase> corpus, Func<FuzzCase, IEnumerable<string>> read)
    {
        var watch = Stopwatch.StartNew();
        var (cases, failures, known) = (0, new List<string>(), new List<string>());
        foreach (var fuzzCase in corpus)
        {
            cases++;
            try
            {
                failures.AddRange(read(fuzzCase).Select(f => $"{fuzzCase}: {f}"));
            }
            catch (Exception e)
            {
                var entry = KnownFuzzFailures.Match(target, e);
                if (entry is null)
                {
                    failures.Add($"{fuzzCase}: {e.GetType().FullName}: {e.Message} at {Where(e)}");
                }
                else
                {
                    known.Add($"{e.GetType().FullName}: {e.Message} at {Where(e)} ({entry.Reason})");
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
}
