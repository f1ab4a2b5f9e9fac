using System.Text.Json;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;

namespace Sakip.Cli.Tests;

/// <summary>
/// A document with an indicator whose values can be negative, measured end to end: reading, measurement, the
/// performance tree and what-if (Wonogiri, LPPD 2020, Tabel 3.16: growth -1.41 % against 2 % is -70.50 %).
/// </summary>
public sealed class SignedIndicatorDocumentTests : IDisposable
{
    private const string Document = """
        {
          "formatVersion": 1,
          "region": { "code": "33.12", "name": "Kabupaten Wonogiri", "kind": "regency" },
          "indicators": [
            { "id": "IKU-LPE", "name": "Angka laju pertumbuhan ekonomi", "unit": "%",
              "polarity": "positive", "accumulation": "lastValue", "type": "impact", "allowsNegativeValues": true },
            { "id": "IKU-GINI", "name": "Indeks Gini", "unit": "indeks",
              "polarity": "negative", "accumulation": "lastValue", "type": "impact" }
          ],
          "rpjmd": {
            "id": "RPJMD-2016-2021",
            "period": { "first": 2016, "last": 2021 },
            "visi": "Wonogiri sukses",
            "misi": [ { "id": "M1", "text": "Ekonomi" } ],
            "tujuan": [ { "id": "T1", "text": "Ekonomi tumbuh merata", "misiId": "M1" } ],
            "sasaran": [
              { "id": "S16", "text": "Meningkatnya pertumbuhan ekonomi", "tujuanId": "T1",
                "indicators": [
                  { "indicatorId": "IKU-LPE", "baseline": 5.14, "targets": [ { "year": 2020, "target": { "value": 2 } } ] },
                  { "indicatorId": "IKU-GINI", "targets": [ { "year": 2020, "target": { "value": 0.288 } } ] } ] }
            ],
            "iku": [ "IKU-LPE", "IKU-GINI" ]
          },
          "perjanjianKinerja": [
            { "id": "PK-2020-BUPATI", "year": 2020, "official": "Bupati", "position": "Bupati Wonogiri", "level": "headOfRegion",
              "targets": [ { "sasaranId": "S16", "indicatorId": "IKU-LPE", "target": { "value": 2 } },
                           { "sasaranId": "S16", "indicatorId": "IKU-GINI", "target": { "value": 0.288 } } ] }
          ],
          "realisations": [ { "indicatorId": "IKU-LPE", "period": "2020", "value": -1.41 },
                            { "indicatorId": "IKU-GINI", "period": "2020", "value": 0.269 } ]
        }
        """;

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"sakip-signed-{Guid.NewGuid():N}.json");
    private readonly string _undeclared = Path.Combine(Path.GetTempPath(), $"sakip-unsigned-{Guid.NewGuid():N}.json");

    public SignedIndicatorDocumentTests()
    {
        File.WriteAllText(_file, Document);
        File.WriteAllText(_undeclared, Document.Replace(", \"allowsNegativeValues\": true", "", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        File.Delete(_file);
        File.Delete(_undeclared);
    }

    [Fact]
    public void Read_SignedIndicator_KeepsTheDeclarationAndTheNegativeRealisation()
    {
        var read = SakipDocumentJson.Read(Document);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.True(read.GetValueOrThrow().Indicator("IKU-LPE")!.AllowsNegativeValues);
        Assert.Equal(-1.41m, read.GetValueOrThrow().Realisations[0].Value.Value);
        Assert.Contains("\"allowsNegativeValues\": true", SakipDocumentJson.Write(read.GetValueOrThrow()), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UndeclaredNegativeRealisation_IsANegativeNotAllowedProblemAtItsPath()
    {
        var read = SakipDocumentJson.Read(File.ReadAllText(_undeclared));

        var problem = Assert.Single(read.Problems);
        Assert.Equal("$.realisations[0].value", problem.Path);
        Assert.Equal("negative-not-allowed", problem.Reason.Code);
    }

    [Fact]
    public void PerformanceMeasurement_SignedGrowth_IsMinus70Point50AndGiniReflected()
    {
        var document = SakipDocumentJson.Read(Document).GetValueOrThrow();

        var report = new PerformanceMeasurement(RuleSets.Default).Measure(document, 2020).GetValueOrThrow();

        var rows = report.Agreements[0].Sasaran[0].Indicators;
        Assert.Equal(-70.50m, rows.Single(r => r.IndicatorId == "IKU-LPE").Result.Presented!.Value.Value);
        Assert.Equal(106.60m, rows.Single(r => r.IndicatorId == "IKU-GINI").Result.Presented!.Value.Value);
    }

    [Fact]
    public void Measure_SignedGrowth_PrintsMinus70Point50InTheTable()
    {
        var run = CliRunner.Run("measure", _file, "--year", "2020");

        Assert.Equal(0, run.ExitCode);
        var growth = run.Output.Split('\n').Single(l => l.Contains("Angka laju pertumbuhan ekonomi", StringComparison.Ordinal));
        Assert.Contains("-1,41", growth, StringComparison.Ordinal);
        Assert.Contains("-70,50 %", growth, StringComparison.Ordinal);
        Assert.Contains("positive-ratio", growth, StringComparison.Ordinal);
    }

    [Fact]
    public void MeasureJson_SignedGrowth_IsANegativeNumber()
    {
        var run = CliRunner.Run("measure", _file, "--year", "2020", "--json");

        using var json = JsonDocument.Parse(run.Output);
        var growth = json.RootElement.GetProperty("agreements")[0].GetProperty("sasaran")[0].GetProperty("indicators")
            .EnumerateArray().Single(i => i.GetProperty("id").GetString() == "IKU-LPE");
        Assert.Equal(-70.50m, growth.GetProperty("capaian").GetDecimal());
        Assert.Equal(-1.41m, growth.GetProperty("realisasi").GetDecimal());
    }

    [Fact]
    public void Tree_SignedGrowth_RollsUpTheNegativeCapaian()
    {
        var run = CliRunner.Run("tree", _file, "--year", "2020");

        Assert.Equal(0, run.ExitCode);
        // Mean of -70.50 and 106.60 (exact: -70.5 and 106.5972…) = 18.05.
        Assert.Contains("Meningkatnya pertumbuhan ekonomi [18,05 % Sangat Rendah]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_NegativeValueForASignedIndicator_IsReadAndRollsUp()
    {
        var run = CliRunner.Run("whatif", _file, "--year", "2020", "--set", "IKU-LPE=-2,5");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("-9,20 %", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_UndeclaredNegativeRealisation_ExitsTwoNamingThePath()
    {
        var run = CliRunner.RunEnglish("measure", _undeclared, "--year", "2020");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("$.realisations[0].value", run.Error, StringComparison.Ordinal);
        Assert.Contains("negative value is not allowed", run.Error, StringComparison.Ordinal);
    }
}
