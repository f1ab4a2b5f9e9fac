using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>The regulations' grade tables at every edge (PermenPAN-RB 88/2021 and 12/2015: edges exclusive below,
/// exactly 90.00 is A; see docs/evaluation.md).</summary>
public class GradeTableTests
{
    public static TheoryData<string, string> Edges => new()
    {
        { "100", "AA" },
        { "90.01", "AA" },
        { "90", "A" },
        { "90.00", "A" },
        { "80.01", "A" },
        { "80", "BB" },
        { "70.01", "BB" },
        { "70", "B" },
        { "60.01", "B" },
        { "60", "CC" },
        { "50.01", "CC" },
        { "50", "C" },
        { "30.01", "C" },
        { "30", "D" },
        { "0.01", "D" },
        { "0", "D" },
    };

    public static TheoryData<string> Tables => new() { "88/2021", "12/2015" };

    private static GradeTable Table(string name) => name == "88/2021" ? GradeTables.PermenPanRb88Of2021 : GradeTables.PermenPanRb12Of2015;

    [Theory]
    [MemberData(nameof(Edges))]
    public void Classify_PermenPanRb88Of2021Edge_GivesGradeExclusiveBelow(string score, string grade) =>
        Assert.Equal(grade, GradeTables.PermenPanRb88Of2021.Classify(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)).GetValueOrThrow().Code);

    [Theory]
    [MemberData(nameof(Edges))]
    public void Classify_PermenPanRb12Of2015Edge_GivesGradeExclusiveBelow(string score, string grade) =>
        Assert.Equal(grade, GradeTables.PermenPanRb12Of2015.Classify(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)).GetValueOrThrow().Code);

    [Theory]
    [InlineData("88/2021", "-0.01")]
    [InlineData("88/2021", "100.01")]
    [InlineData("12/2015", "-0.01")]
    [InlineData("12/2015", "100.01")]
    [InlineData("88/2021", "-1000")]
    public void Classify_OutsideZeroToHundred_IsScoreOutOfRange(string table, string score)
    {
        var result = Table(table).Classify(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture));

        Assert.False(result.IsSuccess);
        Assert.Equal("score", result.Problems[0].Path);
        Assert.Equal("score-out-of-range", result.Problems[0].Reason.Code);
        Assert.Throws<InvalidOperationException>(() => result.GetValueOrThrow());
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Classify_ValidScore_HasNoProblem(string table)
    {
        var result = Table(table).Classify(75m);

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("90.004", "90.00", "A")]
    [InlineData("90.005", "90.01", "AA")]
    [InlineData("90.0049999", "90.00", "A")]
    [InlineData("80.005", "80.01", "A")]
    [InlineData("79.995", "80.00", "BB")]
    [InlineData("30.004", "30.00", "D")]
    [InlineData("99.999", "100.00", "AA")]
    public void DecidingScore_BuiltInTables_RoundTwoDecimalsHalfUp(string total, string deciding, string grade)
    {
        foreach (var table in new[] { GradeTables.PermenPanRb88Of2021, GradeTables.PermenPanRb12Of2015 })
        {
            var score = table.DecidingScore(Parse(total));

            Assert.Equal(Parse(deciding), score);
            Assert.Equal(grade, table.Classify(score).GetValueOrThrow().Code);
        }
    }

    [Fact]
    public void DecidingScore_NullDeciding_GradesExactTotal()
    {
        var table = new GradeTable(EdgeSemantics.LowerExclusive, null, GradeTables.PermenPanRb88Of2021.Grades);

        Assert.Equal(90.004m, table.DecidingScore(90.004m));
        Assert.Equal("AA", table.Classify(table.DecidingScore(90.004m)).GetValueOrThrow().Code);
        Assert.Equal("A", table.Classify(table.DecidingScore(90m)).GetValueOrThrow().Code);
    }

    [Fact]
    public void Classify_LowerInclusiveTable_PutsEdgeInGradeAbove()
    {
        var table = new GradeTable(EdgeSemantics.LowerInclusive, null, GradeTables.PermenPanRb88Of2021.Grades);

        Assert.Equal("AA", table.Classify(90m).GetValueOrThrow().Code);
        Assert.Equal("A", table.Classify(89.99m).GetValueOrThrow().Code);
        Assert.Equal("C", table.Classify(30m).GetValueOrThrow().Code);
        Assert.Equal("D", table.Classify(29.99m).GetValueOrThrow().Code);
    }

    [Theory]
    [InlineData("AA", "Sangat Memuaskan")]
    [InlineData("A", "Memuaskan")]
    [InlineData("BB", "Sangat Baik")]
    [InlineData("B", "Baik")]
    [InlineData("CC", "Cukup (Memadai)")]
    [InlineData("C", "Kurang")]
    [InlineData("D", "Sangat Kurang")]
    public void Labels_PermenPanRb88Of2021_FollowTheRegulation(string code, string label) =>
        Assert.Equal(label, GradeTables.PermenPanRb88Of2021.Find(code)!.Label.Indonesian);

    [Theory]
    [InlineData("AA", "Memuaskan")]
    [InlineData("A", "Sangat Baik")]
    [InlineData("BB", "Baik")]
    [InlineData("B", "Cukup Baik")]
    [InlineData("CC", "Cukup")]
    [InlineData("C", "Kurang")]
    [InlineData("D", "Sangat Kurang")]
    public void Labels_PermenPanRb12Of2015_FollowTheRegulation(string code, string label) =>
        Assert.Equal(label, GradeTables.PermenPanRb12Of2015.Find(code)!.Label.Indonesian);

    [Theory]
    [MemberData(nameof(Tables))]
    public void Grades_BuiltInTables_AreSevenBestFirstWithEnglishLabels(string table)
    {
        var grades = Table(table).Grades;

        Assert.Equal(["AA", "A", "BB", "B", "CC", "C", "D"], grades.Select(g => g.Code));
        Assert.Equal([90m, 80m, 70m, 60m, 50m, 30m, null], grades.Select(g => g.LowerEdge));
        Assert.All(grades, g => Assert.False(string.IsNullOrWhiteSpace(g.Label.English)));
        Assert.Equal(EdgeSemantics.LowerExclusive, Table(table).Edges);
    }

    [Fact]
    public void Find_CodeIgnoringCaseAndSpaces_FindsGrade()
    {
        Assert.Equal("BB", GradeTables.PermenPanRb88Of2021.Find(" bb ")!.Code);
        Assert.Null(GradeTables.PermenPanRb88Of2021.Find("E"));
        Assert.Null(GradeTables.PermenPanRb88Of2021.Find(null));
    }

    [Fact]
    public void RankAndAbove_BuiltInTable_WalkUpwards()
    {
        var table = GradeTables.PermenPanRb88Of2021;
        var b = table.Find("B")!;

        Assert.Equal(3, table.RankOf(b));
        Assert.Equal("BB", table.Above(b)!.Code);
        Assert.Null(table.Above(table.Find("AA")!));
        Assert.Throws<ArgumentException>(() => table.RankOf(new Grade("X", 1m, new("x", "x"))));
    }

    [Fact]
    public void Reaches_ExclusiveEdge_NeedsMoreThanEdge()
    {
        var table = GradeTables.PermenPanRb88Of2021;

        Assert.False(table.Reaches(90m, table.Find("AA")!));
        Assert.True(table.Reaches(90.01m, table.Find("AA")!));
        Assert.True(table.Reaches(0m, table.Find("D")!));
    }

    private static decimal Parse(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
