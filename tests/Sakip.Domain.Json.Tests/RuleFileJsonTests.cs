using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Json.Serialization;
using Sakip.Domain.Rules;
using Sakip.Domain.Tests;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Json.Tests;

/// <summary>The rule set and band set files: round trips of the built-ins and of derived variants, ids resolved
/// through the catalogue, every problem with its path and line, the schemas.</summary>
public class RuleFileJsonTests
{
    private const string UpdateVariable = "SAKIP_UPDATE_SCHEMA";

    private const string FourBands = """
        {
          "formatVersion": 1,
          "id": "kab-contoh-4",
          "version": 2,
          "name": "Skala empat tingkat Kabupaten Contoh",
          "basis": "Perbup Contoh 12/2025",
          "edges": "lower-inclusive",
          "bands": [
            { "rank": 1, "lowerEdge": 90, "label": "Sangat Baik", "englishLabel": "Very good", "labelVariant": "Memuaskan" },
            { "rank": 2, "lowerEdge": 70, "label": "Baik", "englishLabel": "Good" },
            { "rank": 3, "lowerEdge": 50.5, "label": "Cukup", "englishLabel": "Fair" },
            { "rank": 4, "label": "Kurang", "englishLabel": "Poor" }
          ]
        }
        """;

    private const string Mine = """
        {
          "formatVersion": 1,
          "id": "kab-contoh-2025",
          "version": 1,
          "name": "Kabupaten Contoh 2025",
          "legalBasis": "Perbup Contoh 12/2025",
          "negativeFormulaId": "negative-inverse",
          "inverseZeroRealisation": "cap",
          "cap": 120,
          "rounding": { "mode": "truncate", "decimals": 1 },
          "bands": "kab-contoh-4",
          "bandBasis": "exactValue",
          "aggregation": "worst"
        }
        """;

    public static TheoryData<string> BuiltInRuleSets() => [.. RuleSets.All.Select(r => r.Id)];

    public static TheoryData<string> BuiltInBandSets() => [.. BandSets.All.Select(b => b.Id)];

    [Theory]
    [MemberData(nameof(BuiltInRuleSets))]
    public void RuleSet_BuiltIn_WriteThenRead_IsEqual(string id)
    {
        var ruleSet = RuleSets.Get(id);

        var read = RuleSetJson.Read(RuleSetJson.Write(ruleSet), RuleCatalogue.BuiltIn);

        Assert.Equal(ruleSet, read.GetValueOrThrow());
    }

    [Theory]
    [MemberData(nameof(BuiltInBandSets))]
    public void BandSet_BuiltIn_WriteThenRead_IsTheBuiltIn(string id)
    {
        var bandSet = BandSets.Get(id);

        var read = BandSetJson.Read(BandSetJson.Write(bandSet)).GetValueOrThrow();

        Assert.Same(bandSet, read);
    }

    [Fact]
    public void Write_RuleSet_WritesEveryChoiceByIdAndName()
    {
        var json = JsonNode.Parse(RuleSetJson.Write(RuleSets.Inverse with { Cap = 150m }))!.AsObject();

        Assert.Equal(1, (int?)json["formatVersion"]);
        Assert.Equal("sakip-inverse", (string?)json["id"]);
        Assert.Equal("positive-ratio", (string?)json["positiveFormulaId"]);
        Assert.Equal("negative-inverse", (string?)json["negativeFormulaId"]);
        Assert.Equal("binary", (string?)json["negativeZeroTarget"]);
        Assert.Equal("hundred", (string?)json["inverseZeroRealisation"]);
        Assert.Equal(150m, (decimal?)json["cap"]);
        Assert.Equal("half-up", (string?)json["rounding"]!["mode"]);
        Assert.Equal(2, (int?)json["rounding"]!["decimals"]);
        Assert.Equal("kemendagri-5", (string?)json["bands"]);
        Assert.Equal("presentedValue", (string?)json["bandBasis"]);
        Assert.Equal("mean", (string?)json["aggregation"]);
        Assert.False(JsonNode.Parse(RuleSetJson.Write(RuleSets.Inverse))!.AsObject().ContainsKey("cap"));
    }

