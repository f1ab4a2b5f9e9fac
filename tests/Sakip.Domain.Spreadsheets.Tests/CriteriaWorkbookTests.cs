using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Testing;
using static Sakip.Domain.Spreadsheets.Tests.CriteriaSheets;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>The criteria workbook: a hand-laid criteria table imports into a scheme that scores like the built-in one,
/// and every built-in scheme survives scheme → workbook → scheme.</summary>
public class CriteriaWorkbookTests
{
    private static readonly EvaluationScheme Lke88 = EvaluationSchemes.PermenPanRb88Of2021;

    /// <summary>The table of the issue: 80 criteria under 12 sub-components, each heading written once with empty cells
    /// below; weights and scales from the built-in scheme as the base.</summary>
    private static readonly EvaluationScheme FromBase = Read(Build(Table(Lke88)), new CriteriaImportOptions { Base = Lke88 }).GetValueOrThrow();

    /// <summary>The same table with merged headings, the weights in a table beside it (typed as Indonesian text) and
    /// the scales on their own sheet: everything but the grade table and method from the workbook.</summary>
    private static readonly EvaluationScheme FromWorkbook = ImportSelfContained();

    private static EvaluationScheme ImportSelfContained()
    {
        var sheet = Table(Lke88, merged: true);
        WeightsBeside(sheet, Lke88);
        return Read(Build(sheet, Scales(Lke88)), new CriteriaImportOptions { Grades = Lke88.Grades, DefaultMethod = Lke88.DefaultMethod }).GetValueOrThrow();
    }

    public static TheoryData<string> BuiltInIds => [.. EvaluationSchemes.All.Select(s => s.Id)];

    [Fact]
    public void HandLaidTable_HasTheWorksheetsShape()
    {
        foreach (var scheme in new[] { FromBase, FromWorkbook })
        {
            Assert.Equal(80, scheme.Criteria.Count);
            Assert.Equal(12, scheme.SubComponents.Count);
            Assert.Equal(Lke88.Criteria.Select(k => (k.Id, k.Title, k.Scale)), scheme.Criteria.Select(k => (k.Id, k.Title, k.Scale)));
            Assert.Equal(Lke88.SubComponents.Select(s => (s.Id, s.Name, s.Weight, s.Scale)), scheme.SubComponents.Select(s => (s.Id, s.Name, s.Weight, s.Scale)));
        }
    }

    [Property(MaxTest = 60)]
    public Property HandLaidTable_ScoresLikeTheBuiltInScheme_WithTheSameAnswers() =>
        Prop.ForAll(EvaluationGenerators.Evaluations(Lke88).ToArbitrary(), Gen.Elements(FromBase, FromWorkbook).ToArbitrary(), (evaluation, imported) =>
        {
            var expected = evaluation.Score();
            var actual = Evaluation.Create(imported, evaluation.Subject, evaluation.Year, evaluation.Method, evaluation.Answers, evaluation.Grades).GetValueOrThrow().Score();
            return (actual.Total == expected.Total
                    && actual.DecidingScore == expected.DecidingScore
                    && Equals(actual.Grade, expected.Grade)
                    && actual.SubComponents.Select(s => s.Score).SequenceEqual(expected.SubComponents.Select(s => s.Score))
                    && actual.Components.Select(c => c.Score).SequenceEqual(expected.Components.Select(c => c.Score)))
                .Label($"{actual.Total} / {actual.Grade?.Code} vs {expected.Total} / {expected.Grade?.Code}");
        });

