using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Testing;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Tests.Planning;

/// <summary><c>ToBuilder()</c> is the way to change a validated model: it holds the model's contents, so building it
/// again gives an equal model, and changes made through it are checked again.</summary>
public class ToBuilderPropertyTests
{
    [Property(MaxTest = 200)]
    public Property ToBuilder_BuiltAgain_EqualsTheDocument() =>
        Prop.ForAll(DocumentGenerators.Document.ToArbitrary(), document =>
        {
            var rebuilt = document.ToBuilder().Build();
            return (rebuilt.IsSuccess && rebuilt.GetValueOrThrow() == document)
                .Label(rebuilt.IsSuccess ? "rebuilt document differs" : string.Join("\n", rebuilt.Problems));
        });

    [Property(MaxTest = 100)]
    public Property ToBuilder_ChangingTheBuilder_LeavesTheDocumentAlone() =>
        Prop.ForAll(DocumentGenerators.Document.ToArbitrary(), document =>
        {
            var copy = document.ToBuilder().Build().GetValueOrThrow();
            var builder = document.ToBuilder();
            builder.Indicators.Clear();
            builder.Renstras.Clear();
            builder.PerjanjianKinerja.Clear();
            builder.Evaluations.Clear();
            builder.Rpjmd = null;
            return document == copy;
        });

    [Property(MaxTest = 200)]
    public Property ToBuilder_RemovingAReferencedIndicator_IsRefusedByBuild() =>
        Prop.ForAll(DocumentGenerators.Document.ToArbitrary(), document =>
        {
            var referenced = document.Renstras.SelectMany(r => r.Sasaran.SelectMany(s => s.Indicators).Concat(r.Items.SelectMany(i => i.Indicators)))
                .Select(p => p.IndicatorId)
                .Concat(document.PerjanjianKinerja.SelectMany(pk => pk.Targets).Select(t => t.IndicatorId))
                .FirstOrDefault();
            var builder = document.ToBuilder();
            builder.Indicators.RemoveAll(i => i.Id == referenced);
            var rebuilt = builder.Build();
            return (referenced is null || (!rebuilt.IsSuccess && rebuilt.Problems.Any(p => p.Reason.Code == "unknown-reference")))
                .Classify(referenced is null, "no referenced indicator");
        });

    [Property(MaxTest = 200)]
    public Property PerformanceTreeToBuilder_BuiltAgain_HasTheSameContents() =>
        Prop.ForAll(TreeGenerators.Tree.ToArbitrary(), tree =>
        {
            var rebuilt = tree.ToBuilder().Build();
            return (rebuilt.IsSuccess
                    && rebuilt.GetValueOrThrow().Nodes == tree.Nodes
                    && rebuilt.GetValueOrThrow().Links == tree.Links
                    && rebuilt.GetValueOrThrow().Shared == tree.Shared)
                .Label(rebuilt.IsSuccess ? "rebuilt tree differs" : string.Join("\n", rebuilt.Problems));
        });

    [Fact]
    public void PerformanceTreeToBuilder_ChangingTheBuilder_LeavesTheTreeAlone()
    {
        var tree = new PerformanceTreeBuilder
        {
            Nodes = [new TreeNode("A", "A", TreeLevel.HeadOfRegion, NodeKind.Sasaran), new TreeNode("B", "B", TreeLevel.HeadOfRegion, NodeKind.Sasaran)],
            Links = [new TreeLink("A", "B")],
        }.Build().GetValueOrThrow();

        var builder = tree.ToBuilder();
        builder.Links.Add(new TreeLink("B", "A"));

        Assert.False(builder.Build().IsSuccess);
        Assert.Single(tree.Links);
    }
}
