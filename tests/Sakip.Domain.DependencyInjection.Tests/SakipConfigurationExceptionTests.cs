using Sakip.Domain.Text;

namespace Sakip.Domain.DependencyInjection.Tests;

public class SakipConfigurationExceptionTests
{
    [Fact]
    public void FromProblems_ListsEachOnALine()
    {
        var problems = new[] { new Problem("a", new Reason("x", "first", "pertama")), new Problem("b", new Reason("y", "second", "kedua")) };

        var exception = new SakipConfigurationException(problems);

        Assert.Equal(problems, exception.Problems);
        Assert.Equal(string.Join(Environment.NewLine, "The Sakip rule catalogue is misconfigured (2 problems):", "a: first", "b: second"), exception.Message);
    }

    [Fact]
    public void FromOneProblem_SaysProblem()
    {
        var exception = new SakipConfigurationException([new Problem("a", new Reason("x", "first", "pertama"))]);

        Assert.StartsWith("The Sakip rule catalogue is misconfigured (1 problem):", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromMessage_HasNoProblems()
    {
        var inner = new InvalidOperationException("inner");

        Assert.Empty(new SakipConfigurationException().Problems);
        Assert.Equal("m", new SakipConfigurationException("m").Message);
        Assert.Same(inner, new SakipConfigurationException("m", inner).InnerException);
        Assert.Empty(new SakipConfigurationException("m", inner).Problems);
    }
}
