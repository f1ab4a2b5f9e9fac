using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Testing;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Analytics.Tests;

/// <summary>The fact rows are the library's own results, one row per target, node and sub-component.</summary>
public class RegionFactsTests
{
    [Fact]
    public void From_Demo_HasOneCapaianRowPerTargetWithTheMeasurementsFigures()
    {
        var report = new PerformanceMeasurement(RuleSets.Default).Measure(Demo.Document, Demo.Year).GetValueOrThrow();
        var measured = report.Agreements.SelectMany(a => a.Sasaran.SelectMany(s => s.Indicators.Select(i => (a, s, i)))).ToList();

        var facts = RegionFacts.From(Demo.Document, Demo.Year, RuleSets.Default, Demo.Province).GetValueOrThrow();

        Assert.Equal(measured.Count, facts.Capaian.Count);
        Assert.True(facts.Capaian.Count > 0);
        for (var n = 0; n < measured.Count; n++)
        {
            var (agreement, sasaran, row) = measured[n];
            var fact = facts.Capaian[n];
            Assert.Equal(agreement.PerjanjianKinerjaId, fact.AgreementId);
            Assert.Equal(agreement.Agency?.ToString(), fact.AgencyCode);
            Assert.Equal(sasaran.SasaranId, fact.SasaranId);
            Assert.Equal(row.IndicatorId, fact.IndicatorId);
            Assert.Equal(row.Result.Percent?.Value, fact.CapaianExact);
            Assert.Equal(row.Result.Presented?.Value, fact.CapaianPresented);
            Assert.Equal(row.Result.Band?.Rank, fact.BandRank);
            Assert.Equal(row.Result.Band?.Label.Indonesian, fact.BandLabel);
            Assert.Equal(row.Realisation?.Value, fact.Realisation);
            Assert.Equal(row.Target.Lower, fact.TargetLower);
            Assert.Equal(row.Target.Upper, fact.TargetUpper);
            Assert.Equal("33.99", fact.RegionCode);
            Assert.Equal("regency", fact.RegionKind);
            Assert.Equal("2025", fact.AsOf);
            Assert.Equal(RuleSets.Default.Id, fact.RuleSetId);
        }

        Assert.Contains(facts.Capaian, f => f.AgencyCode is null);
        Assert.Contains(facts.Capaian, f => f.AgencyCode is not null);
    }

    [Fact]
    public void From_Demo_HasOneTreeRowPerNodeWithTheRollUpsValue()
    {
        var tree = PerformanceTreeFactory.FromDocument(Demo.Document, Demo.Year).GetValueOrThrow();
        var evaluation = new TreeEvaluator(new RollUpOptions { Rules = RuleSets.Default }).Evaluate(tree);

        var facts = RegionFacts.From(Demo.Document, Demo.Year, RuleSets.Default, Demo.Province).GetValueOrThrow();

        Assert.Equal(tree.Nodes.Count, facts.Tree.Count);
        foreach (var fact in facts.Tree)
        {
            var result = evaluation[fact.NodeId];
            Assert.Equal(result.Value?.Value, fact.ValueExact);
            Assert.Equal(result.Presented?.Value, fact.ValuePresented);
            Assert.Equal(result.Band?.Rank, fact.BandRank);
            Assert.Equal(tree.Parents(fact.NodeId).FirstOrDefault()?.Id, fact.ParentId);
            Assert.Equal(tree.DepthOf(fact.NodeId), fact.Depth);
            Assert.Equal("mean", fact.RollUp);
        }

        Assert.Empty(facts.TreeProblems);
        Assert.Contains(facts.Tree, f => f.ParentId is null && f.Depth == 0);
        Assert.Contains(facts.Tree, f => f.Depth > 0);
    }

    [Fact]
    public void From_Demo_HasOneEvaluationRowPerSubComponentOfTheYearsLke()
    {
        var scored = Demo.Document.Evaluations.Single(e => e.Year == Demo.Year).Score();

        var facts = RegionFacts.From(Demo.Document, Demo.Year, RuleSets.Default, Demo.Province).GetValueOrThrow();

        Assert.Equal(scored.SubComponents.Count(), facts.Evaluations.Count);
        Assert.All(facts.Evaluations, f => Assert.Equal(scored.Grade?.Code, f.GradeCode));
        Assert.All(facts.Evaluations, f => Assert.Equal(scored.Total, f.Total));
        var first = scored.Components[0];
        Assert.Equal(first.Score, facts.Evaluations[0].ComponentScore);
        Assert.Equal(first.SubComponents[0].Score, facts.Evaluations[0].SubComponentScore);
        Assert.Equal("permenpanrb-88-2021", facts.Evaluations[0].SchemeId);
    }

