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

        output.WriteLine(CliContext.Current.T(
            $"Wilayah demo (Kabupaten Contoh) ditulis ke {Path.GetFullPath(path)}. Coba: sakip check {path}; sakip measure {path} --year {DemoRegion.Year}",
            $"Wrote the demo region (Kabupaten Contoh) to {Path.GetFullPath(path)}. Try: sakip check {path}; sakip measure {path} --year {DemoRegion.Year} --lang en"));
        return 0;
    }

    /// <summary>Prints the demo; with <paramref name="svgPath"/>, also writes the tree diagram there (a failed write is
    /// reported and gives exit code 2 once everything else is printed). Nothing is written unless asked.</summary>
    internal static int Run(RuleSet rules, string asOfText, string? svgPath, TextWriter output, TextWriter error, RuleCatalogue? catalogue = null)
    {
        var context = CliContext.Current;
        var culture = context.Culture;
        catalogue ??= RuleCatalogue.BuiltIn;
        var asOf = ReportingPeriod.TryParse(asOfText);
        var asOfProblem = asOf.Problems is [var bad, ..] ? context.T(bad.Reason.Message) : (asOf.GetValueOrThrow().Year != DemoRegion.Year ? context.T($"data demo adalah untuk {DemoRegion.Year}", $"the demo data is for {DemoRegion.Year}") : null);
        if (asOfProblem is not null)
        {
            error.WriteLine($"{context.Invalid("demo")}: --as-of '{asOfText}': {asOfProblem}");
            return SakipApp.InvalidInput;
        }

        var document = DemoRegion.Create();
        var report = new PerformanceMeasurement(rules, catalogue.Formulas).Measure(document, DemoRegion.Year, asOf.GetValueOrThrow()).GetValueOrThrow();
        var cap = rules.Cap is { } c ? c.ToString(culture) : context.T("tanpa batas", "none");
        output.WriteLine(context.T(
            $"Demo Sakip.Domain: {document.Region.Name} (fiktif), RPJMD {document.Rpjmd!.Period}, {document.Renstras.Count} perangkat daerah, Perjanjian Kinerja {DemoRegion.Year}",
            $"Sakip.Domain demo: {document.Region.Name} (fictional), RPJMD {document.Rpjmd!.Period}, {document.Renstras.Count} agencies, Perjanjian Kinerja {DemoRegion.Year}"));
        output.WriteLine(context.T(
            $"Set aturan {rules.Id} v{rules.Version}: rumus indikator negatif {rules.NegativeFormulaId}, batas atas {cap}, pembulatan {RoundingRule.IdOf(rules.Rounding.Mode)} {rules.Rounding.Decimals} desimal, kategori {rules.Bands.Id}.",
            $"Rule set {rules.Id} v{rules.Version}: negative formula {rules.NegativeFormulaId}, cap {cap}, rounding {RoundingRule.IdOf(rules.Rounding.Mode)} {rules.Rounding.Decimals} decimals, bands {rules.Bands.Id}."));
        if (context.English)
        {
            // The rule sets state their legal basis in English only: in Indonesian, docs/rules.md cites it.
            output.WriteLine($"Basis: {rules.LegalBasis}.");
        }
        else
        {
            output.WriteLine("Dasar hukum set aturan: lihat docs/rules.md (sakip demo --lang en mengutipnya).");
        }
        output.WriteLine(NumbersLine(context));
        output.WriteLine();
        output.WriteLine(MeasurementView.Text(report, context));

        WriteDisagreement(output, document, report, rules, asOf.GetValueOrThrow(), context);
        output.WriteLine();
        output.WriteLine(ReviewView.Text(catalogue.Review.Run(document), context));
        var treeWritten = WriteTree(output, error, document, report, rules, asOf.GetValueOrThrow(), svgPath, catalogue, context);
        WriteEvaluation(output, document, context);
        WriteExplanation(output, report, context);
        output.WriteLine();
        output.WriteLine(context.T(
            "Ekspor wilayah ini sebagai dokumen untuk titik awal: sakip demo --export kabupaten-contoh.json",
            "Export this region as a document to start from: sakip demo --export kabupaten-contoh.json"));
        return treeWritten ? 0 : SakipApp.InvalidInput;
    }

    /// <summary>What the numbers look like and what an unreported realisation means, in the context's language.</summary>
    private static string NumbersLine(CliContext context)
    {
        var example = 1234.5m.ToString("#,##0.0", context.Culture);
        return context.T(
            $"Angka dalam format {context.CultureId} ({example}; --culture mengubahnya). Realisasi yang tidak dilaporkan tertulis 'tidak dilaporkan', tidak pernah 0.",
            $"Numbers in the {context.CultureId} format ({example}; --culture changes it). A realisation not reported shows as 'not reported', never 0.");
    }

    private static void WriteDisagreement(TextWriter output, SakipDocument document, MeasurementReport mine, RuleSet rules, ReportingPeriod asOf, CliContext context)
    {
        var culture = context.Culture;
        var other = rules.NegativeFormulaId == RuleSets.Inverse.NegativeFormulaId ? RuleSets.Reflected : RuleSets.Inverse;
        var theirs = new PerformanceMeasurement(other with { Rounding = rules.Rounding }).Measure(document, DemoRegion.Year, asOf).GetValueOrThrow();
        var table = new TextTable(context.T("Indikator negatif (Bupati)", "Negative indicator (Bupati)"), "Target", context.T("Realisasi", "Actual"), rules.NegativeFormulaId, other.NegativeFormulaId);
        var head = mine.Agreements[0];
        var headTheirs = theirs.Agreements[0];
        var rows = head.Sasaran.SelectMany(s => s.Indicators).Zip(headTheirs.Sasaran.SelectMany(s => s.Indicators));
        foreach (var (a, b) in rows.Where(r => r.First.Polarity == Polarity.Negative && r.First.Realisation is not null))
        {
            table.Add(a.Name, a.Target.ToString(null, culture), a.Realisation!.Value.ToString(null, culture), MeasurementView.Capaian(a.Result, context), MeasurementView.Capaian(b.Result, context));
        }

        output.WriteLine();
        output.WriteLine(context.T(
            $"Rumus indikator negatif berbeda hasil (referensi 1.1): data yang sama dengan {rules.Id} dan {other.Id}",
            $"Negative formulas disagree (reference 1.1): the same data under {rules.Id} and {other.Id}"));
        output.WriteLine(table.Render("  "));
    }

    private static bool WriteTree(TextWriter output, TextWriter error, SakipDocument document, MeasurementReport report, RuleSet rules, ReportingPeriod asOf, string? svgPath, RuleCatalogue catalogue, CliContext context)
    {
        var options = new RollUpOptions { Rules = rules };
        var evaluation = new TreeEvaluator(options, catalogue.Formulas).Evaluate(PerformanceTreeFactory.FromDocument(document, DemoRegion.Year, asOf).GetValueOrThrow());
        var strategy = MeasurementView.Method(options.Strategy, context);
        output.WriteLine();
        output.WriteLine(context.T(
            $"Pohon kinerja per {asOf} (setiap simpul: {strategy} indikatornya sendiri dan simpul anaknya; dipotong pada kedalaman 2, 'sakip tree' menampilkan semuanya):",
            $"Performance tree as of {asOf} (each node: the {strategy} its own indicators and child nodes; cut at depth 2, 'sakip tree' shows it all):"));
        output.WriteLine(TreeView.Text(evaluation, context, depth: 2));
        WriteWhyFiguresDiffer(output, report, evaluation, context);
        if (svgPath is null)
        {
            output.WriteLine(context.T(
                $"Gambar sebagai diagram SVG (sampai kedalaman 3) untuk dibuka di peramban: sakip demo --svg {SvgFile}",
                $"Draw it as an SVG diagram (to depth 3) to open in a browser: sakip demo --svg {SvgFile}"));
            return true;
        }

        if (!OutputFile.TryWrite(svgPath, SvgDiagram.Render(evaluation, new DiagramOptions { MaxDepth = 3 }), "demo", error))
        {
            return false;
        }

        output.WriteLine(context.T(
            $"Pohon (sampai kedalaman 3) ditulis ke {Path.GetFullPath(svgPath)}; buka di peramban.",
            $"Wrote the tree (to depth 3) as {Path.GetFullPath(svgPath)}; open it in a browser."));
        return true;
    }

    /// <summary>
    /// Says why a sasaran of the head of region shows one figure in the capaian table and another in the tree: the
    /// table is the mean of the agreement's indicators of that sasaran; the tree's node combines its own indicators
    /// and its child nodes (the agencies' sasaran that support it) by the roll-up strategy. Both are right; they answer
    /// different questions. Nothing is printed when they agree.
    /// </summary>
    private static void WriteWhyFiguresDiffer(TextWriter output, MeasurementReport report, TreeEvaluation evaluation, CliContext context)
    {
        var culture = context.Culture;
        var differing = new List<string>();
        foreach (var sasaran in report.Agreements.Where(a => a.Agency is null).SelectMany(a => a.Sasaran))
        {
            var node = evaluation.Tree.Find(PerformanceTreeFactory.RegionPrefix + sasaran.SasaranId);
            if (node is null || sasaran.Aggregate.AsValue is not { } table || evaluation[node.Id].Value is not { } tree)
            {
                continue;
            }

            var inTree = evaluation.Options.Rules.Present(tree.Value);
            if (inTree != table.Presented.Value)
            {
                differing.Add(context.T(
                    $"{sasaran.SasaranId} '{TerminalText.Safe(sasaran.Sasaran)}': tabel {table.Presented.ToString(null, culture)}, pohon {inTree.ToString(culture)} %",
                    $"{sasaran.SasaranId} '{TerminalText.Safe(sasaran.Sasaran)}': table {table.Presented.ToString(null, culture)}, tree {inTree.ToString(culture)} %"));
            }
        }

        if (differing.Count == 0)
        {
            return;
        }

        output.WriteLine(context.T(
            "Mengapa angka sasaran di pohon berbeda dari tabel capaian: tabel adalah rata-rata indikator perjanjian kinerja sasaran itu; pohon menggabungkan indikator simpul itu sendiri dengan simpul anaknya (sasaran perangkat daerah yang mendukungnya) menurut strategi roll-up. Keduanya benar untuk pertanyaan masing-masing:",
            "Why a sasaran's figure in the tree differs from the achievement table: the table is the mean of the agreement's indicators of that sasaran; the tree combines the node's own indicators with its child nodes (the agency sasaran that support it) by the roll-up strategy. Each is right for its own question:"));
        foreach (var line in differing)
        {
            output.WriteLine("  " + line);
        }
    }

    private static void WriteEvaluation(TextWriter output, SakipDocument document, CliContext context)
    {
        var culture = context.Culture;
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        var earlier = document.Evaluations.Single(e => e.Scheme.Id == scheme.Id && e.Year == DemoRegion.Year - 1);
        var current = document.Evaluations.Single(e => e.Scheme.Id == scheme.Id && e.Year == DemoRegion.Year);
        var final = current.Score(AnswerSource.Final);
        var proposed = current.Score(AnswerSource.Proposed);
        string Graded(EvaluationResult r) => $"{EvaluationView.Num(r.Total!.Value, culture)} {r.Grade!.Code} ({context.T(r.Grade.Label)})";

        output.WriteLine();
        output.WriteLine(context.T(
            $"Evaluasi AKIP ({scheme.Name}) {current.Subject} {current.Year}, nilai evaluator (final); angka dibulatkan half-up 2 desimal untuk tampilan:",
            $"AKIP evaluation ({scheme.Name}) {current.Subject} {current.Year}, the evaluator's grades (final); figures rounded half-up to 2 decimals for display:"));
        output.WriteLine(EvaluationView.Table(final, context, "  "));
        output.WriteLine(context.T(
            $"  Nilai {Graded(final)}; {EvaluationView.GradeRule(scheme.Grades, context)}.",
            $"  Score {Graded(final)}; {EvaluationView.GradeRule(scheme.Grades, context)}."));
        if (document.Realisations.FirstOrDefault(r => r.IndicatorId == "IKU-15" && r.Period.Year == DemoRegion.Year) is { } reported)
        {
            output.WriteLine(context.T(
                $"  IKU-15 '{document.Indicator("IKU-15")!.Name}' {current.Year} dilaporkan {reported.Value.Value.ToString(culture)} di PK: nilai evaluasi ini.",
                $"  IKU-15 '{document.Indicator("IKU-15")!.Name}' {current.Year} is reported as {reported.Value.Value.ToString(culture)} in the agreement: this evaluation's score."));
        }

        output.WriteLine(context.T(
            $"  Penilaian mandiri (usulan) {Graded(proposed)} vs evaluator (final) {Graded(final)}. Penilaian mandiri:",
            $"  Self-assessment (proposed) {Graded(proposed)} vs evaluator (final) {Graded(final)}. Self-assessment:"));
        foreach (var line in EvaluationView.Findings(proposed, context))
        {
            output.WriteLine("    " + line);
        }

        output.WriteLine();
        output.WriteLine(context.T($"Tahun ke tahun {earlier.Year} → {current.Year} (nilai evaluator):", $"Year over year {earlier.Year} → {current.Year} (the evaluator's grades):"));
        var comparison = EvaluationComparison.Compare(earlier.Score(AnswerSource.Final), final);
        output.WriteLine(EvaluationView.Comparison(comparison, context, "  "));
        if (EvaluationView.DeltaNote(comparison, context) is { } note)
        {
            output.WriteLine("  " + note);
        }

        var road = GradeRoad.Find(final).GetValueOrThrow();
        output.WriteLine();
        output.WriteLine(context.T(
            $"Jalan ke predikat {road.Target.Code} (perbaikan jawaban paling sedikit; 'sakip lke next' untuk berkas sendiri):",
            $"The road to grade {road.Target.Code} (the fewest answer improvements; 'sakip lke next' for your own file):"));
        output.WriteLine(EvaluationView.Road(road, context, "  "));
    }

    private static void WriteExplanation(TextWriter output, MeasurementReport report, CliContext context)
    {
        var row = report.Agreements.SelectMany(a => a.Sasaran).SelectMany(s => s.Indicators).First(r => r.Result.IsAchieved && r.Polarity == Polarity.Negative);
        output.WriteLine();
        output.WriteLine(context.T($"Setiap angka menjelaskan dirinya sendiri, mis. '{row.Name}':", $"Every figure explains itself, e.g. '{row.Name}':"));
        output.WriteLine("  " + row.Result.ToSentence(context.Language));
    }
}
