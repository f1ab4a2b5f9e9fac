using System.Globalization;
using System.Xml.Linq;
using Sakip.Domain.Diagrams;
using Sakip.Domain.Text;

namespace Sakip.Domain.Interactive.Tests;

public class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void AchievementDistribution_Demo_OneBarPerBandCountingEveryIndicator()
    {
        var chart = SakipCharts.AchievementDistribution(Demo.Report);
        var svg = XDocument.Parse(chart.Svg);
        var results = Demo.Report.Agreements.SelectMany(a => a.Sasaran).SelectMany(s => s.Indicators).Select(i => i.Result).ToList();
        var bands = Sakip.Domain.Rules.RuleSets.Default.Bands.Bands;

        var bars = svg.Root!.Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).ToList();
        Assert.True(bars.Count >= bands.Count);
        foreach (var band in bands)
        {
            var count = results.Count(r => r.Band?.Rank == band.Rank);
            var bar = Assert.Single(bars, b => b.Element(Svg + "title")!.Value == band.Label.Indonesian + ": " + count.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(BandPalette.Fill(band.Rank, bands.Count), (string?)bar.Attribute("fill"));
        }

        var total = bars.Sum(b => int.Parse(b.Element(Svg + "title")!.Value.Split(": ")[^1], CultureInfo.InvariantCulture));
        Assert.Equal(results.Count, total);
        Assert.Equal(chart.Svg, SakipCharts.AchievementDistribution(Demo.Report).Svg);
    }

    [Fact]
    public void AchievementDistribution_English_LabelsInEnglish()
    {
        var svg = SakipCharts.AchievementDistribution(Demo.Report, Language.English).Svg;

        Assert.Contains("Indicators per band", svg, StringComparison.Ordinal);
        Assert.Contains(Sakip.Domain.Rules.RuleSets.Default.Bands.Bands[0].Label.English, svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ComponentsByYear_TwoYears_OneBarPerComponentAndYearInYearOrder()
    {
        var chart = SakipCharts.ComponentsByYear([Demo.Lke2025, Demo.Lke2024]);
        var svg = XDocument.Parse(chart.Svg);
        var components = Demo.Lke2025.Components;

        var bars = svg.Root!.Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).Select(r => r.Element(Svg + "title")!.Value).ToList();
        Assert.Equal(components.Count * 2, bars.Count);
        for (var i = 0; i < components.Count; i++)
        {
            Assert.StartsWith("2024 " + components[i].Component.Id + ": ", bars[2 * i], StringComparison.Ordinal);
            Assert.StartsWith("2025 " + components[i].Component.Id + ": ", bars[(2 * i) + 1], StringComparison.Ordinal);
        }

        var first = components[0];
        Assert.Equal("2025 " + first.Component.Id + ": " + first.Score!.Value.ToString("N2", Cultures.Indonesian) + " / " + first.Component.Weight.ToString("N2", Cultures.Indonesian), bars[1]);
        Assert.Equal(chart.Svg, SakipCharts.ComponentsByYear([Demo.Lke2024, Demo.Lke2025]).Svg);
        Rendering.AssertClean(chart.Svg);
    }

    [Fact]
    public void ComponentsByYear_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SakipCharts.ComponentsByYear(null!));
        Assert.Throws<ArgumentNullException>(() => SakipCharts.AchievementDistribution(null!));
    }
}
