using System.Text.Json;
using System.Text.Json.Nodes;
using Sakip.Cli.Demo;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;

namespace Sakip.Domain.Tests.Cli;

public sealed class LkeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sakip-lke-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Template_ToStdout_HasARowPerCriterion()
    {
        var run = CliRunner.Run("lke", "template", "--subject", "Kabupaten Contoh", "--year", "2025");

        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(run.Output)!;
        Assert.Equal("permenpanrb-88-2021", (string?)json["scheme"]);
        Assert.Equal(EvaluationSchemes.PermenPanRb88Of2021.Criteria.Count, json["answers"]!.AsArray().Count);
    }

    [Fact]
    public void TemplateFillScore_RoundTrip_ReproducesTheDemoTotal()
    {
        var path = Template("filled.json", "--scheme", "permenpanrb-88-2021");
        var evaluation = DemoEvaluation.Of2025();
        Fill(path, row => evaluation.AnswerTo((string)row["criterion"]!)!.Final);

        var run = CliRunner.Run("lke", "score", path, "--json");

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
        Assert.Equal(0, root.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Score_Text_ShowsTableTotalPredikatAndSource()
    {
        var path = Write("2025.json", DemoEvaluation.Of2025());

        var run = CliRunner.Run("lke", "score", path, "--source", "proposed");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("answers read: proposed", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 Perencanaan Kinerja", run.Output, StringComparison.Ordinal);
        Assert.Contains("  1a Keberadaan", run.Output, StringComparison.Ordinal);
        Assert.Contains("deciding score 74.38 → predikat BB Sangat Baik", run.Output, StringComparison.Ordinal);
        Assert.Contains("Complete: 80/80 criteria answered", run.Output, StringComparison.Ordinal);
        Assert.Contains("Logic findings (1):", run.Output, StringComparison.Ordinal);
        Assert.Contains("1b.9 (0.75) > 1a.7 (0)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_BadAnswer_ExitsTwoNamingTheCriterion()
    {
        var path = Template("bad.json");
        Fill(path, row => (string)row["criterion"]! == "1b.9" ? "Z" : ((JsonArray)row["options"]!)[0]!.GetValue<string>());

        var run = CliRunner.Run("lke", "score", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("1 problem(s)", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.answers[15].final", run.Error, StringComparison.Ordinal);
        Assert.Contains("line ", run.Error, StringComparison.Ordinal);
        Assert.Contains("'Z' is not an answer of criterion 1b.9; the answers are A/B/C/D/E", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("[criterion 1b.9]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MissingFile_ExitsTwo()
    {
        var run = CliRunner.Run("lke", "score", Path.Combine(_dir, "none.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Incomplete_ShowsBoundsNotAGrade()
    {
        var path = Template("partial.json");
        Fill(path, row => ((string)row["criterion"]!).StartsWith('1') ? ((JsonArray)row["options"]!)[0]!.GetValue<string>() : null);

        var text = CliRunner.Run("lke", "score", path);
        var json = CliRunner.Run("lke", "score", path, "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Incomplete: 25/80 criteria answered; unanswered: 2a.1, 2a.2", text.Output, StringComparison.Ordinal);
        Assert.Contains("no total and no predikat", text.Output, StringComparison.Ordinal);
        Assert.Contains("between 30.00 and 100.00", text.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("deciding score", text.Output, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Output);
        var root = doc.RootElement;
        Assert.False(root.GetProperty("complete").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("total").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("predikat").ValueKind);
        Assert.Equal(55, root.GetProperty("unanswered").GetArrayLength());
        Assert.Equal(30m, root.GetProperty("minimumTotal").GetDecimal());
        Assert.Equal(100m, root.GetProperty("maximumTotal").GetDecimal());
        Assert.Equal(30m, root.GetProperty("components")[0].GetProperty("score").GetDecimal());
    }

    [Fact]
    public void Score_CustomSchemeFile_IsResolvedByItsId()
    {
        var custom = EvaluationScheme.Create(EvaluationSchemes.PermenPanRb88Of2021.ToDefinition() with { Id = "kabupaten-contoh-lke", Name = "LKE Kabupaten Contoh" }).Model;
        var schemeFile = Path.Combine(_dir, "scheme.json");
        File.WriteAllText(schemeFile, EvaluationSchemeJson.Write(custom));
        var path = Path.Combine(_dir, "custom.json");
        File.WriteAllText(path, EvaluationJson.Template(custom, "Kabupaten Contoh", 2025));
        Fill(path, row => ((JsonArray)row["options"]!)[0]!.GetValue<string>());

        var with = CliRunner.Run("lke", "score", path, "--scheme-file", schemeFile, "--json");
        var without = CliRunner.Run("lke", "score", path);

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

        var text = CliRunner.Run("lke", "next", path, "--source", "final");
        var json = CliRunner.Run("lke", "next", path, "--source", "final", "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Current: 66.45 (deciding 66.45) B Baik", text.Output, StringComparison.Ordinal);
        Assert.Contains("Target: BB Sangat Baik (> 70.00)", text.Output, StringComparison.Ordinal);
        Assert.Contains("4c.1", text.Output, StringComparison.Ordinal);
        Assert.Contains("Resulting: 70.20 (deciding 70.20) BB Sangat Baik", text.Output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Output);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("reachable").GetBoolean());
        Assert.Equal("BB", root.GetProperty("target").GetString());
        Assert.Equal("BB", root.GetProperty("resultingPredikat").GetString());
        Assert.True(root.GetProperty("resultingDecidingScore").GetDecimal() > 70m);
        Assert.Equal(3, root.GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public void Next_Unreachable_SaysSo()
    {
        var path = Template("low.json");
        Fill(path, row => ((JsonArray)row["options"]!)[^1]!.GetValue<string>());

        var run = CliRunner.Run("lke", "next", path, "--target", "AA");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("NOT REACHABLE: the target AA cannot be reached", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_UnknownTarget_ExitsTwo()
    {
        var path = Write("2025.json", DemoEvaluation.Of2025());

        var run = CliRunner.Run("lke", "next", path, "--target", "ZZ");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--target 'ZZ'", run.Error, StringComparison.Ordinal);
        Assert.Contains("AA, A, BB, B, CC, C, D", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_Incomplete_ExitsTwoListingUnanswered()
    {
        var path = Write("2024.json", DemoEvaluation.Of2024());

        var run = CliRunner.Run("lke", "next", path, "--source", "proposed");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("incomplete (80 criteria unanswered", run.Error, StringComparison.Ordinal);
        Assert.Contains("1a.1, 1a.2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_YearOverYear_ShowsDeltasAndGradeChange()
    {
        var before = Write("2024.json", DemoEvaluation.Of2024());
        var after = Write("2025.json", DemoEvaluation.Of2025());

        var text = CliRunner.Run("lke", "compare", before, after, "--source", "final");
        var json = CliRunner.Run("lke", "compare", before, after, "--source", "final", "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("4 Evaluasi Akuntabilitas Kinerja Internal  12.46  16.13  +3.67", text.Output, StringComparison.Ordinal);
        Assert.Contains("Predikat", text.Output, StringComparison.Ordinal);
        Assert.Contains("CC     B      up", text.Output, StringComparison.Ordinal);
        Assert.Contains("4a.3 T → Y +1.67", text.Output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Output);
        var root = doc.RootElement;
        Assert.Equal("up", root.GetProperty("gradeChange").GetString());
        Assert.Equal(58.16m, root.GetProperty("before").GetProperty("decidingScore").GetDecimal());
        Assert.Equal(66.45m, root.GetProperty("after").GetProperty("decidingScore").GetDecimal());
        Assert.Equal(4, root.GetProperty("components").GetArrayLength());
        Assert.Equal(16, root.GetProperty("criteria").GetArrayLength());
    }

    [Fact]
    public void Score_SakipDocumentWithYear_ScoresItsEvaluation()
    {
        var path = Path.Combine(_dir, "document.json");
        File.WriteAllText(path, SakipDocumentJson.Write(DemoRegion.Create()));

        var run = CliRunner.Run("lke", "score", path, "--year", "2025", "--source", "final", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(66.45m, json.RootElement.GetProperty("decidingScore").GetDecimal());
    }

    [Fact]
    public void Score_SakipDocumentWithSeveralEvaluations_ExitsTwoListingThem()
    {
        var path = Path.Combine(_dir, "document.json");
        File.WriteAllText(path, SakipDocumentJson.Write(DemoRegion.Create()));

        var ambiguous = CliRunner.Run("lke", "score", path);
        var none = CliRunner.Run("lke", "next", path, "--year", "2030");

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

        var fromDocument = CliRunner.Run("lke", "compare", path, path, "--before-year", "2024", "--after-year", "2025", "--source", "final");
        var fromAnswers = CliRunner.Run("lke", "compare", Write("2024.json", DemoEvaluation.Of2024()), Write("2025.json", DemoEvaluation.Of2025()), "--source", "final");

        Assert.Equal(0, fromDocument.ExitCode);
        Assert.Equal(fromAnswers.Output, fromDocument.Output);
    }

    [Fact]
    public void Score_CultureIdId_ShowsIndonesianNumbers_BadCultureExitsTwo()
    {
        var path = Write("2025.json", DemoEvaluation.Of2025());

        var indonesian = CliRunner.Run("lke", "score", path, "--source", "final", "--culture", "id-ID");
        var bad = CliRunner.Run("lke", "next", path, "--culture", "xx-NOPE");

        Assert.Equal(0, indonesian.ExitCode);
        Assert.Contains("Total 66,45", indonesian.Output, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--culture 'xx-NOPE'", bad.Error, StringComparison.Ordinal);
    }

    private string Template(string name, params string[] options)
    {
        var path = Path.Combine(_dir, name);
        var run = CliRunner.Run(["lke", "template", "--subject", "Kabupaten Contoh", "--year", "2025", "--output", path, .. options]);
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

    private static void Fill(string path, Func<JsonObject, string?> final)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        foreach (var row in json["answers"]!.AsArray())
        {
            row!["final"] = final(row.AsObject());
        }

        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
