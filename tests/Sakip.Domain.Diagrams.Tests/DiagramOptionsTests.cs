using Sakip.Domain.Text;

namespace Sakip.Domain.Diagrams.Tests;

public class DiagramOptionsTests
{
    [Fact]
    public void Default_ShowsEverythingInIndonesian()
    {
        var options = DiagramOptions.Default;

        Assert.Null(options.Agency);
        Assert.Null(options.MaxDepth);
        Assert.Null(options.Title);
        Assert.Equal(Language.Indonesian, options.Language);
        Assert.Same(Cultures.Indonesian, options.Culture);
    }

    [Fact]
    public void MaxDepth_Negative_Throws() => Assert.Throws<ArgumentException>(() => new DiagramOptions { MaxDepth = -1 });

    [Fact]
    public void Culture_Null_Throws() => Assert.Throws<ArgumentNullException>(() => new DiagramOptions { Culture = null! });

    [Fact]
    public void NullOptions_MeanTheDefault()
    {
        var evaluation = DiagramTrees.Evaluate(DiagramTrees.Sample());

        Assert.Equal(SvgDiagram.Render(evaluation, DiagramOptions.Default), SvgDiagram.Render(evaluation));
        Assert.Equal(MermaidDiagram.Render(evaluation, DiagramOptions.Default), MermaidDiagram.Render(evaluation, null));
        Assert.Equal(DotDiagram.Render(evaluation, DiagramOptions.Default), DotDiagram.Render(evaluation, null));
    }
}
