using Sakip.Domain.Achievement;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>The union members of <see cref="AchievementResult"/>: case accessors, equality, <c>Match</c> and
/// <c>Switch</c> on every case, and their guard clauses (the same contract <c>AggregateResultTests</c> checks).</summary>
public class AchievementResultUnionTests
{
    private static AchievementResult Achieved(decimal realisation) => AchievementCalculator.Default.Calculate(100m, realisation);

    private static AchievementResult NotReported() => AchievementCalculator.Default.Calculate(100m, null);

    private static AchievementResult NotMeasurable() => AchievementCalculator.Default.Calculate(0m, 1m);

    private static AchievementResult Invalid() => AchievementCalculator.Default.Calculate(-1m, 1m);

    private static AchievementResult[] EveryCase() => [Achieved(80m), NotReported(), NotMeasurable(), Invalid()];

    [Fact]
    public void CaseMembers_OnlyTheCaseAtHand_IsNotNull()
    {
        var cases = EveryCase();

        for (var i = 0; i < cases.Length; i++)
        {
            Assert.Equal(i == 0, cases[i].AsAchieved is not null);
            Assert.Equal(i == 1, cases[i].AsNotReported is not null);
            Assert.Equal(i == 2, cases[i].AsNotMeasurable is not null);
            Assert.Equal(i == 3, cases[i].AsInvalidInput is not null);
            Assert.Equal(i == 0, cases[i].IsAchieved);
        }
    }

    [Fact]
    public void ConvenienceMembers_CasesWithoutAValue_AreNull()
    {
        foreach (var result in EveryCase().Skip(1))
        {
            Assert.Null(result.Percent);
            Assert.Null(result.Presented);
            Assert.Null(result.Band);
            Assert.NotNull(result.Reason);
        }
    }

    [Fact]
    public void Reason_EachCase_IsItsOwn()
    {
        Assert.Equal("not-reported", NotReported().Reason!.Code);
        Assert.Equal(NotMeasurable().AsNotMeasurable!.Reason, NotMeasurable().Reason);
        Assert.Equal(Invalid().AsInvalidInput!.Problems[0].Reason, Invalid().Reason);
    }

    [Fact]
    public void Explanation_EachCase_IsTheCasesOwn()
    {
        var cases = EveryCase();

        Assert.Same(cases[0].AsAchieved!.Explanation, cases[0].Explanation);
        Assert.Same(cases[1].AsNotReported!.Explanation, cases[1].Explanation);
        Assert.Same(cases[2].AsNotMeasurable!.Explanation, cases[2].Explanation);
        Assert.Same(cases[3].AsInvalidInput!.Explanation, cases[3].Explanation);
    }

    [Fact]
    public void EqualityOperators_CompareByCaseAndContent_AndHandleNull()
    {
        AchievementResult? none = null;
        AchievementResult? alsoNone = null;
        var first = Achieved(80m);
        var same = Achieved(80m);
        var other = Achieved(90m);

        Assert.True(first == same);
        Assert.False(first == other);
        Assert.False(first == NotReported());
        Assert.False(first == none);
        Assert.False(none == first);
        Assert.True(none == alsoNone);
        Assert.False(first != same);
        Assert.True(first != other);
        Assert.True(first != none);
        Assert.True(none != first);
        Assert.False(none != alsoNone);
    }

    [Fact]
    public void Equals_SameCaseSameContent_IsEqualWithEqualHash()
    {
        var first = EveryCase();
        var again = EveryCase();

        for (var i = 0; i < first.Length; i++)
        {
            Assert.True(first[i].Equals(again[i]));
            Assert.True(first[i].Equals((object)again[i]));
            Assert.Equal(first[i].GetHashCode(), again[i].GetHashCode());
            for (var j = 0; j < again.Length; j++)
            {
                Assert.Equal(i == j, first[i].Equals(again[j]));
            }
        }
    }

