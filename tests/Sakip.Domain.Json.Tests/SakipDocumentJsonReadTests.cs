using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Codes;
using Sakip.Domain.Periods;

namespace Sakip.Domain.Json.Tests;

/// <summary>Reading bad text: every problem is reported with its JSON path, line and reason, and nothing throws.</summary>
public class SakipDocumentJsonReadTests
{
    internal const string Minimal = """
        {
          "formatVersion": 1,
          "region": { "code": "33.99", "name": "Kabupaten Contoh", "kind": "regency" },
          "indicators": [
            { "id": "IKU-01", "name": "Angka kematian bayi", "unit": "per 1.000 KH", "polarity": "negative", "accumulation": "lastValue", "type": "outcome" }
          ],
          "renstras": [
            {
              "id": "RENSTRA-DINKES",
              "agency": { "code": "1.02.0.00.0.00.01.0000", "name": "Dinas Kesehatan" },
              "period": { "first": 2021, "last": 2026 },
              "tujuan": [ { "id": "RT1", "text": "Derajat kesehatan" } ],
              "sasaran": [ { "id": "RS1", "text": "Pelayanan kesehatan", "tujuanId": "RT1" } ],
              "items": [
                { "code": "1.02.02", "name": "Program Upaya Kesehatan", "sasaranIds": ["RS1"] },
                { "code": "1.02.02.2.01", "name": "Penyediaan Fasilitas" }
              ]
            }
          ],
          "perjanjianKinerja": [
            {
              "id": "PK-2025",
              "year": 2025,
              "agency": "1.02.0.00.0.00.01.0000",
              "official": "dr. Siti Rahayu",
              "position": "Kepala Dinas Kesehatan",
              "level": "echelonII",
              "targets": [ { "sasaranId": "RS1", "indicatorId": "IKU-01", "target": { "lower": 80, "upper": 90 } } ]
            }
          ],
          "rencanaAksi": [
            { "perjanjianKinerjaId": "PK-2025", "indicatorId": "IKU-01", "targets": [ { "period": "2025-Q3", "target": { "value": 60 } } ] }
          ],
          "realisations": [ { "indicatorId": "IKU-01", "period": "2025", "value": 4.88 } ],
          "budgetRealisations": [ { "code": "1.02.02.2.01", "agency": "1.02.0.00.0.00.01.0000", "period": "2025-Q3", "amount": 1234567.89 } ]
        }
        """;

    [Fact]
    public void Read_MinimalDocument_ReturnsTheDocument()
    {
        var read = SakipDocumentJson.Read(Minimal);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal("Dinas Kesehatan", read.GetValueOrThrow().Renstras[0].Agency.Name);
        Assert.Equal(80m, read.GetValueOrThrow().PerjanjianKinerja[0].Targets[0].Target.Lower);
    }

