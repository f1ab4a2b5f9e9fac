using System.Runtime.CompilerServices;
using System.Text;

namespace Sakip.Domain.Tests;

/// <summary>
/// Approved outputs: a test renders what it checks (every field of a finding, every line of a report) and compares it
/// with the block of the same name in a committed <c>*.approved.txt</c> file beside the test class, so that one test
/// pins every word, figure and path of the output, not only the parts it asserts by hand.
/// </summary>
/// <remarks>
/// A block is <c>### TestName</c> followed by the approved text. When a block is missing or differs the test fails
/// and shows both. To approve new output, run the tests with <c>SAKIP_APPROVE=1</c>: each failing block is written
/// into the file; review the diff before committing it (an approved file is a statement of what is right).
/// </remarks>
internal static class Approved
{
    private static readonly Lock Gate = new();

    /// <summary>Checks <paramref name="actual"/> against the approved block <paramref name="name"/> of
    /// <c>&lt;file&gt;.approved.txt</c> beside the calling test file.</summary>
    public static void Check(string actual, [CallerMemberName] string name = "", [CallerFilePath] string testFile = "")
    {
        var file = Path.ChangeExtension(LocalPath(testFile), ".approved.txt");
        var text = Normalise(actual);
        lock (Gate)
        {
            var blocks = Read(file);
            if (blocks.TryGetValue(name, out var approved) && approved == text)
            {
                return;
            }

            if (Environment.GetEnvironmentVariable("SAKIP_APPROVE") == "1")
            {
                blocks[name] = text;
                Write(file, blocks);
                return;
            }

            Assert.Fail(approved is null
                ? $"No approved output '{name}' in {Path.GetFileName(file)}. Actual:\n{text}\n(run with SAKIP_APPROVE=1 to approve it)"
                : $"Output '{name}' differs from {Path.GetFileName(file)}.\nApproved:\n{approved}\nActual:\n{text}");
        }
    }

    // The test file's path as compiled; a build elsewhere (a fresh clone, CI) finds the same file under the
    // repository root by its path below tests/.
    private static string LocalPath(string testFile)
    {
        if (File.Exists(testFile))
        {
            return testFile;
        }

        var normalised = testFile.Replace('\\', '/');
        var at = normalised.LastIndexOf("/tests/", StringComparison.Ordinal);
        Assert.True(at >= 0, $"Cannot place the approved file of {testFile}.");
        return Path.Combine(RepositoryFiles.Root, normalised[(at + 1)..]);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');

    private static SortedDictionary<string, string> Read(string file)
    {
        var blocks = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            return blocks;
        }

        string? name = null;
        var body = new StringBuilder();
        foreach (var line in File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                name = line[4..];
                body.Clear();
            }
            else
            {
                body.Append(line).Append('\n');
            }
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (name is not null)
            {
                blocks[name] = Normalise(body.ToString());
            }
        }
    }

    private static void Write(string file, SortedDictionary<string, string> blocks)
    {
        var text = new StringBuilder();
        foreach (var (name, body) in blocks)
        {
            text.Append("### ").Append(name).Append('\n').Append(body).Append("\n\n");
        }

        File.WriteAllText(file, text.ToString().TrimEnd('\n') + "\n");
    }
}
