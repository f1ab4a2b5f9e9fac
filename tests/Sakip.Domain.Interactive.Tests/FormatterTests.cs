using System.Xml.Linq;
using Microsoft.DotNet.Interactive.Formatting;
using Sakip.Domain.Achievement;
using Sakip.Domain.Diagrams;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;
using Sakip.Domain.Values;
using static Sakip.Domain.Interactive.Tests.Rendering;

namespace Sakip.Domain.Interactive.Tests;

public class FormatterTests
{
    private static IndicatorRow Row113 => Demo.Report.Agreements.SelectMany(a => a.Sasaran).SelectMany(s => s.Indicators)
        .Where(i => i.Result.Presented == new Percentage(113.33m)).Select(i => new IndicatorRow(i.Name, i.Result)).First();

    [Fact]
    public void AchievementResult_Html_ShowsPresentedFigureBandInItsColourAndSentence()
    {
        var row = Row113;
        var html = Html(row.Result);

        Assert.Contains("113,33 %", html, StringComparison.Ordinal);
        Assert.Contains(row.Result.Band!.Label.Indonesian, html, StringComparison.Ordinal);
        Assert.Contains(BandPalette.Fill(row.Result.Band.Rank, Sakip.Domain.Rules.RuleSets.Default.Bands.Bands.Count), html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(row.Result.ToSentence(Language.Indonesian)).Replace("&#39;", "'", StringComparison.Ordinal).Split(' ')[0], html, StringComparison.Ordinal);
        AssertClean(html);
    }

    [Fact]
    public void AchievementResult_English_UsesPointAndEnglishSentence()
    {
        var row = Row113;
        var html = Html(row.Result, Language.English);
        var plain = Plain(row.Result, Language.English);

        Assert.Contains("113.33 %", html, StringComparison.Ordinal);
        Assert.DoesNotContain("113,33", html, StringComparison.Ordinal);
        Assert.Equal(row.Result.ToSentence(Language.English), plain);
        Assert.Equal(Language.Indonesian, SakipFormatters.Language);
    }

    [Fact]
    public void AchievementResult_NotReported_SaysSoWithoutUnionNoise()
    {
        var result = AchievementCalculator.Default.Calculate(new AchievementInput(Target.Point(10m), null, Polarity.Positive));
        var html = Html(result);

        Assert.Equal(AchievementStatus.NotReported, result.Status);
        Assert.Contains("tidak dilaporkan", html, StringComparison.Ordinal);
        AssertClean(html);
    }

    [Fact]
    public void Values_Html_ArePresentedNotTwentyEightDigits()
    {
        var percentage = Html(new Percentage(66.450000000000000000000000001m));
        var measure = Html(new Measure(7500m));
        var range = Html(Target.Range(1.5m, 2.25m));

        Assert.Contains(">66,45 %<", percentage, StringComparison.Ordinal);
        Assert.Contains(">7.500<", measure, StringComparison.Ordinal);
        Assert.Contains(">1,5 – 2,25<", range, StringComparison.Ordinal);
        Assert.Contains("66.45 %", Plain(new Percentage(66.450000000000000000000000001m), Language.English), StringComparison.Ordinal);
        AssertClean(percentage);
    }

