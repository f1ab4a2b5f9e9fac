using System.Text.RegularExpressions;
using Sakip.Domain.Tests;
using Sakip.Domain.Tests.Docs;

namespace Sakip.Domain.Testing.Tests;

/// <summary>src/Sakip.Domain.Testing/README.md, "Generated documents": its example is the compiled one and prints
/// what it says.</summary>
[Collection(SerialConsole.Name)]
public sealed partial class GeneratedDocumentsReadmeTests
{
    [Fact]
    public void Example_IsTheCompiledExample_Verbatim()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "Sakip.Domain.Testing", "README.md")).ReplaceLineEndings("\n");
        var block = Block().Match(readme);
        Assert.True(block.Success, "the README has no csharp block after the generated-documents-example marker");
        var source = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "Sakip.Domain.Testing.Tests", "GeneratedDocumentsExample.cs")).ReplaceLineEndings("\n");
        var start = source.IndexOf("// begin-generated-documents-example", StringComparison.Ordinal);
        var end = source.IndexOf("// end-generated-documents-example", StringComparison.Ordinal);

        Assert.Equal(
            Normalize(source[start..end].Split('\n').Skip(1)),
            Normalize(block.Groups["code"].Value.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal))));
    }

    [Fact]
    public void Example_Run_PrintsWhatTheCommentsSay() =>
        Assert.Equal(["True", "True", "11.02"], SerialConsole.Capture(GeneratedDocumentsExample.Run));

    private static string Normalize(IEnumerable<string> lines) => string.Join("\n", lines.Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"<!-- generated-documents-example[^\n]*\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
