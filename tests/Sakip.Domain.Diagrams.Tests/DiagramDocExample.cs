using Sakip.Domain.Codes;
using Sakip.Domain.Planning;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Diagrams.Tests;

/// <summary>The code example of docs/diagrams.md, verbatim between the markers (checked by
/// <see cref="DiagramDocTests"/>).</summary>
internal static class DiagramDocExample
{
    public static void Run(SakipDocument document, string folder)
    {
        // begin-diagram-example
        PerformanceTree tree = PerformanceTreeFactory.FromDocument(document, 2025).GetValueOrThrow();
        TreeEvaluation evaluation = TreeEvaluator.Default.Evaluate(tree);

        var options = new DiagramOptions
        {
            Agency = OrganisationCode.Parse("1.02.0.00.0.00.01.0000", null), // Dinas Kesehatan, with its regional context
            MaxDepth = 4,                                                       // down to kegiatan; deeper nodes show as "+N"
            Title = "Pohon Kinerja Dinas Kesehatan 2025",
        };

        File.WriteAllText(Path.Combine(folder, "pohon-kinerja.svg"), SvgDiagram.Render(evaluation, options));
        File.WriteAllText(Path.Combine(folder, "pohon-kinerja.mmd"), MermaidDiagram.Render(evaluation, options));
        File.WriteAllText(Path.Combine(folder, "pohon-kinerja.dot"), DotDiagram.Render(evaluation, options));
        // end-diagram-example
    }
}
