using System.Text.RegularExpressions;
using Sakip.Domain.Tests;
using Sakip.Domain.Tests.Docs;

namespace Sakip.Domain.Testing.Tests;

/// <summary>src/Sakip.Domain.Testing/README.md: its example is the compiled one and prints what it says.</summary>
[Collection(SerialConsole.Name)]
public sealed partial class TestingReadmeTests
{
    [Fact]
    public void Example_IsTheCompiledExample_Verbatim()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "Sakip.Domain.Testing", "README.md")).ReplaceLineEndings("\n");
        var block = Block().Match(readme);
        Assert.True(block.Success, "the README has no csharp block after the testing-readme-example marker");
        var source = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "Sakip.Domain.Testing.Tests", "TestingReadmeExample.cs")).ReplaceLineEndings("\n");
        var start = source.IndexOf("// begin-testing-readme-example", StringComparison.Ordinal);
        var end = source.IndexOf("// end-testing-readme-example", StringComparison.Ordinal);

        Assert.Equal(
            Normalize(source[start..end].Split('\n').Skip(1)),
            Normalize(block.Groups["code"].Value.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal))));
    }

    [Fact]
    public void Example_Run_PrintsWhatTheCommentsSay() =>
        Assert.Equal(["True", "True", "True"], SerialConsole.Capture(TestingReadmeExample.Run));

    private static string Normalize(IEnumerable<string> lines) => string.Join("\n", lines.Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"<!-- testing-readme-example[^\n]*\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
