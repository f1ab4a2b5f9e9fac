using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Values;
using static Sakip.Domain.Tests.Review.ReviewFixtures;

namespace Sakip.Domain.Tests.Planning;

/// <summary>The small parts of the plan model: a span of years, a Renstra's items by level and their children, the
/// end-of-period target.</summary>
public class PlanModelTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2021, 2025)]
    [InlineData(9999, 9999)]
    public void YearSpan_WithinRange_KeepsItsYears(int first, int last)
    {
        var span = new YearSpan(first, last);

        Assert.Equal((first, last, last - first + 1), (span.First, span.Last, span.Length));
        Assert.Equal(Enumerable.Range(first, last - first + 1), span.Years);
    }

    [Theory]
    [InlineData(0, 2025, "first")]
    [InlineData(10000, 10000, "first")]
    [InlineData(2021, 0, "last")]
    [InlineData(2021, 10000, "last")]
    public void YearSpan_YearOutOfRange_Throws(int first, int last, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new YearSpan(first, last)).ParamName);

    [Fact]
    public void YearSpan_LastBeforeFirst_SaysSo()
    {
        var error = Assert.Throws<ArgumentException>(() => new YearSpan(2025, 2024));

        Assert.Equal("last", error.ParamName);
        Assert.StartsWith("The last year must not be before the first.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2021, 2025, 2025, 2029, 2025, 2025)] // one shared year
    [InlineData(2021, 2025, 2023, 2027, 2023, 2025)]
    [InlineData(2023, 2027, 2021, 2025, 2023, 2025)]
    [InlineData(2021, 2025, 2022, 2023, 2022, 2023)]
    public void YearSpan_Overlap_IsTheSharedYears(int a1, int a2, int b1, int b2, int first, int last) =>
        Assert.Equal(new YearSpan(first, last), new YearSpan(a1, a2).Overlap(new YearSpan(b1, b2)));

    [Fact]
    public void YearSpan_Overlap_OfDisjointSpans_IsNone() =>
        Assert.Null(new YearSpan(2021, 2025).Overlap(new YearSpan(2026, 2030)));

    [Fact]
    public void YearSpan_Contains_IncludesBothEnds()
    {
        var span = new YearSpan(2021, 2025);

        Assert.Equal([false, true, true, true, false], new[] { 2020, 2021, 2023, 2025, 2026 }.Select(span.Contains));
        Assert.True(span.Contains(new YearSpan(2021, 2025)));
        Assert.False(span.Contains(new YearSpan(2020, 2025)));
        Assert.False(span.Contains(new YearSpan(2021, 2026)));
    }

    [Fact]
    public void Renstra_ItemsByLevel_AndTheirChildren()
    {
        var renstra = DinkesRenstra();

        Assert.Equal([DinkesProgram], renstra.Programs.Select(i => i.Code));
        Assert.Equal([DinkesKegiatan], renstra.Kegiatan.Select(i => i.Code));
        Assert.Equal([DinkesSub1, DinkesSub2], renstra.SubKegiatan.Select(i => i.Code));
        Assert.Equal([DinkesKegiatan], renstra.ChildrenOf(renstra.Programs.Single()).Select(i => i.Code));
        Assert.Equal([DinkesSub1, DinkesSub2], renstra.ChildrenOf(renstra.Kegiatan.Single()).Select(i => i.Code));
        Assert.Empty(renstra.ChildrenOf(renstra.SubKegiatan.First()));
        Assert.Equal("parent", Assert.Throws<ArgumentNullException>(() => renstra.ChildrenOf(null!)).ParamName);
    }

    [Fact]
    public void Document_Indicator_FindsByIdOrNone()
    {
        var document = Clean();

        Assert.Equal("Angka kematian bayi", document.Indicator("IKU-AKB")?.Name);
        Assert.Null(document.Indicator("IKU-XYZ"));
        Assert.Null(document.Indicator("iku-akb")); // ids are case-sensitive
    }

    [Fact]
    public void EndOfPeriodTarget_ByAccumulation()
    {
        // Yearly targets 10, 12, 14, 16, 18 (written out of order: the final year's decides a level indicator).
        var planned = new PlannedIndicator("X") { Targets = [.. new[] { 2025, 2021, 2023, 2022, 2024 }.Select(y => new YearTarget(y, Target.Point(10m + ((y - 2021) * 2))))] };

        Assert.Equal(Target.Point(18m), PlanMath.EndOfPeriodTarget(planned, AccumulationType.LastValue));
        Assert.Equal(Target.Point(70m), PlanMath.EndOfPeriodTarget(planned, AccumulationType.Cumulative));
        Assert.Equal(Target.Point(14m), PlanMath.EndOfPeriodTarget(planned, AccumulationType.Average));
        Assert.Null(PlanMath.EndOfPeriodTarget(new PlannedIndicator("X"), AccumulationType.LastValue));
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => PlanMath.EndOfPeriodTarget(null!, AccumulationType.LastValue)).ParamName);
    }
}
