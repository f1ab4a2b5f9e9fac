using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Periods;

namespace Sakip.Domain.Tests.Periods;

public class ReportingPeriodPropertyTests
{
    private static readonly Arbitrary<ReportingPeriod> Period = Generators.Period.ToArbitrary();

    [Property]
    public Property CompareTo_AnyTwoPeriods_IsZeroExactlyWhenEqualAndAntisymmetric() =>
        Prop.ForAll(Period, Period, (a, b) =>
            (a.CompareTo(b) == 0) == a.Equals(b)
            && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))
            && (a < b) == (a.CompareTo(b) < 0)
            && (a >= b) == !(a < b)
            && (a == b) == (a.GetHashCode() == b.GetHashCode() && a.Equals(b)));

    [Property]
    public Property Split_IntoShorterOrSameKind_TilesThePeriodInOrder()
    {
        var cases =
            from period in Generators.Period
            from kind in Gen.Elements(Enum.GetValues<PeriodKind>().Where(k => k >= period.Kind))
            select (period, kind);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (period, kind) = c;
            var parts = period.Split(kind).ToArray();
            var tiles = parts.Length == ReportingPeriod.PerYear(kind) / ReportingPeriod.PerYear(period.Kind)
                && parts[0].Start == period.Start
                && parts[^1].End == period.End
                && parts.Zip(parts.Skip(1), (x, y) => x.End.PlusDays(1) == y.Start).All(b => b)
                && parts.All(p => p.Kind == kind && period.Contains(p));
            return tiles.Label($"{period} split into {kind}: {string.Join(", ", parts)}");
        });
    }

    [Property]
    public Property StartAndEnd_AnyPeriod_AreInsideItsYear() =>
        Prop.ForAll(Period, period =>
            period.Start <= period.End
            && period.Start.Year == period.Year
            && period.End.Year == period.Year
            && period.YearPeriod.Contains(period)
            && period.Contains(period.Start)
            && period.Contains(period.End));
}
