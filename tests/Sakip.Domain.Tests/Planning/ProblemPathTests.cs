using Sakip.Domain.Planning;

namespace Sakip.Domain.Tests.Planning;

/// <summary><see cref="ProblemPath"/> gives the text the builder's paths always had: a head, an index in brackets, a
/// tail, and further parts appended.</summary>
public class ProblemPathTests
{
    [Theory]
    [InlineData("region.code", -1, "", "region.code")]
    [InlineData("indicators", 12, "", "indicators[12]")]
    [InlineData("indicators", 0, ".name", "indicators[0].name")]
    [InlineData("renstras[0].items", 345, ".indicators", "renstras[0].items[345].indicators")]
    public void ToString_HeadIndexAndTail_AreWrittenInOrder(string head, int index, string tail, string expected) =>
        Assert.Equal(expected, new ProblemPath(head, index, tail).ToString());

    [Fact]
    public void Then_OnAPathWithoutTail_AppendsIt() =>
        Assert.Equal("perjanjianKinerja[3].targets", new ProblemPath("perjanjianKinerja", 3).Then(".targets").ToString());

    [Fact]
    public void Then_OnAPathWithATail_KeepsItAndAppends() =>
        Assert.Equal("rpjmd.programs[2].indicators.targets", new ProblemPath("rpjmd.programs", 2, ".indicators").Then(".targets").ToString());

    [Fact]
    public void Then_Twice_AppendsBoth() =>
        Assert.Equal("realisations[7].agency.code", new ProblemPath("realisations", 7).Then(".agency").Then(".code").ToString());

    [Fact]
    public void FromText_IsThatText() => Assert.Equal("ruleSetId", ((ProblemPath)"ruleSetId").ToString());
}