    [Fact]
    public void Read_BandSetFileThenRuleSetFile_ResolvesTheBandSetThroughTheCatalogue()
    {
        var bands = BandSetJson.Read(FourBands).GetValueOrThrow();
        var catalogue = RuleCatalogue.BuiltIn.ToBuilder().Add(bands).Build().GetValueOrThrow();

        var ruleSet = RuleSetJson.Read(Mine, catalogue).GetValueOrThrow();

        Assert.Equal("kab-contoh-4", bands.Id);
        Assert.Equal(2, bands.Version);
        Assert.Equal(EdgeSemantics.LowerInclusive, bands.Edges);
        Assert.Equal(["Sangat Baik", "Baik", "Cukup", "Kurang"], bands.Bands.Select(b => b.Label.Indonesian));
        Assert.Equal("Very good", bands.Bands[0].Label.English);
        Assert.Equal("Memuaskan", bands.Bands[0].LabelVariant);
        Assert.Equal(50.5m, bands.Bands[2].LowerEdge);
        Assert.Null(bands.Bands[3].LowerEdge);
        Assert.Same(bands, ruleSet.Bands);
        Assert.Same(RollUpStrategies.Worst, ruleSet.Aggregation);
        Assert.Equal("negative-inverse", ruleSet.NegativeFormulaId);
        Assert.Equal("positive-ratio", ruleSet.PositiveFormulaId);
        Assert.Equal(InverseZeroRealisationRule.Cap, ruleSet.InverseZeroRealisation);
        Assert.Equal(NegativeZeroTargetRule.Binary, ruleSet.NegativeZeroTarget);
        Assert.Equal(120m, ruleSet.Cap);
        Assert.Equal(new RoundingRule(RoundingMode.Truncate, 1), ruleSet.Rounding);
        Assert.Equal(BandBasis.ExactValue, ruleSet.BandBasis);
        Assert.True(catalogue.ToBuilder().Add(ruleSet).Build().IsSuccess);
        Assert.Equal(ruleSet, RuleSetJson.Read(RuleSetJson.Write(ruleSet), catalogue).GetValueOrThrow());
        Assert.True(RuleFileMapper.Same(bands, BandSetJson.Read(BandSetJson.Write(bands)).GetValueOrThrow()));
    }

    [Fact]
    public void Read_RuleSetWithOnlyTheRequiredFields_TakesTheRuleSetDefaults()
    {
        const string json = """{ "formatVersion": 1, "id": "minimal", "version": 3, "name": "Minimal", "legalBasis": "-", "negativeFormulaId": "negative-reflected" }""";

        var ruleSet = RuleSetJson.Read(json, RuleCatalogue.BuiltIn).GetValueOrThrow();

        Assert.Equal(RuleSets.Reflected with { Id = "minimal", Version = 3, Name = "Minimal", LegalBasis = "-" }, ruleSet);
    }

