using System.Text;
using System.Text.Json.Nodes;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Tests;

namespace Sakip.Domain.Json.Tests;

/// <summary>The evaluation scheme file: round trips of the built-in schemes, every problem with its path, the schema.</summary>
public class EvaluationSchemeJsonTests
{
    private const string UpdateVariable = "SAKIP_UPDATE_SCHEMA";

    private const string Small = """
        {
          "formatVersion": 1,
          "id": "contoh",
          "version": 1,
          "name": "Contoh",
          "basis": "Adaptasi",
          "scales": [
            { "id": "tiga", "name": "Tiga tingkat", "options": [
              { "code": "A", "value": 1, "label": "Penuh" },
              { "code": "B", "value": 0.5, "label": "Sebagian" },
              { "code": "C", "value": 0, "label": "Tidak" } ] }
          ],
          "components": [
            { "id": "1", "name": "Perencanaan", "weight": 60, "subComponents": [
              { "id": "1a", "name": "Keberadaan", "weight": 60, "method": "points", "criteria": [
                { "id": "1a.1", "title": "Dokumen tersedia", "scale": "yes-no", "points": 20 },
                { "id": "1a.2", "title": "Dokumen berkualitas", "scale": "tiga", "points": 40, "dependsOn": "1a.1" } ] } ] },
            { "id": "2", "name": "Pengukuran", "weight": 40, "subComponents": [
              { "id": "2a", "name": "Keberadaan", "weight": 40, "method": "mean", "criteria": [
                { "id": "2a.1", "title": "Data kinerja", "scale": "a-e", "guidance": "Lihat aplikasi" } ] } ] }
          ],
          "grades": {
            "edges": "lower-inclusive",
            "deciding": null,
            "grades": [
              { "code": "BAIK", "lowerEdge": 50, "label": "Baik", "englishLabel": "Good" },
              { "code": "KURANG", "label": "Kurang", "englishLabel": "Poor" } ]
          }
        }
        """;

    private const string Graded = """
        {
          "formatVersion": 1,
          "id": "bertingkat",
          "version": 2,
          "name": "Bertingkat",
          "basis": "Adaptasi",
          "defaultMethod": "sub-component-grades",
          "changes": [ { "version": 2, "change": "Version 2 added sub-component grades.", "perubahan": "Versi 2 menambah nilai subkomponen." } ],
          "scales": [
            { "id": "tiga", "name": "Tiga tingkat", "options": [
              { "code": "A", "value": 1, "label": "Penuh", "englishLabel": "Full" },
              { "code": "B", "value": 0.5, "label": "Sebagian", "englishLabel": "Partly" },
              { "code": "C", "value": 0, "label": "Tidak" } ] }
          ],
          "components": [
            { "id": "1", "name": "Perencanaan", "weight": 60, "subComponents": [
              { "id": "1a", "name": "Keberadaan", "weight": 20, "method": "mean", "scale": "aa-e-keberadaan", "criteria": [ { "id": "1a.1", "title": "Dokumen tersedia", "scale": "aa-e-keberadaan" } ] },
              { "id": "1b", "name": "Kualitas", "weight": 40, "method": "mean", "scale": "tiga", "dependsOn": "1a", "criteria": [ { "id": "1b.1", "title": "Dokumen berkualitas", "scale": "tiga" } ] } ] },
            { "id": "2", "name": "Pengukuran", "weight": 40, "subComponents": [
              { "id": "2a", "name": "Keberadaan", "weight": 40, "method": "mean", "scale": "a-e", "criteria": [ { "id": "2a.1", "title": "Data kinerja", "scale": "a-e" } ] } ] }
          ],
          "grades": {
            "edges": "lower-exclusive",
            "deciding": { "mode": "half-up", "decimals": 2 },
            "grades": [
              { "code": "BAIK", "lowerEdge": 50, "label": "Baik", "englishLabel": "Good" },
              { "code": "KURANG", "label": "Kurang", "englishLabel": "Poor" } ]
          }
        }
        """;

