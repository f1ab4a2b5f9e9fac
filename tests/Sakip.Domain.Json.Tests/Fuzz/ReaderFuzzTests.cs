using Sakip.Domain.Testing;
using Xunit.Abstractions;

namespace Sakip.Domain.Json.Tests.Fuzz;

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

    private static IEnumerable<string> Problems(IEnumerable<Problem> problems) =>
        problems.Where(p => string.IsNullOrWhiteSpace(p.Path) || string.IsNullOrWhiteSpace(p.Reason.Code) || string.IsNullOrWhiteSpace(p.Reason.Message.English) || string.IsNullOrWhiteSpace(p.Reason.Message.Indonesian))
            .Select(p => $"problem without a path or reason: '{p.Path}' {p.Reason}");

    private void Run(string target, IEnumerable<FuzzCase> corpus, Func<FuzzCase, IEnumerable<string>> read)
    {
        var tally = new FuzzTally(target);
        foreach (var fuzzCase in corpus)
        {
            tally.Ran();
            try
            {
                foreach (var failure in read(fuzzCase))
                {
                    tally.Failed(fuzzCase, failure);
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
