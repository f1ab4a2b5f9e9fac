using Sakip.Domain.Collections;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests;

public class ResultTests
{
    private static readonly Reason Bad = new("bad", "bad", "buruk");

    private static readonly Problem Where = new("target", Bad);

    [Fact]
    public void Success_HasTheValueAndNoProblem()
    {
        var result = Result<int>.Success(5);

        Assert.True(result.IsSuccess);
        Assert.True(result.TryGetValue(out var value));
        Assert.Equal(5, value);
        Assert.Equal(5, result.GetValueOrThrow());
        Assert.Empty(result.Problems);
        Assert.Equal("Success(5)", result.ToString());
        Assert.Equal(6, result.Match(v => v + 1, _ => -1));
    }

    [Fact]
    public void Failure_HasEveryProblemAndNoValue()
    {
        var result = Result<int>.Failure([Where, Where with { Path = "realisation" }]);

        Assert.False(result.IsSuccess);
        Assert.False(result.TryGetValue(out _));
        Assert.Equal(["target", "realisation"], result.Problems.Select(p => p.Path));
        Assert.Equal(-2, result.Match(_ => 0, problems => -problems.Count));
        var error = Assert.Throws<InvalidOperationException>(() => result.GetValueOrThrow());
        Assert.Contains("target: bad; realisation: bad", error.Message, StringComparison.Ordinal);
        Assert.Equal("Failure(target: bad; realisation: bad)", result.ToString());
    }

    [Fact]
    public void Switch_RunsTheCaseAtHand()
    {
        var seen = "";
        Result<int>.Success(1).Switch(v => seen += "value", _ => seen += "problems");
        Result<int>.Failure(Where).Switch(v => seen += "value", _ => seen += "problems");

        Assert.Equal("valueproblems", seen);
    }

    [Fact]
    public void Select_MapsAValueAndKeepsProblems()
    {
        Assert.Equal("5", Result<int>.Success(5).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetValueOrThrow());
        Assert.Equal([Where], Result<int>.Failure(Where).Select(i => i * 2).Problems);
        Assert.Throws<ArgumentNullException>(() => Result<int>.Success(1).Select<int>(null!));
    }

    [Fact]
    public void Equality_IsByValueOrByProblems()
    {
        Assert.Equal(Result<decimal>.Success(4.88m), Result<decimal>.Success(4.880m));
        Assert.Equal(Result<decimal>.Success(4.88m).GetHashCode(), Result<decimal>.Success(4.88m).GetHashCode());
        Assert.Equal(Result<decimal>.Failure(Where), Result<decimal>.Failure(new Problem("target", Bad)));
        Assert.NotEqual(Result<decimal>.Failure(Where), Result<decimal>.Failure(Where with { Line = 3 }));
        Assert.NotEqual(Result<decimal>.Success(0m), Result<decimal>.Failure(Where));
        Assert.False(Result<decimal>.Success(0m).Equals(null));
    }

    [Fact]
    public void Failure_NeedsAtLeastOneProblemAndNoNull()
    {
        Assert.Throws<ArgumentException>(() => Result<int>.Failure([]));
        Assert.Throws<ArgumentNullException>(() => Result<int>.Failure((Problem)null!));
        Assert.Throws<ArgumentNullException>(() => Result<int>.Failure(new Problem[] { Where, null! }));
        Assert.Throws<ArgumentNullException>(() => Result<string>.Success(null!));
    }

    [Fact]
    public void ToOneOf_GivesTheSameCase()
    {
        Assert.True(Result<int>.Success(1).ToOneOf().IsT0);
        Assert.Equal(new ValueList<Problem>([Where]), Result<int>.Failure(Where).ToOneOf().AsT1);
    }

    [Fact]
    public void Problem_ReadsInEitherLanguage_WithItsLine()
    {
        var problem = Problem.AtLine("$.year", 12, Bad);

        Assert.Equal("line 12, $.year: bad", problem.ToString());
        Assert.Equal("baris 12, $.year: buruk", problem.ToString(Language.Indonesian));
        Assert.Equal("bad", new Problem("", Bad).ToString());
    }

    [Fact]
    public void GetValueOrThrow_Failure_MessageNamesTheTypeAndEveryProblem()
    {
        var result = Result<int>.Failure([Where, Where with { Path = "realisation" }]);

        var error = Assert.Throws<InvalidOperationException>(() => result.GetValueOrThrow());

        Assert.Equal("There is no Int32: target: bad; realisation: bad", error.Message);
    }

    [Fact]
    public void Match_NullFunction_ThrowsEvenWhenTheOtherCaseRuns()
    {
        Assert.Throws<ArgumentNullException>(() => Result<int>.Failure(Where).Match<int>(null!, _ => 0));
        Assert.Throws<ArgumentNullException>(() => Result<int>.Success(1).Match<int>(v => v, null!));
        Assert.Throws<ArgumentNullException>(() => Result<int>.Success(1).Match<int>(null!, _ => 0));
        Assert.Throws<ArgumentNullException>(() => Result<int>.Failure(Where).Match<int>(v => v, null!));
    }

    [Fact]
    public void Switch_NullAction_ThrowsEvenWhenTheOtherCaseRuns()
    {
        var ran = false;

        Assert.Throws<ArgumentNullException>(() => Result<int>.Failure(Where).Switch(null!, _ => ran = true));
        Assert.Throws<ArgumentNullException>(() => Result<int>.Success(1).Switch(_ => ran = true, null!));
        Assert.Throws<ArgumentNullException>(() => Result<int>.Success(1).Switch(null!, _ => ran = true));
        Assert.Throws<ArgumentNullException>(() => Result<int>.Failure(Where).Switch(_ => ran = true, null!));
        Assert.False(ran);
    }

    [Fact]
    public void EqualityOperators_HandleNullOnEitherSide()
    {
        Result<int>? none = null;
        Result<int>? alsoNone = null;
        var five = Result<int>.Success(5);

        Assert.True(none == alsoNone);
        Assert.False(none != alsoNone);
        Assert.False(five == none);
        Assert.True(five != none);
        Assert.False(none == five);
        Assert.True(none != five);
    }

    [Fact]
    public void EqualityOperators_CompareByValueOrByProblems()
    {
        Assert.True(Result<int>.Success(5) == Result<int>.Success(5));
        Assert.False(Result<int>.Success(5) != Result<int>.Success(5));
        Assert.False(Result<int>.Success(5) == Result<int>.Success(6));
        Assert.True(Result<int>.Success(5) != Result<int>.Success(6));
        Assert.True(Result<int>.Failure(Where) == Result<int>.Failure(new Problem("target", Bad)));
        Assert.False(Result<int>.Failure(Where) != Result<int>.Failure(new Problem("target", Bad)));
        Assert.False(Result<int>.Success(5) == Result<int>.Failure(Where));
        Assert.True(Result<int>.Success(5) != Result<int>.Failure(Where));
    }

    [Fact]
    public void GetHashCode_Failure_IsByProblems()
    {
        var failure = Result<int>.Failure(Where);
        var same = Result<int>.Failure(new Problem("target", Bad));

        Assert.Equal(failure.GetHashCode(), same.GetHashCode());
        Assert.Equal(2, new HashSet<Result<int>> { failure, same, Result<int>.Success(0) }.Count);
    }
}
