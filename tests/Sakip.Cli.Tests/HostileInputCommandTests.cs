using System.Text;
using Sakip.Cli.Demo;
using Sakip.Cli.Output;
using Sakip.Domain.Json;
using Sakip.Domain.Json.Tests;

namespace Sakip.Cli.Tests;

/// <summary>Hostile files and paths (issue 10): exit 2 with a problem, never a crash; names from files never drive
/// the terminal and are cut in text views.</summary>
public sealed class HostileInputCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sakip-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Answers() => SampleAnswers.OneGradeA;

    private string File(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    private string File(string name, string text) => File(name, Encoding.UTF8.GetBytes(text));

    public static TheoryData<string> LkeCommands => ["score", "next", "compare"];

    [Theory]
    [MemberData(nameof(LkeCommands))]
    public void Lke_LoneSurrogateInCriterionId_ExitsTwoWithAProblemAtItsPath(string command)
    {
        var path = File("surrogate.json", Answers().Replace("\"criterion\": \"1a.1\"", "\"criterion\": \"\\udc00\"", StringComparison.Ordinal));

        var run = command == "compare" ? CliRunner.RunEnglish("lke", "compare", path, path) : CliRunner.RunEnglish("lke", command, path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("$.answers[0].criterion", run.Error, StringComparison.Ordinal);
        Assert.Contains("line ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LkeCommands))]
    public void Lke_InvalidUtf8InCriterionId_ExitsTwoWithTheLine(string command)
    {
        var text = Encoding.UTF8.GetBytes(Answers());
        var at = Encoding.UTF8.GetBytes(Answers()[..Answers().IndexOf("\"1a.1\"", StringComparison.Ordinal)]).Length + 1;
        text[at] = 0xC3; // a lead byte followed by '.' is no UTF-8
        var path = File("bad-utf8.json", text);

        var run = command == "compare" ? CliRunner.RunEnglish("lke", "compare", path, path) : CliRunner.RunEnglish("lke", command, path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not valid UTF-8", run.Error, StringComparison.Ordinal);
        Assert.Contains("line ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tree")]
    [InlineData("demo")]
    [InlineData("lke template")]
    public void OutputPath_MissingFolderOrAFolder_ExitsTwoWithAClearError(string command)
    {
        var demo = File("demo.json", SakipDocumentJson.Write(DemoRegion.Create()));
        string[] Args(string target) => command switch
        {
            "tree" => ["tree", demo, "--year", "2025", "--output", target],
            "demo" => ["demo", "--export", target],
            _ => ["lke", "template", "--output", target],
        };

        var missing = CliRunner.RunEnglish(Args(Path.Combine(_dir, "no-such-folder", "out.txt")));
        var folder = CliRunner.RunEnglish(Args(_dir));

        Assert.Equal((2, ""), (missing.ExitCode, missing.Output));
        Assert.Contains("does not exist", missing.Error, StringComparison.Ordinal);
        Assert.Equal((2, ""), (folder.ExitCode, folder.Output));
        Assert.Contains("it is a folder", folder.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("measure")]
    [InlineData("check")]
    [InlineData("tree")]
    public void TextViews_ControlCharactersInNames_AreEscaped(string command)
    {
        var path = File("ansi.json", SakipDocumentJson.Write(DemoRegion.Create())
            .Replace("\"name\": \"Angka kematian bayi\"", "\"name\": \"Angka\\u001b[31m kematian\\u0007\\u009b bayi\\n\"", StringComparison.Ordinal)
            .Replace("Meningkatnya derajat kesehatan masyarakat", "Meningkatnya\\u001b]0;x\\u0007 derajat", StringComparison.Ordinal));

        var run = command == "check" ? CliRunner.RunEnglish("check", path) : CliRunner.RunEnglish(command, path, "--year", "2025");

        Assert.Equal("", run.Error);
        Assert.DoesNotContain(run.Output, c => c < 0x20 && c is not ('\n' or '\r' or '\t') || c is >= '\u007F' and <= '\u009F');
        if (command != "check")
        {
            // check names no indicator of the demo region in its findings.
            Assert.Contains("\\u001B", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Measure_LongIndicatorName_IsCutInTheTextViewAndWholeInJson()
    {
        var name = new string('x', 60_000);
        var path = File("long.json", SakipDocumentJson.Write(DemoRegion.Create())
            .Replace("\"name\": \"Angka kematian bayi\"", $"\"name\": \"{name}\"", StringComparison.Ordinal));

        var text = CliRunner.RunEnglish("measure", path, "--year", "2025");
        var json = CliRunner.RunEnglish("measure", path, "--year", "2025", "--json");

        Assert.Equal((0, 0), (text.ExitCode, json.ExitCode));
        Assert.Contains(new string('x', TerminalText.MaxLength - 1) + "…", text.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', TerminalText.MaxLength), text.Output, StringComparison.Ordinal);
        Assert.Contains(name, json.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_NameLongerThanTheReaderLimit_ExitsTwoWithTheLimit()
    {
        var path = File("huge.json", SakipDocumentJson.Write(DemoRegion.Create())
            .Replace("\"name\": \"Angka kematian bayi\"", $"\"name\": \"{new string('x', 1_000_000)}\"", StringComparison.Ordinal));

        var run = CliRunner.RunEnglish("measure", path, "--year", "2025");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("65536", run.Error, StringComparison.Ordinal);
        Assert.True(run.Error.Length < 10_000);
    }

    [Fact]
    public void Safe_LongName_IsCutToTheMaximumWithAnEllipsis()
    {
        var shown = TerminalText.Safe(new string('x', 10_000_000));

        Assert.Equal(TerminalText.MaxLength, shown.Length);
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\u001Bb", "a\\u001Bb")]
    [InlineData("a\nb\tc", "a\\u000Ab\\u0009c")]
    [InlineData("\u202Eevil", "\\u202Eevil")]
    [InlineData("ok \U0001F600 é", "ok \U0001F600 é")]
    public void Safe_UnsafeCharacters_AreShownAsEscapes(string value, string shown) => Assert.Equal(shown, TerminalText.Safe(value));

    [Fact]
    public void Safe_LoneSurrogate_IsShownAsAnEscape() => Assert.Equal("x\\uD800y", TerminalText.Safe("x\uD800y"));

    [Fact]
    public void Run_ControlCharacterInAnArgumentEchoedInAnError_IsEscaped()
    {
        var run = CliRunner.RunEnglish("tree", "\u001B[2J.json", "--year", "2025");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain('\u001B', run.Error);
        Assert.Contains("\\u001B[2J.json", run.Error, StringComparison.Ordinal);
    }
}