    [Fact]
    public void HandLaidTable_WithBase_SaysWhatItTookFromTheBase()
    {
        Assert.Equal("permenpanrb-88-2021-imported", FromBase.Id);
        Assert.Equal(1, FromBase.Version);
        Assert.Contains(FromBase.Assumptions, a => a.StartsWith("The workbook gives no weights of 1a, 1b", StringComparison.Ordinal) && a.Contains("base scheme permenpanrb-88-2021 v2", StringComparison.Ordinal));
        Assert.Contains(FromBase.Assumptions, a => a.StartsWith("Grade table taken from", StringComparison.Ordinal));
        Assert.DoesNotContain(FromWorkbook.Assumptions, a => a.Contains("weights", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void WriteThenRead_BuiltInScheme_GivesTheSameScheme(string id)
    {
        var scheme = EvaluationSchemes.Get(id);
        var options = new CriteriaImportOptions
        {
            Id = scheme.Id,
            Name = scheme.Name,
            Version = scheme.Version,
            Basis = scheme.Basis,
            Grades = scheme.Grades,
            DefaultMethod = scheme.DefaultMethod,
        };

        var read = Read(Write(scheme), options).GetValueOrThrow();

        // No base: everything but the grade table and the method came from the workbook.
        Assert.Equal(scheme.ToDefinition() with { Assumptions = [], Changes = [] }, read.ToDefinition());
    }

    [Property(MaxTest = 40)]
    public Property WriteThenRead_GeneratedScheme_GivesTheSameComponents() =>
        Prop.ForAll(EvaluationGenerators.Schemes().ToArbitrary(), scheme =>
        {
            var read = Read(Write(scheme), new CriteriaImportOptions { Grades = scheme.Grades, DefaultMethod = scheme.DefaultMethod });
            return read.TryGetValue(out var back)
                ? back.Components.Equals(scheme.Components).Label("components differ")
                : false.Label(read.ToString());
        });

    [Fact]
    public void Write_IsTheSameBytesEachTime() => Assert.Equal(Write(Lke88), Write(Lke88));

    [Fact]
    public void HeadingsInEnglish_AndNumbersInTheTitle_AreRead()
    {
        var sheet = new FixtureSheet("Criteria");
        sheet.Cells["B3"] = "Component";
        sheet.Cells["C3"] = "Sub-component";
        sheet.Cells["D3"] = "Criterion";
        sheet.Cells["E3"] = "Weight";
        sheet.Cells["F3"] = "Answer scale";
        sheet.Cells["F4"] = "yes-no";
        sheet.Cells["F5"] = "yes-no";
        sheet.Cells["F6"] = "a-e";
        sheet.Cells["B4"] = "A. Planning";
        sheet.Cells["C4"] = "a) Existence";
        sheet.Cells["D4"] = "1. A plan exists";
        sheet.Cells["E4"] = 40m;
        sheet.Cells["D5"] = "2. It is published";
        sheet.Cells["C6"] = "b) Quality";
        sheet.Cells["D6"] = "The plan is good";
        sheet.Cells["E6"] = "60";

        var scheme = Read(Build(sheet), new CriteriaImportOptions { Grades = GradeTables.PermenPanRb12Of2015 }).GetValueOrThrow();

        Assert.Equal(["A.a.1", "A.a.2", "A.b.1"], scheme.Criteria.Select(k => k.Id));
        Assert.Equal(["A plan exists", "It is published", "The plan is good"], scheme.Criteria.Select(k => k.Title));
        Assert.Equal([40m, 60m], scheme.SubComponents.Select(s => s.Weight));
        Assert.Equal(100m, scheme.Components[0].Weight);
    }

    [Fact]
    public void SingleScaleTable_IsEveryCriterionsScale()
    {
        var sheet = new FixtureSheet("Kriteria");
        sheet.Cells["A1"] = "Komponen";
        sheet.Cells["B1"] = "Sub Komponen";
        sheet.Cells["C1"] = "Kriteria";
        sheet.Cells["D1"] = "Bobot";
        sheet.Cells["A2"] = "1. Perencanaan";
        sheet.Cells["B2"] = "a. Dokumen";
        sheet.Cells["C2"] = "Renstra ada";
        sheet.Cells["D2"] = 100m;
        sheet.Cells["F1"] = "Kode";
        sheet.Cells["G1"] = "Nilai";
        sheet.Cells["F2"] = "Y";
        sheet.Cells["G2"] = "100%";
        sheet.Cells["F3"] = "T";
        sheet.Cells["G3"] = "0";

        var scheme = Read(Build(sheet), new CriteriaImportOptions { Grades = GradeTables.PermenPanRb12Of2015 }).GetValueOrThrow();

        Assert.Equal("1a.1", scheme.Criteria.Single().Id);
        Assert.Equal([1m, 0m], scheme.Criteria.Single().Scale.Options.Select(o => o.Value));
        Assert.Equal(EvaluationMethod.CriterionGrades, scheme.DefaultMethod);
    }
}
