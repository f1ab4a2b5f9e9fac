using Sakip.Domain.Tests;
using Sakip.Domain.Tests.Docs;

namespace Sakip.Cli.Tests.Docs;

/// <summary>Users can follow every citation: the sources, the docs, the README and the demo's output cite the
/// regulation, the published report or a page of <c>docs/</c>, never the project's working notes (which are not in
/// the repository or the packages).</summary>
public sealed class CitationTests
{
    public static TheoryData<string> Files()
    {
        var root = RepositoryFiles.Root;
        var sources = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)));
        var docs = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.*").Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".svg", StringComparison.Ordinal));
        var data = new TheoryData<string>();
        foreach (var file in sources.Concat(docs).Append(Path.Combine(root, "README.md")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_CitesNoWorkingNotes(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, file));

        Assert.All(WorkingNotes.Citations, c => Assert.DoesNotContain(c, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void DemoOutput_CitesNoWorkingNotes()
    {
        var run = CliRunner.Run("demo");

        Assert.Equal(0, run.ExitCode);
        Assert.All(WorkingNotes.Citations, c => Assert.DoesNotContain(c, run.Output, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("§", run.Output, StringComparison.Ordinal);
    }
}
