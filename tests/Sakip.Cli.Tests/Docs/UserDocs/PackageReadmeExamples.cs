#pragma warning disable IDE0005
using Microsoft.Extensions.DependencyInjection;
using Sakip.Domain;
using Sakip.Domain.Achievement;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Diagrams;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Spreadsheets;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;
#pragma warning restore IDE0005

namespace Sakip.Cli.Tests.Docs.UserDocs;

/// <summary>The code of the per-package READMEs (src/&lt;package&gt;/README.md), verbatim between the markers (checked
/// and run by <see cref="UserDocsTests"/>).</summary>
internal static class PackageReadmeExamples
{
    [DocExample("pkg-domain")]
    public static void Domain()
    {
        // begin-example: pkg-domain
        // Infant mortality: target 32, realisation 4.88 per 1,000 births; lower is better.
        var calculator = new AchievementCalculator(RuleSets.Default);
        AchievementResult result = calculator.Calculate(Target.Point(32m), new Measure(4.88m), Polarity.Negative);

        Console.WriteLine(result.Presented!.Value.ToString(null, Cultures.Indonesian));
        Console.WriteLine(result.ToSentence(Language.English));
        Console.WriteLine(calculator.Calculate(32m, null, Polarity.Negative).Status);   // empty is not zero
        // end-example: pkg-domain
    }

    [DocExample("pkg-json")]
    public static void Json(string documentPath, string folder)
    {
        // begin-example: pkg-json
        Result<SakipDocument> read = SakipDocumentJson.Read(File.ReadAllText(documentPath));
        foreach (Problem problem in read.Problems)
        {
            Console.WriteLine(problem);   // line, JSON path and reason of every problem; never an exception
        }

        if (read.TryGetValue(out var document))
        {
            Console.WriteLine($"{document.Region.Name}: {document.Indicators.Count} indicators, {document.Realisations.Count} realisations");
            File.WriteAllText(Path.Combine(folder, "copy.sakip.json"), SakipDocumentJson.Write(document)); // exact decimals
        }
        // end-example: pkg-json
    }

    [DocExample("pkg-diagrams")]
    public static void Diagrams(SakipDocument document, string folder)
    {
        // begin-example: pkg-diagrams
        PerformanceTree tree = PerformanceTreeFactory.FromDocument(document, 2025).GetValueOrThrow();
        TreeEvaluation evaluation = new TreeEvaluator(new RollUpOptions { Rules = RuleSets.Default }).Evaluate(tree);

        var options = new DiagramOptions { MaxDepth = 2, Language = Language.English };
        File.WriteAllText(Path.Combine(folder, "pohon-kinerja.svg"), SvgDiagram.Render(evaluation, options));
        string mermaid = MermaidDiagram.Render(evaluation, options);   // for a Markdown page; DotDiagram for Graphviz
        Console.WriteLine(mermaid.Split('\n')[0]);
        // end-example: pkg-diagrams
    }

    [DocExample("pkg-spreadsheets")]
    public static void Spreadsheets(string lkePath, string folder)
    {
        // begin-example: pkg-spreadsheets
        Evaluation evaluation = EvaluationJson.Read(File.ReadAllText(lkePath)).GetValueOrThrow();
        string path = Path.Combine(folder, "lke-2025.xlsx");
        using (var file = File.Create(path))
        {
            LkeWorkbook.Write(evaluation, file);   // LkeWorkbook.WriteTemplate(scheme, file, options) writes an empty one
        }

        using var workbook = File.OpenRead(path);
        Result<LkeSheet> read = LkeWorkbook.Read(workbook);   // every bad cell as a problem: 'Info'!B8, '1 Perencanaan Kinerja'!F7 …
        LkeSheet sheet = read.GetValueOrThrow();
        EvaluationResult result = sheet.Evaluation.Score();
        Console.WriteLine($"{result.PresentedTotal?.ToString(Cultures.Indonesian)} {result.Grade?.Code}");
        Console.WriteLine($"{sheet.Figures.Count} figures checked, {sheet.Differences.Count} differ from the library's");
        // end-example: pkg-spreadsheets
    }

    [DocExample("pkg-di")]
    public static void DependencyInjection()
    {
        // begin-example: pkg-di
        var services = new ServiceCollection();
        services.AddSakip(sakip => sakip.Configure(rules => rules.Add(
            RuleSets.Inverse with { Id = "kota-contoh-2025", Name = "Kota Contoh 2025", LegalBasis = "Perwali Contoh 3/2025" })));
        using ServiceProvider provider = services.BuildServiceProvider();

        RuleCatalogue catalogue = provider.GetRequiredService<RuleCatalogue>(); // one checked catalogue, a singleton
        Console.WriteLine(string.Join(", ", catalogue.RuleSets.Ids));
        // end-example: pkg-di
    }
}
