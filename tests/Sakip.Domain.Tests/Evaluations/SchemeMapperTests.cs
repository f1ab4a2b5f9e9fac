using System.Text;
using System.Text.Json;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Evaluations.Schemes;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>The one mapper of the scheme file (<see cref="SchemeMapper"/>), in the core's own tests: the file's own
/// scale rules (ids, repeats, unknown and unused scales), a file scale's problem reported once at the scale, and the
/// file written from a scheme (only the scales not built in, each once; an English label equal to the Indonesian
/// left out). Each problem is compared whole: path, code and both wordings.</summary>
public class SchemeMapperTests
{
    private const string Small = """
        {
          "formatVersion": 1,
          "id": "contoh",
          "version": 1,
          "name": "Contoh",
          "basis": "Adaptasi",
          "scales": [
            { "id": "tiga", "name": "Tiga tingkat", "options": [
              { "code": "A", "value": 1, "label": "Penuh", "englishLabel": "Full" },
              { "code": "B", "value": 0.5, "label": "Sebagian" },
              { "code": "C", "value": 0, "label": "Tidak" } ] }
          ],
          "components": [
            { "id": "1", "name": "Perencanaan", "weight": 60, "subComponents": [
              { "id": "1a", "name": "Keberadaan", "weight": 60, "method": "points", "criteria": [
                { "id": "1a.1", "title": "Dokumen tersedia", "scale": "yes-no", "points": 20 },
                { "id": "1a.2", "title": "Dokumen berkualitas", "scale": "tiga", "points": 40, "dependsOn": "1a.1" } ] } ] },
            { "id": "2", "name": "Pengukuran", "weight": 40, "subComponents": [
              { "id": "2a", "name": "Keberadaan", "weight": 40, "method": "mean", "criteria": [
                { "id": "2a.1", "title": "Data kinerja", "scale": "tiga" },
                { "id": "2a.2", "title": "Data andal", "scale": "a-e" } ] } ] }
          ],
          "grades": {
            "edges": "lower-inclusive",
            "deciding": null,
            "grades": [
              { "code": "BAIK", "lowerEdge": 50, "label": "Baik", "englishLabel": "Good" },
              { "code": "KURANG", "label": "Kurang", "englishLabel": "Poor" } ]
          }
        }
        """;

    private const string Tiga = """{ "id": "tiga", "name": "Tiga tingkat", "options": [""";

    [Fact]
    public void ToModel_ValidFile_IsTheSchemeWithItsFileScale()
    {
        var (scheme, problems) = Map(Small);

        Assert.Empty(problems);
        var tiga = scheme!.FindCriterion("1a.2")!.Scale;
        Assert.Same(tiga, scheme.FindCriterion("2a.1")!.Scale);
        Assert.Equal(["A 1 Full/Penuh", "B 0.5 Sebagian/Sebagian", "C 0 Tidak/Tidak"], tiga.Options.Select(o => $"{o.Code} {o.Value} {o.Label.English}/{o.Label.Indonesian}"));
        Assert.Same(AnswerScales.YesNo, scheme.FindCriterion("1a.1")!.Scale);
    }

    [Fact]
    public void ToModel_ScaleWithoutId_IsRequired()
    {
        var (scheme, problems) = Map(Small.Replace(Tiga, """{ "id": " ", "name": "Tanpa id", "options": [ { "code": "Y", "value": 1, "label": "Ya" } ] }, """ + Tiga, StringComparison.Ordinal));

        Assert.Null(scheme);
        Assert.Equal(["$.scales[0].id | required | a value is required | nilai wajib diisi"], problems);
    }

    [Fact]
    public void ToModel_RepeatedScaleId_IgnoringCaseAndSpaces_IsADuplicateAndTheFirstCounts()
    {
        var (_, problems) = Map(Small.Replace("\"scales\": [", """
            "scales": [
                { "id": " TIGA ", "name": "Lagi", "options": [ { "code": "Y", "value": 1, "label": "Ya" }, { "code": "T", "value": 0, "label": "Tidak" } ] },
            """, StringComparison.Ordinal));

        Assert.Equal(["$.scales[1].id | duplicate-id | the scale id 'tiga' is used more than once | id skala 'tiga' digunakan lebih dari sekali"], problems);
    }

