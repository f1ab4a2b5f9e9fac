using System.Text.RegularExpressions;

namespace Sakip.Domain.Tests.Docs;

[Collection(SerialConsole.Name)]
public sealed partial class ReadmeExampleTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void ReadmeExample_IsTheCompiledExample_Verbatim()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var block = ReadmeBlock().Match(readme);
        Assert.True(block.Success, "README.md has no csharp block after the readme-example marker");
        var readmeCode = Normalize(block.Groups["code"].Value.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));

        var source = File.ReadAllText(Path.Combine(Root, "tests", "Sakip.Domain.Tests", "Docs", "ReadmeExample.cs"));
        var start = source.IndexOf("// begin-readme-example", StringComparison.Ordinal);
        var end = source.IndexOf("// end-readme-example", StringComparison.Ordinal);
        var compiledCode = Normalize(source[start..end].Split('\n').Skip(1));

        Assert.Equal(compiledCode, readmeCode);
    }

    [Fact]
    public void ReadmeExample_Run_PrintsWhatTheCommentsSay()
    {
        var lines = SerialConsole.Capture(ReadmeExample.Run);

        Assert.Equal("184.75 %", lines[0]);
        Assert.Equal("Sangat Tinggi", lines[1]);
        Assert.StartsWith("Capaian 184,75 % (Sangat Tinggi): indikator negatif", lines[2], StringComparison.Ordinal);
        Assert.Equal("655.74 %", lines[3]);
        Assert.Equal("NotReported", lines[4]);
        Assert.Equal("-70.50 %", lines[5]);
    }

    private static string Normalize(IEnumerable<string> lines) =>
        string.Join("\n", lines.Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sakip.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Sakip.Domain.sln not found above the test output folder.");
    }

    [GeneratedRegex(@"<!-- readme-example[^\n]*\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();
}