    [Fact]
    public void From_TreeThatCannotBeBuilt_KeepsCapaianAndSaysWhyThereAreNoNodes()
    {
        // An RPJMD sasaran listing one indicator twice: measurable, but the tree factory refuses the node.
        var builder = Demo.Document.ToBuilder();
        var rpjmd = builder.Rpjmd!;
        var sasaran = rpjmd.Sasaran[0];
        builder.Rpjmd = rpjmd with { Sasaran = [sasaran with { Indicators = [.. sasaran.Indicators, sasaran.Indicators[0]] }, .. rpjmd.Sasaran.Skip(1)] };
        var document = builder.Build();
        Assert.True(document.IsSuccess, string.Join("\n", document.Problems));

        var facts = RegionFacts.From(document.GetValueOrThrow(), Demo.Year, RuleSets.Default, Demo.Province).GetValueOrThrow();

        Assert.Empty(facts.Tree);
        Assert.NotEmpty(facts.TreeProblems);
        Assert.NotEmpty(facts.Capaian);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3/3")]
    [InlineData("../33")]
    [InlineData("123456789")]
    [InlineData("33 ")]
    public void From_BadProvinceCode_IsAProblem(string province)
    {
        var result = RegionFacts.From(Demo.Document, Demo.Year, RuleSets.Default, province);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Problems, p => p.Reason.Code == "analytics-province-code-invalid" && p.Path == "provinceCode");
    }

    [Theory]
    [InlineData("34")]
    [InlineData("3")]
    [InlineData("339")]
    public void From_RegionOutsideTheProvince_IsAProblem(string province)
    {
        var result = RegionFacts.From(Demo.Document, Demo.Year, RuleSets.Default, province);

        Assert.Contains(result.Problems, p => p.Reason.Code == "analytics-region-outside-province" && p.Path == "region.code");
    }

    [Fact]
    public void From_YearWithoutAgreement_IsTheMeasurementsProblem()
    {
        var result = RegionFacts.From(Demo.Document, 2019, RuleSets.Default, Demo.Province);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Problems, p => p.Path == "year");
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Reason.Message.Indonesian)));
    }

    [Fact]
    public void From_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => RegionFacts.From(null!, Demo.Year, RuleSets.Default, Demo.Province));
        Assert.Throws<ArgumentNullException>(() => RegionFacts.From(Demo.Document, Demo.Year, (RuleSet)null!, Demo.Province));
        Assert.Throws<ArgumentNullException>(() => RegionFacts.From(Demo.Document, Demo.Year, RuleSets.Default, null!));
    }

    [Property(MaxTest = 100)]
    public Property From_GeneratedDocument_EveryCapaianIsTheMeasurements() =>
        Prop.ForAll(DocumentGenerators.Document.ToArbitrary(), Gen.Elements(RuleSets.All.ToArray()).ToArbitrary(), (document, rules) =>
        {
            var year = document.PerjanjianKinerja.Select(pk => pk.Year).DefaultIfEmpty(2025).First();
            var province = document.Region.Code.Split('.')[0];
            var report = new PerformanceMeasurement(rules).Measure(document, year);
            var facts = RegionFacts.From(document, year, rules, province);
            if (!report.IsSuccess)
            {
                return (!facts.IsSuccess).Label("a region the library cannot measure has no facts");
            }

            if (!facts.IsSuccess)
            {
                return false.Label(string.Join("\n", facts.Problems));
            }

            var rows = report.GetValueOrThrow().Agreements.SelectMany(a => a.Sasaran).SelectMany(s => s.Indicators).ToList();
            var capaian = facts.GetValueOrThrow().Capaian;
            return (rows.Count == capaian.Count
                    && rows.Zip(capaian).All(p =>
                        p.First.Result.Percent?.Value == p.Second.CapaianExact
                        && p.First.Result.Presented?.Value == p.Second.CapaianPresented
                        && p.First.Result.Band?.Rank == p.Second.BandRank
                        && (p.Second.CapaianExact is null) == (p.Second.Status != "achieved")))
                .Classify(capaian.Any(c => c.CapaianExact is null), "with a row without capaian")
                .Classify(facts.GetValueOrThrow().TreeProblems.Count > 0, "tree not built")
                .Label($"{rows.Count} rows, {capaian.Count} facts");
        });
}

/// <summary>The enum-like columns hold the names the library's JSON format writes, made without reflection-based
/// serialization.</summary>
public class FactNameTests
{
    [Fact]
    public void Name_EveryEnumValue_IsTheJsonName()
    {
        static void Check<TEnum>()
            where TEnum : struct, Enum
        {
            foreach (var value in Enum.GetValues<TEnum>())
            {
                Assert.Equal(System.Text.Json.JsonSerializer.Serialize(value), $"\"{RegionFacts.Name(value)}\"");
            }
        }

        Check<RegionKind>();
        Check<Achievement.Polarity>();
        Check<Achievement.AchievementStatus>();
        Check<TreeLevel>();
        Check<NodeKind>();
        Check<NodeStatus>();
        foreach (var method in Enum.GetValues<Evaluations.EvaluationMethod>())
        {
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(method), $"\"{RegionFacts.Name(method)}\"");
        }
    }
}
