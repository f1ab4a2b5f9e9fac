using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Evaluations;
using static Sakip.Domain.Spreadsheets.Tests.CriteriaSheets;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>A malformed corpus: each case is the hand-laid criteria table of PermenPAN-RB 88/2021 (header in row 2,
/// component 1 from row 3, sub-component 1a in rows 3–8, 1b from row 9, weights beside it in G:J, scales on sheet
/// Skala) with one thing wrong, which is reported once, by its cell, and never thrown.</summary>
public class CriteriaWorkbookProblemTests
{
    private static readonly EvaluationScheme Lke88 = EvaluationSchemes.PermenPanRb88Of2021;
    private static readonly CriteriaImportOptions WithBase = new() { Base = Lke88 };
    private static readonly CriteriaImportOptions GradesOnly = new() { Grades = Lke88.Grades, DefaultMethod = Lke88.DefaultMethod };

    private static byte[] Plain(Action<FixtureSheet> edit)
    {
        var sheet = Table(Lke88);
        edit(sheet);
        return Build(sheet);
    }

    private static byte[] SelfContained(Action<FixtureSheet, FixtureSheet> edit)
    {
        var sheet = Table(Lke88);
        WeightsBeside(sheet, Lke88);
        var scales = Scales(Lke88);
        edit(sheet, scales);
        return Build(sheet, scales);
    }

    private static readonly Dictionary<string, (Func<byte[]> Workbook, CriteriaImportOptions Options, string Path, string Code)> Cases = new()
    {
        ["criterion without sub-component"] = (() => Plain(s => s.Cells.Remove("C3")), WithBase, "Kriteria!C3", "criteria-no-sub-component"),
        ["sub-component without component"] = (() => Plain(s => s.Cells.Remove("B3")), WithBase, "Kriteria!C3", "criteria-no-component"),
        ["component changes mid-block"] = (() => Plain(s => s.Cells["B5"] = "9. Lain-lain"), WithBase, "Kriteria!C5", "criteria-component-changed"),
        ["merged sub-component runs into the next component"] = (() => Plain(s => s.Merges.Add("C20:C30")), WithBase, "Kriteria!C20", "criteria-component-changed"),
        ["duplicate criterion number"] = (() => Plain(s => s.Cells["A4"] = 1m), WithBase, "Kriteria!A4", "criteria-duplicate-id"),
        ["duplicate sub-component"] = (() => Plain(s => s.Cells["C20"] = "a. Keberadaan lagi"), WithBase, "Kriteria!C20", "criteria-duplicate-id"),
        ["duplicate component"] = (() => Plain(s => s.Cells["B48"] = "1. Perencanaan Kinerja (lanjutan)"), WithBase, "Kriteria!B48", "criteria-duplicate-id"),
        ["merged across columns"] = (() => Plain(s => s.Merges.Add("C3:D3")), WithBase, "Kriteria!C3", "criteria-merged-across"),
        ["formula where a criterion belongs"] = (() => Plain(s => s.Cells["D5"] = new FormulaCell("\"Terdapat \"&\"dokumen\"", "Terdapat dokumen")), WithBase, "Kriteria!D5", "criteria-formula"),
        ["logical value where a criterion belongs"] = (() => Plain(s => s.Cells["D5"] = true), WithBase, "Kriteria!D5", "criteria-not-text"),
        ["number without criterion"] = (() => Plain(s => s.Cells.Remove("D5")), WithBase, "Kriteria!D5", "workbook-required"),
        ["unknown scale"] = (() => Plain(s => { s.Cells["E2"] = "Skala"; s.Cells["E4"] = "a-z"; }), WithBase, "Kriteria!E4", "criteria-unknown-scale"),
        ["depends on an unknown criterion"] = (() => Plain(s => { s.Cells["E2"] = "Bergantung pada"; s.Cells["E4"] = "1a.99"; }), WithBase, "Kriteria!E4", "unknown-criterion"),
        ["unknown scoring method"] = (() => SelfContained((s, _) => { s.Cells["K2"] = "Metode"; s.Cells["K4"] = "median"; }), GradesOnly, "Kriteria!K4", "criteria-unknown-method"),
        ["weights do not add up"] = (() => SelfContained((s, _) => s.Cells["I4"] = "7"), GradesOnly, "Kriteria!I3", "weights-do-not-add-up"),
        ["number ambiguous between cultures"] = (() => SelfContained((s, _) => s.Cells["I4"] = "6.000"), GradesOnly, "Kriteria!I4", "criteria-ambiguous-number"),
        ["weight not a number"] = (() => SelfContained((s, _) => s.Cells["I4"] = "enam"), GradesOnly, "Kriteria!I4", "criteria-not-a-number"),
        ["weight conflicts with the criteria table"] = (() => SelfContained((s, _) => { s.Cells["E2"] = "Bobot"; s.Cells["E3"] = 5m; }), GradesOnly, "Kriteria!I4", "criteria-weight-conflict"),
        ["no weight and no base"] = (() => SelfContained((s, _) => s.Cells.Remove("I4")), GradesOnly, "Kriteria!C3", "criteria-no-weight"),
        ["unknown weight row"] = (() => SelfContained((s, _) => s.Cells["G4"] = "1z"), GradesOnly, "Kriteria!G4", "criteria-unknown-weight-row"),
        ["scale value above 1"] = (() => SelfContained((_, k) => k.Cells["D2"] = 100m), GradesOnly, "Skala!D2", "criteria-value-out-of-range"),
        ["scale values not descending"] = (() => SelfContained((_, k) => k.Cells["D3"] = "100%"), GradesOnly, "Skala!D3", "options-not-descending"),
        ["no grade table"] = (() => SelfContained((_, _) => { }), CriteriaImportOptions.Default, string.Empty, "criteria-no-grade-table"),
        ["no criteria table"] = (() => Build(new FixtureSheet("Kriteria") { Cells = { ["A1"] = "Komponen", ["B1"] = "Uraian" } }), WithBase, string.Empty, "criteria-no-table"),
        ["no such sheet"] = (() => Plain(_ => { }), WithBase with { Sheet = "Lembar 9" }, "'Lembar 9'", "criteria-missing-sheet"),
        ["not a workbook"] = (() => Encoding.UTF8.GetBytes("Komponen;Sub Komponen;Kriteria"), WithBase, string.Empty, "workbook-unreadable"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Read_MalformedWorkbook_ReportsOneProblemAtItsCell(string name)
    {
        var (workbook, options, path, code) = Cases[name];

        var result = Read(workbook(), options);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((path, code), (problem.Path, problem.Reason.Code));
        Assert.False(string.IsNullOrWhiteSpace(problem.Reason.Message.Indonesian));
    }

    [Fact]
    public void Read_TooLarge_IsAProblem()
    {
        var result = Read(Build(Table(Lke88)), WithBase with { Limits = new LkeReadOptions { MaxWorkbookBytes = 1000 } });

        Assert.Equal("workbook-too-large", Assert.Single(result.Problems).Reason.Code);
    }

    [Property(MaxTest = 100)]
    public Property Read_FlippedBytes_NeverThrows() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 255).ToArbitrary(), (position, flip) =>
        {
            var bytes = Write(Lke88);
            bytes[position % bytes.Length] ^= (byte)flip;
            var result = Read(bytes, WithBase);
            return result.IsSuccess || result.Problems.Count > 0;
        });
}
