
namespace Sakip.Domain.Json.Tests;

/// <summary>Numbers in a document go through the library's one number reader: exact or a problem at their path,
/// never rounded (issue 10).</summary>
public class SakipDocumentJsonNumberTests
{
    [Theory]
    [InlineData("1e-400", "precision-exceeded")]
    [InlineData("1e-29", "precision-exceeded")]
    [InlineData("0.00000000000000000000000000001", "precision-exceeded")]
    [InlineData("12345678901234567890123456789.5", "precision-exceeded")]
    [InlineData("1e40", "out-of-range")]
    public void Read_DecimalBeyondThePrecisionOrRangeOfTheModel_ReportsItAtItsPath(string number, string code)
    {
        var problem = Assert.Single(Problems(Edit("\"value\": 4.88", $"\"value\": {number}")));

        Assert.Equal(("$.realisations[0].value", code), (problem.Path, problem.Reason.Code));
        Assert.Contains(number, problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TargetBoundTooPrecise_IsAProblemNotAZeroTarget()
    {
        var problem = Assert.Single(Problems(Edit("{ \"value\": 60 }", "{ \"value\": 1e-29 }")));

        Assert.Equal(("$.rencanaAksi[0].targets[0].target.value", "precision-exceeded"), (problem.Path, problem.Reason.Code));
    }

    [Theory]
    [InlineData("2025.0")]
    [InlineData("2.025e3")]
    [InlineData("2025E0")]
    public void Read_WholeNumberWrittenWithAPointOrExponent_SaysAWholeNumberIsRequired(string year)
    {
        var problem = Assert.Single(Problems(Edit("\"year\": 2025", $"\"year\": {year}")));

        Assert.Equal(("$.perjanjianKinerja[0].year", "whole-number-required"), (problem.Path, problem.Reason.Code));
        Assert.Contains("a whole number is required: write 2025", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("bilangan bulat", problem.Reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e4", "whole-number-required")]
    [InlineData("3000000000", "out-of-range")]
    [InlineData("1e-400", "precision-exceeded")]
    [InlineData("2025.5", "wrong-type")]
    public void Read_BadWholeNumber_SaysPreciselyWhatIsWrong(string year, string code)
    {
        var problem = Assert.Single(Problems(Edit("\"year\": 2025", $"\"year\": {year}")));

        Assert.Equal(("$.perjanjianKinerja[0].year", code), (problem.Path, problem.Reason.Code));
        Assert.DoesNotContain("too large", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2147483647")]
    [InlineData("-2147483648")]
    [InlineData("1899")]
    [InlineData("2201")]
    public void Read_PerjanjianKinerjaYearOutside1900To2200_IsRefused(string year)
    {
        var problem = Assert.Single(Problems(Edit("\"year\": 2025", $"\"year\": {year}")));

        Assert.Equal(("$.perjanjianKinerja[0].year", "year-out-of-range"), (problem.Path, problem.Reason.Code));
    }

    private static string Edit(string from, string to)
    {
        var minimal = SakipDocumentJsonReadTests.Minimal;
        Assert.Equal(1, minimal.Split(from).Length - 1);
        return minimal.Replace(from, to, StringComparison.Ordinal);
    }

    private static List<Problem> Problems(string json)
    {
        var read = SakipDocumentJson.Read(json);
        Assert.False(read.IsSuccess, "expected problems");
        return [.. read.Problems];
    }
}
