using System.Text;
using System.Text.Json.Nodes;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Json.Tests;

/// <summary>The LKE answer document: template, round trip, method and grades, refusal of answers for an earlier
/// scheme version, every problem with its path and line.</summary>
public class EvaluationJsonTests
{
    private static readonly EvaluationScheme Scheme = EvaluationSchemes.PermenPanRb88Of2021;

    private static Evaluation Sample() => Evaluation.Create(
        Scheme,
        "Kabupaten Contoh",
        2025,
        EvaluationMethod.SubComponentGrades,
        [
            new CriterionAnswer("1a.1", "AA", "A") { Evidence = ["Renstra 2021-2026", "https://contoh.go.id/renstra"], Note = "Lengkap" },
            new CriterionAnswer("1b.1", "bb", "B"),
            new CriterionAnswer("1c.1", "CC", null) { Note = "Menunggu verifikasi" },
            new CriterionAnswer("2a.1", null, "e") { Evidence = ["SK IKU"] },
        ],
        [
            new SubComponentAnswer("1a", "AA", "a") { Evidence = ["LHE AKIP 2024"], Note = "Dipertahankan sejak 2023" },
            new SubComponentAnswer("2b", null, "CC"),
            new SubComponentAnswer("4c", "d", null) { Note = "Belum dimanfaatkan" },
        ]).GetValueOrThrow();

    [Fact]
    public void Template_Scheme_ListsEveryGradeAndCriterionWithCodesAndEmptyAnswers()
    {
        var json = JsonNode.Parse(EvaluationJson.Template(Scheme, "Kabupaten Contoh", 2025))!.AsObject();
        var grades = json["grades"]!.AsArray();
        var rows = json["answers"]!.AsArray();

        Assert.Equal(["formatVersion", "scheme", "schemeVersion", "subject", "year", "method", "grades", "answers", "scales"], json.Select(p => p.Key));
        Assert.Equal(2, (int?)json["formatVersion"]);
        Assert.Equal(Scheme.Id, (string?)json["scheme"]);
        Assert.Equal(2, (int?)json["schemeVersion"]);
        Assert.Equal("sub-component-grades", (string?)json["method"]);
        Assert.Equal(Scheme.SubComponents.Select(s => s.Id), grades.Select(g => (string?)g!["subComponent"]));
        Assert.Equal(Scheme.Criteria.Select(c => c.Id), rows.Select(r => (string?)r!["criterion"]));

        var grade = grades[1]!.AsObject();
        Assert.Equal(["subComponent", "name", "component", "weight", "scale", "options", "proposed", "final", "evidence", "note"], grade.Select(p => p.Key));
        Assert.Equal(("1b", "Kualitas", "1", 9m, "aa-e"), ((string?)grade["subComponent"], (string?)grade["name"], (string?)grade["component"], (decimal?)grade["weight"], (string?)grade["scale"]));
        Assert.Equal("""["AA","A","BB","B","CC","C","D","E"]""", grade["options"]!.ToJsonString());
        Assert.Equal("aa-e-keberadaan", (string?)grades[0]!["scale"]);
        AssertEmpty(grade);

        var row = rows.Single(r => (string?)r!["criterion"] == "1b.1")!.AsObject();
        Assert.Equal(["criterion", "title", "component", "subComponent", "scale", "options", "proposed", "final", "evidence", "note"], row.Select(p => p.Key));
        Assert.Equal("""["AA","A","BB","B","CC","C","D","E"]""", row["options"]!.ToJsonString());
        Assert.Equal(("1", "1b", "aa-e"), ((string?)row["component"], (string?)row["subComponent"], (string?)row["scale"]));
        Assert.Equal(Scheme.FindCriterion("1b.1")!.Title, (string?)row["title"]);
        AssertEmpty(row);
    }