    [Fact]
    public void ToModel_UnusedScales_AreEachReportedInFileOrder()
    {
        var (_, problems) = Map(Small.Replace("\"scales\": [", """
            "scales": [
                { "id": "sisa", "name": "Sisa", "options": [ { "code": "Y", "value": 1, "label": "Ya" }, { "code": "T", "value": 0, "label": "Tidak" } ] },
                { "id": "lain", "name": "Lain", "options": [ { "code": "Y", "value": 1, "label": "Ya" }, { "code": "T", "value": 0, "label": "Tidak" } ] },
            """, StringComparison.Ordinal));

        Assert.Equal(
            [
                "$.scales[0] | unused-scale | no criterion uses this scale; remove it or use it | tidak ada kriteria yang menggunakan skala ini; hapus atau gunakan",
                "$.scales[1] | unused-scale | no criterion uses this scale; remove it or use it | tidak ada kriteria yang menggunakan skala ini; hapus atau gunakan",
            ],
            problems);
    }

    [Fact]
    public void ToModel_UnknownScale_NamesTheFileScalesThenTheBuiltInOnes()
    {
        var (_, problems) = Map(Small.Replace("\"scale\": \"a-e\"", "\"scale\": \"a-z\"", StringComparison.Ordinal));

        var known = string.Join(", ", new[] { "tiga" }.Concat(AnswerScales.All.Select(s => s.Id)));
        Assert.Equal(
            [$"$.components[1].subComponents[0].criteria[1].scale | unknown-scale | no answer scale with id 'a-z' exists; the scales are {known} | tidak ada skala jawaban dengan id 'a-z'; skalanya {known}"],
            problems);
    }

    [Fact]
    public void ToModel_UnknownSubComponentScale_IsReportedAtTheSubComponent()
    {
        var (_, problems) = Map(Small.Replace("\"method\": \"mean\",", "\"method\": \"mean\", \"scale\": \"nilai\",", StringComparison.Ordinal));

        Assert.StartsWith("$.components[1].subComponents[0].scale | unknown-scale | no answer scale with id 'nilai' exists", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void ToModel_AProblemOfAFileScaleUsedTwice_IsReportedOnceAtTheScale()
    {
        var (_, problems) = Map(Small.Replace("\"value\": 0.5", "\"value\": 1", StringComparison.Ordinal));

        Assert.Equal("$.scales[0].options[1].value | options-not-descending", Assert.Single(problems.Select(p => string.Join(" | ", p.Split(" | ")[..2]))));
    }

    [Fact]
    public void ToModel_ABuiltInGradeTable_IsTheBuiltInInstance()
    {
        var json = SchemeFile.Write(EvaluationSchemes.PermenPanRb88Of2021);

        var (scheme, problems) = Map(json);

        Assert.Empty(problems);
        Assert.Same(GradeTables.PermenPanRb88Of2021, scheme!.Grades);
    }

    [Fact]
    public void ToJson_WritesOnlyTheScalesNotBuiltIn_EachOnce_AndLeavesOutAnEnglishLabelEqualToTheIndonesian()
    {
        var (scheme, _) = Map(Small);

        var json = SchemeMapper.ToJson(scheme!);

        var scale = Assert.Single(json.Scales);
        Assert.Equal("tiga", scale.Id);
        Assert.Equal(["A Penuh Full", "B Sebagian -", "C Tidak -"], scale.Options.Select(o => $"{o.Code} {o.Label} {o.EnglishLabel ?? "-"}"));
        Assert.Equal(scheme!.ToDefinition(), Map(SchemeFile.Write(scheme)).Scheme!.ToDefinition());
    }

    [Fact]
    public void ToJson_TwoScalesWithOneId_IsAProgrammerError()
    {
        var odd = new AnswerScale("tiga", "Lain", [new AnswerOption("Y", 1m, new("Yes", "Ya")), new AnswerOption("T", 0m, new("No", "Tidak"))]);
        var (scheme, _) = Map(Small);

        var e = Assert.Throws<ArgumentException>(() => SchemeMapper.ToJson(scheme!.WithScale(odd, "2a.1").GetValueOrThrow()));

        Assert.StartsWith("Scheme contoh uses two different answer scales with the id 'tiga'; a scheme file names scales by id.", e.Message, StringComparison.Ordinal);
    }

    private static (EvaluationScheme? Scheme, List<string> Problems) Map(string json)
    {
        var file = JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), SchemeFile.Info)!;
        var problems = new List<SchemeFileProblem>();
        var scheme = SchemeMapper.ToModel(file, problems);
        return (scheme, [.. problems.Select(p => $"{p.Path} | {p.Reason.Code} | {p.Reason.Message.English} | {p.Reason.Message.Indonesian}")]);
    }
}
