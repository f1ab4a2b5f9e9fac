using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>The catalogues of built-in answer scales and grade tables: <c>All</c>, <c>TryGet</c> and <c>Get</c>.</summary>
public class BuiltInCatalogueTests
{
    [Theory]
    [InlineData("a-e")]
    [InlineData(" A-E ")]
    [InlineData("AA-E-KEBERADAAN")]
    [InlineData("four-level")]
    public void AnswerScales_TryGetAndGet_FindTheSameScale(string id)
    {
        Assert.True(AnswerScales.TryGet(id, out var scale));
        Assert.Same(scale, AnswerScales.Get(id));
        Assert.Contains(scale, AnswerScales.All);
    }

    [Theory]
    [InlineData("a-f")]
    [InlineData("")]
    [InlineData(null)]
    public void AnswerScales_UnknownId_IsNotFound(string? id)
    {
        Assert.False(AnswerScales.TryGet(id, out var scale));
        Assert.Null(scale);
    }

    [Fact]
    public void AnswerScales_GetUnknownId_ThrowsListingTheIds()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => AnswerScales.Get("a-f"));

        Assert.Contains("a-e-sixths", e.Message, StringComparison.Ordinal);
        Assert.Equal(8, AnswerScales.All.Count);
    }

    [Fact]
    public void GradeTables_All_ListsBothRegulationsNewestFirst() =>
        Assert.Equal([GradeTables.PermenPanRb88Of2021, GradeTables.PermenPanRb12Of2015], GradeTables.All);

    [Theory]
    [InlineData("permenpanrb-88-2021", "88")]
    [InlineData(" PERMENPANRB-12-2015 ", "12")]
    public void GradeTables_TryGetAndGet_FindTheRegulationsTable(string id, string regulation)
    {
        var expected = regulation == "88" ? GradeTables.PermenPanRb88Of2021 : GradeTables.PermenPanRb12Of2015;

        Assert.True(GradeTables.TryGet(id, out var table));
        Assert.Same(expected, table);
        Assert.Same(expected, GradeTables.Get(id));
    }

    [Theory]
    [InlineData("permenpanrb-88-2021-layout-b")]
    [InlineData(null)]
    public void GradeTables_UnknownId_IsNotFound(string? id)
    {
        Assert.False(GradeTables.TryGet(id, out var table));
        Assert.Null(table);
        Assert.Throws<KeyNotFoundException>(() => GradeTables.Get(id ?? "x"));
    }

    [Fact]
    public void GradeTables_EachBuiltInScheme_UsesTheTableOfItsRegulation()
    {
        Assert.Same(GradeTables.Get("permenpanrb-88-2021"), EvaluationSchemes.PermenPanRb88Of2021.Grades);
        Assert.Same(GradeTables.Get("permenpanrb-12-2015"), EvaluationSchemes.PermenPanRb12Of2015.Grades);
    }
}
