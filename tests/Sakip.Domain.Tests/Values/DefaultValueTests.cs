using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Values;

/// <summary>Every public value struct's <c>default</c> is a valid value: its getters answer without throwing and its
/// text, where it has one, parses back to it.</summary>
public class DefaultValueTests
{
    [Fact]
    public void Measure_Default_IsZeroAndParses()
    {
        Assert.Equal(Measure.Zero, Measure.Parse(default(Measure).ToString(), null));
        Assert.False(default(Measure).IsNegative);
    }

    [Fact]
    public void Percentage_Default_IsZeroAndParses()
    {
        Assert.Equal(Percentage.Zero, Percentage.Parse(default(Percentage).ToString(), null));
    }

    [Fact]
    public void Target_Default_IsPointZeroAndParses()
    {
        var target = default(Target);

        Assert.Equal(Target.Point(0m), target);
        Assert.Equal(0m, target.PointValue);
        Assert.Equal(target, Target.Parse(target.ToString(), null));
    }

    [Fact]
    public void ReportingPeriod_Default_IsYearOneAndParses()
    {
        Assert.Equal(ReportingPeriod.OfYear(1), ReportingPeriod.Parse(default(ReportingPeriod).ToString(), null));
    }

    [Fact]
    public void ProgramCode_Default_IsValidAndParses()
    {
        Assert.Equal(default, ProgramCode.Parse(default(ProgramCode).ToString(), null));
    }

    [Fact]
    public void OrganisationCode_Default_IsValidAndParses()
    {
        Assert.Equal(default, OrganisationCode.Parse(default(OrganisationCode).ToString(), null));
    }

    [Fact]
    public void YearSpan_Default_IsYearOneAlone()
    {
        var span = default(YearSpan);

        Assert.Equal(new YearSpan(1, 1), span);
        Assert.Equal(1, span.First);
        Assert.Equal(1, span.Last);
        Assert.Equal([1], span.Years);
        Assert.Equal("1-1", span.ToString());
    }

    [Fact]
    public void RoundingRule_Default_IsHalfUpToWholeNumbers()
    {
        Assert.Equal(new RoundingRule(RoundingMode.HalfUp, 0), default(RoundingRule));
        Assert.Equal(3m, default(RoundingRule).Apply(2.5m));
    }

    [Fact]
    public void CoverageShare_Default_IsNotApplicable()
    {
        Assert.Equal(new CoverageShare(0m, 0m), default(CoverageShare));
        Assert.False(default(CoverageShare).IsApplicable);
        Assert.Null(default(CoverageShare).Percent);
    }

    [Fact]
    public void RollUpItem_Default_IsAllZero()
    {
        Assert.Equal(new RollUpItem(0m, 0m, 0m, 0m), default(RollUpItem));
    }

    [Fact]
    public void ValueList_Default_IsEmpty()
    {
        Assert.Equal(ValueList<int>.Empty, default(ValueList<int>));
        Assert.Empty(default(ValueList<int>));
        Assert.Equal(new ValueList<int>([]), default(ValueList<int>));
    }
}
