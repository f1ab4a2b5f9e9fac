using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sakip.Domain.Tests;

namespace Sakip.Domain.Json.Tests;

/// <summary>docs/sakip-document-format.md: its code runs, its examples read as it says, it names every property.</summary>
public sealed partial class FormatDocTests : IDisposable
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "sakip-document-format.md")).ReplaceLineEndings("\n");

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"sakip-{Guid.NewGuid():N}.sakip.json");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void CodeExample_IsTheCompiledExample_Verbatim()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "Sakip.Domain.Json.Tests", "FormatDocExample.cs")).ReplaceLineEndings("\n");
        var start = source.IndexOf("// begin-format-example", StringComparison.Ordinal);
        var end = source.IndexOf("// end-format-example", StringComparison.Ordinal);

        Assert.Equal(Normalize(source[start..end].Split('\n').Skip(1)), Normalize(Block("code", "csharp").Split('\n')));
    }

    [Fact]
    public void CodeExample_ValidExample_RewritesItInCanonicalForm()
    {
        var example = Block("valid", "json");
        File.WriteAllText(_file, example);
        using var log = new StringWriter();

        FormatDocExample.Run(_file, log);

        Assert.Equal("", log.ToString());
        var written = File.ReadAllText(_file);
        Assert.Equal(SakipDocumentJson.Write(SakipDocumentJson.Read(example).GetValueOrThrow()), written);
        Assert.Contains("\"amount\": 6149428000.50", written, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeExample_InvalidExample_LogsTheDocumentedProblems()
    {
        File.WriteAllText(_file, Block("invalid", "json"));
        using var log = new StringWriter();

        FormatDocExample.Run(_file, log);

        Assert.Equal(Block("problems", "text").TrimEnd('\n').Split('\n'), log.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void InvalidExample_Fixed_ReportsTheDanglingReference()
    {
        var json = Block("invalid", "json")
            .Replace("\"kabupaten\"", "\"regency\"", StringComparison.Ordinal)
            .Replace(", \"target\": 7.5", "", StringComparison.Ordinal)
            .Replace("2025-Q5", "2025-Q3", StringComparison.Ordinal)
            .Replace("\"4,88\"", "4.88", StringComparison.Ordinal);

        var problem = Assert.Single(SakipDocumentJson.Read(json).Problems);

        Assert.Equal("line 9, $.realisations[0].indicatorId: no indicator with id 'IKU-02' exists", problem.ToString());
    }

    [Fact]
    public void Doc_EverySchemaSectionAndProperty_IsNamed()
    {
        var schema = JsonNode.Parse(SakipDocumentJson.Schema())!.AsObject();
        var names = schema["properties"]!.AsObject().Select(p => p.Key)
            .Concat(schema["$defs"]!.AsObject().SelectMany(d => d.Value!["properties"]!.AsObject().Select(p => p.Key).Prepend(d.Key)));

        Assert.All(names.Distinct(), name => Assert.Contains($"`{name}`", Doc, StringComparison.Ordinal));
    }

    private static string Block(string name, string language)
    {
        var match = Regex.Match(Doc, $@"<!-- sakip-document-example:{name}[^\n]*-->\n```{language}\n(?<body>.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        Assert.True(match.Success, $"the doc has no {language} block marked sakip-document-example:{name}");
        return match.Groups["body"].Value;
    }

    private static string Normalize(IEnumerable<string> lines) =>
        string.Join("\n", lines.Select(l => l.Trim()).Where(l => l.Length > 0));
}
