using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;

namespace Sakip.Domain.Tests.Aggregation;

public class AggregateResultTests
{
    private static AggregateResult Value(decimal capaian) =>
        AchievementAggregator.Default.Aggregate([new AggregationItem("a", AchievementCalculator.Default.Calculate(100m, capaian))]);

    private static AggregateResult NotAvailable() =>
        AchievementAggregator.Default.Aggregate([new AggregationItem("a", AchievementCalculator.Default.Calculate(100m, null))]);

    private static AggregateResult Invalid() => AchievementAggregator.Default.Aggregate([]);

    [Fact]
    public void CaseMembers_OtherCases_AreNull()
    {
        var value = Value(80m);
        var notAvailable = NotAvailable();
        var invalid = Invalid();

        Assert.NotNull(value.AsValue);
        Assert.Null(value.AsNotAvailable);
        Assert.Null(value.AsInvalid);
        Assert.Null(notAvailable.AsValue);
        Assert.NotNull(notAvailable.AsNotAvailable);
        Assert.Null(notAvailable.AsInvalid);
        Assert.Null(invalid.AsValue);
        Assert.Null(invalid.AsNotAvailable);
        Assert.NotNull(invalid.AsInvalid);
    }

    [Fact]
    public void EqualityOperator_ComparesByCaseAndContent_AndHandlesNull()
    {
        AggregateResult? none = null;
        AggregateResult? alsoNone = null;
        var first = Value(80m);
        var same = Value(80m);
        var other = Value(90m);

        Assert.True(first == same);
        Assert.False(first == other);
        Assert.False(first == NotAvailable());
        Assert.False(first == none);
        Assert.False(none == first);
        Assert.True(none == alsoNone);
    }

    [Fact]
    public void InequalityOperator_IsTheNegationOfEquality()
    {
        AggregateResult? none = null;
        AggregateResult? alsoNone = null;
        var first = Value(80m);
        var same = Value(80m);
        var other = Value(90m);

        Assert.False(first != same);
        Assert.True(first != other);
        Assert.True(first != none);
        Assert.True(none != first);
        Assert.False(none != alsoNone);
    }

    [Fact]
    public void Equals_SameCaseSameContent_IsEqualWithEqualHash()
    {
        var first = Value(80m);
        var same = Value(80m);

        Assert.True(first.Equals(same));
        Assert.True(first.Equals((object)same));
        Assert.Equal(first.GetHashCode(), same.GetHashCode());
        Assert.True(Invalid().Equals(Invalid()));
        Assert.True(NotAvailable().Equals(NotAvailable()));
    }

    [Fact]
    public void Equals_DifferentContentCaseOrNull_IsNotEqual()
    {
        var first = Value(80m);

        Assert.False(first.Equals(Value(90m)));
        Assert.False(first.Equals(NotAvailable()));
        Assert.False(first.Equals(Invalid()));
        Assert.False(NotAvailable().Equals(Invalid()));
        Assert.False(first.Equals((AggregateResult?)null));
        Assert.False(first.Equals((object?)null));
        Assert.False(first.Equals("80"));
    }

    [Fact]
    public void Match_EachCase_CallsItsFunction()
    {
        Assert.Equal("value", Value(80m).Match(_ => "value", _ => "not available", _ => "invalid"));
        Assert.Equal("not available", NotAvailable().Match(_ => "value", _ => "not available", _ => "invalid"));
        Assert.Equal("invalid", Invalid().Match(_ => "value", _ => "not available", _ => "invalid"));
    }

    [Fact]
    public void Match_AnyNullFunction_ThrowsWhateverTheCase()
    {
        var value = Value(80m);
        var notAvailable = NotAvailable();

        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => notAvailable.Match(null!, _ => 2, _ => 3)).ParamName);
        Assert.Equal("notAvailable", Assert.Throws<ArgumentNullException>(() => value.Match(_ => 1, null!, _ => 3)).ParamName);
        Assert.Equal("invalid", Assert.Throws<ArgumentNullException>(() => value.Match(_ => 1, _ => 2, null!)).ParamName);
    }

    [Fact]
    public void Switch_EachCase_RunsOnlyItsAction()
    {
        foreach (var (result, expected) in new[] { (Value(80m), "value"), (NotAvailable(), "not available"), (Invalid(), "invalid") })
        {
            var ran = new List<string>();

            result.Switch(_ => ran.Add("value"), _ => ran.Add("not available"), _ => ran.Add("invalid"));

            Assert.Equal(expected, Assert.Single(ran));
        }
    }

    [Fact]
    public void Switch_AnyNullAction_ThrowsWhateverTheCase()
    {
        var value = Value(80m);
        var notAvailable = NotAvailable();
        var ran = false;

        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => notAvailable.Switch(null!, _ => ran = true, _ => ran = true)).ParamName);
        Assert.Equal("notAvailable", Assert.Throws<ArgumentNullException>(() => value.Switch(_ => ran = true, null!, _ => ran = true)).ParamName);
        Assert.Equal("invalid", Assert.Throws<ArgumentNullException>(() => value.Switch(_ => ran = true, _ => ran = true, null!)).ParamName);
        Assert.False(ran);
    }
}
