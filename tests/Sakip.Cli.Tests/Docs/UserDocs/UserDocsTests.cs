using System.Reflection;
using System.Text.RegularExpressions;
using Sakip.Domain.Json;
using Sakip.Domain.Tests;
using Sakip.Domain.Tests.Docs;

namespace Sakip.Cli.Tests.Docs.UserDocs;

/// <summary>
/// The docs a package user follows (the README, docs/getting-started.md, docs/cookbook.md and each package's README):
/// every C# block is marked <c>&lt;!-- example: name --&gt;</c> and is, verbatim, the code between
/// <c>// begin-example: name</c> and <c>// end-example: name</c> in this folder's example classes, which compile with
/// the tests; each example runs, and where the doc shows its output (a text block marked
/// <c>&lt;!-- output: name --&gt;</c>) it prints exactly that. JSON blocks marked <c>&lt;!-- file: name --&gt;</c> are
/// the files a doc's examples read, written to the example's folder first.
/// </summary>
[Collection(SerialConsole.Name)]
public sealed partial class UserDocsTests
{
    /// <summary>The user docs, relative to the repository root.</summary>
    public static readonly string[] Docs =
    [
        "README.md",
        "docs/getting-started.md",
        "docs/cookbook.md",
        "src/Sakip.Domain/README.md",
        "src/Sakip.Domain.Json/README.md",
        "src/Sakip.Domain.Diagrams/README.md",
        "src/Sakip.Domain.Spreadsheets/README.md",
        "docs/spreadsheets.md",
        "src/Sakip.Domain.DependencyInjection/README.md",
        "src/Sakip.Cli/README.md",
    ];

    private static readonly string ExampleFolder = Path.Combine(RepositoryFiles.Root, "tests", "Sakip.Cli.Tests", "Docs", "UserDocs");

    private static readonly Lazy<IReadOnlyList<DocBlock>> AllBlocks = new(() => [.. Docs.SelectMany(Blocks)]);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Regions = new(ReadRegions);

    private static readonly Lazy<IReadOnlyDictionary<string, MethodInfo>> Methods = new(() => typeof(UserDocsTests).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
        .Where(m => m.GetCustomAttribute<DocExampleAttribute>() is not null)
        .ToDictionary(m => m.GetCustomAttribute<DocExampleAttribute>()!.Name, StringComparer.Ordinal));

    public static TheoryData<string> DocFiles() => [.. Docs];

    public static TheoryData<string> ExampleNames() => [.. AllBlocks.Value.Where(b => b.Kind == "example").Select(b => b.Name)];

    public static TheoryData<string> RunnableNames() => [.. AllBlocks.Value.Where(b => b.Kind == "example" && Methods.Value.ContainsKey(b.Name)).Select(b => b.Name)];

    [Theory]
    [MemberData(nameof(DocFiles))]
    public void Doc_EveryCSharpBlock_IsACompiledExample(string doc)
    {
        var blocks = Blocks(doc).ToList();

        Assert.NotEmpty(blocks);
        Assert.All(
            blocks.Where(b => b.Language == "csharp"),
            b => Assert.True(b.Kind == "example" || b.Marker.StartsWith("<!-- readme-example", StringComparison.Ordinal), $"{doc}, line {b.Line}: a csharp block without an example marker"));
        Assert.All(blocks.Where(b => b.Kind == "output"), b => Assert.Equal("text", b.Language));
    }

