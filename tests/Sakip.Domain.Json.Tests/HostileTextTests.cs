using System.Text;
using System.Text.Json.Nodes;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Json.Tests;

/// <summary>Hostile text (issue 10): lone surrogates, invalid UTF-8 and empty codes give problems with a path and a
/// line, never an exception, from every reader.</summary>
public class HostileTextTests
{
    private static readonly string Document = SakipDocumentJson.Write(SampleDocument.Create());

    private static readonly string Answers = SampleAnswers.OneGradeA;

    private static readonly string Scheme = EvaluationSchemeJson.Write(EvaluationSchemes.PermenPanRb88Of2021);

    public static TheoryData<string> LoneSurrogates => ["\\udc00", "\\ud800", "a\\ud800b", "\\udc00\\ud800"];

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void SakipDocumentRead_LoneSurrogateInPropertyName_IsAProblemNotAnException(string escape)
    {
        var result = SakipDocumentJson.Read($$"""{"{{escape}}":1}""");

        var problem = Assert.Single(result.Problems, p => p.Reason.Code == "invalid-unicode");
        Assert.Equal("$", problem.Path);
        Assert.Equal(1, problem.Line);
        Assert.False(string.IsNullOrEmpty(problem.Reason.Message.Indonesian));
    }

    [Fact]
    public void SakipDocumentRead_LoneSurrogateInEnumValue_IsAProblemAtItsPath()
    {
        var json = Document.Replace("\"kind\": \"regency\"", "\"kind\": \"\\udc00\"", StringComparison.Ordinal);
        Assert.NotEqual(Document, json);

        var result = SakipDocumentJson.Read(json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("invalid-unicode", problem.Reason.Code);
        Assert.Equal("$.region.kind", problem.Path);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void SakipDocumentRead_LoneSurrogateInNameAndCode_AreProblemsAtTheirPaths()
    {
        var node = JsonNode.Parse(Document)!;
        var json = Document
            .Replace($"\"name\": \"{(string)node["region"]!["name"]!}\"", "\"name\": \"Kab\\ud800\"", StringComparison.Ordinal)
            .Replace($"\"code\": \"{(string)node["region"]!["code"]!}\"", "\"code\": \"\\ud800\"", StringComparison.Ordinal);

        var result = SakipDocumentJson.Read(json);

        Assert.Contains(result.Problems, p => p.Path == "$.region.name" && p.Reason.Code == "invalid-unicode");
        Assert.Contains(result.Problems, p => p.Path == "$.region.code" && p.Reason.Code == "invalid-unicode");
    }

    [Fact]
    public void SakipDocumentRead_InvalidUtf8_IsAProblemWithItsLine()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n\"formatVersion\": 1,\n\"x\": \""), 0xFF, .. Encoding.UTF8.GetBytes("\"}")];

        var result = SakipDocumentJson.Read(new MemoryStream(bytes));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("invalid-utf8", problem.Reason.Code);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void Readers_StringWithARawLoneSurrogate_IsAnInvalidUtf16ProblemWithItsLine()
    {
        var json = "{\n\"formatVersion\": 1,\n\"name\": \"a\uDC00\"}";

        Assert.Equal(("invalid-utf16", 3), Single(SakipDocumentJson.Read(json).Problems));
        Assert.Equal(("invalid-utf16", 3), Single(EvaluationJson.Read(json).Problems));
        Assert.Equal(("invalid-utf16", 3), Single(EvaluationSchemeJson.Read(json).Problems));

        static (string, int?) Single(IReadOnlyList<Problem> problems) => (Assert.Single(problems).Reason.Code, problems[0].Line);
    }

    [Fact]
    public void EvaluationRead_LoneSurrogateInCriterionId_IsAProblemAtItsPath()
    {
        var json = Answers.Replace("\"criterion\": \"1a.1\"", "\"criterion\": \"1a.\\udc00\"", StringComparison.Ordinal);
        Assert.NotEqual(Answers, json);

        var result = EvaluationJson.Read(json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("invalid-unicode", problem.Reason.Code);
        Assert.Equal("$.answers[0].criterion", problem.Path);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void EvaluationRead_LoneSurrogateInPropertyNameOrMethod_IsAProblem()
    {
        var name = EvaluationJson.Read(Answers.Replace("\"note\":", "\"\\udc00\":", StringComparison.Ordinal));
        var method = EvaluationJson.Read(Answers.Replace("\"sub-component-grades\"", "\"\\ud800\"", StringComparison.Ordinal));

        Assert.Contains(name.Problems, p => p.Reason.Code == "invalid-unicode" && p.Path.StartsWith("$.grades[0]", StringComparison.Ordinal));
        Assert.Contains(method.Problems, p => p.Reason.Code == "invalid-unicode" && p.Path == "$.method");
    }

    [Fact]
    public void SchemeRead_LoneSurrogateInPropertyNameAndName_AreProblems()
    {
        var result = EvaluationSchemeJson.Read(Scheme.Replace("\"basis\":", "\"\\udc00\":", StringComparison.Ordinal));
        var named = EvaluationSchemeJson.Read($$"""{"formatVersion": 1, "name": "\ud800"}""");

        Assert.Contains(result.Problems, p => p.Reason.Code == "invalid-unicode" && p.Path == "$");
        Assert.Contains(named.Problems, p => p.Reason.Code == "invalid-unicode" && p.Path == "$.name");
    }

    [Fact]
    public void Readers_ValidSurrogatePairEscape_IsReadAsTheCharacter()
    {
        var json = Answers.Replace("\"subject\": \"Kabupaten Contoh\"", "\"subject\": \"Kabupaten \\ud83d\\ude00\"", StringComparison.Ordinal);

        var result = EvaluationJson.Read(json);

        Assert.True(result.IsSuccess, string.Join("; ", result.Problems));
        Assert.Equal("Kabupaten \U0001F600", result.GetValueOrThrow().Subject);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    public void EvaluationRead_EmptyFinalCode_IsAnEmptyCodeProblem(string code)
    {
        var json = Answers.Replace("\"final\": \"A\"", $"\"final\": {code}", StringComparison.Ordinal);

        var result = EvaluationJson.Read(json);

        Assert.Contains(result.Problems, p => p.Reason.Code == "empty-code" && p.Path == "$.grades[0].final" && p.Line is not null);
        Assert.Contains(result.Problems, p => p.Reason.Code == "empty-code" && p.Path == "$.answers[0].final");
    }

    [Fact]
    public void EvaluationRead_NullFinalCode_StaysUnanswered()
    {
        var json = Answers.Replace("\"final\": \"A\"", "\"final\": null", StringComparison.Ordinal);

        var result = EvaluationJson.Read(json);

        Assert.True(result.IsSuccess, string.Join("; ", result.Problems));
        Assert.Null(result.GetValueOrThrow().AnswerTo("1a.1")!.Final);
    }
}
