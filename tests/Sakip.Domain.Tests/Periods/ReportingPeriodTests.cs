using NodaTime;
using Sakip.Domain.Periods;

namespace Sakip.Domain.Tests.Periods;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2025", PeriodKind.Year, 1, "2025")]
    [InlineData("2025-S1", PeriodKind.Semester, 1, "2025-S1")]
    [InlineData("2025-s2", PeriodKind.Semester, 2, "2025-S2")]
    [InlineData("2025-Q3", PeriodKind.Quarter, 3, "2025-Q3")]
    [InlineData("2025-q1", PeriodKind.Quarter, 1, "2025-Q1")]
    [InlineData("2025-TW3", PeriodKind.Quarter, 3, "2025-Q3")]
    [InlineData("2025-tw4", PeriodKind.Quarter, 4, "2025-Q4")]
    [InlineData("2025-07", PeriodKind.Month, 7, "2025-07")]
    [InlineData("2025-12", PeriodKind.Month, 12, "2025-12")]
    [InlineData(" 2025-Q2 ", PeriodKind.Quarter, 2, "2025-Q2")]
    [InlineData("0001", PeriodKind.Year, 1, "0001")]
    public void TryParse_ValidText_ReadsPeriodAndFormatsCanonically(string text, PeriodKind kind, int index, string canonical)
    {
        var result = ReportingPeriod.TryParse(text);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(kind, result.GetValueOrThrow().Kind);
        Assert.Equal(index, result.GetValueOrThrow().Index);
        Assert.Equal(canonical, result.GetValueOrThrow().ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("25")]
    [InlineData("20255")]
    [InlineData("abcd")]
    [InlineData("0000")]
    [InlineData("-2025")]
    [InlineData("+025")]
    [InlineData("2025-")]
    [InlineData("2025-Q")]
    [InlineData("2025-Q0")]
    [InlineData("2025-Q5")]
    [InlineData("2025-TW5")]
    [InlineData("2025-TW")]
    [InlineData("2025-S0")]
    [InlineData("2025-S3")]
    [InlineData("2025-00")]
    [InlineData("2025-13")]
    [InlineData("2025-7")]
    [InlineData("2025-007")]
    [InlineData("2025-X1")]
    [InlineData("2025-Q-1")]
    [InlineData("2025-Q+1")]
    [InlineData("2025/Q1")]
    [InlineData("Q1-2025")]
    public void TryParse_BadText_FailsWithReasonNeverThrows(string text)
    {
        var result = ReportingPeriod.TryParse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal("bad-period", result.Problems[0].Reason.Code);
        Assert.Equal("", result.Problems[0].Path);
        Assert.False(ReportingPeriod.TryParse(text, null, out _));
        Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text, null));
    }

    [Fact]
    public void TryParse_Null_Fails()
    {
        Assert.Equal("bad-period", ReportingPeriod.TryParse(null).Problems[0].Reason.Code);
        Assert.False(ReportingPeriod.TryParse((string?)null, null, out _));
    }

    [Fact]
    public void Parse_Span_ReadsPeriod()
    {
        Assert.Equal(ReportingPeriod.OfQuarter(2025, 3), ReportingPeriod.Parse("2025-TW3".AsSpan(), null));
        Assert.True(ReportingPeriod.TryParse("2025-07".AsSpan(), null, out var month));
        Assert.Equal(ReportingPeriod.OfMonth(2025, 7), month);
    }

    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    [InlineData("2025-S1", "2025-01-01", "2025-06-30")]
    [InlineData("2025-S2", "2025-07-01", "2025-12-31")]
    [InlineData("2025-Q1", "2025-01-01", "2025-03-31")]
    [InlineData("2025-Q3", "2025-07-01", "2025-09-30")]
    [InlineData("2025-Q4", "2025-10-01", "2025-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("2025-07", "2025-07-01", "2025-07-31")]
    public void StartAndEnd_Period_AreFirstAndLastDay(string text, string start, string end)
    {
        var period = ReportingPeriod.Parse(text, null);

        Assert.Equal(Date(start), period.Start);
        Assert.Equal(Date(end), period.End);
        Assert.True(period.Contains(Date(start)));
        Assert.True(period.Contains(Date(end)));
        Assert.False(period.Contains(Date(end).PlusDays(1)));
        Assert.False(period.Contains(Date(start).PlusDays(-1)));
    }

    [Fact]
    public void Split_YearIntoQuarters_GivesFourInOrder()
    {
        var quarters = ReportingPeriod.OfYear(2025).Split(PeriodKind.Quarter).Select(p => p.ToString());

        Assert.Equal(new[] { "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4" }, quarters);
    }

    [Fact]
    public void Split_SemesterIntoMonths_GivesItsSixMonths()
    {
        var months = ReportingPeriod.OfSemester(2025, 2).Split(PeriodKind.Month).Select(p => p.Index);

        Assert.Equal(new[] { 7, 8, 9, 10, 11, 12 }, months);
    }

    [Fact]
    public void Split_QuarterIntoQuarters_GivesItself()
    {
        var quarter = ReportingPeriod.OfQuarter(2025, 2);

        Assert.Equal(quarter, Assert.Single(quarter.Split(PeriodKind.Quarter)));
    }

    [Fact]
    public void Split_IntoLongerKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReportingPeriod.OfQuarter(2025, 1).Split(PeriodKind.Year));
        Assert.Throws<ArgumentException>(() => ReportingPeriod.OfMonth(2025, 1).Split(PeriodKind.Quarter));
    }

    [Fact]
    public void Contains_Period_IsWhollyInside()
    {
        var year = ReportingPeriod.OfYear(2025);

        Assert.True(year.Contains(ReportingPeriod.OfQuarter(2025, 4)));
        Assert.True(year.Contains(year));
        Assert.False(ReportingPeriod.OfQuarter(2025, 4).Contains(year));
        Assert.False(year.Contains(ReportingPeriod.OfQuarter(2026, 1)));
        Assert.True(ReportingPeriod.OfSemester(2025, 1).Contains(ReportingPeriod.OfMonth(2025, 6)));
        Assert.False(ReportingPeriod.OfSemester(2025, 1).Contains(ReportingPeriod.OfMonth(2025, 7)));
    }

    [Fact]
    public void YearPeriod_AnyPeriod_IsItsYear()
    {
        Assert.Equal(ReportingPeriod.OfYear(2025), ReportingPeriod.OfMonth(2025, 11).YearPeriod);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void OfYear_OutOfRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.OfYear(year));
    }

    [Fact]
    public void Factories_IndexOutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.OfSemester(2025, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.OfQuarter(2025, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.OfQuarter(2025, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.OfMonth(2025, 13));
    }

    [Theory]
    [InlineData(PeriodKind.Year, 1)]
    [InlineData(PeriodKind.Semester, 2)]
    [InlineData(PeriodKind.Quarter, 4)]
    [InlineData(PeriodKind.Month, 12)]
    public void PerYear_Kind_CountsPeriods(PeriodKind kind, int count)
    {
        Assert.Equal(count, ReportingPeriod.PerYear(kind));
    }

    [Fact]
    public void CompareTo_SameStart_LongerSortsFirst()
    {
        var year = ReportingPeriod.OfYear(2025);
        var semester = ReportingPeriod.OfSemester(2025, 1);
        var quarter = ReportingPeriod.OfQuarter(2025, 1);
        var month = ReportingPeriod.OfMonth(2025, 1);

        Assert.Equal(new[] { year, semester, quarter, month }, new[] { month, quarter, year, semester }.Order());
        Assert.True(year < quarter);
        Assert.True(quarter > year);
        Assert.True(year <= ReportingPeriod.OfYear(2025));
        Assert.True(month >= quarter);
    }

    [Fact]
    public void CompareTo_LaterStart_SortsLater()
    {
        Assert.True(ReportingPeriod.OfQuarter(2025, 4) < ReportingPeriod.OfMonth(2025, 11));
        Assert.True(ReportingPeriod.OfYear(2024) < ReportingPeriod.OfMonth(2025, 1));
        Assert.True(ReportingPeriod.OfQuarter(2025, 1).CompareTo((object)ReportingPeriod.OfQuarter(2025, 2)) < 0);
        Assert.Equal(1, ReportingPeriod.OfYear(2025).CompareTo(null));
        Assert.Throws<ArgumentException>(() => ReportingPeriod.OfYear(2025).CompareTo("2025"));
    }

    [Fact]
    public void Equality_SameKindYearIndex_IsEqual()
    {
        Assert.True(ReportingPeriod.Parse("2025-TW3", null) == ReportingPeriod.OfQuarter(2025, 3));
        Assert.True(ReportingPeriod.OfQuarter(2025, 1) != ReportingPeriod.OfMonth(2025, 1));
        Assert.Equal(ReportingPeriod.OfQuarter(2025, 3).GetHashCode(), ReportingPeriod.Parse("2025-Q3", null).GetHashCode());
        Assert.False(ReportingPeriod.OfYear(2025).Equals((object)2025));
    }

    [Fact]
    public void ToString_FormatAndCulture_AreIgnored()
    {
        var period = ReportingPeriod.OfMonth(2025, 7);

        Assert.Equal("2025-07", period.ToString("x", Sakip.Domain.Text.Cultures.Indonesian));
    }

    [Fact]
    public void TryFormat_Room_WritesTextOrFails()
    {
        var big = new char[16];
        var small = new char[4];
        var period = ReportingPeriod.OfSemester(2025, 1);

        Assert.True(period.TryFormat(big, out var written, default, null));
        Assert.Equal("2025-S1", new string(big, 0, written));
        Assert.False(period.TryFormat(small, out written, default, null));
        Assert.Equal(0, written);
    }

    private static LocalDate Date(string iso)
    {
        var parts = iso.Split('-').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new LocalDate(parts[0], parts[1], parts[2]);
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("9999-S2")]
    [InlineData("9999-Q4")]
    [InlineData("9999-12")]
    public void End_LastYearOfTheCalendar_IsTheLastDayWithoutOverflow(string text)
    {
        var period = ReportingPeriod.Parse(text, null);

        Assert.Equal(new NodaTime.LocalDate(9999, 12, 31), period.End);
        Assert.Equal(period.End, period.Split(PeriodKind.Month).Last().End);
    }

    [Fact]
    public void Default_IsYearOne_AndItsTextParses()
    {
        var period = default(ReportingPeriod);

        Assert.Equal(ReportingPeriod.OfYear(1), period);
        Assert.Equal("0001", period.ToString());
        Assert.Equal(period, ReportingPeriod.Parse(period.ToString(), null));
        Assert.Equal(new LocalDate(1, 1, 1), period.Start);
        Assert.Equal(new LocalDate(1, 12, 31), period.End);
    }
    [Fact]
    public void Split_IntoLongerKind_ThrowsSayingWhy()
    {
        var thrown = Assert.Throws<ArgumentException>(() => ReportingPeriod.OfQuarter(2025, 1).Split(PeriodKind.Year));

        Assert.Equal("kind", thrown.ParamName);
        Assert.Contains("Parts must not be longer than the period.", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_ObjectOfAnotherType_ThrowsSayingWhichTypeIsNeeded()
    {
        var thrown = Assert.Throws<ArgumentException>(() => ReportingPeriod.OfYear(2025).CompareTo("2025"));

        Assert.Equal("obj", thrown.ParamName);
        Assert.Contains("Object must be of type ReportingPeriod.", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_NullObject_SortsAfterIt()
    {
        Assert.Equal(1, ReportingPeriod.OfYear(2025).CompareTo((object?)null));
    }
}
