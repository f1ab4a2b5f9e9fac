using System.Globalization;
using System.Text;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Tests.Docs;

/// <summary>docs/evaluation.md: its code runs and prints what its comments say, it states every assumption of the
/// built-in schemes, and docs/evaluation-criteria.md is the built-in schemes' current data.</summary>
[Collection(SerialConsole.Name)]
public sealed class EvaluationDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "evaluation.md")).ReplaceLineEndings("\n");

    [Fact]
    public void CodeExample_IsTheCompiledExample_Verbatim()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "Sakip.Domain.Tests", "Docs", "EvaluationDocExample.cs")).ReplaceLineEndings("\n");
        var start = source.IndexOf("// begin-evaluation-example", StringComparison.Ordinal);
        var end = source.IndexOf("// end-evaluation-example", StringComparison.Ordinal);
        var blockStart = Doc.IndexOf("```csharp\n", Doc.IndexOf("<!-- evaluation-example", StringComparison.Ordinal), StringComparison.Ordinal) + "```csharp\n".Length;
        var block = Doc[blockStart..Doc.IndexOf("```", blockStart, StringComparison.Ordinal)];

        Assert.Equal(Normalize(source[start..end].Split('\n').Skip(1)), Normalize(block.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal))));
    }

    [Fact]
    public void CodeExample_Run_PrintsWhatTheCommentsSay()
    {
        var lines = SerialConsole.Capture(EvaluationDocExample.Run);

        Assert.Equal(
            [
                "Total 24 + 27.6 + 13.5 + 23 = 88.1 (rounded 88.10): grade A Satisfying (LKE AKIP PermenPAN-RB 88/2021)",
                "1c Pemanfaatan: B (final) = 70 % × 15 = 10.5",
                "1a Keberadaan: (1 + 0.9 + 0.8 + 0.8 + 0.7 + 0.7) / 6 × 6 = 4.9",
                "1c: B → A (+3)",
                "AA",
                "A",
                "score-out-of-range",
                "88.1 (A) → 89.35 (A), +1.25: 1 0; 2 0; 3 0; 4 +1.25",
            ],
            lines);
    }

    [Fact]
    public void Doc_StatesEveryAssumptionOfTheBuiltInSchemes()
    {
        foreach (var assumption in EvaluationSchemes.All.SelectMany(s => s.Assumptions))
        {
            Assert.Contains(assumption, Doc.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CriteriaDoc_IsCurrent()
    {
        var path = Path.Combine(RepositoryFiles.Root, "docs", "evaluation-criteria.md");
        var expected = CriteriaDoc();
        if (Environment.GetEnvironmentVariable("SAKIP_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    /// <summary>The criteria of every built-in scheme as Markdown tables.</summary>
    internal static string CriteriaDoc()
    {
        var text = new StringBuilder();
        text.Append("# Criteria of the built-in LKE schemes\n\n")
            .Append("Generated from the scheme data in `src/Sakip.Domain/Evaluations/Schemes/` by\n")
            .Append("`tests/Sakip.Domain.Tests/Docs/EvaluationDocTests.cs` (run the tests with `SAKIP_UPDATE_DOCS=1` to rewrite it).\n")
            .Append("Titles are the worksheets' own wording, except the theme-level criteria of `permenpanrb-12-2015`; see\n")
            .Append("[evaluation.md](evaluation.md) for the sources and the assumptions. Where a sub-component takes one grade as a\n")
            .Append("whole (the official 88/2021 method), it has a bold row of its own.\n");
        text.Append("\n## Answer scales\n\nEvery scale the built-in schemes use, best answer first, with its value and meaning.\n");
        foreach (var scale in EvaluationSchemes.All.SelectMany(s => s.Criteria.Select(c => c.Scale).Concat(s.SubComponents.Select(k => k.Scale).OfType<AnswerScale>())).DistinctBy(s => s.Id))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n### `{scale.Id}` {scale.Name}\n\n| Answer | Value | Meaning | Meaning (English) |\n|---|---|---|---|\n");
            foreach (var option in scale.Options)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {option.Code} | {option.Value * 100m:0.##} % | {option.Label.Indonesian} | {option.Label.English} |\n");
            }
        }

        foreach (var scheme in EvaluationSchemes.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {scheme.Name} (`{scheme.Id}` v{scheme.Version})\n\n{scheme.Basis}.\n");
            foreach (var component in scheme.Components)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n### {component.Id} {component.Name} ({component.Weight})\n\n")
                    .Append("| Criterion | Title | Sub-component (weight, method) | Answers | Depends on |\n")
                    .Append("|---|---|---|---|---|\n");
                foreach (var sub in component.SubComponents)
                {
                    if (sub.Scale is { } grade)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"| **{sub.Id}** | **{sub.Name}** (one grade for the sub-component) | {sub.Id} ({sub.Weight}, weight × grade) | {grade.Codes()} | {(sub.DependsOn is { } on ? $"`{on}`" : "")} |\n");
                    }

                    foreach (var criterion in sub.Criteria)
                    {
                        var method = sub.Method == ScoringMethod.Mean ? "mean" : $"{criterion.Points} points";
                        text.Append(CultureInfo.InvariantCulture, $"| `{criterion.Id}` | {criterion.Title} | {sub.Id} {sub.Name} ({sub.Weight}, {method}) | {criterion.Scale.Codes()} | {(criterion.DependsOn is { } d ? $"`{d}`" : "")} |\n");
                    }
                }
            }
        }

        return text.ToString();
    }

    private static string Normalize(IEnumerable<string> lines) =>
        string.Join("\n", lines.Select(l => l.Trim()).Where(l => l.Length > 0));
}