    [Fact]
    public void Template_Scheme_ExplainsEveryCodeOfTheScalesUsedOnce()
    {
        var scales = JsonNode.Parse(EvaluationJson.Template(Scheme))!["scales"]!.AsArray();

        Assert.Equal(["aa-e-keberadaan", "aa-e"], scales.Select(s => (string?)s!["id"]));
        var existence = scales[0]!["options"]!.AsArray();
        Assert.Equal(AnswerScales.EightLevelExistence.Options.Select(o => (o.Code, o.Value, o.Label.Indonesian, (string?)o.Label.English)), existence.Select(o => ((string)o!["code"]!, (decimal)o["value"]!, (string)o["label"]!, (string?)o["englishLabel"])));
        Assert.Equal("Every criterion is met (100 %) and has been kept for at least the last five years.", (string?)existence[0]!["englishLabel"]);
    }

    [Fact]
    public void Template_SchemeWithoutSubComponentScales_HasNoGradeRowsAndGradesCriteria()
    {
        var scheme = EvaluationSchemes.PermenPanRb12Of2015Worksheet;

        var json = JsonNode.Parse(EvaluationJson.Template(scheme, "Inspektorat", 2017))!;

        Assert.Equal("criterion-grades", (string?)json["method"]);
        Assert.Empty(json["grades"]!.AsArray());
        Assert.Equal(scheme.Criteria.Count, json["answers"]!.AsArray().Count);
        Assert.Equal(["a-c", "a-d", "a-e", "a-e-sixths", "yes-no"], json["scales"]!.AsArray().Select(s => (string)s!["id"]!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("permenpanrb-88-2021", EvaluationMethod.SubComponentGrades)]
    [InlineData("permenpanrb-88-2021-layout-b", EvaluationMethod.SubComponentGrades)]
    [InlineData("permenpanrb-12-2015", EvaluationMethod.CriterionGrades)]
    [InlineData("permenpanrb-12-2015-apip", EvaluationMethod.CriterionGrades)]
    public void Read_Template_ReturnsEvaluationWithoutAnswersByTheDefaultMethod(string id, EvaluationMethod method)
    {
        var scheme = EvaluationSchemes.Get(id);

        var read = EvaluationJson.Read(EvaluationJson.Template(scheme, "Kabupaten Contoh", 2025));

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Empty(read.GetValueOrThrow().Answers);
        Assert.Empty(read.GetValueOrThrow().Grades);
        Assert.Equal(method, read.GetValueOrThrow().Method);
        Assert.Equal(("Kabupaten Contoh", 2025), (read.GetValueOrThrow().Subject, read.GetValueOrThrow().Year));
        Assert.Same(scheme, read.GetValueOrThrow().Scheme);
        Assert.False(read.GetValueOrThrow().Score().IsComplete);
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

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal(evaluation.Answers, read.GetValueOrThrow().Answers);
        Assert.Equal(evaluation.Grades, read.GetValueOrThrow().Grades);
        Assert.Equal(evaluation, read.GetValueOrThrow());
        Assert.Equal(text, EvaluationJson.Write(read.GetValueOrThrow()));
        Assert.Equal("A", read.GetValueOrThrow().GradeOf("1a")!.Final);
        Assert.Equal(Scheme.Criteria.Count, JsonNode.Parse(text)!["answers"]!.AsArray().Count);
    }

    [Fact]
    public void Write_Evaluation_FillsTheGradeRows()
    {
        var json = JsonNode.Parse(EvaluationJson.Write(Sample()))!;
        var grade = json["grades"]!.AsArray().Single(g => (string?)g!["subComponent"] == "1a")!;

        Assert.Equal("sub-component-grades", (string?)json["method"]);
        Assert.Equal(("AA", "A", "Dipertahankan sejak 2023"), ((string?)grade["proposed"], (string?)grade["final"], (string?)grade["note"]));
        Assert.Equal("""["LHE AKIP 2024"]""", grade["evidence"]!.ToJsonString());
    }

    [Fact]
    public void Read_StreamWithByteOrderMark_ReturnsEqualEvaluation()
    {
        var evaluation = Sample();
        using var written = new MemoryStream();
        EvaluationJson.Write(evaluation, written);
        using var stream = new MemoryStream([.. Encoding.UTF8.Preamble, .. written.ToArray()]);

        Assert.Equal(evaluation, EvaluationJson.Read(stream).GetValueOrThrow());
    }

    [Fact]
    public void Read_GradesAndCriteriaThatDisagree_ReadsBothAndTheScoreReportsTheMismatch()
    {
        var json = Document(
            "\"method\": \"sub-component-grades\"",
            """{ "subComponent": "1a", "final": "AA" }""",
            string.Join(",\n", Enumerable.Range(1, 6).Select(k => $$"""{ "criterion": "1a.{{k}}", "final": "E" }""")));

        var read = EvaluationJson.Read(json);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal("AA", read.GetValueOrThrow().GradeOf("1a")!.Final);
        Assert.Equal(6, read.GetValueOrThrow().Answers.Count);
        var result = read.GetValueOrThrow().Score();
        var finding = Assert.Single(result.Findings, f => f.Kind == LogicFindingKind.GradeMismatch);
        Assert.Equal("1a", finding.Id);
        Assert.Equal(6m, result.Components[0].SubComponents[0].Score);
    }

    [Theory]
    [InlineData("\"method\": \"criterion-grades\",", EvaluationMethod.CriterionGrades)]
    [InlineData("\"method\": \"sub-component-grades\",", EvaluationMethod.SubComponentGrades)]
    [InlineData("", EvaluationMethod.SubComponentGrades)]
    [InlineData("\"method\": null,", EvaluationMethod.SubComponentGrades)]
    public void Read_Method_IsTheGivenOneOrTheSchemeDefault(string method, EvaluationMethod expected)
    {
        var json = Document(method.TrimEnd(','), "", "");

        Assert.Equal(expected, EvaluationJson.Read(json).GetValueOrThrow().Method);
    }

    [Fact]
    public void Read_UnknownMethod_IsATextProblemListingTheMethods()
    {
        var problem = Assert.Single(EvaluationJson.Read(Document("\"method\": \"subComponentGrades\"", "", "")).Problems);

        Assert.Equal(("$.method", "unknown-value"), (problem.Path, problem.Reason.Code));
        Assert.Contains("criterion-grades, sub-component-grades", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnswerProblems_AreAllReportedWithPathsLinesAndTheCriterion()
    {
        var json = """
            {
              "formatVersion": 2,
              "scheme": "PERMENPANRB-88-2021",
              "schemeVersion": 2,
              "subject": "Kabupaten Contoh",
              "year": 2025,
              "answers": [
                { "criterion": "1a.1", "proposed": "aa", "final": "Y" },
                { "criterion": "9z.9", "proposed": "A" },
                { "criterion": "1a.1", "final": "T" },
                { "criterion": "1b.1", "title": "ignored", "options": ["Q"], "scale": "ignored", "proposed": "b", "final": "F" }
              ]
            }
            """;

        var problems = EvaluationJson.Read(json).Problems;

        Assert.Equal(
            [
                ("$.answers[0].final", 8, "not-an-option"),
                ("$.answers[1].criterion", 9, "unknown-criterion"),
                ("$.answers[2].criterion", 10, "duplicate-answer"),
                ("$.answers[3].final", 11, "not-an-option"),
            ],
            problems.Select(p => (p.Path, p.Line ?? 0, p.Reason.Code)));
        Assert.Equal("'F' is not an answer of criterion 1b.1; the answers are AA/A/BB/B/CC/C/D/E", problems[3].Reason.Message.English);
        Assert.Contains("kriteria 1b.1", problems[3].Reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GradeProblems_AreAllReportedWithPathsLinesAndTheSubComponent()
    {
        var json = """
            {
              "formatVersion": 2,
              "scheme": "permenpanrb-88-2021",
              "schemeVersion": 2,
              "subject": "Kabupaten Contoh",
              "year": 2025,
              "grades": [
                { "subComponent": "1a", "proposed": "AA", "final": "Y" },
                { "subComponent": "9z", "proposed": "A" },
                { "subComponent": "1A", "final": "B" },
                { "subComponent": "1b", "name": "ignored", "weight": 99, "options": ["Q"], "proposed": "x" }
              ]
            }
            """;

        var problems = EvaluationJson.Read(json).Problems;

        Assert.Equal(
            [
                ("$.grades[0].final", 8, "not-an-option"),
                ("$.grades[1].subComponent", 9, "unknown-sub-component"),
                ("$.grades[2].subComponent", 10, "duplicate-answer"),
                ("$.grades[3].proposed", 11, "not-an-option"),
            ],
            problems.Select(p => (p.Path, p.Line ?? 0, p.Reason.Code)));
        Assert.Equal("'x' is not a grade of sub-component 1b; the grades are AA/A/BB/B/CC/C/D/E", problems[3].Reason.Message.English);
        Assert.Equal("'x' bukan nilai subkomponen 1b; nilainya AA/A/BB/B/CC/C/D/E", problems[3].Reason.Message.Indonesian);
    }

    [Fact]
    public void Read_GradesOfASchemeWhoseSubComponentsTakeNone_AreRefused()
    {
        var json = """
            {
              "formatVersion": 2,
              "scheme": "permenpanrb-12-2015-apip",
              "subject": "Inspektorat",
              "year": 2017,
              "method": "sub-component-grades",
              "grades": [ { "subComponent": "A.1a", "final": "A" } ]
            }
            """;

        var problems = EvaluationJson.Read(json).Problems;

        Assert.Equal(
            [("$.method", 6, "method-needs-sub-component-scales"), ("$.grades[0].subComponent", 7, "method-needs-sub-component-scales")],
            problems.Select(p => (p.Path, p.Line ?? 0, p.Reason.Code)));
    }

    [Fact]
    public void Read_Version1AnswerDocument_IsRefusedNamingTheChangeInBothLanguages()
    {
        var json = """
            {
              "formatVersion": 1,
              "scheme": "permenpanrb-88-2021",
              "schemeVersion": 1,
              "subject": "Kabupaten Contoh",
              "year": 2024,
              "answers": [
                { "criterion": "1a.1", "title": "Dokumen perencanaan kinerja telah tersedia", "component": "1", "subComponent": "1a", "options": ["Y", "T"], "proposed": "Y", "final": "T", "evidence": [], "note": null },
                { "criterion": "1b.1", "options": ["A", "B", "C", "D", "E"], "proposed": "B" }
              ]
            }
            """;

        var problem = Assert.Single(EvaluationJson.Read(json).Problems);

        Assert.Equal(("$.schemeVersion", 4, "scheme-version-changed"), (problem.Path, problem.Line ?? 0, problem.Reason.Code));
        var change = Assert.Single(Scheme.Changes);
        Assert.Equal(
            $"the answers were written for version 1 of scheme permenpanrb-88-2021, which is now version 2: {change.Description.English} Give the answers again for version 2: `sakip lke template` writes a new answer document.",
            problem.Reason.Message.English);
        Assert.Equal(
            $"jawaban ditulis untuk versi 1 skema permenpanrb-88-2021, yang kini versi 2: {change.Description.Indonesian} Berikan jawaban kembali untuk versi 2: `sakip lke template` menulis dokumen jawaban baru.",
            problem.Reason.Message.Indonesian);
    }

    [Fact]
    public void Read_Format1DocumentWithoutSchemeVersion_WasWrittenForVersion1AndIsRefused()
    {
        var json = """
            {
              "formatVersion": 1,
              "scheme": "permenpanrb-88-2021",
              "subject": "Kabupaten Contoh",
              "year": 2024,
              "answers": [ { "criterion": "1b.1", "proposed": "B" } ]
            }
            """;

        var problem = Assert.Single(EvaluationJson.Read(json).Problems);

        Assert.Equal(("$.scheme", 3, "scheme-version-changed"), (problem.Path, problem.Line ?? 0, problem.Reason.Code));
        Assert.StartsWith("the answers were written for version 1 of scheme permenpanrb-88-2021", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Format1DocumentOfAnUnchangedScheme_StillReadsGradedPerCriterion()
    {
        var json = """
            {
              "formatVersion": 1,
              "scheme": "permenpanrb-12-2015",
              "subject": "Kabupaten Contoh",
              "year": 2016,
              "answers": [ { "criterion": "A.1a.1", "title": "Renstra telah disusun", "component": "A", "subComponent": "A.1a", "options": ["Y", "T"], "proposed": "Y", "final": null, "evidence": [], "note": null } ]
            }
            """;

        var read = EvaluationJson.Read(json);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal(EvaluationMethod.CriterionGrades, read.GetValueOrThrow().Method);
        Assert.Equal("Y", read.GetValueOrThrow().AnswerTo("A.1a.1")!.Proposed);
    }

    [Fact]
    public void Read_NoSchemeVersionAndCodesOfTheEarlierScale_AlsoPointsAtTheChange()
    {
        var json = Document("", "", """
            { "criterion": "1a.1", "proposed": "Y" },
            { "criterion": "1b.1", "final": "B" }
            """).Replace("  \"schemeVersion\": 2,\n", "", StringComparison.Ordinal);

        var problems = EvaluationJson.Read(json).Problems;

        Assert.Equal([("$.scheme", 3, "scheme-version-changed"), ("$.answers[0].proposed", 11, "not-an-option")], problems.Select(p => (p.Path, p.Line ?? 0, p.Reason.Code)));
        Assert.StartsWith("no schemeVersion is given and some codes are not on the scales of scheme permenpanrb-88-2021 version 2, so the answers were probably written for an earlier version: Version 2 follows the real worksheet", problems[0].Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains(Scheme.Changes[0].Description.Indonesian, problems[0].Reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoSchemeVersionAndCodesOnTheScale_Reads()
    {
        var json = Document("", "", """{ "criterion": "1b.1", "final": "BB" }""").Replace("  \"schemeVersion\": 2,\n", "", StringComparison.Ordinal);

        var read = EvaluationJson.Read(json);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal("BB", read.GetValueOrThrow().AnswerTo("1b.1")!.Final);
    }

    [Fact]
    public void Read_UnknownScheme_ReportsTheSchemeWithTheBuiltInIds()
    {
        var json = EvaluationJson.Template(Scheme, "Kabupaten Contoh", 2025).Replace("\"permenpanrb-88-2021\"", "\"lke-2030\"", StringComparison.Ordinal);

        var problem = Assert.Single(EvaluationJson.Read(json).Problems);

        Assert.Equal(("$.scheme", 3, "unknown-scheme"), (problem.Path, problem.Line ?? 0, problem.Reason.Code));
        Assert.Contains("permenpanrb-88-2021, permenpanrb-88-2021-layout-b, permenpanrb-12-2015, permenpanrb-12-2015-apip", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LaterSchemeVersion_ReportsTheMismatch()
    {
        var json = EvaluationJson.Template(Scheme, "Kabupaten Contoh", 2025).Replace("\"schemeVersion\": 2", "\"schemeVersion\": 7", StringComparison.Ordinal);

        var problem = Assert.Single(EvaluationJson.Read(json).Problems);

        Assert.Equal(("$.schemeVersion", "scheme-version-mismatch"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Read_EarlierVersionOfASchemeThatRecordsNoChange_ReportsTheMismatch()
    {
        var custom = EvaluationSchemes.PermenPanRb12Of2015.WithScale(AnswerScales.FourLevel, "A.1b.1").GetValueOrThrow();
        var json = EvaluationJson.Template(custom, "Kabupaten Contoh", 2016).Replace("\"schemeVersion\": 2", "\"schemeVersion\": 1", StringComparison.Ordinal);

        var problem = Assert.Single(EvaluationJson.Read(json, _ => custom).Problems);

        Assert.Equal(("$.schemeVersion", "scheme-version-mismatch"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Read_WithResolver_FindsACustomScheme()
    {
        var custom = Scheme.WithScale(AnswerScales.FourLevel, "1b.1").GetValueOrThrow();
        var json = EvaluationJson.Write(Evaluation.Create(custom, "Dinas Kesehatan", 2024, [new CriterionAnswer("1b.1", "D", null)]).GetValueOrThrow());

        var read = EvaluationJson.Read(json, id => id == custom.Id ? custom : null);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal("D", read.GetValueOrThrow().AnswerTo("1b.1")!.Proposed);
        Assert.Equal(EvaluationMethod.CriterionGrades, read.GetValueOrThrow().Method);
        Assert.Equal("scheme-version-mismatch", Assert.Single(EvaluationJson.Read(json).Problems).Reason.Code);
    }

    [Fact]
    public void Read_LayoutB_ReadsItsOwnCriteria()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021LayoutB;
        var evaluation = Evaluation.Create(scheme, "Mahkamah Agung", 2025, EvaluationMethod.SubComponentGrades, [new CriterionAnswer("1a.7", "BB", "B")], [new SubComponentAnswer("1a", "A", "BB")]).GetValueOrThrow();

        var read = EvaluationJson.Read(EvaluationJson.Write(evaluation));

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal(evaluation, read.GetValueOrThrow());
        Assert.Same(scheme, read.GetValueOrThrow().Scheme);
        Assert.Equal("unknown-criterion", Assert.Single(EvaluationJson.Read(EvaluationJson.Write(evaluation).Replace("permenpanrb-88-2021-layout-b", "permenpanrb-88-2021", StringComparison.Ordinal)).Problems).Reason.Code);
    }

    [Theory]
    [InlineData("", "json-syntax")]
    [InlineData("{ \"formatVersion\": 2, \"scheme\": \"permenpanrb-88-2021\", \"year\": \"2025\" }", "wrong-type")]
    [InlineData("{ \"formatVersion\": 2, \"scheme\": \"permenpanrb-88-2021\", \"answers\": [ { \"proposed\": \"A\", \"extra\": 1 } ] }", "unknown-property")]
    [InlineData("{ \"formatVersion\": 2, \"scheme\": \"permenpanrb-88-2021\", \"grades\": [ { \"proposed\": \"A\" } ] }", "required")]
    [InlineData("{ \"formatVersion\": 3, \"scheme\": \"permenpanrb-88-2021\" }", "unsupported-format-version")]
    [InlineData("{ \"formatVersion\": 0, \"scheme\": \"permenpanrb-88-2021\" }", "unsupported-format-version")]
    public void Read_BadText_ReportsTheTextProblem(string json, string code)
    {
        var read = EvaluationJson.Read(json);

        Assert.False(read.IsSuccess);
        Assert.Contains(code, read.Problems.Select(p => p.Reason.Code));
    }

    [Fact]
    public void Read_UnsupportedFormatVersion_NamesTheVersionsRead()
    {
        var problem = Assert.Single(EvaluationJson.Read("{ \"formatVersion\": 3, \"scheme\": \"permenpanrb-88-2021\" }").Problems);

        Assert.Equal("format version 3 is not supported; this reader reads versions 1 to 2", problem.Reason.Message.English);
    }

    private static void AssertEmpty(JsonObject row)
    {
        Assert.Null(row["proposed"]);
        Assert.Null(row["final"]);
        Assert.Null(row["note"]);
        Assert.Empty(row["evidence"]!.AsArray());
    }

    // An answer document of 88/2021 version 2 for Kabupaten Contoh 2025: line 7 is the method (or blank), line 9 the
    // grades and the answers start on line 12.
    private static string Document(string method, string grades, string answers) => $$"""
        {
          "formatVersion": 2,
          "scheme": "permenpanrb-88-2021",
          "schemeVersion": 2,
          "subject": "Kabupaten Contoh",
          "year": 2025,
          {{(method.Length == 0 ? "" : method + ",")}}
          "grades": [
            {{grades}}
          ],
          "answers": [
            {{answers.Replace("\n", "\n    ", StringComparison.Ordinal)}}
          ]
        }
        """;
}