    [Fact]
    public void Equals_DifferentContentOrNull_IsNotEqual()
    {
        var first = Achieved(80m);

        Assert.False(first.Equals(Achieved(90m)));
        Assert.False(NotMeasurable().Equals(AchievementCalculator.Default.Calculate(0m, 2m)));
        Assert.False(first.Equals((AchievementResult?)null));
        Assert.False(first.Equals((object?)null));
        Assert.False(first.Equals("80"));
    }

    [Fact]
    public void Match_EachCase_CallsItsFunction()
    {
        Assert.Equal(
            ["achieved", "not reported", "not measurable", "invalid"],
            EveryCase().Select(r => r.Match(_ => "achieved", _ => "not reported", _ => "not measurable", _ => "invalid")));
    }

    [Fact]
    public void Match_AnyNullFunction_ThrowsWhateverTheCase()
    {
        var achieved = Achieved(80m);
        var notReported = NotReported();

        Assert.Equal("achieved", Assert.Throws<ArgumentNullException>(() => notReported.Match(null!, _ => 2, _ => 3, _ => 4)).ParamName);
        Assert.Equal("notReported", Assert.Throws<ArgumentNullException>(() => achieved.Match(_ => 1, null!, _ => 3, _ => 4)).ParamName);
        Assert.Equal("notMeasurable", Assert.Throws<ArgumentNullException>(() => achieved.Match(_ => 1, _ => 2, null!, _ => 4)).ParamName);
        Assert.Equal("invalidInput", Assert.Throws<ArgumentNullException>(() => achieved.Match(_ => 1, _ => 2, _ => 3, null!)).ParamName);
    }

    [Fact]
    public void Switch_EachCase_RunsOnlyItsAction()
    {
        var expected = new[] { "achieved", "not reported", "not measurable", "invalid" };
        var cases = EveryCase();

        for (var i = 0; i < cases.Length; i++)
        {
            var ran = new List<string>();

            cases[i].Switch(_ => ran.Add("achieved"), _ => ran.Add("not reported"), _ => ran.Add("not measurable"), _ => ran.Add("invalid"));

            Assert.Equal(expected[i], Assert.Single(ran));
        }
    }

    [Fact]
    public void Switch_AnyNullAction_ThrowsWhateverTheCase()
    {
        var achieved = Achieved(80m);
        var notReported = NotReported();
        var ran = false;

        Assert.Equal("achieved", Assert.Throws<ArgumentNullException>(() => notReported.Switch(null!, _ => ran = true, _ => ran = true, _ => ran = true)).ParamName);
        Assert.Equal("notReported", Assert.Throws<ArgumentNullException>(() => achieved.Switch(_ => ran = true, null!, _ => ran = true, _ => ran = true)).ParamName);
        Assert.Equal("notMeasurable", Assert.Throws<ArgumentNullException>(() => achieved.Switch(_ => ran = true, _ => ran = true, null!, _ => ran = true)).ParamName);
        Assert.Equal("invalidInput", Assert.Throws<ArgumentNullException>(() => achieved.Switch(_ => ran = true, _ => ran = true, _ => ran = true, null!)).ParamName);
        Assert.False(ran);
    }

    [Fact]
    public void ToOneOf_KeepsTheCaseAndItsValue()
    {
        var cases = EveryCase();

        for (var i = 0; i < cases.Length; i++)
        {
            var union = cases[i].ToOneOf();

            Assert.Equal(i, union.Index);
            Assert.Same(cases[i].Explanation, union.Match(a => a.Explanation, n => n.Explanation, m => m.Explanation, v => v.Explanation));
        }
    }

    [Fact]
    public void Achieved_IsCapped_OnlyWhenTheCapLowered()
    {
        var capped = new AchievementCalculator(RuleSets.Default with { Cap = 120m })
            .Calculate(100m, 150m).AsAchieved!;
        var uncapped = Achieved(110m).AsAchieved!;

        Assert.True(capped.IsCapped);
        Assert.False(uncapped.IsCapped);
    }

    [Fact]
    public void ToString_IsTheEnglishSentence()
    {
        foreach (var result in EveryCase())
        {
            Assert.Equal(result.ToSentence(Language.English), result.ToString());
            Assert.NotEqual(result.ToSentence(Language.Indonesian), result.ToString());
        }
    }
}
