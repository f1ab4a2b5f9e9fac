using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Rules;
using Sakip.Domain.Testing;
using Sakip.Domain.Text;
using static Sakip.Domain.Spreadsheets.Tests.Workbooks;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>The workbook's formulas compute what the library computes: the cached values the writer stores, and the
/// values LibreOffice computes when it recalculates the workbook.</summary>
public class LkeWorkbookFormulaTests
{
    /// <summary>Evaluations of every built-in scheme by each method it takes, answered from a fixed seed: complete
    /// ones (so that totals and grades are computed) and incomplete ones, with final answers, proposed answers and
    /// lower-case codes.</summary>
    public static IEnumerable<Evaluation> Samples()
    {
        var random = new Random(20_261_206);
        foreach (var scheme in EvaluationSchemes.All)
        {
            var methods = scheme.SupportsSubComponentGrades ? new[] { EvaluationMethod.SubComponentGrades, EvaluationMethod.CriterionGrades } : [EvaluationMethod.CriterionGrades];
            foreach (var method in methods)
            {
                for (var i = 0; i < 2; i++)
                {
                    var missing = i == 1 ? 0.15 : 0.0;
                    var answers = scheme.Criteria.Where(_ => random.NextDouble() >= missing).Select(k => Answer(k.Id, k.Scale)).ToList();
                    var grades = scheme.SubComponents.Where(s => s.Scale is not null && random.NextDouble() >= missing).Select(s => Grade(s.Id, s.Scale!)).ToList();
                    yield return Evaluation.Create(scheme, "Kabupaten Uji", 2025, method, answers, grades).GetValueOrThrow();
                }
            }
        }

        (string? Proposed, string? Final) Codes(AnswerScale scale)
        {
            string Pick() => scale.Options[random.Next(scale.Options.Count)].Code;
            var code = random.Next(5) == 0 ? Pick().ToLowerInvariant() : Pick();
            return random.Next(3) switch
            {
                0 => (code, null),
                1 => (Pick(), code),
                _ => (null, code),
            };
        }

        CriterionAnswer Answer(string id, AnswerScale scale)
        {
            var (p, f) = Codes(scale);
            return new CriterionAnswer(id, p, f);
        }

        SubComponentAnswer Grade(string id, AnswerScale scale)
        {
            var (p, f) = Codes(scale);
            return new SubComponentAnswer(id, p, f);
        }
    }

    /// <summary>Complete evaluations of generated schemes (seeded) whose grade tables take the paths the built-in
    /// ones do not: inclusive edges, a truncated or exact deciding score; points scoring and random scales.</summary>
    public static IReadOnlyList<Evaluation> GeneratedSamples() =>
        Gen.Sample(
            EvaluationGenerators.AnyCompleteEvaluation().Where(e => e.Scheme.Grades.Edges == EdgeSemantics.LowerInclusive || e.Scheme.Grades.Deciding?.Mode != RoundingMode.HalfUp),
            20,
            new Rnd(20_261_206UL),
            6);

    [Fact]
    public void Write_CachedValues_AreTheLibrarysFigures()
    {
        foreach (var evaluation in Samples())
        {
            var sheet = Read(Write(evaluation)).GetValueOrThrow();
            var result = evaluation.Score();
            Assert.Empty(sheet.Differences);
            var expectedCount = result.SubComponents.Count() + (2 * result.Components.Count) + 3;
            Assert.Equal(expectedCount, sheet.Figures.Count);
            var grade = Assert.Single(sheet.Figures, f => f.Kind == LkeFigureKind.Grade);
            Assert.Equal(result.Grade?.Code, grade.Sheet);
        }
    }

    [Fact]
    public void Read_EditedFormula_IsScoredFromTheAnswersAndTheDifferenceReported()
    {
        var evaluation = Samples().First();
        var names = LkeLayout.ComponentSheets(evaluation.Scheme);
        var gradeRow = LkeWriter.SummaryRows(evaluation.Scheme.Components.Count).Grade;
        var edited = Edit(Write(evaluation), d =>
        {
            SetFormula(Sheet(d, names[0]), "H4", "100", "100");
            SetFormula(Sheet(d, "Ringkasan"), $"D{gradeRow}", "\"ZZ\"", "ZZ");
        });

        var sheet = Read(edited).GetValueOrThrow();
        var result = evaluation.Score();
        Assert.Equal(result, sheet.Evaluation.Score());
        var first = result.Components[0].SubComponents[0].Score!.Value;
        Assert.Contains(new LkeFigure($"'{names[0]}'!H4", LkeFigureKind.SubComponentScore, evaluation.Scheme.Components[0].SubComponents[0].Id, "100", Figures.Text(first)), sheet.Differences);
        Assert.Contains(new LkeFigure($"Ringkasan!D{gradeRow}", LkeFigureKind.Grade, null, "ZZ", result.Grade?.Code), sheet.Differences);
        Assert.Equal(2, sheet.Differences.Count);
    }

    [LibreOfficeFact]
    public void LibreOffice_Recalculated_EqualsTheLibrarysScore()
    {
        var directory = Directory.CreateTempSubdirectory("sakip-lke-");
        try
        {
            var samples = Samples().Concat(GeneratedSamples()).ToList();
            var files = new List<string>();
            for (var i = 0; i < samples.Count; i++)
            {
                // Every formula's cached value is wiped first: only a recalculation can bring the figures back.
                var language = i % 2 == 0 ? Language.Indonesian : Language.English;
                var path = Path.Combine(directory.FullName, $"lke-{i:00}.xlsx");
                var bytes = Write(samples[i], new LkeWorkbookOptions { Language = language });
                if (i == 0)
                {
                    // The method typed as its JSON id, which the reader takes: the formulas take it too.
                    Assert.Equal(EvaluationMethod.SubComponentGrades, samples[i].Method);
                    bytes = Edit(bytes, d => SetText(Sheet(d, "Info"), "B9", "Sub-Component-Grades"));
                }

                File.WriteAllBytes(path, Edit(bytes, WipeCachedValues));
                files.Add(path);
            }

            var converted = LibreOffice.ConvertToXlsx(files, Directory.CreateDirectory(Path.Combine(directory.FullName, "out")).FullName);
            for (var i = 0; i < samples.Count; i++)
            {
                var sheet = Read(File.ReadAllBytes(converted[i]), Schemes(samples[i].Scheme)).GetValueOrThrow();
                var result = samples[i].Score();
                Assert.Equal(samples[i], sheet.Evaluation);
                Assert.True(sheet.Differences.Count == 0, $"{samples[i].Scheme.Id} {samples[i].Method} #{i}: {string.Join("; ", sheet.Differences)}");
                Assert.Equal(result.SubComponents.Count() + (2 * result.Components.Count) + 3, sheet.Figures.Count);
                if (result.Total is not null)
                {
                    Assert.Equal(result.Grade!.Code, sheet.Figures.Single(f => f.Kind == LkeFigureKind.Grade).Sheet);
                }
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static Func<string, EvaluationScheme?> Schemes(EvaluationScheme scheme) =>
        id => EvaluationSchemes.TryGet(id, out var builtIn) ? builtIn : Only(scheme)(id);

    private static void WipeCachedValues(DocumentFormat.OpenXml.Packaging.SpreadsheetDocument document)
    {
        foreach (var part in document.WorkbookPart!.WorksheetParts)
        {
            foreach (var cell in part.Worksheet.Descendants<Cell>().Where(c => c.CellFormula is not null))
            {
                cell.DataType = CellValues.String;
                cell.CellValue = new CellValue("stale");
            }
        }
    }
}
