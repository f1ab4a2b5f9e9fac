using System.Globalization;
using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary><see cref="GradeTable.Decide"/> and <see cref="EvaluationScheme.Grade"/>: the scheme's rule (round, then
/// classify), against <see cref="GradeTable.Classify"/> which grades a score as given.</summary>
public class GradeTableDecideTests
{
    [Theory]
    [InlineData("90.004", "90.00", "A")]
    [InlineData("90.005", "90.01", "AA")]
    [InlineData("80.0049", "80.00", "BB")]
    [InlineData("60", "60.00", "CC")]
    [InlineData("0", "0.00", "D")]
    [InlineData("100", "100.00", "AA")]
    public void Decide_RoundsThenClassifies(string total, string deciding, string grade)
    {
        var table = EvaluationSchemes.PermenPanRb88Of2021.Grades;
        var value = decimal.Parse(total, CultureInfo.InvariantCulture);

        Assert.Equal(decimal.Parse(deciding, CultureInfo.InvariantCulture), table.DecidingScore(value));
        Assert.Equal(grade, table.Decide(value).GetValueOrThrow().Code);
        Assert.Equal(grade, EvaluationSchemes.PermenPanRb88Of2021.Grade(value).GetValueOrThrow().Code);
    }

    [Fact]
    public void Classify_GradesTheScoreAsGiven_UnlikeDecide()
    {
        var table = EvaluationSchemes.PermenPanRb88Of2021.Grades;

        Assert.Equal("AA", table.Classify(90.004m).GetValueOrThrow().Code);
        Assert.Equal("A", table.Decide(90.004m).GetValueOrThrow().Code);
    }

    [Theory]
    [InlineData("-0.001")]
    [InlineData("100.004")]
    public void Decide_OutsideZeroToHundredBeforeRounding_IsAProblem(string total)
    {
        var result = EvaluationSchemes.PermenPanRb88Of2021.Grades.Decide(decimal.Parse(total, CultureInfo.InvariantCulture));

        Assert.False(result.IsSuccess);
        Assert.Equal("score-out-of-range", result.Problems[0].Reason.Code);
    }

    [Fact]
    public void EdgeSign_FollowsTheEdgeSemantics()
    {
        var inclusive = new GradeTable(EdgeSemantics.LowerInclusive, null, GradeTables.PermenPanRb88Of2021.Grades);

        Assert.Equal(">", GradeTables.PermenPanRb88Of2021.EdgeSign());
        Assert.Equal("≥", inclusive.EdgeSign());
        Assert.Equal("AA", inclusive.Decide(90m).GetValueOrThrow().Code);
    }

    [Fact]
    public void Classify_UncheckedEmptyTable_IsAProblemNotAnException()
    {
        var empty = new GradeTable(EdgeSemantics.LowerExclusive, null, []);

        Assert.Equal("grade-table-too-small", empty.Classify(50m).Problems[0].Reason.Code);
        Assert.Equal("grade-table-too-small", empty.Decide(50m).Problems[0].Reason.Code);
    }
}