    [Fact]
    public void MeasurementReport_Html_TablesPerSasaranRowsColouredByBand()
    {
        var html = Html(Demo.Report);
        var bandCount = Sakip.Domain.Rules.RuleSets.Default.Bands.Bands.Count;

        Assert.Contains("113,33 %", html, StringComparison.Ordinal);
        foreach (var agreement in Demo.Report.Agreements)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(agreement.Name), html, StringComparison.Ordinal);
            foreach (var sasaran in agreement.Sasaran)
            {
                Assert.Contains(System.Net.WebUtility.HtmlEncode(sasaran.SasaranId), html, StringComparison.Ordinal);
            }
        }

        var tables = Demo.Report.Agreements.Sum(a => a.Sasaran.Count);
        Assert.Equal(tables, html.Split("<caption").Length - 1);
        foreach (var band in Demo.Report.Agreements.SelectMany(a => a.Sasaran).SelectMany(s => s.Indicators).Select(i => i.Result.Band).OfType<Sakip.Domain.Bands.Band>())
        {
            Assert.Contains($"<tr style=\"background:{BandPalette.Fill(band.Rank, bandCount)}\" data-band=\"{band.Rank}\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("Capaian sasaran", html, StringComparison.Ordinal);
        AssertClean(html);
    }

    [Fact]
    public void MeasurementReport_Plain_IsTheTableInText()
    {
        var plain = Plain(Demo.Report);

        Assert.StartsWith("Capaian kinerja 2025", plain, StringComparison.Ordinal);
        Assert.Contains("113,33 %", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("<", plain, StringComparison.Ordinal);
        AssertClean(plain);
    }

    [Fact]
    public void TreeEvaluation_Html_IsTheInlineSvgDiagram()
    {
        var html = Html(Demo.Tree);

        var svg = Assert.Single(Svgs(html));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains(Demo.Tree.Tree.Nodes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " simpul", html, StringComparison.Ordinal);
        AssertClean(html);
    }

    [Fact]
    public void EvaluationResult_Html_IsTheScoreSheetWithTotalAndPredikat()
    {
        var html = Html(Demo.Lke2025);

        Assert.Contains("66,45", html, StringComparison.Ordinal);
        Assert.Contains("B (Baik)", html, StringComparison.Ordinal);
        foreach (var component in Demo.Lke2025.Components)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(component.Component.Id + " " + component.Component.Name), html, StringComparison.Ordinal);
        }

        Assert.Contains("Nilai 66,45: predikat B (Baik)", html, StringComparison.Ordinal);
        Assert.Contains("66.45", Plain(Demo.Lke2025, Language.English), StringComparison.Ordinal);
        AssertClean(html);
    }

    [Fact]
    public void GradeRoad_Html_ListsTheImprovementsToTheNextGrade()
    {
        var road = GradeRoad.Find(Demo.Lke2025).GetValueOrThrow();
        var html = Html(road);

        Assert.Contains("Jalan ke predikat " + road.Target.Code, html, StringComparison.Ordinal);
        Assert.True(road.Steps.Count > 0);
        foreach (var step in road.Steps)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(step.Id + " " + step.Title), html, StringComparison.Ordinal);
        }

        Assert.Contains(road.Steps.Count + " perbaikan menambah", html, StringComparison.Ordinal);
        AssertClean(html);
    }

    [Fact]
    public void ReviewReport_Html_GroupsFindingsByRule()
    {
        var review = Demo.Review;
        var html = Html(review);

        Assert.Contains($"Reviu keselarasan: {review.ErrorCount} galat, {review.WarningCount} peringatan, {review.InfoCount} catatan", html, StringComparison.Ordinal);
        foreach (var rule in review.Findings.Select(f => f.RuleId).Distinct())
        {
            var heading = html.IndexOf("<h4 style=\"margin:10px 0 2px 0\">" + rule + " ", StringComparison.Ordinal);
            Assert.True(heading >= 0, rule);
            Assert.Equal(heading, html.LastIndexOf("<h4 style=\"margin:10px 0 2px 0\">" + rule + " ", StringComparison.Ordinal));
        }

        foreach (var finding in review.Findings)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(finding.Path), html, StringComparison.Ordinal);
        }

        AssertClean(html);
    }

    [Fact]
    public void Result_Success_ShowsTheValueThroughItsFormatter()
    {
        var html = Html(Percentage.TryParse("85,375", Cultures.Indonesian));

        Assert.Contains("85,38 %", html, StringComparison.Ordinal);
        AssertClean(html);
    }

    [Fact]
    public void Result_Failure_ShowsEveryProblemWithPathAndCode()
    {
        var result = Measure.TryParse("4.88", Cultures.Indonesian);
        var html = Html(result);
        var plain = Plain(result);

        Assert.False(result.IsSuccess);
        Assert.Contains("1 masalah", html, StringComparison.Ordinal);
        Assert.Contains(result.Problems[0].Reason.Code, html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(result.Problems[0].Reason.Message.Indonesian).Replace("&#39;", "&#39;", StringComparison.Ordinal)[..10], html, StringComparison.Ordinal);
        Assert.Contains(result.Problems[0].Reason.Code, plain, StringComparison.Ordinal);
        AssertClean(html);
    }

    [Fact]
    public void Problem_Html_ShowsLinePathMessageAndCode()
    {
        var problem = Problem.AtLine("$.renstras[1]", 12, new Reason("bad-thing", "Bad <thing>", "Hal <buruk>"));
        var html = Html(problem);

        Assert.Contains("baris 12, $.renstras[1]", html, StringComparison.Ordinal);
        Assert.Contains("Hal &lt;buruk&gt;", html, StringComparison.Ordinal);
        Assert.Contains("bad-thing", html, StringComparison.Ordinal);
        Assert.Contains("line 12, $.renstras[1]: Bad <thing> [bad-thing]", Plain(problem, Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void UserText_Script_IsEscapedEverywhere()
    {
        const string Evil = "<script>alert('x')</script>";
        var json = Demo.DocumentText
            .Replace("\"Prevalensi stunting pada balita\"", "\"" + Evil.Replace("'", "\\u0027", StringComparison.Ordinal) + " stunting\"", StringComparison.Ordinal);
        Assert.NotEqual(Demo.DocumentText, json);
        var document = Demo.Read(json);

        foreach (var value in new object[] { Demo.Measure(document), Demo.Evaluate(document), Sakip.Domain.Review.AlignmentReview.Default.Run(document) })
        {
            var html = Html(value);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            foreach (var svg in Svgs(html))
            {
                Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
            }
        }

        Assert.Contains("&lt;script&gt;", Html(Demo.Measure(document)), StringComparison.Ordinal);
    }

    [Fact]
    public void Register_Twice_AddsNoFormatterTwice()
    {
        SakipFormatters.Register();
        var before = Formatter.RegisteredFormatters().Count();

        Parallel.For(0, 8, i => SakipFormatters.Register(i % 2 == 0 ? Language.Indonesian : Language.English));
        SakipFormatters.Register();

        Assert.Equal(before, Formatter.RegisteredFormatters().Count());
        Assert.Equal(Language.Indonesian, SakipFormatters.Language);
    }

    [Fact]
    public void Register_UndefinedLanguage_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SakipFormatters.Register((Language)7));

    [Fact]
    public void SvgImage_Html_IsTheSvgItself()
    {
        var chart = SakipCharts.AchievementDistribution(Demo.Report);
        var html = Html(chart);

        Assert.Equal(chart.Svg, html);
        Assert.Equal(chart.Svg, chart.ToString());
        _ = XDocument.Parse(html);
    }

    private sealed record IndicatorRow(string Name, AchievementResult Result);
}
