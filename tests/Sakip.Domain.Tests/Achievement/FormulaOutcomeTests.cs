using Sakip.Domain.Achievement;
using Sakip.Domain.Explanations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>What a formula returns: both cases, their members, equality and guard clauses.</summary>
public class FormulaOutcomeTests
{
    private static readonly ExplanationStep Step = new("ratio", "r / t × 100 = {0}", "r / t × 100 = {0}", 80m);

    private static readonly Reason ZeroTarget = new("zero-target", "the target is zero", "targetnya nol");

    [Fact]
    public void Measured_KeepsTheValueAndSteps_AndOnlyThatCase()
    {
        var outcome = FormulaOutcome.Measured(80m, Step);

        Assert.Equal(80m, outcome.AsValue!.Value);
        Assert.Equal([Step], outcome.AsValue.Steps);
        Assert.Null(outcome.AsNotMeasurable);
    }

    [Fact]
    public void NotMeasurable_KeepsTheReasonAndSteps_AndOnlyThatCase()
    {
        var outcome = FormulaOutcome.NotMeasurable(ZeroTarget, Step);

        Assert.Same(ZeroTarget, outcome.AsNotMeasurable!.Reason);
        Assert.Equal([Step], outcome.AsNotMeasurable.Steps);
        Assert.Null(outcome.AsValue);
    }

    [Fact]
    public void Factories_NullArguments_Throw()
    {
        Assert.Equal("steps", Assert.Throws<ArgumentNullException>(() => FormulaOutcome.Measured(1m, null!)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => FormulaOutcome.NotMeasurable(null!)).ParamName);
        Assert.Equal("steps", Assert.Throws<ArgumentNullException>(() => FormulaOutcome.NotMeasurable(ZeroTarget, null!)).ParamName);
    }

    [Fact]
    public void Match_EachCase_CallsItsFunction_AndNullFunctionsThrow()
    {
        var measured = FormulaOutcome.Measured(80m);
        var notMeasurable = FormulaOutcome.NotMeasurable(ZeroTarget);

        Assert.Equal("80", measured.Match(v => v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), n => n.Reason.Code));
        Assert.Equal("zero-target", notMeasurable.Match(v => "value", n => n.Reason.Code));
        Assert.Equal("measured", Assert.Throws<ArgumentNullException>(() => notMeasurable.Match(null!, _ => 2)).ParamName);
        Assert.Equal("notMeasurable", Assert.Throws<ArgumentNullException>(() => measured.Match(_ => 1, null!)).ParamName);
    }

    [Fact]
    public void Equality_ComparesCaseAndContent_AndHandlesNull()
    {
        FormulaOutcome? none = null;
        FormulaOutcome? alsoNone = null;
        var first = FormulaOutcome.Measured(80m, Step);
        var same = FormulaOutcome.Measured(80m, Step);

        Assert.True(first == same);
        Assert.False(first != same);
        Assert.True(first.Equals((object)same));
        Assert.Equal(first.GetHashCode(), same.GetHashCode());
        Assert.True(FormulaOutcome.NotMeasurable(ZeroTarget).Equals(FormulaOutcome.NotMeasurable(ZeroTarget)));
        Assert.False(first == FormulaOutcome.Measured(81m, Step));
        Assert.False(first == FormulaOutcome.Measured(80m));
        Assert.False(first == FormulaOutcome.NotMeasurable(ZeroTarget, Step));
        Assert.True(first != FormulaOutcome.NotMeasurable(ZeroTarget, Step));
        Assert.False(first == none);
        Assert.False(none == first);
        Assert.True(none == alsoNone);
        Assert.False(none != alsoNone);
        Assert.True(first != none);
        Assert.False(first.Equals((object?)null));
        Assert.False(first.Equals("80"));
    }

    [Fact]
    public void ToString_NamesTheCaseAndItsValueOrReason()
    {
        Assert.Equal("Measured(80.5)", FormulaOutcome.Measured(80.5m).ToString());
        Assert.Equal("NotMeasurable(zero-target)", FormulaOutcome.NotMeasurable(ZeroTarget).ToString());
    }
}
