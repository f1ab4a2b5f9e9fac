using Sakip.Cli.Demo;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;

namespace Sakip.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_Run_ShowsCapaianTablesReviewAndExplanations()
    {
        var run = CliRunner.Run("demo");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Angka kematian bayi", run.Output, StringComparison.Ordinal);
        Assert.Contains("113,33 %", run.Output, StringComparison.Ordinal);
        Assert.Contains("negative-reflected", run.Output, StringComparison.Ordinal);
        Assert.Contains("tidak dilaporkan", run.Output, StringComparison.Ordinal);
        Assert.Contains("Capaian sasaran", run.Output, StringComparison.Ordinal);
        Assert.Contains("Dinas Kesehatan", run.Output, StringComparison.Ordinal);
        Assert.Contains("Reviu keselarasan: 18 aturan", run.Output, StringComparison.Ordinal);
        Assert.Contains("ALN-001", run.Output, StringComparison.Ordinal);
        Assert.Contains("  Capaian 113,33 % (Sangat Tinggi): indikator negatif", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Achievement", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_English_EveryLabelInEnglish_NumbersInvariant()
    {
        var run = CliRunner.Run("demo", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Alignment review: 18 rules", run.Output, StringComparison.Ordinal);
        Assert.Contains("Sasaran achievement (mean of 4 indicator(s)): 93.93 % Very high", run.Output, StringComparison.Ordinal);
        Assert.Contains("  Score 66.45 B (Good); the total rounded half-up to 2 decimals decides", run.Output, StringComparison.Ordinal);
        Assert.Contains("  Achievement 113.33 % (Very high): negative indicator", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Nilai 66", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_SaysWhyTheTreesSasaranFigureDiffersFromTheTables()
    {
        var run = CliRunner.Run("demo");
        var lines = run.Output.Split('\n');

        Assert.Contains("    Capaian sasaran (rata-rata 4 indikator): 93,93 % Sangat Tinggi", lines);
        Assert.Contains("  Meningkatnya derajat kesehatan masyarakat [94,61 % Sangat Tinggi]", lines);
        var why = Array.FindIndex(lines, l => l.StartsWith("Mengapa angka sasaran di pohon berbeda dari tabel capaian: tabel adalah rata-rata indikator perjanjian kinerja", StringComparison.Ordinal));
        Assert.True(why > 0, run.Output);
        Assert.Contains("  S1 'Meningkatnya derajat kesehatan masyarakat': tabel 93,93 %, pohon 94,61 %", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("  S4 '", StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_Run_WritesNoFile_AndSaysHowToDrawTheTree()
    {
        var stray = Path.GetFullPath("pohon-kinerja.svg");
        File.Delete(stray);

        var run = CliRunner.Run("demo");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(stray), "the demo wrote a file it was not asked for");
        Assert.Contains("sakip demo --svg pohon-kinerja.svg", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ditulis ke", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_Svg_WritesTheTreeWhereAsked()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sakip-demo-{Guid.NewGuid():N}.svg");
        try
        {
            var run = CliRunner.Run("demo", "--svg", path);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Error);
            Assert.Contains($"Pohon (sampai kedalaman 3) ditulis ke {path}", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("sakip demo --svg", run.Output, StringComparison.Ordinal);
            Assert.Equal("svg", System.Xml.Linq.XDocument.Load(path).Root!.Name.LocalName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Demo_Svg_UnwritablePath_PrintsTheDemoAndExitsTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sakip-missing-{Guid.NewGuid():N}", "tree.svg");

        var run = CliRunner.Run("demo", "--svg", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"sakip demo: tidak dapat menulis '{path}'", run.Error, StringComparison.Ordinal);
        Assert.Contains("Evaluasi AKIP", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Demo_InverseRuleSet_ChangesNegativeIndicators()
    {
        var run = CliRunner.Run("demo", "--rule-set", "sakip-inverse");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("115,38 %", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_AsOfQuarter_MeasuresYearToDate()
    {
        var run = CliRunner.Run("demo", "--as-of", "2025-Q3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Capaian kinerja 2025 per 2025-Q3", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-Q1")]
    [InlineData("2025-Q9")]
    [InlineData("soon")]
    public void Demo_BadAsOf_ExitsTwo(string asOf)
    {
        var run = CliRunner.Run("demo", "--as-of", asOf);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_Export_WritesADocumentThatChecksAndMeasures()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sakip-demo-{Guid.NewGuid():N}.json");
        try
        {
            var export = CliRunner.Run("demo", "--export", path);
            Assert.Equal(0, export.ExitCode);
            Assert.True(File.Exists(path));

            var check = CliRunner.Run("check", path);
            Assert.Equal(0, check.ExitCode);
            Assert.Contains("ALN-010", check.Output, StringComparison.Ordinal);

            var measure = CliRunner.Run("measure", path, "--year", "2025");
            Assert.Equal(0, measure.ExitCode);
            Assert.Contains("113,33 %", measure.Output, StringComparison.Ordinal);

            var read = SakipDocumentJson.Read(File.ReadAllText(path));
            Assert.True(read.IsSuccess);
            Assert.Equal([2024, 2025], read.GetValueOrThrow().Evaluations.Select(e => e.Year));
            Assert.Equal(DemoEvaluation.Of2025(), read.GetValueOrThrow().Evaluations[1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Demo_Run_ShowsTheEvaluationSection()
    {
        var run = CliRunner.Run("demo");

        Assert.Equal(0, run.ExitCode);
        var section = run.Output[run.Output.IndexOf("Evaluasi AKIP", StringComparison.Ordinal)..];
        Assert.True(run.Output.IndexOf("Pohon kinerja", StringComparison.Ordinal) < run.Output.IndexOf("Evaluasi AKIP", StringComparison.Ordinal));
        Assert.Contains("PermenPAN-RB 88/2021", section, StringComparison.Ordinal);
        Assert.Contains("  1 Perencanaan Kinerja", section, StringComparison.Ordinal);
        Assert.Contains("Nilai 66,45 B (Baik)", section, StringComparison.Ordinal);
        Assert.Contains("    1b Kualitas                              9,00    B (70 %)   6,30", section, StringComparison.Ordinal);
        Assert.Contains("Penilaian mandiri (usulan) 75,15 BB (Sangat Baik) vs evaluator (final) 66,45 B (Baik)", section, StringComparison.Ordinal);
        Assert.Contains("IKU-15 'Nilai evaluasi SAKIP' 2025 dilaporkan 66,45 di PK", section, StringComparison.Ordinal);
        Assert.Contains("subkomponen 1b dinilai BB (80 %) tetapi rata-rata kriterianya 70 %, paling dekat dengan B", section, StringComparison.Ordinal);
        Assert.Contains("Tahun ke tahun 2024 → 2025", section, StringComparison.Ordinal);
        Assert.Contains("58,35  66,45", section, StringComparison.Ordinal);
        Assert.Contains("Jalan ke predikat BB", section, StringComparison.Ordinal);
        Assert.Contains("4c           Pemanfaatan  C     BB  +3,75", section, StringComparison.Ordinal);
        Assert.Contains("Hasil: 70,20 (penentu 70,20) BB Sangat Baik", section, StringComparison.Ordinal);
    }

    [Fact]
    public void DemoRegion_HoldsBothEvaluations()
    {
        var evaluations = DemoRegion.Create().Evaluations;

        Assert.Equal(2, evaluations.Count);
        Assert.All(evaluations, e => Assert.Equal("permenpanrb-88-2021", e.Scheme.Id));
    }

    [Fact]
    public void DemoEvaluation_Totals_AreAsDocumented()
    {
        var of2025 = DemoEvaluation.Of2025();
        var final2025 = of2025.Score(AnswerSource.Final);
        var proposed2025 = of2025.Score(AnswerSource.Proposed);
        var final2024 = DemoEvaluation.Of2024().Score(AnswerSource.Final);

        Assert.All([of2025, DemoEvaluation.Of2024()], e => Assert.Equal(EvaluationMethod.SubComponentGrades, e.Method));
        Assert.Equal(66.45m, final2025.DecidingScore);
        Assert.Equal("B", final2025.Grade!.Code);
        Assert.Empty(final2025.Findings);
        Assert.Equal(75.15m, proposed2025.DecidingScore);
        Assert.Equal("BB", proposed2025.Grade!.Code);
        var finding = Assert.Single(proposed2025.Findings);
        Assert.Equal((LogicFindingKind.GradeMismatch, "1b", 0.8m, 0.7m), (finding.Kind, finding.Id, finding.Value, finding.RelatedValue));
        Assert.Equal(58.35m, final2024.DecidingScore);
        Assert.Equal("CC", final2024.Grade!.Code);
    }

    [Fact]
    public void DemoEvaluation_2025Final_IsTheRealisationOfIku15()
    {
        // IKU-15 "Nilai evaluasi SAKIP" is reported in the demo document as the 2025 evaluation's published score.
        var reported = DemoRegion.Create().Realisations.Single(r => r.IndicatorId == "IKU-15" && r.Period.Year == DemoRegion.Year);

        Assert.Equal(DemoEvaluation.Of2025().Score(AnswerSource.Final).DecidingScore, reported.Value.Value);
    }
}