    public static TheoryData<string> BuiltInIds() => [.. EvaluationSchemes.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Read_WrittenBuiltInScheme_ReturnsEqualDefinition(string id)
    {
        var scheme = EvaluationSchemes.Get(id);

        var read = EvaluationSchemeJson.Read(EvaluationSchemeJson.Write(scheme));

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal(scheme.ToDefinition(), read.GetValueOrThrow().ToDefinition());
        Assert.Equal(scheme.Assumptions, read.GetValueOrThrow().Assumptions);
        Assert.Equal(scheme.Grades, read.GetValueOrThrow().Grades);
        Assert.Equal(scheme.Criteria.Select(c => (c.Id, c.Title, c.Scale, c.DependsOn, c.Points, c.Guidance)), read.GetValueOrThrow().Criteria.Select(c => (c.Id, c.Title, c.Scale, c.DependsOn, c.Points, c.Guidance)));
        Assert.Equal(scheme.SubComponents.Select(s => (s.Id, s.Scale, s.DependsOn)), read.GetValueOrThrow().SubComponents.Select(s => (s.Id, s.Scale, s.DependsOn)));
        Assert.Equal((scheme.DefaultMethod, scheme.Changes), (read.GetValueOrThrow().DefaultMethod, read.GetValueOrThrow().Changes));
        Assert.Equal(scheme.SupportsSubComponentGrades, read.GetValueOrThrow().SupportsSubComponentGrades);
    }

    [Theory]
    [InlineData("permenpanrb-88-2021", "aa-e aa-e-keberadaan", "sub-component-grades")]
    [InlineData("permenpanrb-88-2021-layout-b", "aa-e aa-e-keberadaan", "sub-component-grades")]
    [InlineData("permenpanrb-12-2015", "a-e yes-no", "criterion-grades")]
    [InlineData("permenpanrb-12-2015-apip", "a-c a-d a-e a-e-sixths yes-no", "criterion-grades")]
    public void Write_BuiltInScheme_NamesBuiltInScalesByIdAndWritesNoScales(string id, string scaleIds, string method)
    {
        var json = JsonNode.Parse(EvaluationSchemeJson.Write(EvaluationSchemes.Get(id)))!;

        Assert.Null(json["scales"]);
        var subComponents = json["components"]!.AsArray().SelectMany(c => c!["subComponents"]!.AsArray()).ToList();
        var scales = subComponents.Select(s => (string?)s!["scale"]).OfType<string>()
            .Concat(subComponents.SelectMany(s => s!["criteria"]!.AsArray()).Select(k => (string)k!["scale"]!)).Distinct();
        Assert.Equal(scaleIds.Split(' '), scales.Order(StringComparer.Ordinal));
        Assert.Equal(method, (string?)json["defaultMethod"]);
        Assert.Equal("lower-exclusive", (string?)json["grades"]!["edges"]);
        Assert.Equal("""{"mode":"half-up","decimals":2}""", json["grades"]!["deciding"]!.ToJsonString());
        Assert.Equal("mean", (string?)json["components"]![0]!["subComponents"]![0]!["method"]);
    }

    [Fact]
    public void Write_PermenPanRb88Of2021_WritesSubComponentScalesAndTheChange()
    {
        var json = JsonNode.Parse(EvaluationSchemeJson.Write(EvaluationSchemes.PermenPanRb88Of2021))!;

        var first = json["components"]![0]!["subComponents"]!.AsArray();
        Assert.Equal(["aa-e-keberadaan", "aa-e", "aa-e"], first.Select(s => (string?)s!["scale"]));
        Assert.All(first, s => Assert.Null(s!["dependsOn"]));
        var change = Assert.Single(json["changes"]!.AsArray())!;
        Assert.Equal(2, (int?)change["version"]);
        Assert.Equal(EvaluationSchemes.PermenPanRb88Of2021.Changes[0].Description.English, (string?)change["change"]);
        Assert.Equal(EvaluationSchemes.PermenPanRb88Of2021.Changes[0].Description.Indonesian, (string?)change["perubahan"]);
    }

    [Fact]
    public void Read_GradedScheme_ReadsSubComponentScalesDependenciesMethodChangesAndEnglishLabels()
    {
        var read = EvaluationSchemeJson.Read(Graded);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        var scheme = read.GetValueOrThrow();
        Assert.Equal(EvaluationMethod.SubComponentGrades, scheme.DefaultMethod);
        Assert.Same(AnswerScales.EightLevelExistence, scheme.FindSubComponent("1a")!.Scale);
        Assert.Equal("A/B/C", scheme.FindSubComponent("1b")!.Scale!.Codes());
        Assert.Equal("Partly", scheme.FindSubComponent("1b")!.Scale!.Options[1].Label.English);
        Assert.Equal("Tidak", scheme.FindSubComponent("1b")!.Scale!.Options[2].Label.English); // no englishLabel: the Indonesian in both
        Assert.Equal("1a", scheme.FindSubComponent("1b")!.DependsOn);
        Assert.Equal([new SchemeChange(2, new("Version 2 added sub-component grades.", "Versi 2 menambah nilai subkomponen."))], scheme.Changes);
        Assert.Equal(["Version 2 added sub-component grades."], scheme.ChangesSince(1, Sakip.Domain.Text.Language.English));
        Assert.Equal(scheme.ToDefinition(), EvaluationSchemeJson.Read(EvaluationSchemeJson.Write(scheme)).GetValueOrThrow().ToDefinition());
    }

    [Fact]
    public void Read_GradedSchemeProblems_AreReportedAtTheSubComponentsScalesAndChanges()
    {
        var json = Graded
            .Replace("\"mean\", \"scale\": \"aa-e-keberadaan\"", "\"mean\", \"scale\": \"aa-z\"", StringComparison.Ordinal)
            .Replace("\"dependsOn\": \"1a\"", "\"dependsOn\": \"1z\"", StringComparison.Ordinal)
            .Replace("\"value\": 0.5", "\"value\": 1", StringComparison.Ordinal)
            .Replace("\"version\": 2, \"change\"", "\"version\": 3, \"change\"", StringComparison.Ordinal)
            .Replace("\"mean\", \"scale\": \"a-e\", ", "\"mean\", ", StringComparison.Ordinal);

        var problems = EvaluationSchemeJson.Read(json).Problems;

        Assert.Equal(
            [
                ("$.components[0].subComponents[0].scale", "unknown-scale"),
                ("$.changes[0].version", "change-version-out-of-range"),
                ("$.scales[0].options[1].value", "options-not-descending"),
                ("$.components[1].subComponents[0].scale", "sub-component-scale-required"),
                ("$.components[0].subComponents[1].dependsOn", "unknown-sub-component"),
            ],
            problems.Select(p => (p.Path, p.Reason.Code)));
        Assert.All(problems, p => Assert.NotNull(p.Line));
    }

    [Fact]
    public void Read_ScaleUsedOnlyByASubComponent_IsUsed()
    {
        var json = Graded.Replace("\"criteria\": [ { \"id\": \"1b.1\", \"title\": \"Dokumen berkualitas\", \"scale\": \"tiga\" }", "\"criteria\": [ { \"id\": \"1b.1\", \"title\": \"Dokumen berkualitas\", \"scale\": \"a-e\" }", StringComparison.Ordinal);

        var read = EvaluationSchemeJson.Read(json);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal("a-e", read.GetValueOrThrow().FindCriterion("1b.1")!.Scale.Id);
        Assert.Equal("tiga", read.GetValueOrThrow().FindSubComponent("1b")!.Scale!.Id);
    }

    [Fact]
    public void Read_SchemeFileWithoutDefaultMethod_GradesPerCriterion()
    {
        Assert.Equal(EvaluationMethod.CriterionGrades, EvaluationSchemeJson.Read(Small).GetValueOrThrow().DefaultMethod);
        Assert.Null(JsonNode.Parse(Small)!["defaultMethod"]);
        Assert.Equal("criterion-grades", (string?)JsonNode.Parse(EvaluationSchemeJson.Write(EvaluationSchemeJson.Read(Small).GetValueOrThrow()))!["defaultMethod"]);
    }

    [Fact]
    public void Read_SmallSchemeWithCustomScale_ReturnsTheScheme()
    {
        var read = EvaluationSchemeJson.Read(Small);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        var scheme = read.GetValueOrThrow();
        Assert.Equal("A/B/C", scheme.FindCriterion("1a.2")!.Scale.Codes());
        Assert.Same(AnswerScales.YesNo, scheme.FindCriterion("1a.1")!.Scale);
        Assert.Equal("1a.1", scheme.FindCriterion("1a.2")!.DependsOn);
        Assert.Equal(40m, scheme.FindCriterion("1a.2")!.Points);
        Assert.Equal(ScoringMethod.Points, scheme.Components[0].SubComponents[0].Method);
        Assert.Null(scheme.Grades.Deciding);
        Assert.Equal(Sakip.Domain.Bands.EdgeSemantics.LowerInclusive, scheme.Grades.Edges);
    }

    [Fact]
    public void Read_WrittenCustomScheme_ReturnsEqualDefinitionAndTheSameText()
    {
        var scheme = EvaluationSchemeJson.Read(Small).GetValueOrThrow();
        var text = EvaluationSchemeJson.Write(scheme);

        var read = EvaluationSchemeJson.Read(text);

        Assert.Equal(scheme.ToDefinition(), read.GetValueOrThrow().ToDefinition());
        Assert.Equal(text, EvaluationSchemeJson.Write(read.GetValueOrThrow()));
        Assert.Contains("\"deciding\": null", text, StringComparison.Ordinal);
        Assert.Single(JsonNode.Parse(text)!["scales"]!.AsArray());
    }

    [Fact]
    public void Read_SchemeWithChangedScale_RoundTripsTheChange()
    {
        var changed = EvaluationSchemes.PermenPanRb88Of2021.WithScale(AnswerScales.FourLevel, "1a.1").GetValueOrThrow();

        var read = EvaluationSchemeJson.Read(EvaluationSchemeJson.Write(changed));

        Assert.Equal(changed.ToDefinition(), read.GetValueOrThrow().ToDefinition());
    }

    [Fact]
    public void Write_TwoScalesWithOneId_Throws()
    {
        var odd = new AnswerScale("aa-e", "Lain", [new AnswerOption("AA", 1m, new("Ya", "Ya")), new AnswerOption("E", 0m, new("Tidak", "Tidak"))]);
        var scheme = EvaluationSchemes.PermenPanRb88Of2021.WithScale(odd, "1a.1").GetValueOrThrow();

        Assert.Throws<ArgumentException>(() => EvaluationSchemeJson.Write(scheme));
    }

    [Fact]
    public void Read_StructuralProblems_AreAllReportedWithJsonPathsAndLines()
    {
        var json = Small
            .Replace("\"weight\": 40, \"subComponents\"", "\"weight\": 45, \"subComponents\"", StringComparison.Ordinal)
            .Replace("\"points\": 40,", "\"points\": 30,", StringComparison.Ordinal)
            .Replace("\"scale\": \"a-e\"", "\"scale\": \"a-z\"", StringComparison.Ordinal)
            .Replace("\"value\": 0.5", "\"value\": 1", StringComparison.Ordinal)
            .Replace("\"lowerEdge\": 50", "\"lowerEdge\": 150", StringComparison.Ordinal);

        var problems = EvaluationSchemeJson.Read(json).Problems;

        Assert.Equal(
            [
                ("$.components[1].subComponents[0].criteria[0].scale", "unknown-scale"),
                ("$.scales[0].options[1].value", "options-not-descending"),
                ("$.components[0].subComponents[0].criteria", "points-do-not-add-up"),
                ("$.components[1].subComponents", "weights-do-not-add-up"),
                ("$.components", "weights-do-not-add-up"),
                ("$.grades.grades[0].lowerEdge", "grade-edge-out-of-range"),
            ],
            problems.Select(p => (p.Path, p.Reason.Code)));
        Assert.Equal(LineOf(json, "\"a-z\""), problems[0].Line);
        Assert.Equal(LineOf(json, "\"value\": 1, \"label\": \"Sebagian\""), problems[1].Line);
        Assert.Contains("tiga, aa-e, aa-e-keberadaan, yes-no, a-e, a-c, a-d, a-e-sixths, four-level", problems[0].Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextProblems_AreAllReportedBeforeAnyStructure()
    {
        var json = Small
            .Replace("\"method\": \"points\"", "\"method\": \"sum\"", StringComparison.Ordinal)
            .Replace("\"edges\": \"lower-inclusive\"", "\"edges\": \"lowerInclusive\", \"colour\": \"red\"", StringComparison.Ordinal)
            .Replace("\"weight\": 60, \"subComponents\"", "\"weight\": \"60\", \"subComponents\"", StringComparison.Ordinal)
            .Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal);

        var problems = EvaluationSchemeJson.Read(json).Problems;

        Assert.Equal(
            [
                ("$.formatVersion", "unsupported-format-version"),
                ("$.components[0].weight", "wrong-type"),
                ("$.components[0].subComponents[0].method", "unknown-value"),
                ("$.grades.edges", "unknown-value"),
                ("$.grades.colour", "unknown-property"),
            ],
            problems.Select(p => (p.Path, p.Reason.Code)));
        Assert.All(problems, p => Assert.NotNull(p.Line));
    }

    [Fact]
    public void Read_ScaleProblems_DuplicateUnusedAndBadDecimals_AreReported()
    {
        var json = Small
            .Replace("\"scales\": [", """
                "scales": [
                    { "id": "TIGA", "name": "Lagi", "options": [ { "code": "Y", "value": 1, "label": "Ya" }, { "code": "T", "value": 0, "label": "Tidak" } ] },
                    { "id": "sisa", "name": "Sisa", "options": [ { "code": "Y", "value": 1, "label": "Ya" }, { "code": "T", "value": 0, "label": "Tidak" } ] },
                """, StringComparison.Ordinal);

        var problems = EvaluationSchemeJson.Read(json).Problems;

        Assert.Equal([("$.scales[2].id", "duplicate-id"), ("$.scales[1]", "unused-scale")], problems.Select(p => (p.Path, p.Reason.Code)));
        var rounding = EvaluationSchemeJson.Read(Small.Replace("\"deciding\": null", "\"deciding\": { \"mode\": \"half-up\", \"decimals\": 30 }", StringComparison.Ordinal)).Problems;
        Assert.Equal(("$.grades.deciding.decimals", "out-of-range"), Assert.Single(rounding.Select(p => (p.Path, p.Reason.Code))));
        var missing = EvaluationSchemeJson.Read(Small.Replace("\"deciding\": null,", "", StringComparison.Ordinal)).Problems;
        Assert.Equal(("$.grades.deciding", "required"), Assert.Single(missing.Select(p => (p.Path, p.Reason.Code))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{ \"formatVersion\": 1 }")]
    public void Read_BadText_ReportsProblemsAndNeverThrows(string json)
    {
        var read = EvaluationSchemeJson.Read(json);

        Assert.False(read.IsSuccess);
        Assert.NotEmpty(read.Problems);
    }

    [Fact]
    public void Write_Stream_WritesTheSameUtf8AsTheTextAndReadsBack()
    {
        var scheme = EvaluationSchemes.PermenPanRb12Of2015;
        using var stream = new MemoryStream();

        EvaluationSchemeJson.Write(scheme, stream);
        stream.Position = 0;

        Assert.Equal(EvaluationSchemeJson.Write(scheme), Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(scheme.ToDefinition(), EvaluationSchemeJson.Read(stream).GetValueOrThrow().ToDefinition());
    }

    [Fact]
    public void Schema_CommittedFile_IsTheGeneratedSchema()
    {
        var path = Path.Combine(RepositoryFiles.Root, "docs", "evaluation-scheme.schema.json");
        var generated = EvaluationSchemeJson.Schema();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(
            committed == generated,
            $"docs/evaluation-scheme.schema.json differs from the schema the serialization types generate. If the format change is deliberate, run eng/update-schema.sh (or set {UpdateVariable}=1 and run this test), review the diff and commit it.");
    }

    [Fact]
    public void Schema_Definitions_HaveDescriptionsAndTheDocumentedEnumNames()
    {
        var schema = JsonNode.Parse(EvaluationSchemeJson.Schema())!.AsObject();

        Assert.Equal("LKE evaluation scheme", (string?)schema["title"]);
        Assert.Equal(1, (int?)schema["properties"]!["formatVersion"]!["const"]);
        foreach (var (name, definition) in schema["$defs"]!.AsObject())
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)definition!["description"]), name);
            foreach (var (property, value) in definition["properties"]!.AsObject())
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)value!["description"]), $"{name}.{property}");
            }
        }

        var edges = schema["$defs"]!["gradeTable"]!["properties"]!["edges"]!.ToJsonString();
        Assert.Contains("lower-exclusive", edges, StringComparison.Ordinal);
        Assert.Contains("lower-inclusive", edges, StringComparison.Ordinal);
    }

    private static int LineOf(string json, string text) => json[..json.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
