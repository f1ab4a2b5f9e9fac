using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Edges of <see cref="GradeTable"/> and <see cref="GradeRoad"/>: an empty table, the bounds 0 and 100 of a
/// decided total, the guards and messages of a grade not in the table, the text of a table, a road to the lowest grade
/// (no edge) and a road that cannot be reached, and the road's LINQPad view, compared whole.</summary>
public class GradeTableEdgeTests
{
    private static GradeTable Table => GradeTables.PermenPanRb88Of2021;

    [Fact]
    public void Classify_EmptyTable_IsProblemOnGrades()
    {
        var empty = new GradeTable(EdgeSemantics.LowerExclusive, null, []);

        Assert.Equal(
            "grades | grade-table-too-small | a grade table needs at least two grades | tabel predikat memerlukan paling sedikit dua predikat",
            EdgeText.Problems(empty.Classify(50m).Problems));
        Assert.Equal("grades", Assert.Single(empty.Decide(50m).Problems).Path);
    }

    [Theory]
    [InlineData("-0.001", null)]
    [InlineData("0", "D")]
    [InlineData("30", "D")]
    [InlineData("30.004", "D")]
    [InlineData("30.005", "C")]
    [InlineData("99.995", "AA")]
    [InlineData("100", "AA")]
    [InlineData("100.001", null)]
    public void Decide_BothBounds_AreValidAndBeyondAreNot(string total, string? grade)
    {
        var result = Table.Decide(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(grade, result.IsSuccess ? result.GetValueOrThrow().Code : null);
        if (grade is null)
        {
            Assert.Equal(("score", "score-out-of-range"), (result.Problems[0].Path, result.Problems[0].Reason.Code));
        }
    }

    [Fact]
    public void RankOf_NullOrForeignGrade_Throws()
    {
        Assert.Equal("grade", Assert.Throws<ArgumentNullException>(() => Table.RankOf(null!)).ParamName);
        var foreign = Assert.Throws<ArgumentException>(() => Table.RankOf(new Grade("ZZ", 95m, new("Unknown", "Tidak dikenal"))));
        Assert.Equal(("grade", "Grade ZZ is not in this table. (Parameter 'grade')"), (foreign.ParamName, foreign.Message));
        Assert.Equal("grade", Assert.Throws<ArgumentException>(() => Table.Above(GradeTables.PermenPanRb12Of2015.Grades[0])).ParamName);
    }

    [Fact]
    public void ToString_ListsEveryGradeWithItsEdge()
    {
        Assert.Equal("AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D", Table.ToString());
        Assert.Equal("A ≥ 50, B", new GradeTable(EdgeSemantics.LowerInclusive, null, [new Grade("A", 50m, new("a", "a")), new Grade("B", null, new("b", "b"))]).ToString());
    }

    [Fact]
    public void Find_NullResult_ThrowsNamingIt() =>
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => GradeRoad.Find(null!)).ParamName);

    [Fact]
    public void Find_TargetNotInTheTable_IsProblemOnTarget()
    {
        var result = Score([new("1a.1", null, "Y"), new("1a.2", null, "T"), new("1b.1", null, "B"), new("1b.2", null, "E"), new("2a.1", null, "A"), new("2a.2", null, "C")]);

        var road = GradeRoad.Find(result, new Grade("ZZ", 95m, new("Unknown", "Tidak dikenal")));

        Approved.Check(EdgeText.Problems(road.Problems));
    }

    [Fact]
    public void Find_TheLowestGrade_IsAlreadyReachedWithoutAnEdge()
    {
        var result = Score([new("1a.1", null, "Y"), new("1a.2", null, "T"), new("1b.1", null, "B"), new("1b.2", null, "E"), new("2a.1", null, "A"), new("2a.2", null, "C")]);

        var road = GradeRoad.Find(result, Table.Grades[^1]).GetValueOrThrow();

        Assert.Empty(road.Steps);
        Approved.Check(Render(road));
    }

    [Fact]
    public void Find_ATargetCappedByDependencies_IsUnreachable()
    {
        // 1b's criteria depend on 1a's, answered T: the best reachable is 20 + 0 + 40 = 60 (CC), far from AA.
        var result = Score([new("1a.1", null, "T"), new("1a.2", null, "T"), new("1b.1", null, "E"), new("1b.2", null, "E"), new("2a.1", null, "B"), new("2a.2", null, "A")]);

        var road = GradeRoad.Find(result, Table.Grades[0]).GetValueOrThrow();

        Assert.False(road.Reachable);
        Approved.Check(Render(road));
    }

    [Fact]
    public void Dump_ARoad_ShowsPointsAddedAsPresented()
    {
        var result = Score([new("1a.1", null, "Y"), new("1a.2", null, "T"), new("1b.1", null, "B"), new("1b.2", null, "E"), new("2a.1", null, "A"), new("2a.2", null, "C")]);

        var road = GradeRoad.Find(result).GetValueOrThrow();

        Assert.NotEmpty(road.Steps);
        Approved.Check(EdgeText.Dump(road));
    }

    private static EvaluationResult Score(CriterionAnswer[] answers) =>
        Evaluation.Create(SchemeFixtures.Scheme, "Kabupaten Contoh", 2024, answers).GetValueOrThrow().Score();

    private static string Render(GradeRoad road) =>
        "steps: " + string.Join("; ", road.Steps.Select(s => s.ToString()))
        + "\nid: " + road.Explain(Language.Indonesian)
        + "\nen: " + road.Explain(Language.English);
}
