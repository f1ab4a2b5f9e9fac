using System.Globalization;
using Sakip.Cli.Demo;
using Sakip.Domain.Json;

namespace Sakip.Cli.Tests;

/// <summary>Every command reads numbers and years with the same rules (issue 10): a number that is misread, too
/// precise or out of range, or a realisation the indicator cannot take, is exit 2 with the reason.</summary>
public sealed class NumberArgumentTests : IDisposable
{
    private readonly string _demo = Path.Combine(Path.GetTempPath(), $"sakip-numbers-{Guid.NewGuid():N}.json");

    public NumberArgumentTests() => File.WriteAllText(_demo, SakipDocumentJson.Write(DemoRegion.Create()));

    public void Dispose() => File.Delete(_demo);

    [Theory]
    [InlineData("9,0")]
    [InlineData("1,0,0")]
    public void Predikat_InvariantCommaOutOfPlace_IsRefusedLikeCapaian(string score)
    {
        var predikat = CliRunner.RunEnglish("predikat", score);
        var capaian = CliRunner.RunEnglish("capaian", "--target", score, "--realisasi", "1");

        Assert.Equal((2, ""), (predikat.ExitCode, predikat.Output));
        Assert.Equal(2, capaian.ExitCode);
        Assert.Contains("separates thousands", predikat.Error, StringComparison.Ordinal);
        Assert.Contains("separates thousands", capaian.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Predikat_IndonesianDecimalComma_IsRead()
    {
        var run = CliRunner.RunEnglish("predikat", "90,5", "--culture", "id-ID", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"predikat\":\"AA\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Predikat_TooPrecise_IsRefusedNotRounded()
    {
        var run = CliRunner.RunEnglish("predikat", "89.99999999999999999999999999999");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("more precision than the model holds", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_TargetBeyond28DecimalPlaces_IsRefusedNotAZeroTarget()
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "0.00000000000000000000000000001", "--realisasi", "1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--target", run.Error, StringComparison.Ordinal);
        Assert.Contains("more precision than the model holds", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("zero", run.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Capaian_PlainSpaceGroupInACultureWithNoBreakSpaces_IsRefused()
    {
        // With culture data ru-RU groups with U+00A0 and a plain space is refused; without culture data ru-RU
        // is refused as unavailable. Either way "4 88" is never read as 488.
        var run = CliRunner.RunEnglish("capaian", "--target", "4 88", "--realisasi", "4", "--culture", "ru-RU");

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.Contains(HasCultureData() ? "no-break space" : "no culture data", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_NoBreakSpaceGroupInRussian_IsReadWhereTheOsHasTheCulture()
    {
        if (!HasCultureData())
        {
            return;
        }

        var separator = CultureInfo.GetCultureInfo("ru-RU").NumberFormat.NumberGroupSeparator;
        var run = CliRunner.RunEnglish("capaian", "--target", $"4{separator}880", "--realisasi", "4880", "--culture", "ru-RU", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"capaian\":100", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_OverflowCausedByTheRealisation_IsReportedAtTheRealisation()
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "1", "--realisasi", "79228162514264337593543950335");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--realisasi: the values are too large", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_OverflowCausedByATinyTarget_IsReportedAtTheTarget()
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "0.0000000000000000000000000001", "--realisasi", "1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--target: the values are too large", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IKU-01=-5", "a negative value is not allowed")]
    [InlineData("IKU-01=79228162514264337593543950335", "too large")]
    [InlineData("IKU-01=1e-29", "not a number")]
    [InlineData("IKU-01=0.00000000000000000000000000001", "more precision than the model holds")]
    public void WhatIf_ARealisationTheIndicatorCannotTake_ExitsTwoNamingItAndTheReason(string setting, string reason)
    {
        var run = CliRunner.RunEnglish("whatif", _demo, "--set", setting);

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.Contains("IKU-01", run.Error, StringComparison.Ordinal);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tree", "0")]
    [InlineData("tree", "10000")]
    [InlineData("tree", "-2147483648")]
    [InlineData("measure", "10000")]
    [InlineData("measure", "0")]
    public void YearOutOfRange_IsBlamedOnTheYearNotTheAsOfPeriod(string command, string year)
    {
        var run = CliRunner.RunEnglish(command, _demo, "--year", year);

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.Contains("the year must be between 1900 and 2200", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("as-of", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tree_YearNoPlanCovers_ExitsTwoLikeMeasure()
    {
        var tree = CliRunner.RunEnglish("tree", _demo, "--year", "2100");
        var measure = CliRunner.RunEnglish("measure", _demo, "--year", "2100");

        Assert.Equal((2, ""), (tree.ExitCode, tree.Output));
        Assert.Equal(2, measure.ExitCode);
        Assert.Contains("--year 2100: the document has no data for that year", tree.Error, StringComparison.Ordinal);
        Assert.Equal(tree.Error.Replace("sakip tree", "sakip measure", StringComparison.Ordinal), measure.Error);
    }

    private static bool HasCultureData()
    {
        try
        {
            return CultureInfo.GetCultureInfo("ru-RU", predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
