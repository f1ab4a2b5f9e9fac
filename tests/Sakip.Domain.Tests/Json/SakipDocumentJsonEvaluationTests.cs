using System.Text.Json.Nodes;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Tests.Json;

/// <summary>The evaluations of the SAKIP document: round trip, the answer shape, problems with their paths.</summary>
public class SakipDocumentJsonEvaluationTests
{
    private static SakipDocument WithEvaluations()
    {
        var builder = SampleDocument.Create().ToBuilder();
        builder.Evaluations.Add(Evaluation.Create(EvaluationSchemes.PermenPanRb88Of2021, "Kabupaten Contoh", 2025,
        [
            new CriterionAnswer("1a.1", "Y", "T") { Evidence = ["Renstra"], Note = "Belum ditetapkan" },
            new CriterionAnswer("1b.2", "B", null),
        ]).Model);
        builder.Evaluations.Add(Evaluation.Create(EvaluationSchemes.PermenPanRb12Of2015, "Kabupaten Contoh", 2015, []).Model);
        return builder.Build().Model;
    }

    [Fact]
    public void Read_WrittenDocumentWithEvaluations_ReturnsEqualDocument()
    {
        var document = WithEvaluations();
        var text = SakipDocumentJson.Write(document);

        var read = SakipDocumentJson.Read(text);

        Assert.True(read.Success, string.Join("\n", read.Problems));
        Assert.Equal(document, read.Document);
        Assert.Equal(document.Evaluations[0].Answers, read.Document.Evaluations[0].Answers);
        Assert.Equal(text, SakipDocumentJson.Write(read.Document));
    }

    [Fact]
    public void Write_Evaluation_UsesTheAnswerShapeWithoutInformativeFields()
    {
        var json = JsonNode.Parse(SakipDocumentJson.Write(WithEvaluations()))!;
        var evaluation = json["evaluations"]![0]!.AsObject();

        Assert.Equal(["scheme", "schemeVersion", "subject", "year", "answers"], evaluation.Select(p => p.Key));
        Assert.Equal("""{"criterion":"1a.1","proposed":"Y","final":"T","evidence":["Renstra"],"note":"Belum ditetapkan"}""", evaluation["answers"]![0]!.ToJsonString());
        Assert.Equal("""{"criterion":"1b.2","proposed":"B"}""", evaluation["answers"]![1]!.ToJsonString());
        Assert.Null(json["evaluations"]![1]!["answers"]);
    }

    [Fact]
    public void Read_DocumentWithoutEvaluations_StillReads()
    {
        var text = SakipDocumentJson.Write(SampleDocument.Create());

        Assert.DoesNotContain("evaluations", text, StringComparison.Ordinal);
        Assert.Empty(SakipDocumentJson.Read(text).Document.Evaluations);
    }

    [Fact]
    public void Read_EvaluationProblems_AreReportedWithDocumentPaths()
    {
        var json = Document("""
            "evaluations": [
              { "scheme": "permenpanrb-88-2021", "subject": "Kabupaten Contoh", "year": 2025, "answers": [ { "criterion": "1a.1", "final": "A" } ] },
              { "scheme": "lke-lain", "subject": "Kabupaten Contoh", "year": 2025 },
              { "scheme": "permenpanrb-88-2021", "schemeVersion": 3, "subject": "Kabupaten Contoh", "year": 1800 },
              { "scheme": "permenpanrb-12-2015", "subject": "Kabupaten Contoh", "year": 2024 },
              { "scheme": "PERMENPANRB-12-2015", "subject": "kabupaten contoh", "year": 2024 }
            ]
            """);

        var problems = SakipDocumentJson.Read(json).Problems;

        Assert.Equal(
            [
                ("$.evaluations[0].answers[0].final", "not-an-option"),
                ("$.evaluations[1].scheme", "unknown-scheme"),
                ("$.evaluations[2].schemeVersion", "scheme-version-mismatch"),
                ("$.evaluations[2].year", "year-out-of-range"),
                ("$.evaluations[4]", "duplicate-evaluation"),
            ],
            problems.Select(p => (p.Path, p.Reason.Code)));
        Assert.Equal([5, 6, 7, 7, 9], problems.Select(p => p.Line ?? 0));
    }

    [Fact]
    public void Read_WithResolver_ResolvesCustomSchemes()
    {
        var custom = EvaluationSchemeJson.Read(EvaluationSchemeJson.Write(EvaluationSchemes.PermenPanRb88Of2021).Replace("\"permenpanrb-88-2021\"", "\"lke-daerah\"", StringComparison.Ordinal)).Scheme;
        var json = Document("""
            "evaluations": [ { "scheme": "lke-daerah", "subject": "Dinas Kesehatan", "year": 2025, "answers": [ { "criterion": "1a.1", "proposed": "Y" } ] } ]
            """);

        Assert.Equal("unknown-scheme", Assert.Single(SakipDocumentJson.Read(json).Problems).Reason.Code);
        var read = SakipDocumentJson.Read(json, id => id == custom.Id ? custom : EvaluationSchemes.Find(id));
        Assert.Same(custom, read.Document.Evaluations[0].Scheme);
    }

    [Fact]
    public void Build_TwoEvaluationsOfOneSubjectYearAndScheme_ReportsTheSecond()
    {
        var builder = WithEvaluations().ToBuilder();
        builder.Evaluations.Add(Evaluation.Empty(EvaluationSchemes.PermenPanRb88Of2021, "Kabupaten Contoh", 2025));

        var problem = Assert.Single(builder.Build().Problems);

        Assert.Equal(("evaluations[2]", "duplicate-evaluation"), (problem.Path, problem.Reason.Code));
    }

    private static string Document(string evaluations) => $$"""
        {
          "formatVersion": 1,
          "region": { "code": "33.99", "name": "Kabupaten Contoh", "kind": "regency" },
          {{evaluations.Replace("\n", "\n  ", StringComparison.Ordinal)}}
        }
        """;
}
