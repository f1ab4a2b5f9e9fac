using System.Text.Json.Nodes;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Json.Tests;

/// <summary>The evaluations of the SAKIP document: round trip, the answer shape, problems with their paths.</summary>
public class SakipDocumentJsonEvaluationTests
{
    private static SakipDocument WithEvaluations()
    {
        var builder = SampleDocument.Create().ToBuilder();
        builder.Evaluations.Add(Evaluation.Create(
            EvaluationSchemes.PermenPanRb88Of2021,
            "Kabupaten Contoh",
            2025,
            EvaluationMethod.SubComponentGrades,
            [
                new CriterionAnswer("1a.1", "AA", "E") { Evidence = ["Renstra"], Note = "Belum ditetapkan" },
                new CriterionAnswer("1b.2", "B", null),
            ],
            [
                new SubComponentAnswer("1a", "A", "BB") { Evidence = ["LHE AKIP 2024"], Note = "Sebagian" },
                new SubComponentAnswer("3c", "cc", null),
            ]).GetValueOrThrow());
        builder.Evaluations.Add(Evaluation.Create(EvaluationSchemes.PermenPanRb12Of2015, "Kabupaten Contoh", 2015, []).GetValueOrThrow());
        return builder.Build().GetValueOrThrow();
    }

    [Fact]
    public void Read_WrittenDocumentWithEvaluations_ReturnsEqualDocument()
    {
        var document = WithEvaluations();
        var text = SakipDocumentJson.Write(document);

        var read = SakipDocumentJson.Read(text);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal(document, read.GetValueOrThrow());
        Assert.Equal(document.Evaluations[0].Answers, read.GetValueOrThrow().Evaluations[0].Answers);
        Assert.Equal(document.Evaluations[0].Grades, read.GetValueOrThrow().Evaluations[0].Grades);
        Assert.Equal(EvaluationMethod.SubComponentGrades, read.GetValueOrThrow().Evaluations[0].Method);
        Assert.Equal(text, SakipDocumentJson.Write(read.GetValueOrThrow()));
    }

    [Fact]
    public void Write_Evaluation_UsesTheAnswerShapesWithoutInformativeFields()
    {
        var json = JsonNode.Parse(SakipDocumentJson.Write(WithEvaluations()))!;
        var evaluation = json["evaluations"]![0]!.AsObject();

        Assert.Equal(["scheme", "schemeVersion", "subject", "year", "method", "grades", "answers"], evaluation.Select(p => p.Key));
        Assert.Equal("sub-component-grades", (string?)evaluation["method"]);
        Assert.Equal("""{"subComponent":"1a","proposed":"A","final":"BB","evidence":["LHE AKIP 2024"],"note":"Sebagian"}""", evaluation["grades"]![0]!.ToJsonString());
        Assert.Equal("""{"subComponent":"3c","proposed":"CC"}""", evaluation["grades"]![1]!.ToJsonString());
        Assert.Equal("""{"criterion":"1a.1","proposed":"AA","final":"E","evidence":["Renstra"],"note":"Belum ditetapkan"}""", evaluation["answers"]![0]!.ToJsonString());
        Assert.Equal("""{"criterion":"1b.2","proposed":"B"}""", evaluation["answers"]![1]!.ToJsonString());
        var empty = json["evaluations"]![1]!.AsObject();
        Assert.Equal(["scheme", "schemeVersion", "subject", "year", "method"], empty.Select(p => p.Key));
        Assert.Equal("criterion-grades", (string?)empty["method"]);
    }

    [Fact]
    public void Read_EvaluationWithoutMethod_TakesTheSchemeDefault()
    {
        var json = Document("""
            "evaluations": [
              { "scheme": "permenpanrb-88-2021", "schemeVersion": 2, "subject": "Kabupaten Contoh", "year": 2025 },
              { "scheme": "permenpanrb-12-2015", "subject": "Kabupaten Contoh", "year": 2016 }
            ]
            """);

        var read = SakipDocumentJson.Read(json);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal([EvaluationMethod.SubComponentGrades, EvaluationMethod.CriterionGrades], read.GetValueOrThrow().Evaluations.Select(e => e.Method));
    }

    [Fact]
    public void Read_GradesThatDisagreeWithTheCriteria_AreKeptAndScoredWithAFinding()
    {
        var json = Document("""
            "evaluations": [
              { "scheme": "permenpanrb-88-2021", "schemeVersion": 2, "subject": "Kabupaten Contoh", "year": 2025, "method": "criterion-grades",
                "grades": [ { "subComponent": "2a", "final": "E" } ],
                "answers": [ { "criterion": "2a.1", "final": "AA" }, { "criterion": "2a.2", "final": "AA" }, { "criterion": "2a.3", "final": "AA" } ] }
            ]
            """);

        var evaluation = Assert.Single(SakipDocumentJson.Read(json).GetValueOrThrow().Evaluations);

        Assert.Equal(EvaluationMethod.CriterionGrades, evaluation.Method);
        Assert.Equal("E", evaluation.GradeOf("2a")!.Final);
        var result = evaluation.Score();
        Assert.Equal("2a", Assert.Single(result.Findings, f => f.Kind == LogicFindingKind.GradeMismatch).Id);
        Assert.Equal(6m, result.SubComponents.Single(s => s.SubComponent.Id == "2a").Score);
    }

