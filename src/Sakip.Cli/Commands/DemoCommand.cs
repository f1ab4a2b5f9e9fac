using System.CommandLine;
using Sakip.Cli.Demo;
using Sakip.Cli.Output;
using Sakip.Domain.Achievement;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Diagrams;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip demo</c>: the library's main job on the embedded demo region (Kabupaten Contoh).</summary>
internal static class DemoCommand
{
    /// <summary>The file name the demo suggests for its tree diagram (<c>--svg</c>); nothing is written unless asked.</summary>
    public const string SvgFile = "pohon-kinerja.svg";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var ruleSet = CommonOptions.RuleSet();
        var asOf = new Option<string>("--as-of") { Description = "As-of period in 2025, e.g. 2025-Q3 (default: the whole year 2025; never the clock).", DefaultValueFactory = _ => "2025" };
        var export = new Option<string?>("--export") { Description = "Write the demo region as a SAKIP document (JSON) to this file instead, as a starting point for your own." };
        var svg = new Option<string?>("--svg") { Description = $"Also write the performance tree (to depth 3) as a self-contained SVG diagram to this file, e.g. {SvgFile}." };
        var command = new Command("demo", "Show the capaian table and the alignment review of the embedded demo region (Kabupaten Contoh, Perjanjian Kinerja 2025).")
        {
            ruleSet, asOf, export, svg, CliCatalogue.RuleSetFile(), CliCatalogue.BandSetFile(),
        };
        command.SetAction(parse => parse.GetValue(export) is { } path
            ? Export(path, output, error)
            : CliCatalogue.From(parse, "demo", error) is not { } catalogue || CliCatalogue.RuleSet(catalogue, CommonOptions.RuleSetId(parse.GetValue(ruleSet), null), "demo", error) is not { } rules
                ? SakipApp.InvalidInput
                : Run(rules, parse.GetValue(asOf)!, parse.GetValue(svg), output, error, catalogue));
        return command;
    }

    internal static int Export(string path, TextWriter output, TextWriter error)
    {
        if (!OutputFile.TryWrite(path, SakipDocumentJson.Write(DemoRegion.Create()), "demo", error))
        {
            return SakipApp.InvalidInput;
        }

        output.WriteLine($"Wrote the demo region (Kabupaten Contoh) to {Path.GetFullPath(path)}. Try: sakip check {path}; sakip measure {path} --year {DemoRegion.Year}");
        return 0;
    }

    /// <summary>Prints the demo; with <paramref name="svgPath"/>, also writes the tree diagram there (a failed write is
    /// reported and gives exit code 2 once everything else is printed).</summary>
    internal static int Run(RuleSet rules, string asOfText, string? svgPath, TextWriter output, TextWriter error, RuleCatalogue? catalogue = null)
    {
        catalogue ??= RuleCatalogue.BuiltIn;
        var asOf = ReportingPeriod.TryParse(asOfText);
        var asOfProblem = asOf.Problems is [var bad, ..] ? bad.Reason.Message.English : (asOf.GetValueOrThrow().Year != DemoRegion.Year ? $"the demo data is for {DemoRegion.Year}" : null);
        if (asOfProblem is not null)
        {
            error.WriteLine($"sakip demo: invalid input: --as-of '{asOfText}': {asOfProblem}");
            return SakipApp.InvalidInput;
        }

        var document = DemoRegion.Create();
        var report = new PerformanceMeasurement(rules, catalogue.Formulas).Measure(document, DemoRegion.Year, asOf.GetValueOrThrow()).GetValueOrThrow();
        output.WriteLine($"Sakip.Domain demo: {document.Region.Name} (fictional), RPJMD {document.Rpjmd!.Period}, {document.Renstras.Count} agencies, Perjanjian Kinerja {DemoRegion.Year}");
        output.WriteLine($"Rule set {rules.Id} v{rules.Version}: negative formula {rules.NegativeFormulaId}, cap {(rules.Cap is { } c ? c.ToString(Cultures.Indonesian) : "none")}, rounding {RoundingRule.IdOf(rules.Rounding.Mode)} {rules.Rounding.Decimals} decimals, bands {rules.Bands.Id}.");
        output.WriteLine($"Basis: {rules.LegalBasis}.");
        output.WriteLine("Numbers as in Indonesian reports (decimal comma). Capaian = achievement; an unreported realisation is 'tidak dilaporkan', never 0.");
        output.WriteLine();
        output.WriteLine(MeasurementView.Text(report, Cultures.Indonesian));

        WriteDisagreement(output, document, report, rules, asOf.GetValueOrThrow());
        output.WriteLine();
        output.WriteLine(ReviewView.Text(catalogue.Review.Run(document), Language.Indonesian));
        var treeWritten = WriteTree(output, error, document, rules, asOf.GetValueOrThrow(), svgPath, catalogue);
        WriteEvaluation(output, document);
        WriteExplanation(output, report);
        output.WriteLine();
        output.WriteLine($"Export this region as a document to start from: sakip demo --export kabupaten-contoh.json");
        return treeWritten ? 0 : SakipApp.InvalidInput;
    }

    private static void WriteDisagreement(TextWriter output, SakipDocument document, MeasurementReport mine, RuleSet rules, ReportingPeriod asOf)
    {
        var other = rules.NegativeFormulaId == RuleSets.Inverse.NegativeFormulaId ? RuleSets.Reflected : RuleSets.Inverse;
        var theirs = new PerformanceMeasurement(other with { Rounding = rules.Rounding }).Measure(document, DemoRegion.Year, asOf).GetValueOrThrow();
        var table = new TextTable("Indikator negatif (Bupati)", "Target", "Realisasi", rules.NegativeFormulaId, other.NegativeFormulaId);
        var head = mine.Agreements[0];
        var headTheirs = theirs.Agreements[0];
        var rows = head.Sasaran.SelectMany(s => s.Indicators).Zip(headTheirs.Sasaran.SelectMany(s => s.Indicators));
        foreach (var (a, b) in rows.Where(r => r.First.Polarity == Polarity.Negative && r.First.Realisation is not null))
        {
            table.Add(a.Name, a.Target.ToString(null, Cultures.Indonesian), a.Realisation!.Value.ToString(null, Cultures.Indonesian), MeasurementView.Capaian(a.Result, Cultures.Indonesian), MeasurementView.Capaian(b.Result, Cultures.Indonesian));
        }

        output.WriteLine();
        output.WriteLine($"Negative formulas disagree (reference 1.1): the same data under {rules.Id} and {other.Id}");
        output.WriteLine(table.Render("  "));
    }

    private static bool WriteTree(TextWriter output, TextWriter error, SakipDocument document, RuleSet rules, ReportingPeriod asOf, string? svgPath, RuleCatalogue catalogue)
    {
        var evaluation = new TreeEvaluator(new RollUpOptions { Rules = rules }, catalogue.Formulas).Evaluate(PerformanceTreeFactory.FromDocument(document, DemoRegion.Year, asOf).GetValueOrThrow());
        output.WriteLine();
        output.WriteLine($"Pohon kinerja as of {asOf} (mean roll-up; depth cut at 2, 'sakip tree' shows it all):");
        output.WriteLine(TreeView.Text(evaluation, Cultures.Indonesian, depth: 2));
        if (svgPath is null)
        {
            output.WriteLine($"Draw it as an SVG diagram (to depth 3) to open in a browser: sakip demo --svg {SvgFile}");
            return true;
        }

        if (!OutputFile.TryWrite(svgPath, SvgDiagram.Render(evaluation, new DiagramOptions { MaxDepth = 3 }), "demo", error))
        {
            return false;
        }

        output.WriteLine($"Wrote the tree (to depth 3) as {Path.GetFullPath(svgPath)}; open it in a browser.");
        return true;
    }

    private static void WriteEvaluation(TextWriter output, SakipDocument document)
    {
        var culture = Cultures.Indonesian;
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        var earlier = document.Evaluations.Single(e => e.Scheme.Id == scheme.Id && e.Year == DemoRegion.Year - 1);
        var current = document.Evaluations.Single(e => e.Scheme.Id == scheme.Id && e.Year == DemoRegion.Year);
        var final = current.Score(AnswerSource.Final);
        var proposed = current.Score(AnswerSource.Proposed);
        string Graded(EvaluationResult r) => $"{EvaluationView.Num(r.Total!.Value, culture)} {r.Grade!.Code} ({r.Grade.Label.Indonesian})";

        output.WriteLine();
        output.WriteLine($"Evaluasi AKIP ({scheme.Name}) {current.Subject} {current.Year}, nilai evaluator (final); angka dibulatkan half-up 2 desimal untuk tampilan:");
        output.WriteLine(EvaluationView.Table(final, culture, "  "));
        output.WriteLine($"  Nilai {Graded(final)}; {EvaluationView.GradeRule(scheme.Grades, culture)}.");
        if (document.Realisations.FirstOrDefault(r => r.IndicatorId == "IKU-15" && r.Period.Year == DemoRegion.Year) is { } reported)
        {
            output.WriteLine($"  IKU-15 '{document.Indicator("IKU-15")!.Name}' {current.Year} dilaporkan {reported.Value.Value.ToString(culture)} di PK: nilai evaluasi ini.");
        }

        output.WriteLine($"  Penilaian mandiri (usulan) {Graded(proposed)} vs evaluator (final) {Graded(final)}. Penilaian mandiri:");
        foreach (var line in EvaluationView.Findings(proposed, Language.Indonesian, culture))
        {
            output.WriteLine("    " + line);
        }

        output.WriteLine();
        output.WriteLine($"Tahun ke tahun {earlier.Year} → {current.Year} (nilai evaluator):");
        var comparison = EvaluationComparison.Compare(earlier.Score(AnswerSource.Final), final);
        output.WriteLine(EvaluationView.Comparison(comparison, culture, "  "));
        if (EvaluationView.DeltaNote(comparison, culture) is { } note)
        {
            output.WriteLine("  " + note);
        }

        var road = GradeRoad.Find(final).GetValueOrThrow();
        output.WriteLine();
        output.WriteLine($"Jalan ke predikat {road.Target.Code} (perbaikan jawaban paling sedikit; 'sakip lke next' untuk berkas sendiri):");
        output.WriteLine(EvaluationView.Road(road, culture, "  "));
    }

    private static void WriteExplanation(TextWriter output, MeasurementReport report)
    {
        var row = report.Agreements.SelectMany(a => a.Sasaran).SelectMany(s => s.Indicators).First(r => r.Result.IsAchieved && r.Polarity == Polarity.Negative);
        output.WriteLine();
        output.WriteLine($"Every figure explains itself, e.g. '{row.Name}':");
        output.WriteLine("  id: " + row.Result.ToSentence(Language.Indonesian));
        output.WriteLine("  en: " + row.Result.ToSentence(Language.English));
    }
}