    [Fact]
    public void Docs_ExampleNames_AreUniqueAndEachNamesCompiledCode()
    {
        var examples = AllBlocks.Value.Where(b => b.Kind == "example").ToList();

        Assert.Equal(examples.Select(b => b.Name).Distinct(StringComparer.Ordinal).Count(), examples.Count);
        Assert.All(examples, b => Assert.True(Regions.Value.ContainsKey(b.Name), $"{b.Doc}: no '// begin-example: {b.Name}' region in {ExampleFolder}"));
        Assert.All(AllBlocks.Value.Where(b => b.Kind == "output"), b => Assert.True(Methods.Value.ContainsKey(b.Name), $"{b.Doc}: output '{b.Name}' of no runnable example"));
        Assert.All(Regions.Value.Keys, name => Assert.Contains(examples, b => b.Name == name));
        Assert.All(Methods.Value.Keys, name => Assert.Contains(examples, b => b.Name == name));
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Example_IsTheCompiledCode_Verbatim(string name)
    {
        var block = AllBlocks.Value.Single(b => b.Kind == "example" && b.Name == name);
        var lines = block.Body.Split('\n');

        Assert.Equal(Normalize(Regions.Value[name].Split('\n')), Normalize(lines.Where(l => !UsingDirective().IsMatch(l))));
        var sources = string.Join("\n", Directory.GetFiles(ExampleFolder, "*Examples.cs").Select(File.ReadAllText));
        Assert.All(lines.Where(l => UsingDirective().IsMatch(l)), u => Assert.Contains("\n" + u.Trim() + "\n", sources, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RunnableNames))]
    public void Example_Run_PrintsWhatTheDocShows(string name)
    {
        var block = AllBlocks.Value.Single(b => b.Kind == "example" && b.Name == name);
        var folder = Directory.CreateTempSubdirectory("sakip-docs-").FullName;
        try
        {
            foreach (var file in AllBlocks.Value.Where(b => b.Doc == block.Doc && b.Kind == "file"))
            {
                File.WriteAllText(Path.Combine(folder, file.Name), file.Body);
            }

            var method = Methods.Value[name];
            var arguments = method.GetParameters().Select(p => Argument(p, folder)).ToArray();
            var printed = SerialConsole.Capture(() => method.Invoke(null, arguments));

            if (AllBlocks.Value.SingleOrDefault(b => b.Kind == "output" && b.Name == name) is { } output)
            {
                Assert.Equal(Lines(output.Body), printed.Select(l => l.TrimEnd()).ToArray());
            }
            else
            {
                Assert.NotEmpty(printed);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static object Argument(ParameterInfo parameter, string folder) => parameter.Name switch
    {
        "documentPath" => Demo("kabupaten-contoh.sakip.json"),
        "lkePath" => Demo("kabupaten-contoh-lke-2025.json"),
        "lke2024Path" => Demo("kabupaten-contoh-lke-2024.json"),
        "folder" => folder,
        "document" => SakipDocumentJson.Read(File.ReadAllText(Demo("kabupaten-contoh.sakip.json"))).GetValueOrThrow(),
        _ => throw new InvalidOperationException($"No value for an example's parameter '{parameter.Name}'."),
    };

    private static string Demo(string file) => Path.Combine(RepositoryFiles.Root, "src", "Sakip.Cli", "Demo", file);

    internal static IEnumerable<DocBlock> Blocks(string doc)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, doc)).ReplaceLineEndings("\n");
        foreach (Match match in Fence().Matches(text))
        {
            var marker = match.Groups["marker"].Value;
            var named = MarkerName().Match(marker);
            yield return new DocBlock(
                doc,
                text[..match.Index].Count(c => c == '\n') + 1,
                marker,
                named.Success ? named.Groups["kind"].Value : "",
                named.Success ? named.Groups["name"].Value : "",
                match.Groups["language"].Value,
                match.Groups["body"].Value);
        }
    }

    private static Dictionary<string, string> ReadRegions()
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(ExampleFolder, "*Examples.cs"))
        {
            var source = File.ReadAllText(file).ReplaceLineEndings("\n");
            foreach (Match begin in Begin().Matches(source))
            {
                var name = begin.Groups["name"].Value;
                var end = source.IndexOf($"// end-example: {name}\n", begin.Index, StringComparison.Ordinal);
                Assert.True(end > 0, $"{file}: '// begin-example: {name}' without its end");
                regions.Add(name, source[(begin.Index + begin.Length)..end]);
            }
        }

        return regions;
    }

    private static string[] Lines(string body) => [.. body.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0)];

    private static string[] Normalize(IEnumerable<string> lines) => [.. lines.Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>A fenced block of a doc, with the HTML comment on the line above it, if any.</summary>
    internal sealed record DocBlock(string Doc, int Line, string Marker, string Kind, string Name, string Language, string Body);

    [GeneratedRegex(@"^(?:(?<marker><!--[^\n]*-->)\n)?```(?<language>[a-z]*)\n(?<body>.*?)^```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^<!-- (?<kind>example|output|file): (?<name>[A-Za-z0-9._-]+) -->$")]
    private static partial Regex MarkerName();

    [GeneratedRegex(@"^using [A-Za-z0-9_.]+;$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"// begin-example: (?<name>[A-Za-z0-9._-]+)\n")]
    private static partial Regex Begin();
}
