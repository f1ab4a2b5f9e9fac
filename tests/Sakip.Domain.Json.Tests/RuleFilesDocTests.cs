using System.Text.RegularExpressions;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Tests;

namespace Sakip.Domain.Json.Tests;

/// <summary>docs/rule-files.md: its band set and rule set files read as it says, and its sample problem is the
/// reader's.</summary>
public sealed class RuleFilesDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "rule-files.md")).ReplaceLineEndings("\n");

    private static readonly string[] JsonBlocks = [.. Regex.Matches(Doc, "```json\n(?<body>.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Select(m => m.Groups["body"].Value)];

    [Fact]
    public void Examples_ReadTogether_AndTheRuleSetJoinsTheCatalogue()
    {
        var bands = BandSetJson.Read(JsonBlocks[0]);
        Assert.True(bands.IsSuccess, string.Join("\n", bands.Problems));
        var catalogue = RuleCatalogue.BuiltIn.ToBuilder().Add(bands.GetValueOrThrow()).Build().GetValueOrThrow();

        var rules = RuleSetJson.Read(JsonBlocks[1], catalogue);

        Assert.True(rules.IsSuccess, string.Join("\n", rules.Problems));
        Assert.Same(bands.GetValueOrThrow(), rules.GetValueOrThrow().Bands);
        Assert.Equal(JsonBlocks[1].Replace(" ", "", StringComparison.Ordinal), RuleSetJson.Write(rules.GetValueOrThrow()).Replace(" ", "", StringComparison.Ordinal).Replace("\"rounding\":{\n\"mode\":\"half-up\",\n\"decimals\":2\n}", "\"rounding\":{\"mode\":\"half-up\",\"decimals\":2}", StringComparison.Ordinal));
        Assert.True(catalogue.ToBuilder().Add(rules.GetValueOrThrow()).Build().IsSuccess);
    }

    [Fact]
    public void ProblemExample_IsTheReadersMessage()
    {
        var json = JsonBlocks[1].Replace("\"positiveFormulaId\": \"positive-ratio\",\n  ", "", StringComparison.Ordinal).Replace("negative-inverse", "negatif-khusus", StringComparison.Ordinal).Replace("kab-contoh-3", "kemendagri-5", StringComparison.Ordinal);

        var problem = Assert.Single(RuleSetJson.Read(json, RuleCatalogue.BuiltIn).Problems);

        Assert.Contains("```text\n" + problem + "\n```", Doc, StringComparison.Ordinal);
    }
}
