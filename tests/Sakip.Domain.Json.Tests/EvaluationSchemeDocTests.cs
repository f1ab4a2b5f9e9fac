using System.Text.RegularExpressions;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Tests;

namespace Sakip.Domain.Json.Tests;

/// <summary>docs/evaluation-scheme.md: its scheme file and answer document read as it says.</summary>
public sealed class EvaluationSchemeDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "evaluation-scheme.md")).ReplaceLineEndings("\n");

    private static readonly string[] JsonBlocks = [.. Regex.Matches(Doc, "```json\n(?<body>.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Select(m => m.Groups["body"].Value)];

    [Fact]
    public void SchemeExample_ReadsWithItsSubComponentGradesAndChange()
    {
        var read = EvaluationSchemeJson.Read(JsonBlocks[0]);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal(EvaluationMethod.SubComponentGrades, read.GetValueOrThrow().DefaultMethod);
        Assert.Equal("1a", read.GetValueOrThrow().FindSubComponent("1b")!.DependsOn);
        Assert.Single(read.GetValueOrThrow().Changes);
    }

    [Fact]
    public void AnswerDocumentExample_ReadsWithItsGradeAndAnswer()
    {
        var read = EvaluationJson.Read(JsonBlocks[1]);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal(EvaluationMethod.SubComponentGrades, read.GetValueOrThrow().Method);
        Assert.Equal(("A", "BB"), (read.GetValueOrThrow().GradeOf("1a")!.Proposed, read.GetValueOrThrow().GradeOf("1a")!.Final));
        Assert.Equal("AA", read.GetValueOrThrow().AnswerTo("1a.1")!.Proposed);
    }

    [Fact]
    public void RefusalExample_IsTheMessageOfAVersion1Document()
    {
        var json = JsonBlocks[1].Replace("\"formatVersion\": 2", "\"formatVersion\": 1", StringComparison.Ordinal).Replace("\"schemeVersion\": 2", "\"schemeVersion\": 1", StringComparison.Ordinal);
        var problem = Assert.Single(EvaluationJson.Read(json).Problems).ToString();
        var shown = Regex.Match(Doc, "```text\n(?<body>line 4, .*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Groups["body"].Value.Replace("\n", " ", StringComparison.Ordinal).Trim();

        var parts = shown.Split("[…]");
        Assert.Equal(2, parts.Length);
        Assert.StartsWith(parts[0].TrimEnd(), problem, StringComparison.Ordinal);
        Assert.EndsWith(parts[1].TrimStart(), problem, StringComparison.Ordinal);
    }
}
