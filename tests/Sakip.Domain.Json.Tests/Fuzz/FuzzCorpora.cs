using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Testing;

namespace Sakip.Domain.Json.Tests.Fuzz;

/// <summary>The standing fuzz corpora: valid SAKIP documents, answer files (of the built-in schemes, which every
/// reader resolves) and scheme files, each damaged in every <see cref="MutationKind"/> in turn. Fixed seeds, so a
/// failing case is named by its index and can be replayed.</summary>
internal static class FuzzCorpora
{
    public const int Seed = 20261205;

    public static Gen<Evaluation> Answers { get; } =
        from scheme in Gen.Elements(EvaluationSchemes.All.ToArray())
        from evaluation in EvaluationGenerators.Evaluations(scheme)
        from graded in GradeGenerators.Graded(evaluation)
        select graded;

    public static IEnumerable<FuzzCase> Documents(int count, int seed = Seed) => MalformedJson.Corpus(DocumentGenerators.Document, SakipDocumentJson.Write, seed, count);

    public static IEnumerable<FuzzCase> AnswerFiles(int count, int seed = Seed) => MalformedJson.Corpus(Answers, EvaluationJson.Write, seed, count);

    public static IEnumerable<FuzzCase> SchemeFiles(int count, int seed = Seed) => MalformedJson.Corpus(GradeGenerators.Schemes, EvaluationSchemeJson.Write, seed, count);
}