    [Fact]
    public void Read_DocumentWithoutEvaluations_StillReads()
    {
        var text = SakipDocumentJson.Write(SampleDocument.Create());

        Assert.DoesNotContain("evaluations", text, StringComparison.Ordinal);
        Assert.Empty(SakipDocumentJson.Read(text).GetValueOrThrow().Evaluations);
    }

    [Fact]
    public void Read_EvaluationProblems_AreReportedWithDocumentPaths()
    {
        var json = Document("""
            "evaluations": [
              { "scheme": "permenpanrb-88-2021", "schemeVersion": 2, "subject": "Kabupaten Contoh", "year": 2025, "answers": [ { "criterion": "1a.1", "final": "Y" } ] },
              { "scheme": "lke-lain", "subject": "Kabupaten Contoh", "year": 2025 },
              { "scheme": "permenpanrb-88-2021", "schemeVersion": 3, "subject": "Kabupaten Contoh", "year": 1800 },
              { "scheme": "permenpanrb-12-2015", "subject": "Kabupaten Contoh", "year": 2024 },
              { "scheme": "PERMENPANRB-12-2015", "subject": "kabupaten contoh", "year": 2024 },
              { "scheme": "permenpanrb-88-2021", "schemeVersion": 2, "subject": "Kabupaten Contoh", "year": 2024, "grades": [ { "subComponent": "1z" }, { "subComponent": "1b", "proposed": "T" } ] },
              { "scheme": "permenpanrb-88-2021", "schemeVersion": 2, "subject": "Kabupaten Contoh", "year": 2023, "method": "criterion-grade" }
            ]
            """);

        var problems = SakipDocumentJson.Read(json).Problems;

        Assert.Equal(
            [
                ("$.evaluations[6].method", "unknown-value"),
            ],
            problems.Select(p => (p.Path, p.Reason.Code)));
        problems = SakipDocumentJson.Read(json.Replace("\"criterion-grade\"", "\"criterion-grades\"", StringComparison.Ordinal)).Problems;
        Assert.Equal(
            [
                ("$.evaluations[0].answers[0].final", "not-an-option"),
                ("$.evaluations[1].scheme", "unknown-scheme"),
                ("$.evaluations[2].schemeVersion", "scheme-version-mismatch"),
                ("$.evaluations[2].year", "year-out-of-range"),
                ("$.evaluations[5].grades[0].subComponent", "unknown-sub-component"),
                ("$.evaluations[5].grades[1].proposed", "not-an-option"),
                ("$.evaluations[4]", "duplicate-evaluation"),
            ],
            problems.Select(p => (p.Path, p.Reason.Code)));
        Assert.Equal([5, 6, 7, 7, 10, 10, 9], problems.Select(p => p.Line ?? 0));
        Assert.Equal("'T' is not a grade of sub-component 1b; the grades are AA/A/BB/B/CC/C/D/E", problems[5].Reason.Message.English);
    }

    [Fact]
    public void Read_EvaluationForAnEarlierSchemeVersion_IsRefusedNamingTheChange_AndAChangedSchemeNeedsItsVersion()
    {
        var json = Document("""
            "evaluations": [
              { "scheme": "permenpanrb-88-2021", "schemeVersion": 1, "subject": "Kabupaten Contoh", "year": 2024,
                "answers": [ { "criterion": "1a.1", "proposed": "Y" }, { "criterion": "1b.1", "proposed": "B" } ] },
              { "scheme": "permenpanrb-88-2021", "subject": "Kabupaten Contoh", "year": 2023,
                "answers": [ { "criterion": "1a.1", "proposed": "Y" }, { "criterion": "1b.1", "proposed": "B" } ] }
            ]
            """);

        var problems = SakipDocumentJson.Read(json).Problems;

        Assert.Equal(
            [
                ("$.evaluations[0].schemeVersion", 5, "scheme-version-changed"),
                ("$.evaluations[1].scheme", 7, "scheme-version-required"),
            ],
            problems.Select(p => (p.Path, p.Line ?? 0, p.Reason.Code)));
        var change = EvaluationSchemes.PermenPanRb88Of2021.Changes[0];
        Assert.Contains(change.Description.English, problems[0].Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains(change.Description.Indonesian, problems[0].Reason.Message.Indonesian, StringComparison.Ordinal);
        Assert.Contains(change.Description.English, problems[1].Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithResolver_ResolvesCustomSchemes()
    {
        var custom = EvaluationSchemeJson.Read(EvaluationSchemeJson.Write(EvaluationSchemes.PermenPanRb88Of2021).Replace("\"permenpanrb-88-2021\"", "\"lke-daerah\"", StringComparison.Ordinal)).GetValueOrThrow();
        var json = Document("""
            "evaluations": [ { "scheme": "lke-daerah", "schemeVersion": 2, "subject": "Dinas Kesehatan", "year": 2025, "answers": [ { "criterion": "1a.1", "proposed": "AA" } ] } ]
            """);

        Assert.Equal("unknown-scheme", Assert.Single(SakipDocumentJson.Read(json).Problems).Reason.Code);
        var read = SakipDocumentJson.Read(json, id => id == custom.Id ? custom : BuiltInSchemes.Find(id));
        Assert.Same(custom, read.GetValueOrThrow().Evaluations[0].Scheme);
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