    [Fact]
    public void Read_RuleSetNamingAnUnknownBandSet_NamesTheIdTheBandSetsThereAreAndABandSetFile()
    {
        var read = RuleSetJson.Read(Mine, RuleCatalogue.BuiltIn);

        var problem = Assert.Single(read.Problems);
        Assert.Equal("$.bands", problem.Path);
        Assert.Equal(11, problem.Line);
        Assert.Equal("unknown-band-set", problem.Reason.Code);
        Assert.Contains("'kab-contoh-4'", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("kemendagri-5, lkjip-6", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("band set file", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("'kab-contoh-4'", problem.Reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RuleSetWithBadIds_ReportsEveryProblemAtOnceWithPathsAndLines()
    {
        const string json = """
            {
              "formatVersion": 1,
              "id": "  ",
              "version": 0,
              "name": "Salah",
              "legalBasis": "-",
              "positiveFormulaId": "negative-reflected",
              "negativeFormulaId": "negatif-khusus",
              "cap": 95,
              "aggregation": "median"
            }
            """;

        var problems = RuleSetJson.Read(json, RuleCatalogue.BuiltIn).Problems;

        Assert.Equal(
            [
                ("$.id", 3, "blank-id"),
                ("$.version", 4, "out-of-range"),
                ("$.positiveFormulaId", 7, "formula-polarity"),
                ("$.negativeFormulaId", 8, "unknown-formula"),
                ("$.cap", 9, "cap-below-100"),
                ("$.aggregation", 10, "unknown-strategy"),
            ],
            problems.Select(p => (p.Path, p.Line ?? 0, p.Reason.Code)));
        var unknown = problems.Single(p => p.Reason.Code == "unknown-formula").Reason.Message.English;
        Assert.Contains("'negatif-khusus'", unknown, StringComparison.Ordinal);
        Assert.Contains("negative-inverse", unknown, StringComparison.Ordinal);
        Assert.Contains("plugin", unknown, StringComparison.Ordinal);
        Assert.Contains("mean", problems.Single(p => p.Reason.Code == "unknown-strategy").Reason.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "cap-not-positive")]
    [InlineData("-5", "cap-not-positive")]
    [InlineData("99.99", "cap-below-100")]
    public void Read_RuleSetWithABadCap_IsRefused(string cap, string code)
    {
        var json = Mine.Replace("\"cap\": 120", $"\"cap\": {cap}", StringComparison.Ordinal).Replace("kab-contoh-4", "lkjip-6", StringComparison.Ordinal);

        var problem = Assert.Single(RuleSetJson.Read(json, RuleCatalogue.BuiltIn).Problems);

        Assert.Equal(("$.cap", 9, code), (problem.Path, problem.Line ?? 0, problem.Reason.Code));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("29")]
    public void Read_RuleSetWithDecimalsOutOfRange_IsRefusedAtTheDecimals(string decimals)
    {
        var json = Mine.Replace("\"decimals\": 1", $"\"decimals\": {decimals}", StringComparison.Ordinal).Replace("kab-contoh-4", "lkjip-6", StringComparison.Ordinal);

        var problem = Assert.Single(RuleSetJson.Read(json, RuleCatalogue.BuiltIn).Problems);

        Assert.Equal(("$.rounding.decimals", 10, "out-of-range"), (problem.Path, problem.Line ?? 0, problem.Reason.Code));
    }

    [Fact]
    public void Read_RuleSetWithShapeProblems_ReportsEachWithPathAndLine()
    {
        const string json = """
            {
              "formatVersion": 2,
              "id": "x",
              "name": 5,
              "legalBasis": "-",
              "negativeFormulaId": "negative-inverse",
              "negativeZeroTarget": "zero",
              "capp": 120
            }
            """;

        var problems = RuleSetJson.Read(json, RuleCatalogue.BuiltIn).Problems;

        Assert.Equal(
            [
                ("$.formatVersion", 2, "unsupported-format-version"),
                ("$.name", 4, "wrong-type"),
                ("$.negativeZeroTarget", 7, "unknown-value"),
                ("$.capp", 8, "unknown-property"),
                ("$.version", 1, "required"),
            ],
            problems.Select(p => (p.Path, p.Line ?? 0, p.Reason.Code)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"formatVersion\": 1, \"id\": \"x\",}")]
    public void Read_Malformed_IsAProblemNeverAnException(string json)
    {
        Assert.NotEmpty(RuleSetJson.Read(json, RuleCatalogue.BuiltIn).Problems);
        Assert.NotEmpty(BandSetJson.Read(json).Problems);
    }

    [Fact]
    public void Read_BandSetWithABadLadder_ReportsBandSetCreatesChecksAsProblems()
    {
        const string json = """
            {
              "formatVersion": 1,
              "id": "",
              "version": 1,
              "name": "Rusak",
              "basis": "-",
              "edges": "lower-exclusive",
              "bands": [
                { "rank": 1, "lowerEdge": 70, "label": "A", "englishLabel": "A" },
                { "rank": 2, "lowerEdge": 80, "label": "B", "englishLabel": "B" },
                { "rank": 4, "label": "C", "englishLabel": "C" },
                { "rank": 4, "lowerEdge": 10, "label": "D", "englishLabel": "D" }
              ]
            }
            """;

        var problems = BandSetJson.Read(json).Problems;

        Assert.Equal(
            [
                ("$.id", 3, "blank-id"),
                ("$.bands[1].lowerEdge", 10, "edge-not-descending"),
                ("$.bands[2].rank", 11, "band-rank"),
                ("$.bands[2]", 11, "missing-edge"),
                ("$.bands[3].lowerEdge", 12, "last-band-has-edge"),
            ],
            problems.Select(p => (p.Path, p.Line ?? 0, p.Reason.Code)));
        Assert.Contains("80", problems[1].Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BandSetWithoutBands_IsRefused()
    {
        var json = """{ "formatVersion": 1, "id": "kosong", "version": 1, "name": "Kosong", "basis": "-", "edges": "lower-exclusive", "bands": [] }""";

        var problem = Assert.Single(BandSetJson.Read(json).Problems);

        Assert.Equal(("$.bands", "no-bands"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void ReadAndWrite_Streams_AreTheTextsUtf8()
    {
        using var rules = new MemoryStream();
        using var bands = new MemoryStream();
        RuleSetJson.Write(RuleSets.Inverse, rules);
        BandSetJson.Write(BandSets.Lkjip6, bands);
        rules.Position = 0;
        bands.Position = 0;

        Assert.Equal(RuleSetJson.Write(RuleSets.Inverse), Encoding.UTF8.GetString(rules.ToArray()));
        Assert.Equal(BandSetJson.Write(BandSets.Lkjip6), Encoding.UTF8.GetString(bands.ToArray()));
        Assert.Equal(RuleSets.Inverse, RuleSetJson.Read(rules, RuleCatalogue.BuiltIn).GetValueOrThrow());
        Assert.Same(BandSets.Lkjip6, BandSetJson.Read(bands).GetValueOrThrow());
    }

    [Property(MaxTest = 100)]
    public Property RuleSet_DerivedVariant_WriteThenRead_IsEqual() =>
        Prop.ForAll(Variants.ToArbitrary(), ruleSet =>
        {
            var read = RuleSetJson.Read(RuleSetJson.Write(ruleSet), RuleCatalogue.BuiltIn);
            return (read.IsSuccess && read.GetValueOrThrow() == ruleSet).Label(read.ToString());
        });

    [Property(MaxTest = 100)]
    public Property BandSet_Generated_WriteThenRead_IsTheSameData() =>
        Prop.ForAll(BandSetsGen.ToArbitrary(), bandSet =>
        {
            var read = BandSetJson.Read(BandSetJson.Write(bandSet));
            return (read.IsSuccess && RuleFileMapper.Same(bandSet, read.GetValueOrThrow())).Label(read.ToString());
        });

    [Theory]
    [InlineData("rule-set.schema.json")]
    [InlineData("band-set.schema.json")]
    public void Schema_CommittedFile_IsTheGeneratedSchema(string file)
    {
        var path = Path.Combine(RepositoryFiles.Root, "docs", file);
        var generated = file.StartsWith("rule", StringComparison.Ordinal) ? RuleSetJson.Schema() : BandSetJson.Schema();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(
            committed == generated,
            $"docs/{file} differs from the schema the serialization types generate. If the format change is deliberate, run eng/update-schema.sh (or set {UpdateVariable}=1 and run this test), review the diff and commit it.");
    }

    [Fact]
    public void Schema_RuleSet_StatesTheRulesTheTypesCannot()
    {
        var schema = JsonNode.Parse(RuleSetJson.Schema())!.AsObject();
        var properties = schema["properties"]!;

        Assert.Equal("SAKIP rule set", (string?)schema["title"]);
        Assert.Equal(1, (int?)properties["formatVersion"]!["const"]);
        Assert.Equal(100, (int?)properties["cap"]!["minimum"]);
        Assert.Equal(1, (int?)properties["version"]!["minimum"]);
        Assert.Equal(["binary", "notMeasurable"], properties["negativeZeroTarget"]!["enum"]!.AsArray().Where(n => n is not null).Select(n => (string?)n));
        Assert.Equal(28, (int?)schema["$defs"]!["rounding"]!["properties"]!["decimals"]!["maximum"]);
    }

    [Fact]
    public void Schema_BandSet_HasTheBandDefinition()
    {
        var schema = JsonNode.Parse(BandSetJson.Schema())!.AsObject();

        Assert.Equal("SAKIP band set", (string?)schema["title"]);
        Assert.Equal(1, (int?)schema["$defs"]!["band"]!["properties"]!["rank"]!["minimum"]);
        Assert.NotNull(schema["$defs"]!["band"]!["description"]);
    }

    private static readonly Gen<RuleSet> Variants =
        from baseSet in Gen.Elements(RuleSets.All.ToArray())
        from id in Gen.Elements("kab-a", "kota-b-2025", "provinsi-c")
        from version in Gen.Choose(1, 50)
        from negative in Gen.Elements(FormulaRegistry.Default.All.Where(f => f.Polarity == Polarity.Negative).Select(f => f.Id).ToArray())
        from zeroTarget in Gen.Elements(Enum.GetValues<NegativeZeroTargetRule>())
        from zeroRealisation in Gen.Elements(Enum.GetValues<InverseZeroRealisationRule>())
        from cap in Gen.Elements<decimal?>(null, 100m, 120m, 150.5m, 1000m)
        from mode in Gen.Elements(Enum.GetValues<RoundingMode>())
        from decimals in Gen.Choose(0, 28)
        from bands in Gen.Elements(BandSets.All.ToArray())
        from basis in Gen.Elements(Enum.GetValues<BandBasis>())
        from aggregation in Gen.Elements(RollUpStrategies.All.ToArray())
        select baseSet with
        {
            Id = id,
            Version = version,
            Name = $"Aturan {id} — ujicoba",
            LegalBasis = "Perkada \"contoh\" 1/2025",
            NegativeFormulaId = negative,
            NegativeZeroTarget = zeroTarget,
            InverseZeroRealisation = zeroRealisation,
            Cap = cap,
            Rounding = new RoundingRule(mode, decimals),
            Bands = bands,
            BandBasis = basis,
            Aggregation = aggregation,
        };

    private static readonly Gen<BandSet> BandSetsGen =
        from count in Gen.Choose(1, 7)
        from edges in Gen.ListOf(Gen.Choose(-1000, 100_000).Select(n => n / 100m)).Select(l => l.Distinct().OrderDescending().ToArray())
        from semantics in Gen.Elements(Enum.GetValues<EdgeSemantics>())
        from version in Gen.Choose(1, 9)
        from variant in Gen.Elements<string?>(null, "Varian")
        let used = edges.Take(count - 1).ToArray()
        select BandSet.Create(
            "skala-uji",
            version,
            "Skala uji",
            "Uji \"properti\"",
            semantics,
            [.. used.Select((e, i) => new Band(i + 1, (decimal?)e, new($"Band {i + 1}", $"Pita {i + 1}"), variant)), new Band(used.Length + 1, null, new("Last", "Terakhir"), null)]);
}
