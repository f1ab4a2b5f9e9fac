using System.Text.Json;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Text;

/// <summary>Why an operation failed is said in each language: the system's own message (one language only) is never
/// appended to an Indonesian sentence as if it were one; where it is kept, it is quoted as the system's words.</summary>
public class FailureTextTests
{
    public static TheoryData<Exception, string, string> Known() => new()
    {
        { new FileNotFoundException("Could not find file '/x'."), "the file does not exist", "berkas tidak ada" },
        { new DirectoryNotFoundException("Could not find a part of the path."), "a folder on the path does not exist", "folder pada jalurnya tidak ada" },
        { new PathTooLongException("The path is too long."), "the path is too long", "jalurnya terlalu panjang" },
        { new UnauthorizedAccessException("Access to the path is denied."), "access is denied", "akses ditolak" },
        { new JsonException("'x' is an invalid start of a value.", null, 2, 5), "it is not valid JSON (line 3)", "bukan JSON yang valid (baris 3)" },
        { new JsonException("Unexpected end."), "it is not valid JSON", "bukan JSON yang valid" },
    };

    [Theory]
    [MemberData(nameof(Known))]
    public void Of_SystemFailure_IsSaidInEachLanguageWithoutTheSystemsMessage(Exception exception, string english, string indonesian)
    {
        var why = FailureText.Of(exception);

        Assert.Equal(english, why.English);
        Assert.Equal(indonesian, why.Indonesian);
        Assert.DoesNotContain(exception.Message, why.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_OtherInputOutputError_KeepsTheSystemsMessage_QuotedInIndonesian()
    {
        var why = FailureText.Of(new IOException("No space left on device"));

        Assert.Equal("the system reported an input/output error: No space left on device", why.English);
        Assert.Equal("sistem melaporkan kesalahan masukan/keluaran, dengan pesan: \"No space left on device\"", why.Indonesian);
    }

    [Fact]
    public void Of_MissingFileOpened_IsTheFileDoesNotExist()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"sakip-missing-{Guid.NewGuid():N}.json");

        var e = Assert.ThrowsAny<IOException>(() => File.OpenRead(missing));

        Assert.Equal(new BilingualText("the file does not exist", "berkas tidak ada"), FailureText.Of(e));
    }

    [Fact]
    public void Of_AnyOtherException_GivesItsTypeAndQuotesItsOwnMessage()
    {
        var why = FailureText.Of(new InvalidOperationException("the plugin's own words"));

        Assert.Equal("InvalidOperationException: the plugin's own words", why.English);
        Assert.Equal("InvalidOperationException, dengan pesan: \"the plugin's own words\"", why.Indonesian);
    }

    [Fact]
    public void Of_Null_Throws() => Assert.Equal("exception", Assert.Throws<ArgumentNullException>(() => FailureText.Of(null!)).ParamName);
}
