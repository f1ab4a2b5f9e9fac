using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Testing;
using Sakip.Domain.Text;
using static Sakip.Domain.Spreadsheets.Tests.Workbooks;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>Evaluation → workbook → evaluation, over generated evaluations of the built-in and of generated schemes.</summary>
public class LkeWorkbookRoundTripTests
{
    [Property(MaxTest = 25)]
    public Property WriteThenRead_BuiltInScheme_GivesTheSameEvaluationAndScore() =>
        Prop.ForAll(WithTexts(BuiltInEvaluations).ToArbitrary(), Gen.Elements(Language.Indonesian, Language.English).ToArbitrary(), (evaluation, language) =>
        {
            var read = Read(Write(evaluation, new LkeWorkbookOptions { Language = language }));
            var expected = Answered(evaluation);
            return read.TryGetValue(out var sheet)
                ? (sheet.Evaluation.Equals(expected) && sheet.Evaluation.Score().Equals(expected.Score()) && sheet.Differences.Count == 0)
                    .Label($"differences: {string.Join("; ", sheet.Differences)}")
                : false.Label(read.ToString());
        });

    [Property(MaxTest = 40)]
    public Property WriteThenRead_GeneratedScheme_GivesTheSameEvaluationAndNoDifference() =>
        Prop.ForAll(WithTexts(EvaluationGenerators.AnyEvaluation()).ToArbitrary(), evaluation =>
        {
            var read = Read(Write(evaluation), Only(evaluation.Scheme));
            var expected = Answered(evaluation);
            return read.TryGetValue(out var sheet)
                ? (sheet.Evaluation.Equals(expected) && sheet.Differences.Count == 0 && sheet.Figures.Count > 0)
                    .Label($"differences: {string.Join("; ", sheet.Differences)}")
                : false.Label(read.ToString());
        });

    [Property(MaxTest = 20)]
    public Property FilledTemplate_ScoresAsTheSameAnswersAsJson() =>
        Prop.ForAll(BuiltInEvaluations.ToArbitrary(), evaluation =>
        {
            var scheme = evaluation.Scheme;
            var template = Template(scheme, new LkeWorkbookOptions { Subject = evaluation.Subject, Year = evaluation.Year, Method = evaluation.Method });
            var names = ComponentSheetNames(scheme);
            var filled = Edit(template, document =>
            {
                foreach (var answer in evaluation.Answers)
                {
                    var (component, _) = scheme.OwnerOf(scheme.FindCriterion(answer.CriterionId)!);
                    Fill(document, names[scheme.Components.ToList().IndexOf(component)], answer.CriterionId, answer.Proposed, answer.Final);
                }

                foreach (var grade in evaluation.Grades)
                {
                    var component = scheme.Components.First(c => c.SubComponents.Any(s => s.Id == grade.SubComponentId));
                    Fill(document, names[scheme.Components.ToList().IndexOf(component)], grade.SubComponentId, grade.Proposed, grade.Final);
                }
            });
            var fromSheet = Read(filled).GetValueOrThrow().Evaluation.Score();
            var fromJson = EvaluationJson.Read(EvaluationJson.Write(evaluation)).GetValueOrThrow().Score();
            return (fromSheet.Total == fromJson.Total && fromSheet.Grade == fromJson.Grade
                    && fromSheet.SubComponents.Select(s => s.Score).SequenceEqual(fromJson.SubComponents.Select(s => s.Score)))
                .Label($"{fromSheet.Total} vs {fromJson.Total}");
        });

    [Fact]
    public void Write_SameEvaluationTwice_SameBytes()
    {
        // Fixed relationship ids and zip time stamps: a workbook written today and tomorrow, here or elsewhere, is one file.
        var evaluation = LkeWorkbookFormulaTests.GeneratedSamples()[0];
        Assert.Equal(Write(evaluation), Write(evaluation));
        Assert.Equal(Template(EvaluationSchemes.Default), Template(EvaluationSchemes.Default));
    }

    [Fact]
    public void Template_ReadBack_NeedsSubjectAndYear()
    {
        var result = Read(Template(EvaluationSchemes.Default));
        Assert.False(result.IsSuccess);
        Assert.Equal(["Info!B7", "Info!B8"], result.Problems.Select(p => p.Path));
        Assert.All(result.Problems, p => Assert.Equal("workbook-required", p.Reason.Code));
    }

    [Fact]
    public void Template_WithSubjectAndYear_ReadsAsAnEvaluationWithoutAnswers()
    {
        var sheet = Read(Template(EvaluationSchemes.PermenPanRb12Of2015, new LkeWorkbookOptions { Subject = "Kabupaten Contoh", Year = 2025 })).GetValueOrThrow();
        Assert.Equal(Evaluation.Create(EvaluationSchemes.PermenPanRb12Of2015, "Kabupaten Contoh", 2025, EvaluationMethod.CriterionGrades, [], []).GetValueOrThrow(), sheet.Evaluation);
        Assert.Empty(sheet.Differences);
        Assert.All(sheet.Figures, f => Assert.Null(f.Sheet));
    }

    [Fact]
    public void WriteTemplate_SubComponentGradesOnASchemeWithoutGradeScales_Throws() =>
        Assert.Throws<ArgumentException>(() => Template(EvaluationSchemes.PermenPanRb12Of2015, new LkeWorkbookOptions { Method = EvaluationMethod.SubComponentGrades }));

    internal static string[] ComponentSheetNames(EvaluationScheme scheme) => LkeLayout.ComponentSheets(scheme);

    private static void Fill(DocumentFormat.OpenXml.Packaging.SpreadsheetDocument document, string sheetName, string id, string? proposed, string? final)
    {
        var row = RowOf(document, sheetName, id);
        var sheet = Sheet(document, sheetName);
        if (proposed is not null)
        {
            SetText(sheet, $"E{row}", proposed);
        }

        if (final is not null)
        {
            SetText(sheet, $"F{row}", final);
        }
    }
}
