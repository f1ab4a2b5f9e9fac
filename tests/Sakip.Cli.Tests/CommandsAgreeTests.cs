using Sakip.Cli.Demo;
using Sakip.Domain.Json;

namespace Sakip.Cli.Tests;

/// <summary>
/// One rule for every command and subcommand (docs/cli.md): a good call exits 0; a file that is not there, a number
/// that does not read and a year outside the document's data exit 2; <c>--lang en</c> prints no Indonesian label and
/// <c>--lang id</c> (the default) no English one; <c>--culture</c> changes how numbers are printed, by default the
/// language's (id: 1.234,5; en: invariant 1234.5).
/// </summary>
public sealed class CommandsAgreeTests : IDisposable
{
    private static readonly string[] IndonesianLabels =
    [
        "Kategori", "Rumus", "Bobot", "Komponen", "Temuan", "Cakupan", "Simpul", "Sebelum", "Sesudah",
        "Selisih", "Sekarang", "tidak dilaporkan", "masukan tidak valid", "Reviu", "nilai penentu", "dibulatkan", "Galat",
        "Peringatan", "Lengkap", "Jalan:", "Hasil:", "simpul", "ditulis", "Angka dalam format", "Sangat",
    ];

    private static readonly string[] EnglishLabels =
    [
        "Indicator", "Unit ", "Actual", "Achievement", "Band", "Formula", "Component", "Weight", "Score", "Finding",
        "Coverage", "Severity", "Before", "After", "Change", "Current:", "Resulting", "not reported", "invalid input",
        "Grade rule", "rule set", "deciding", "Complete", "Road", "node(s)", "Wrote", " the ", "Very ",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("sakip-agree-").FullName;

    public CommandsAgreeTests()
    {
        File.WriteAllText(Doc, SakipDocumentJson.Write(DemoRegion.Create()));
        File.WriteAllText(Manifest, """{"regions": [{"file": "kabupaten-contoh.json"}]}""");
    }

    private string Manifest => Path.Combine(_folder, "manifest.json");

    private string Doc => Path.Combine(_folder, "kabupaten-contoh.json");

    private string Missing => Path.Combine(_folder, "missing.json");

    /// <summary>Every command and subcommand: a good call, and the probe its numbers show in the Indonesian and in
    /// the invariant format (null when it prints no number).</summary>
    private IEnumerable<(string Name, string[] Args, string? Indonesian, string? Invariant)> Good()
    {
        yield return ("demo", ["demo"], "-23,53 %", "-23.53 %");
        yield return ("check", ["check", Doc], "83,33 %", "83.33 %");
        yield return ("measure", ["measure", Doc, "--year", "2025"], "113,33 %", "113.33 %");
        yield return ("tree", ["tree", Doc, "--year", "2025"], "94,61 %", "94.61 %");
        yield return ("whatif", ["whatif", Doc, "--set", "IKU-01=10"], "95,16 %", "95.16 %");
        yield return ("capaian", ["capaian", "--target", "12", "--realisasi", "10"], "83,33", "83.33");
        yield return ("predikat", ["predikat", "66"], "66,00", "66.00");
        yield return ("lke template", ["lke", "template", "--output", Path.Combine(_folder, "template.json")], null, null);
        yield return ("lke score", ["lke", "score", Doc, "--year", "2025"], "66,45", "66.45");
        yield return ("lke next", ["lke", "next", Doc, "--year", "2025"], "66,45", "66.45");
        yield return ("lke compare", ["lke", "compare", Doc, Doc, "--before-year", "2024", "--after-year", "2025"], "58,35", "58.35");
        yield return ("national", ["national", Manifest, "--parallel", "1"], null, null);
    }

    /// <summary>Every command and subcommand with a bad input: a file that is not there, a number that does not read
    /// or a year outside the data.</summary>
    private IEnumerable<(string Name, string[] Args)> Bad()
    {
        yield return ("demo: --as-of outside the data", ["demo", "--as-of", "2030"]);
        yield return ("check: no file", ["check", Missing]);
        yield return ("measure: no file", ["measure", Missing, "--year", "2025"]);
        yield return ("measure: year outside the data", ["measure", Doc, "--year", "2030"]);
        yield return ("tree: no file", ["tree", Missing, "--year", "2025"]);
        yield return ("tree: year outside the data", ["tree", Doc, "--year", "2030"]);
        yield return ("whatif: no file", ["whatif", Missing, "--set", "IKU-01=10"]);
        yield return ("whatif: year outside the data", ["whatif", Doc, "--set", "IKU-01=10", "--year", "2030"]);
        yield return ("whatif: a malformed number", ["whatif", Doc, "--set", "IKU-01=1.2.3"]);
        yield return ("capaian: not a number", ["capaian", "--target", "12", "--realisasi", "sepuluh"]);
        yield return ("capaian: a malformed number", ["capaian", "--target", "12", "--realisasi", "1.2.3"]);
        yield return ("predikat: a malformed number", ["predikat", "6.6.45"]);
        yield return ("lke template: year out of range", ["lke", "template", "--year", "1800"]);
        yield return ("lke score: no file", ["lke", "score", Missing]);
        yield return ("lke score: year outside the data", ["lke", "score", Doc, "--year", "2030"]);
        yield return ("lke next: no file", ["lke", "next", Missing]);
        yield return ("lke compare: no file", ["lke", "compare", Missing, Doc]);
        yield return ("national: no folder or manifest", ["national", Missing]);
        yield return ("national: year out of range", ["national", Manifest, "--year", "1800"]);
        yield return ("any: an unknown culture", ["measure", Doc, "--year", "2025", "--culture", "xx-XX"]);
        yield return ("any: an unknown language", ["measure", Doc, "--year", "2025", "--lang", "fr"]);
    }

    [Fact]
    public void EveryCommand_GoodCall_ExitsZero_InBothLanguages()
    {
        Assert.All(Good(), c =>
        {
            foreach (var language in new[] { "id", "en" })
            {
                var run = CliRunner.Run([.. c.Args, "--lang", language]);
                Assert.True(run.ExitCode == 0, $"{c.Name} --lang {language}: exit {run.ExitCode}\n{run.Error}");
                Assert.Equal(string.Empty, run.Error);
            }
        });
    }

    [Fact]
    public void EveryCommand_BadFileNumberOrYear_ExitsTwo_WithTheMessageInTheLanguage()
    {
        Assert.All(Bad(), c =>
        {
            var indonesian = CliRunner.Run(c.Args);
            var english = CliRunner.Run([.. c.Args, "--lang", "en"]);

            Assert.True(indonesian.ExitCode == 2, $"{c.Name}: exit {indonesian.ExitCode}\n{indonesian.Output}");
            Assert.True(english.ExitCode == 2, $"{c.Name} --lang en: exit {english.ExitCode}\n{english.Output}");
            Assert.NotEqual(string.Empty, indonesian.Error);
            Assert.DoesNotContain("invalid input", indonesian.Error, StringComparison.Ordinal);
            if (!c.Args.Contains("fr"))
            {
                Assert.DoesNotContain("masukan tidak valid", english.Error, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void YearOutsideTheData_IsTheSameMessage_ForMeasureTreeAndWhatif()
    {
        var messages = new[]
        {
            CliRunner.Run("measure", Doc, "--year", "2030", "--lang", "en").Error,
            CliRunner.Run("tree", Doc, "--year", "2030", "--lang", "en").Error,
            CliRunner.Run("whatif", Doc, "--set", "IKU-01=10", "--year", "2030", "--lang", "en").Error,
        };

        Assert.All(messages, m => Assert.EndsWith(": invalid input: --year 2030: the document has no data for that year (no perjanjian kinerja and no realisation); the years with data: 2025" + Environment.NewLine, m, StringComparison.Ordinal));
    }

    [Fact]
    public void NumberInTheOtherFormat_NamesTheCultureAndHowToWriteIt()
    {
        var indonesian = CliRunner.Run("capaian", "--target", "12", "--realisasi", "10.4");
        var english = CliRunner.Run("capaian", "--target", "12", "--realisasi", "10,4", "--lang", "en");

        Assert.Contains("angka dibaca dalam budaya id-ID (1.234,5): tulis 10,4, atau berikan --culture invariant", indonesian.Error, StringComparison.Ordinal);
        Assert.Contains("numbers are read in culture invariant (1,234.5): write 10.4, or give --culture id-ID", english.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("capaian", "--target", "12", "--realisasi", "10.4", "--culture", "invariant").ExitCode);
    }

    [Fact]
    public void EnglishOutput_HasNoIndonesianLabel_AndIndonesianOutput_NoEnglishOne()
    {
        Assert.All(Good(), c =>
        {
            var english = CliRunner.Run([.. c.Args, "--lang", "en"]).Output;
            var indonesian = CliRunner.Run(c.Args).Output;

            Assert.All(IndonesianLabels, w => Assert.False(english.Contains(w, StringComparison.Ordinal), $"{c.Name} --lang en prints '{w}'"));
            Assert.All(EnglishLabels, w => Assert.False(indonesian.Contains(w, StringComparison.Ordinal), $"{c.Name} --lang id prints '{w}'"));
        });
    }

    [Fact]
    public void Culture_ChangesTheNumberFormat_DefaultIsTheLanguages()
    {
        Assert.All(Good().Where(c => c.Indonesian is not null), c =>
        {
            var byDefault = CliRunner.Run(c.Args).Output;
            var invariant = CliRunner.Run([.. c.Args, "--culture", "invariant"]).Output;
            var english = CliRunner.Run([.. c.Args, "--lang", "en"]).Output;
            var englishInIndonesianNumbers = CliRunner.Run([.. c.Args, "--lang", "en", "--culture", "id-ID"]).Output;

            Assert.True(byDefault.Contains(c.Indonesian!, StringComparison.Ordinal), $"{c.Name}: no '{c.Indonesian}' in\n{byDefault}");
            Assert.True(invariant.Contains(c.Invariant!, StringComparison.Ordinal), $"{c.Name} --culture invariant: no '{c.Invariant}' in\n{invariant}");
            Assert.DoesNotContain(c.Indonesian!, invariant, StringComparison.Ordinal);
            Assert.True(english.Contains(c.Invariant!, StringComparison.Ordinal), $"{c.Name} --lang en: no '{c.Invariant}'");
            Assert.True(englishInIndonesianNumbers.Contains(c.Indonesian!, StringComparison.Ordinal), $"{c.Name} --lang en --culture id-ID: no '{c.Indonesian}'");
        });
    }

    [Fact]
    public void Culture_ReadsTheArguments_InTheSameFormat()
    {
        Assert.Contains("66,45", CliRunner.Run("predikat", "66,45").Output, StringComparison.Ordinal);
        Assert.Contains("66.45", CliRunner.Run("predikat", "66.45", "--lang", "en").Output, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("predikat", "66,45", "--lang", "en").ExitCode);
        Assert.Equal(0, CliRunner.Run("whatif", Doc, "--set", "IKU-01=10,4").ExitCode);
        Assert.Equal(0, CliRunner.Run("whatif", Doc, "--set", "IKU-01=10.4", "--culture", "invariant").ExitCode);
    }

    [Fact]
    public void Check_FailOn_ExitsOne_WhenTheReviewFindsWhatItNames()
    {
        Assert.Equal(1, CliRunner.Run("check", Doc, "--fail-on", "error").ExitCode);
        Assert.Equal(0, CliRunner.Run("check", Doc).ExitCode);
        Assert.Equal(2, CliRunner.Run("check", Doc, "--fail-on", "sometimes").ExitCode);
    }

    [Fact]
    public void Json_StaysInvariant_WhateverTheLanguageAndCulture()
    {
        var json = CliRunner.Run("measure", Doc, "--year", "2025", "--json", "--culture", "id-ID").Output;

        Assert.Contains("\"capaian\":113.33", json.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(json, CliRunner.Run("measure", Doc, "--year", "2025", "--json", "--lang", "en").Output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
