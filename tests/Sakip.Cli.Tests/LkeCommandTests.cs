using System.Text.Json;
using System.Text.Json.Nodes;
using Sakip.Cli.Demo;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;

namespace Sakip.Cli.Tests;

public sealed class LkeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sakip-lke-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Template_ToStdout_HasARowPerSubComponentAndCriterion_WithTheEightLevelScale()
    {
        var run = CliRunner.RunEnglish("lke", "template", "--subject", "Kabupaten Contoh", "--year", "2025");

        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(run.Output)!;
        Assert.Equal("permenpanrb-88-2021", (string?)json["scheme"]);
        Assert.Equal(2, (int?)json["schemeVersion"]);
        Assert.Equal("sub-component-grades", (string?)json["method"]);
        Assert.Equal(12, json["grades"]!.AsArray().Count);
        var answers = json["answers"]!.AsArray();
        Assert.Equal(80, answers.Count);
        Assert.Equal("Terdapat pedoman teknis perencanaan kinerja.", (string?)answers[0]!["title"]);
        Assert.All(answers, row => Assert.Equal(["AA", "A", "BB", "B", "CC", "C", "D", "E"], row!["options"]!.AsArray().Select(o => (string)o!)));
        Assert.Contains("dipertahankan dalam setidaknya 5 tahun terakhir", run.Output, StringComparison.Ordinal);
        Assert.Contains("innovative efforts worth a national model", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_MethodCriterionGrades_IsWrittenAndScoredPerCriterion()
    {
        var path = Template("per-criterion.json", "--method", "criterion-grades");
        Fill(path, row => ((string)row["criterion"]!).StartsWith("1a", StringComparison.Ordinal) ? "A" : "BB");

        var run = CliRunner.RunEnglish("lke", "score", path, "--json");
        var refused = CliRunner.RunEnglish("lke", "template", "--scheme", "permenpanrb-12-2015-apip", "--method", "sub-component-grades");

        Assert.Equal("criterion-grades", (string?)JsonNode.Parse(File.ReadAllText(path))!["method"]);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("criterion-grades", json.RootElement.GetProperty("method").GetString());
        Assert.Equal(80.6m, json.RootElement.GetProperty("total").GetDecimal()); // 6 × 0.9 + 94 × 0.8
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("take no grade", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateFillScore_RoundTrip_ReproducesTheDemoTotal()
    {
        var path = Template("filled.json", "--scheme", "permenpanrb-88-2021");
        var evaluation = DemoEvaluation.Of2025();
        FillGrades(path, row => evaluation.GradeOf((string)row["subComponent"]!)!.Final);

        var run = CliRunner.RunEnglish("lke", "score", path, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(66.45m, root.GetProperty("total").GetDecimal());
        Assert.Equal(66.45m, root.GetProperty("decidingScore").GetDecimal());
        Assert.Equal("B", root.GetProperty("predikat").GetString());
        Assert.Equal("Baik", root.GetProperty("label").GetString());
        Assert.True(root.GetProperty("complete").GetBoolean());
        Assert.Equal(4, root.GetProperty("components").GetArrayLength());
        Assert.Equal(3, root.GetProperty("components")[0].GetProperty("subComponents").GetArrayLength());
        Assert.Equal(0, root.GetProperty("unanswered").GetArrayLength());
        Assert.Equal(0, root.GetProperty("ungraded").GetArrayLength());
        Assert.Equal(0, root.GetProperty("findings").GetArrayLength());
        Assert.Equal("CC", root.GetProperty("components")[1].GetProperty("subComponents")[2].GetProperty("grade").GetString());
    }

    [Fact]
    public void Score_WorkedExample_SubComponentGrades_Is88Point10A()
    {
        var path = Template("worked.json");
        var grades = new Dictionary<string, string>
        {
            ["1a"] = "A",
            ["1b"] = "A",
            ["1c"] = "B",
            ["2a"] = "AA",
            ["2b"] = "A",
            ["2c"] = "A",
            ["3a"] = "A",
            ["3b"] = "A",
            ["3c"] = "A",
            ["4a"] = "AA",
            ["4b"] = "A",
            ["4c"] = "A",
        };
        FillGrades(path, row => grades[(string)row["subComponent"]!]);

        var run = CliRunner.RunEnglish("lke", "score", path);

        Assert.Equal(0, run.ExitCode);
        var components = run.Output.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^2]);
        Assert.Equal(["24.00", "27.60", "13.50", "23.00"], components);
        Assert.Contains("deciding score 88.10 → grade A Satisfying", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Version1Document_IsRefusedNamingTheChange()
    {
        var path = Template("old.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["schemeVersion"] = 1;
        File.WriteAllText(path, json.ToJsonString());

        var run = CliRunner.RunEnglish("lke", "score", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("version 1 of scheme permenpanrb-88-2021", run.Error, StringComparison.Ordinal);
        Assert.Contains("eight-level scale", run.Error, StringComparison.Ordinal);
        Assert.Contains("sakip lke template", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Text_ShowsTableTotalPredikatAndSource()
    {
        var path = Write("2025.json", DemoEvaluation.Of2025());

        var run = CliRunner.RunEnglish("lke", "score", path, "--source", "proposed");
        var perCriterion = CliRunner.RunEnglish("lke", "score", path, "--source", "proposed", "--method", "criterion-grades");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("method: one grade per sub-component", run.Output, StringComparison.Ordinal);
        Assert.Contains("answers read: proposed", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 Perencanaan Kinerja", run.Output, StringComparison.Ordinal);
        Assert.Contains("  1b Kualitas                              9.00    BB (80 %)  7.20   11/11", run.Output, StringComparison.Ordinal);
        Assert.Contains("deciding score 75.15 → grade BB Very good", run.Output, StringComparison.Ordinal);
        Assert.Contains("Complete: 12/12 sub-components graded", run.Output, StringComparison.Ordinal);
        Assert.Contains("Logic findings (1):", run.Output, StringComparison.Ordinal);
        Assert.Contains("1b: sub-component 1b is graded BB (80 %) but its criteria average 70 %, which is nearest to B", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, perCriterion.ExitCode);
        Assert.Contains("method: a grade per criterion", perCriterion.Output, StringComparison.Ordinal);
        Assert.Contains("Incomplete: 11/80 criteria answered", perCriterion.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_BadAnswer_ExitsTwoNamingTheCriterion()
    {
        var path = Template("bad.json");
        FillGrades(path, row => (string)row["subComponent"]! == "1b" ? "Y" : ((JsonArray)row["options"]!)[0]!.GetValue<string>());
        Fill(path, row => (string)row["criterion"]! == "1b.9" ? "Z" : null);

        var run = CliRunner.RunEnglish("lke", "score", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("$.grades[1].final", run.Error, StringComparison.Ordinal);
        Assert.Contains("'Y' is not a grade of sub-component 1b; the grades are AA/A/BB/B/CC/C/D/E", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.answers[14].final", run.Error, StringComparison.Ordinal);
        Assert.Contains("line ", run.Error, StringComparison.Ordinal);
        Assert.Contains("'Z' is not an answer of criterion 1b.9; the answers are AA/A/BB/B/CC/C/D/E", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("[criterion 1b.9]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MissingFile_ExitsTwo()
    {
        var run = CliRunner.RunEnglish("lke", "score", Path.Combine(_dir, "none.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Incomplete_ShowsBoundsNotAGrade()
    {
        var path = Template("partial.json");
        FillGrades(path, row => ((string)row["subComponent"]!).StartsWith('1') ? ((JsonArray)row["options"]!)[0]!.GetValue<string>() : null);

        var text = CliRunner.RunEnglish("lke", "score", path);
        var json = CliRunner.RunEnglish("lke", "score", path, "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Incomplete: 3/12 sub-components graded; not graded: 2a, 2b", text.Output, StringComparison.Ordinal);
        Assert.Contains("no total and no predikat", text.Output, StringComparison.Ordinal);
        Assert.Contains("between 30.00 and 100.00", text.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("deciding score", text.Output, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Output);
        var root = doc.RootElement;
        Assert.False(root.GetProperty("complete").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("total").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("predikat").ValueKind);
        Assert.Equal(9, root.GetProperty("ungraded").GetArrayLength());
        Assert.Equal(0, root.GetProperty("unanswered").GetArrayLength());
        Assert.Equal(30m, root.GetProperty("minimumTotal").GetDecimal());
        Assert.Equal(100m, root.GetProperty("maximumTotal").GetDecimal());
        Assert.Equal(30m, root.GetProperty("components")[0].GetProperty("score").GetDecimal());
    }

    [Fact]
    public void Score_CustomSchemeFile_IsResolvedByItsId()
    {
        var custom = EvaluationScheme.Create(EvaluationSchemes.PermenPanRb88Of2021.ToDefinition() with { Id = "kabupaten-contoh-lke", Name = "LKE Kabupaten Contoh" }).GetValueOrThrow();
        var schemeFile = Path.Combine(_dir, "scheme.json");
        File.WriteAllText(schemeFile, EvaluationSchemeJson.Write(custom));
        var path = Path.Combine(_dir, "custom.json");
        File.WriteAllText(path, EvaluationJson.Template(custom, "Kabupaten Contoh", 2025));
        FillGrades(path, row => ((JsonArray)row["options"]!)[0]!.GetValue<string>());

        var with = CliRunner.RunEnglish("lke", "score", path, "--scheme-file", schemeFile, "--json");
        var without = CliRunner.RunEnglish("lke", "score", path);

        Assert.Equal(0, with.ExitCode);
        using var json = JsonDocument.Parse(with.Output);
        Assert.Equal("kabupaten-contoh-lke", json.RootElement.GetProperty("scheme").GetString());
        Assert.Equal("AA", json.RootElement.GetProperty("predikat").GetString());
        Assert.Equal(2, without.ExitCode);
        Assert.Contains("$.scheme", without.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_FromB_ReachesBB()
    {
        var path = Write("2025.json", DemoEvaluation.Of2025());

        var text = CliRunner.RunEnglish("lke", "next", path, "--source", "final");
        var json = CliRunner.RunEnglish("lke", "next", path, "--source", "final", "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Current: 66.45 (deciding 66.45) B Good", text.Output, StringComparison.Ordinal);
        Assert.Contains("Target: BB Very good (> 70.00)", text.Output, StringComparison.Ordinal);
        Assert.Contains("4c             Pemanfaatan  C     BB  +3.75", text.Output, StringComparison.Ordinal);
        Assert.Contains("Resulting: 70.20 (deciding 70.20) BB Very good", text.Output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Output);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("reachable").GetBoolean());
        Assert.Equal("BB", root.GetProperty("target").GetString());
        Assert.Equal("BB", root.GetProperty("resultingPredikat").GetString());
        Assert.True(root.GetProperty("resultingDecidingScore").GetDecimal() > 70m);
        var step = Assert.Single(root.GetProperty("steps").EnumerateArray());
        Assert.Equal("4c", step.GetProperty("subComponent").GetString());
    }

    [Fact]
    public void Next_Unreachable_SaysSo()
    {
        // The inspectorate's 12/2015 worksheet: every answer at its worst, so criterion A.1a.1 "Renstra telah disusun"
        // (T) caps the criteria that depend on it, and AA is out of reach by improving answers alone.
        var path = Template("low.json", "--scheme", "permenpanrb-12-2015-apip");
        Fill(path, row => ((JsonArray)row["options"]!)[^1]!.GetValue<string>());

        var run = CliRunner.RunEnglish("lke", "next", path, "--target", "AA");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("NOT REACHABLE: the target AA cannot be reached", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_UnknownTarget_ExitsTwo()
    {
        var path = Write("2025.json", DemoEvaluation.Of2025());

        var run = CliRunner.RunEnglish("lke", "next", path, "--target", "ZZ");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--target 'ZZ'", run.Error, StringComparison.Ordinal);
        Assert.Contains("AA, A, BB, B, CC, C, D", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_Incomplete_ExitsTwoListingUnanswered()
    {
        var path = Write("2024.json", DemoEvaluation.Of2024());

        var run = CliRunner.RunEnglish("lke", "next", path, "--source", "proposed");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("incomplete (12 sub-components not graded", run.Error, StringComparison.Ordinal);
        Assert.Contains("Missing: 1a, 1b", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_YearOverYear_ShowsDeltasAndGradeChange()
    {
        var before = Write("2024.json", DemoEvaluation.Of2024());
        var after = Write("2025.json", DemoEvaluation.Of2025());

        var text = CliRunner.RunEnglish("lke", "compare", before, after, "--source", "final");
        var json = CliRunner.RunEnglish("lke", "compare", before, after, "--source", "final", "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("4 Evaluasi Akuntabilitas Kinerja Internal  13.50  14.25  +0.75", text.Output, StringComparison.Ordinal);
        Assert.Contains("Grade", text.Output, StringComparison.Ordinal);
        Assert.Contains("CC     B      up", text.Output, StringComparison.Ordinal);
        Assert.Contains("1a Keberadaan B → BB +0.60", text.Output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Output);
        var root = doc.RootElement;
        Assert.Equal("up", root.GetProperty("gradeChange").GetString());
        Assert.Equal(58.35m, root.GetProperty("before").GetProperty("decidingScore").GetDecimal());
        Assert.Equal(66.45m, root.GetProperty("after").GetProperty("decidingScore").GetDecimal());
        Assert.Equal(4, root.GetProperty("components").GetArrayLength());
        Assert.Equal(9, root.GetProperty("subComponents").GetArrayLength());
        Assert.Equal(0, root.GetProperty("criteria").GetArrayLength());
    }

    [Fact]
    public void Score_SakipDocumentWithYear_ScoresItsEvaluation()
    {
        var path = Path.Combine(_dir, "document.json");
        File.WriteAllText(path, SakipDocumentJson.Write(DemoRegion.Create()));

        var run = CliRunner.RunEnglish("lke", "score", path, "--year", "2025", "--source", "final", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(66.45m, json.RootElement.GetProperty("decidingScore").GetDecimal());
    }

    [Fact]
    public void Score_SakipDocumentWithSeveralEvaluations_ExitsTwoListingThem()
    {
        var path = Path.Combine(_dir, "document.json");
        File.WriteAllText(path, SakipDocumentJson.Write(DemoRegion.Create()));

        var ambiguous = CliRunner.RunEnglish("lke", "score", path);
        var none = CliRunner.RunEnglish("lke", "next", path, "--year", "2030");

        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains("2 matching evaluations", ambiguous.Error, StringComparison.Ordinal);
        Assert.Contains("Kabupaten Contoh 2024 (permenpanrb-88-2021); Kabupaten Contoh 2025 (permenpanrb-88-2021)", ambiguous.Error, StringComparison.Ordinal);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("no evaluation matching", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_OneSakipDocumentTwoYears_MatchesTheAnswerDocuments()
    {
        var path = Path.Combine(_dir, "document.json");
        File.WriteAllText(path, SakipDocumentJson.Write(DemoRegion.Create()));

        var fromDocument = CliRunner.RunEnglish("lke", "compare", path, path, "--before-year", "2024", "--after-year", "2025", "--source", "final");
        var fromAnswers = CliRunner.RunEnglish("lke", "compare", Write("2024.json", DemoEvaluation.Of2024()), Write("2025.json", DemoEvaluation.Of2025()), "--source", "final");

        Assert.Equal(0, fromDocument.ExitCode);
        Assert.Equal(fromAnswers.Output, fromDocument.Output);
    }

    [Fact]
    public void Score_CultureIdId_ShowsIndonesianNumbers_BadCultureExitsTwo()
    {
        var path = Write("2025.json", DemoEvaluation.Of2025());

        var indonesian = CliRunner.RunEnglish("lke", "score", path, "--source", "final", "--culture", "id-ID");
        var bad = CliRunner.RunEnglish("lke", "next", path, "--culture", "xx-NOPE");

        Assert.Equal(0, indonesian.ExitCode);
        Assert.Contains("Total 66,45", indonesian.Output, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--culture 'xx-NOPE'", bad.Error, StringComparison.Ordinal);
    }

    private string Template(string name, params string[] options)
    {
        var path = Path.Combine(_dir, name);
        var run = CliRunner.RunEnglish(["lke", "template", "--subject", "Kabupaten Contoh", "--year", "2025", "--output", path, .. options]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Wrote the answer template", run.Output, StringComparison.Ordinal);
        return path;
    }

    private string Write(string name, Evaluation evaluation)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, EvaluationJson.Write(evaluation));
        return path;
    }

    private static void Fill(string path, Func<JsonObject, string?> final) => Fill(path, "answers", final);

    private static void FillGrades(string path, Func<JsonObject, string?> final) => Fill(path, "grades", final);

    private static void Fill(string path, string rows, Func<JsonObject, string?> final)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        foreach (var row in json[rows]!.AsArray())
        {
            row!["final"] = final(row.AsObject());
        }

        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