    [Fact]
    public void Read_MissingComma_ReportsSyntaxErrorAtTheLineAfter()
    {
        var json = Edit("\"year\": 2025,", "\"year\": 2025");

        var problem = Assert.Single(Problems(json));

        Assert.Equal("json-syntax", problem.Reason.Code);
        Assert.Equal(LineOf(json, "\"year\"") + 1, problem.Line);
        Assert.Equal("$.perjanjianKinerja[0].year", problem.Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{ \"formatVersion\": 1, }")]
    [InlineData("{} {}")]
    [InlineData("{ 'formatVersion': 1 }")]
    [InlineData("{ /* comment */ }")]
    public void Read_NotJson_ReportsSyntaxErrorWithLine(string json)
    {
        var problem = Problems(json)[^1];

        Assert.Equal("json-syntax", problem.Reason.Code);
        Assert.Equal(1, problem.Line);
    }

    [Theory]
    [InlineData("", "not valid JSON: the text ends before its value is complete (a closing bracket, brace or quote is missing, or the file is cut short)")]
    [InlineData("  \n ", "not valid JSON: the text ends before its value is complete (a closing bracket, brace or quote is missing, or the file is cut short)")]
    [InlineData("{ \"formatVersion\": [1, 2", "not valid JSON: the text ends before its value is complete (a closing bracket, brace or quote is missing, or the file is cut short)")]
    [InlineData("{ \"formatVersion\": 1, }", "not valid JSON: unexpected '}' here (check the commas, quotes and brackets before it; comments and single quotes are not JSON)")]
    [InlineData("{ 'formatVersion': 1 }", "not valid JSON: unexpected ''formatVersion': 1 }' here (check the commas, quotes and brackets before it; comments and single quotes are not JSON)")]
    [InlineData("{ \"a\": \"one two three four five six seven\" x\n}", "not valid JSON: unexpected 'x' here (check the commas, quotes and brackets before it; comments and single quotes are not JSON)")]
    [InlineData("{ \"a\": 1 \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\": 2 }", "not valid JSON: unexpected '\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb…' here (check the commas, quotes and brackets before it; comments and single quotes are not JSON)")]
    [InlineData("{} {}", "not valid JSON: more text follows the document's value, from '{}'")]
    [InlineData("{\n  \"formatVersion\": 1,\n  \"ruleSetId\": x1\n}", "not valid JSON: unexpected 'x1' here (check the commas, quotes and brackets before it; comments and single quotes are not JSON)")]
    [InlineData("{\n  \"formatVersion\": 1\n}\n\n  [2]", "not valid JSON: more text follows the document's value, from '[2]'")]
    public void Read_NotJson_SaysWhatIsWrongInEachLanguage(string json, string english)
    {
        var problem = Problems(json)[^1];

        Assert.Equal("json-syntax", problem.Reason.Code);
        Assert.Equal(english, problem.Reason.Message.English);
        Assert.StartsWith("bukan JSON yang valid: ", problem.Reason.Message.Indonesian, StringComparison.Ordinal);

        // Nothing of the JSON reader's own (English) message reaches either language.
        Assert.DoesNotContain("LineNumber", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain("Expected", problem.Reason.Message.Indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid", problem.Reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownProperty_ReportsPathAndLine()
    {
        var json = Edit("{ \"code\": \"1.02.02.2.01\", \"name\"", "{ \"code\": \"1.02.02.2.01\",\n \"colour\": \"blue\", \"name\"");

        var problem = Assert.Single(Problems(json));

        Assert.Equal(("$.renstras[0].items[1].colour", LineOf(json, "\"colour\""), "unknown-property"), (problem.Path, problem.Line, problem.Reason.Code));
        Assert.Contains("'colour'", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownPropertiesAnywhere_ReportsEachOneAndSkipsTheirValues()
    {
        var json = Edit("\"formatVersion\": 1,", "\"formatVersion\": 1, \"extra\": { \"a\": [1, { \"b\": 2 }] }, \"my key\": null,")
            .Replace("{ \"value\": 60 }", "{ \"value\": 60, \"note\": \"x\" }", StringComparison.Ordinal);

        var problems = Problems(json);

        Assert.Equal(["$.extra", "$['my key']", "$.rencanaAksi[0].targets[0].target.note"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal("unknown-property", p.Reason.Code));
    }

    [Fact]
    public void Read_CaseDiffersFromTheModel_ReportsUnknownProperty()
    {
        var problems = Problems(Edit("\"formatVersion\": 1,", "\"formatVersion\": 1, \"Region\": {},"));

        Assert.Equal("$.Region", Assert.Single(problems).Path);
    }

    [Fact]
    public void Read_NumberAsString_ReportsWrongType()
    {
        var json = Edit("\"amount\": 1234567.89", "\"amount\": \"1234567.89\"");

        var problem = Assert.Single(Problems(json));

        Assert.Equal(("$.budgetRealisations[0].amount", LineOf(json, "\"amount\""), "wrong-type"), (problem.Path, problem.Line, problem.Reason.Code));
        Assert.Equal("expected a number, found a string", problem.Reason.Message.English);
    }

    [Theory]
    [InlineData("\"year\": \"2025\"", "expected a whole number, found a string")]
    [InlineData("\"year\": 2025.5", "expected a whole number, found a number")]
    [InlineData("\"year\": true", "expected a whole number, found true or false")]
    [InlineData("\"year\": [2025]", "expected a whole number, found an array")]
    [InlineData("\"year\": { \"value\": 2025 }", "expected a whole number, found an object")]
    public void Read_YearOfTheWrongKind_ReportsWrongType(string year, string message)
    {
        var problem = Assert.Single(Problems(Edit("\"year\": 2025", year)));

        Assert.Equal(("$.perjanjianKinerja[0].year", "wrong-type", message), (problem.Path, problem.Reason.Code, problem.Reason.Message.English));
    }

    [Fact]
    public void Read_ObjectWhereAListBelongs_ReportsWrongTypeAndSkipsIt()
    {
        var problem = Assert.Single(Problems(Edit("\"realisations\": [ {", "\"realisations\": { \"x\": [ {").Replace("4.88 } ],", "4.88 } ] },", StringComparison.Ordinal)));

        Assert.Equal(("$.realisations", "expected an array, found an object"), (problem.Path, problem.Reason.Message.English));
    }

    [Fact]
    public void Read_NumberTooLargeForDecimal_ReportsOutOfRange()
    {
        var problem = Assert.Single(Problems(Edit("\"amount\": 1234567.89", "\"amount\": 1e40")));

        Assert.Equal(("$.budgetRealisations[0].amount", "out-of-range"), (problem.Path, problem.Reason.Code));
    }

    [Theory]
    [InlineData("1.02.02.2.1")]
    [InlineData("1.02.02.2")]
    [InlineData("1.2.02")]
    [InlineData("")]
    public void Read_BadProgramCode_ReportsTheParseReasonAtItsPath(string code)
    {
        var json = Edit("{ \"code\": \"1.02.02.2.01\", \"name\"", $"{{ \"code\": \"{code}\", \"name\"");

        var problem = Assert.Single(Problems(json));

        Assert.Equal("$.renstras[0].items[1].code", problem.Path);
        Assert.Equal(LineOf(json, $"\"code\": \"{code}\""), problem.Line);
        Assert.Equal(ProgramCode.TryParse(code).Problems[0].Reason, problem.Reason);
    }

    [Fact]
    public void Read_BadOrganisationCode_ReportsTheParseReasonAtItsPath()
    {
        var problem = Assert.Single(Problems(Edit("\"agency\": \"1.02.0.00.0.00.01.0000\",\n      \"official\"", "\"agency\": \"1.02.0.00.01.0000\",\n      \"official\"")));

        Assert.Equal("$.perjanjianKinerja[0].agency", problem.Path);
        Assert.Equal(OrganisationCode.TryParse("1.02.0.00.01.0000").Problems[0].Reason, problem.Reason);
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("Q3 2025")]
    [InlineData("25")]
    public void Read_BadPeriod_ReportsBadPeriodAtItsPath(string period)
    {
        var json = Edit("{ \"period\": \"2025-Q3\", \"target\"", $"{{ \"period\": \"{period}\", \"target\"");

        var problem = Assert.Single(Problems(json));

        Assert.Equal(("$.rencanaAksi[0].targets[0].period", "bad-period"), (problem.Path, problem.Reason.Code));
        Assert.Equal(ReportingPeriod.TryParse(period).Problems[0].Reason, problem.Reason);
    }

    [Fact]
    public void Read_NonCanonicalValueText_ReadsAndWritesCanonicalText()
    {
        var json = Edit("{ \"period\": \"2025-Q3\", \"target\"", "{ \"period\": \"2025-tw3\", \"target\"").Replace("\"1.02.02.2.01\", \"name\"", "\" 1.02.02.2.01 \", \"name\"", StringComparison.Ordinal);

        var written = SakipDocumentJson.Write(SakipDocumentJson.Read(json).GetValueOrThrow());

        Assert.Contains("\"period\": \"2025-Q3\"", written, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"1.02.02.2.01\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFormatVersion_ReportsRequiredAtItsPath()
    {
        var problem = Assert.Single(Problems(Edit("\"formatVersion\": 1,\n", "")));

        Assert.Equal(("$.formatVersion", 1, "required"), (problem.Path, problem.Line, problem.Reason.Code));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    public void Read_OtherFormatVersion_ReportsUnsupportedVersion(string version)
    {
        var problem = Assert.Single(Problems(Edit("\"formatVersion\": 1,", $"\"formatVersion\": {version},")));

        Assert.Equal(("$.formatVersion", 2, "unsupported-format-version"), (problem.Path, problem.Line, problem.Reason.Code));
        Assert.Contains($"format version {version} is not supported", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FormatVersionAsString_ReportsWrongType()
    {
        var problem = Assert.Single(Problems(Edit("\"formatVersion\": 1,", "\"formatVersion\": \"1\",")));

        Assert.Equal(("$.formatVersion", "wrong-type"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Read_MissingRequiredProperty_ReportsItsPathAndTheObjectsLine()
    {
        var json = Edit(", \"name\": \"Dinas Kesehatan\"", "");

        var problem = Assert.Single(Problems(json));

        Assert.Equal(("$.renstras[0].agency.name", LineOf(json, "\"agency\": {"), "required"), (problem.Path, problem.Line, problem.Reason.Code));
    }

    [Fact]
    public void Read_NullWhereAValueBelongs_ReportsRequired()
    {
        var problems = Problems(Edit("\"name\": \"Kabupaten Contoh\"", "\"name\": null").Replace("\"indicators\": [\n", "\"indicators\": null, \"x\": [\n", StringComparison.Ordinal)
            .Replace("\"realisations\": [ {", "\"realisations\": [ null, {", StringComparison.Ordinal));

        Assert.Equal(["$.region.name", "$.indicators", "$.x", "$.realisations[0]"], problems.Select(p => p.Path));
        Assert.Equal(["required", "required", "unknown-property", "required"], problems.Select(p => p.Reason.Code));
    }

    [Fact]
    public void Read_NullForAnOptionalValue_ReadsAsAbsent()
    {
        var read = SakipDocumentJson.Read(Edit("\"formatVersion\": 1,", "\"formatVersion\": 1, \"rpjmd\": null,").Replace("\"value\": 4.88 }", "\"value\": 4.88, \"agency\": null }", StringComparison.Ordinal));

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Null(read.GetValueOrThrow().Rpjmd);
        Assert.Null(read.GetValueOrThrow().Realisations[0].Agency);
    }

    [Fact]
    public void Read_DuplicateProperty_ReportsTheSecond()
    {
        var json = Edit("\"formatVersion\": 1,", "\"formatVersion\": 1,\n  \"formatVersion\": 1,");

        var problem = Assert.Single(Problems(json));

        Assert.Equal(("$.formatVersion", 3, "duplicate-property"), (problem.Path, problem.Line, problem.Reason.Code));
    }

    [Theory]
    [InlineData("{}", "bad-target")]
    [InlineData("{ \"lower\": 1 }", "bad-target")]
    [InlineData("{ \"value\": 60, \"lower\": 50, \"upper\": 70 }", "bad-target")]
    [InlineData("{ \"value\": 60, \"upper\": 70 }", "bad-target")]
    [InlineData("{ \"lower\": 90, \"upper\": 80 }", "range-reversed")]
    [InlineData("{ \"value\": null }", "required")]
    [InlineData("{ \"value\": \"60\" }", "wrong-type")]
    [InlineData("60", "wrong-type")]
    [InlineData("\"80..90\"", "wrong-type")]
    public void Read_BadTarget_ReportsOneProblemAtTheTarget(string target, string code)
    {
        var problem = Assert.Single(Problems(Edit("{ \"value\": 60 }", target)));

        Assert.StartsWith("$.rencanaAksi[0].targets[0].target", problem.Path, StringComparison.Ordinal);
        Assert.Equal(code, problem.Reason.Code);
    }

    [Theory]
    [InlineData("{ \"first\": 2026, \"last\": 2021 }", "$.renstras[0].period", "year-span-reversed")]
    [InlineData("{ \"first\": 0, \"last\": 2021 }", "$.renstras[0].period.first", "year-out-of-range")]
    [InlineData("{ \"first\": 2021, \"last\": 10000 }", "$.renstras[0].period.last", "year-out-of-range")]
    [InlineData("{ \"first\": 2021 }", "$.renstras[0].period.last", "required")]
    [InlineData("\"2021-2026\"", "$.renstras[0].period", "wrong-type")]
    public void Read_BadYearSpan_ReportsItsProblem(string span, string path, string code)
    {
        var problem = Assert.Single(Problems(Edit("{ \"first\": 2021, \"last\": 2026 }", span)));

        Assert.Equal((path, code), (problem.Path, problem.Reason.Code));
    }

    [Theory]
    [InlineData("\"Regency\"", "unknown-value")]
    [InlineData("\"kabupaten\"", "unknown-value")]
    [InlineData("1", "wrong-type")]
    public void Read_BadEnumValue_ReportsTheAllowedNames(string kind, string code)
    {
        var problem = Assert.Single(Problems(Edit("\"kind\": \"regency\"", $"\"kind\": {kind}")));

        Assert.Equal(("$.region.kind", code), (problem.Path, problem.Reason.Code));
        if (code == "unknown-value")
        {
            Assert.EndsWith("is not one of: province, regency, city", problem.Reason.Message.English, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("[]", "wrong-type")]
    [InlineData("\"document\"", "wrong-type")]
    [InlineData("null", "required")]
    public void Read_RootNotAnObject_ReportsItAtTheRoot(string json, string code)
    {
        var problem = Assert.Single(Problems(json));

        Assert.Equal(("$", 1, code), (problem.Path, problem.Line, problem.Reason.Code));
    }

    [Fact]
    public void Read_EmptyObject_ReportsTheRequiredProperties()
    {
        var problems = Problems("{}");

        Assert.Equal(["$.formatVersion", "$.region"], problems.Select(p => p.Path));
    }

    [Fact]
    public void Read_DanglingReference_ReportsTheBuildersProblemAtItsJsonPathAndLine()
    {
        var json = Edit("{ \"sasaranId\": \"RS1\"", "{ \"sasaranId\": \"RS9\"");

        var problem = Assert.Single(Problems(json));

        Assert.Equal(("$.perjanjianKinerja[0].targets[0].sasaranId", LineOf(json, "\"RS9\""), "unknown-reference"), (problem.Path, problem.Line, problem.Reason.Code));
    }

    [Fact]
    public void Read_StructuralProblems_AreAllReportedWithDollarPaths()
    {
        var json = Edit("{ \"code\": \"1.02.02\", \"name\": \"Program Upaya Kesehatan\", \"sasaranIds\": [\"RS1\"] },\n", "")
            .Replace("\"name\": \"Kabupaten Contoh\"", "\"name\": \" \"", StringComparison.Ordinal)
            .Replace("\"indicatorId\": \"IKU-01\", \"targets\"", "\"indicatorId\": \"IKU-02\", \"targets\"", StringComparison.Ordinal);

        var problems = Problems(json);

        Assert.Equal(
            [
                ("$.region.name", "required"),
                ("$.renstras[0].items[0].code", "missing-parent"),
                ("$.rencanaAksi[0].indicatorId", "indicator-not-in-pk"),
            ],
            problems.Select(p => (p.Path, p.Reason.Code)));
        Assert.All(problems, p => Assert.NotNull(p.Line));
        Assert.Equal(LineOf(json, "\"IKU-02\""), problems[2].Line);
    }

    [Fact]
    public void Read_SeveralProblemsInOneFile_ReportsEveryOneInDocumentOrder()
    {
        var json = Minimal
            .Replace("\"formatVersion\": 1,", "\"formatVersion\": 2,", StringComparison.Ordinal)
            .Replace("\"kind\": \"regency\"", "\"kind\": \"kabupaten\"", StringComparison.Ordinal)
            .Replace("{ \"code\": \"1.02.02.2.01\", \"name\"", "{ \"code\": \"1.02.02.2.1\", \"colour\": \"blue\", \"name\"", StringComparison.Ordinal)
            .Replace("\"year\": 2025,", "\"year\": \"2025\",", StringComparison.Ordinal)
            .Replace("{ \"lower\": 80, \"upper\": 90 }", "{ \"lower\": 90, \"upper\": 80 }", StringComparison.Ordinal)
            .Replace("\"2025-Q3\", \"target\"", "\"2025-Q9\", \"target\"", StringComparison.Ordinal)
            .Replace("\"amount\": 1234567.89", "\"amount\": \"1.234.567,89\"", StringComparison.Ordinal);

        var problems = Problems(json);

        Assert.Equal(
            [
                ("$.formatVersion", "unsupported-format-version"),
                ("$.region.kind", "unknown-value"),
                ("$.renstras[0].items[1].code", "bad-code-segment"),
                ("$.renstras[0].items[1].colour", "unknown-property"),
                ("$.perjanjianKinerja[0].year", "wrong-type"),
                ("$.perjanjianKinerja[0].targets[0].target", "range-reversed"),
                ("$.rencanaAksi[0].targets[0].period", "bad-period"),
                ("$.budgetRealisations[0].amount", "wrong-type"),
            ],
            problems.Select(p => (p.Path, p.Reason.Code)));
        Assert.Equal(problems.Select(p => p.Line).Order(), problems.Select(p => p.Line));
    }

    [Fact]
    public void Read_TextProblems_LeaveTheStructureUnchecked()
    {
        // A dangling reference is a structural problem; it is checked only once the text itself is clean.
        var json = Edit("{ \"sasaranId\": \"RS1\"", "{ \"sasaranId\": \"RS9\"").Replace("\"year\": 2025,", "\"year\": 2025, \"extra\": 1,", StringComparison.Ordinal);

        var problem = Assert.Single(Problems(json));

        Assert.Equal("unknown-property", problem.Reason.Code);
    }

    [Fact]
    public void Read_InvalidUtf8_ReportsItsLine()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal);
        var at = Encoding.UTF8.GetBytes(Minimal[..Minimal.IndexOf("Dinas Kesehatan", StringComparison.Ordinal)]).Length;
        bytes[at] = 0xFF;

        var problem = Assert.Single(SakipDocumentJson.Read(new MemoryStream(bytes)).Problems);

        Assert.Equal(("$", LineOf(Minimal, "Dinas Kesehatan"), "invalid-utf8"), (problem.Path, problem.Line, problem.Reason.Code));
    }

    [Fact]
    public void Document_FailedRead_ThrowsWithTheProblems()
    {
        var read = SakipDocumentJson.Read("{}");

        var error = Assert.Throws<InvalidOperationException>(() => read.GetValueOrThrow());

        Assert.False(read.IsSuccess);
        Assert.Contains("line 1, $.formatVersion: a value is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Problem_ReadsLineThenPathThenReason()
    {
        var problem = Assert.Single(Problems(Edit("\"amount\": 1234567.89", "\"amount\": \"x\"")));

        Assert.Equal($"line {LineOf(Minimal, "\"amount\"")}, $.budgetRealisations[0].amount: expected a number, found a string", problem.ToString());
        Assert.Equal("$: x", Problem.AtLine("$", null, new Domain.Text.Reason("c", "x", "y")).ToString());
    }

    [Property(MaxTest = 500)]
    public Property Read_EditedText_NeverThrowsAndLocatesEveryProblem() =>
        Prop.ForAll(EditedText.ToArbitrary(), json =>
        {
            var read = SakipDocumentJson.Read(json);
            var lines = json.Count(c => c == '\n') + 1;
            var ok = read.IsSuccess
                ? read.Problems.Count == 0
                : read.Problems.Count > 0 && read.Problems.All(p => p.Path.StartsWith('$') && p.Line is >= 1 && p.Line <= lines && p.Reason.Code.Length > 0);
            return ok.Classify(read.IsSuccess, "still valid").Label(string.Join("\n", read.Problems));
        });

    /// <summary>The sample document's text with one character inserted, removed or replaced, or one token replaced.</summary>
    private static Gen<string> EditedText { get; } =
        from text in Gen.Constant(SakipDocumentJson.Write(SampleDocument.Create()))
        from at in Gen.Choose(0, text.Length - 1)
        from edit in Gen.Choose(0, 3)
        from c in Gen.Elements('"', '{', '}', '[', ']', ',', ':', '0', 'x', '.', '-', ' ', '\n', 'é')
        from token in Gen.Elements("null", "true", "\"\"", "[]", "{}", "1e999", "-1", "\"x\"", "2025.5")
        select edit switch
        {
            0 => text.Insert(at, c.ToString()),
            1 => text.Remove(at, 1),
            2 => string.Concat(text.AsSpan(0, at), c.ToString(), text.AsSpan(at + 1)),
            _ => ReplaceValueAt(text, at, token),
        };

    private static string ReplaceValueAt(string text, int at, string token)
    {
        var colon = text.IndexOf(": ", at, StringComparison.Ordinal);
        if (colon < 0)
        {
            return text;
        }

        var end = text.IndexOfAny([',', '\n'], colon + 2);
        return string.Concat(text.AsSpan(0, colon + 2), token, text.AsSpan(end));
    }

    private static string Edit(string from, string to)
    {
        Assert.Equal(1, Minimal.Split(from).Length - 1);
        return Minimal.Replace(from, to, StringComparison.Ordinal);
    }

    private static List<Problem> Problems(string json)
    {
        var read = SakipDocumentJson.Read(json);
        Assert.False(read.IsSuccess, "expected problems");
        return [.. read.Problems];
    }

    private static int LineOf(string json, string text)
    {
        var at = json.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' not found");
        return json.AsSpan(0, at).Count('\n') + 1;
    }
}
