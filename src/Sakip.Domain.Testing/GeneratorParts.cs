using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Periods;

namespace Sakip.Domain.Testing;

/// <summary>Small pieces the generators here and the library's own tests share.</summary>
internal static class GeneratorParts
{
    /// <summary>Any reporting period (year, semester, quarter or month) of a year from <paramref name="firstYear"/> to
    /// <paramref name="lastYear"/>.</summary>
    public static Gen<ReportingPeriod> Periods(int firstYear, int lastYear) =>
        from kind in Gen.Elements(PeriodKind.Year, PeriodKind.Semester, PeriodKind.Quarter, PeriodKind.Month)
        from year in Gen.Choose(firstYear, lastYear)
        from index in Gen.Choose(1, ReportingPeriod.PerYear(kind))
        select kind switch
        {
            PeriodKind.Year => ReportingPeriod.OfYear(year),
            PeriodKind.Semester => ReportingPeriod.OfSemester(year, index),
            PeriodKind.Quarter => ReportingPeriod.OfQuarter(year, index),
            _ => ReportingPeriod.OfMonth(year, index),
        };

    /// <summary>Every accumulation type.</summary>
    public static Gen<AccumulationType> Accumulation { get; } =
        Gen.Elements(AccumulationType.Cumulative, AccumulationType.LastValue, AccumulationType.Average);

    /// <summary>
    /// Any decimal that text and JSON must round-trip: signed, up to about 2 × 10^18 in magnitude, with 0 to 10
    /// decimals (trailing zeros included, so the scale varies too).
    /// </summary>
    public static Gen<decimal> AnyDecimal { get; } =
        from high in Gen.Choose(-2_000_000_000, 2_000_000_000)
        from low in Gen.Choose(0, 999_999_999)
        from scale in Gen.Choose(0, 10)
        from small in Gen.Elements(true, false)
        select Scale(small ? low : (high * 1_000_000_000m) + (high < 0 ? -low : low), scale);

    /// <summary>Divides by 10^<paramref name="scale"/> exactly (so the scale, trailing zeros included, is kept).</summary>
    public static decimal Scale(decimal units, int scale)
    {
        var value = units;
        for (var i = 0; i < scale; i++)
        {
            value /= 10m;
        }

        return value;
    }
}
