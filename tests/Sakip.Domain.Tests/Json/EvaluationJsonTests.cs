using System.Text;
using System.Text.Json.Nodes;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;

namespace Sakip.Domain.Tests.Json;

/// <summary>The LKE answer document: template, round trip, every problem with its path and line.</summary>
public class EvaluationJsonTests
{
    private static readonly EvaluationScheme Scheme = EvaluationSchemes.PermenPanRb88Of2021;

    private static Evaluation Sample() => Evaluation.Create(Scheme, "Kabupaten Contoh", 2025,
    [
        new CriterionAnswer("1a.1", "Y", "Y") { Evidence = ["Renstra 2021-2026", "https://contoh.go.id/renstra"], Note = "Lengkap" },
        new CriterionAnswer("1b.1", "A", "B"),
        new CriterionAnswer("1c.1", "B", null) { Note = "Menunggu verifikasi" },
        new CriterionAnswer("2a.1", null, "t") { Evidence = ["SK IKU"] },
    ]).Model;

    [Fact]
    public void Template_Scheme_ListsEveryCriterionWithOptionsAndEmptyAnswers()
    {
        var json = JsonNode.Parse(EvaluationJson.Template(Scheme, "Kabupaten Contoh", 2025))!;
        var rows = json["answers"]!.AsArray();

        Assert.Equal(1, (int?)json["formatVersion"]);
        Assert.Equal(Scheme.Id, (string?)json["scheme"]);
        Assert.Equal(Scheme.Version, (int?)json["schemeVersion"]);
        Assert.Equal(Scheme.Criteria.Select(c => c.Id), rows.Select(r => (string?)r!["criterion"]));
        var row = rows.Single(r => (string?)r!["criterion"] == "1b.1")!.AsObject();
        Assert.Equal(["criterion", "title", "component", "subComponent", "options", "proposed", "final", "evidence", "note"], row.Select(p => p.Key));
        Assert.Equal("""["A","B","C","D","E"]""", row["options"]!.ToJsonString());
        Assert.Equal(("1", "1b"), ((string?)row["component"], (string?)row["subComponent"]));
        Assert.Equal(Scheme.FindCriterion("1b.1")!.Title, (string?)row["title"]);
        Assert.Null(row["proposed"]);
        Assert.Null(row["final"]);
        Assert.Null(row["note"]);
        Assert.Empty(row["evidence"]!.AsArray());
    }

    [Fact]
    public void Read_Template_ReturnsEvaluationWithoutAnswers()
    {
        var read = EvaluationJson.Read(EvaluationJson.Template(Scheme, "Kabupaten Contoh", 2025));

        Assert.True(read.Success, string.Join("\n", read.Problems));
        Assert.Empty(read.Evaluation.Answers);
        Assert.Equal(("Kabupaten Contoh", 2025), (read.Evaluation.Subject, read.Evaluation.Year));
        Assert.Same(Scheme, read.Evaluation.Scheme);
        Assert.False(read.Evaluation.Score().IsComplete);
    }

    [Fact]
    public void Read_TemplateWithoutSubjectAndYear_ReportsBothAsRequired()
    {
        var template = EvaluationJson.Template(EvaluationSchemes.PermenPanRb12Of2015);

        var problems = EvaluationJson.Read(template).Problems;

        Assert.Equal([("$.year", "required"), ("$.subject", "required")], problems.Select(p => (p.Path, p.Reason.Code)));
        Assert.Equal([5, 6], problems.Select(p => p.Line ?? 0).Order());
    }

    [Fact]
    public void Read_WrittenEvaluation_ReturnsEqualEvaluation()
    {
        var evaluation = Sample();
        var text = EvaluationJson.Write(evaluation);

        var read = EvaluationJson.Read(text);

        Assert.True(read.Success, string.Join("\n", read.Problems));
        Assert.Equal(evaluation.Answers, read.Evaluation.Answers);
        Assert.Equal(evaluation, read.Evaluation);
        Assert.Equal(text, EvaluationJson.Write(read.Evaluation));
        Assert.Equal(Scheme.Criteria.Count, JsonNode.Parse(text)!["answers"]!.AsArray().Count);
    }

    [Fact]
    public void Read_StreamWithByteOrderMark_ReturnsEqualEvaluation()
    {
        var evaluation = Sample();
        using var written = new MemoryStream();
        EvaluationJson.Write(evaluation, written);
        using var stream = new MemoryStream([.. Encoding.UTF8.Preamble, .. written.ToArray()]);

        Assert.Equal(evaluation, EvaluationJson.Read(stream).Evaluation);
    }

    [Fact]
    public void Read_AnswerProblems_AreAllReportedWithPathsLinesAndTheCriterion()
    {
        var json = """
            {
              "formatVersion": 1,
              "scheme": "PERMENPANRB-88-2021",
              "subject": "Kabupaten Contoh",
              "year": 2025,
              "answers": [
                { "criterion": "1a.1", "proposed": "y", "final": "A" },
                { "criterion": "9z.9", "proposed": "A" },
                { "criterion": "1a.1", "final": "T" },
                { "criterion": "1b.1", "title": "ignored", "options": ["Q"], "proposed": "b", "final": "F" }
              ]
            }
            """;

        var problems = EvaluationJson.Read(json).Problems;

        Assert.Equal(
            [
                ("$.answers[0].final", 7, "not-an-option"),
                ("$.answers[1].criterion", 8, "unknown-criterion"),
                ("$.answers[2].criterion", 9, "duplicate-answer"),
                ("$.answers[3].final", 10, "not-an-option"),
            ],
            problems.Select(p => (p.Path, p.Line ?? 0, p.Reason.Code)));
        Assert.Equal("'F' is not an answer of criterion 1b.1; the answers are A/B/C/D/E", problems[3].Reason.English);
        Assert.Contains("kriteria 1b.1", problems[3].Reason.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownScheme_ReportsTheSchemeWithTheBuiltInIds()
    {
        var json = EvaluationJson.Template(Scheme, "Kabupaten Contoh", 2025).Replace("\"permenpanrb-88-2021\"", "\"lke-2030\"", StringComparison.Ordinal);

        var problem = Assert.Single(EvaluationJson.Read(json).Problems);

        Assert.Equal(("$.scheme", 3, "unknown-scheme"), (problem.Path, problem.Line ?? 0, problem.Reason.Code));
        Assert.Contains("permenpanrb-88-2021, permenpanrb-12-2015", problem.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherSchemeVersion_ReportsTheVersion()
    {
        var json = EvaluationJson.Template(Scheme, "Kabupaten Contoh", 2025).Replace("\"schemeVersion\": 1", "\"schemeVersion\": 7", StringComparison.Ordinal);

        var problem = Assert.Single(EvaluationJson.Read(json).Problems);

        Assert.Equal(("$.schemeVersion", "scheme-version-mismatch"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Read_WithResolver_FindsACustomScheme()
    {
        var custom = Scheme.WithScale(AnswerScales.FourLevel, "1b.1").Model;
        var json = EvaluationJson.Write(Evaluation.Create(custom, "Dinas Kesehatan", 2024, [new CriterionAnswer("1b.1", "D", null)]).Model);

        var read = EvaluationJson.Read(json, id => id == custom.Id ? custom : null);

        Assert.True(read.Success, string.Join("\n", read.Problems));
        Assert.Equal("D", read.Evaluation.AnswerTo("1b.1")!.Proposed);
        Assert.Equal("scheme-version-mismatch", Assert.Single(EvaluationJson.Read(json).Problems).Reason.Code);
    }

    [Theory]
    [InlineData("", "json-syntax")]
    [InlineData("{ \"formatVersion\": 1, \"scheme\": \"permenpanrb-88-2021\", \"year\": \"2025\" }", "wrong-type")]
    [InlineData("{ \"formatVersion\": 1, \"scheme\": \"permenpanrb-88-2021\", \"answers\": [ { \"proposed\": \"A\", \"extra\": 1 } ] }", "unknown-property")]
    [InlineData("{ \"formatVersion\": 2, \"scheme\": \"permenpanrb-88-2021\" }", "unsupported-format-version")]
    public void Read_BadText_ReportsTheTextProblem(string json, string code)
    {
        var read = EvaluationJson.Read(json);

        Assert.False(read.Success);
        Assert.Contains(code, read.Problems.Select(p => p.Reason.Code));
    }
}
