using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;

namespace Sakip.Domain.Text;

/// <summary>
/// Why an operation failed, in both languages, from the exception that says so: a file or folder that does not exist,
/// access denied, a path that is too long or not valid, another input/output error, text that is not JSON. The
/// messages of .NET and the operating system are in one language only (English where the globalization data is
/// missing, as in slim containers), so a line that appended one to an Indonesian sentence would mix two languages.
/// </summary>
/// <remarks>
/// <para>Any other input/output error keeps the system's message, and an exception of any other type (a plugin's, a
/// loader's, a host's) is described by its type name and its own message, which the code that threw it wrote: in
/// Indonesian such a message is quoted as that code's words.</para>
/// <para>Thread-safe. The text never depends on the machine's culture.</para>
/// </remarks>
/// <example>
/// <code>
/// catch (IOException e)
/// {
///     var why = FailureText.Of(e);      // e.g. "the file does not exist" / "berkas tidak ada"
///     Console.Error.WriteLine(why.In(Language.Indonesian));
/// }
/// </code>
/// </example>
public static class FailureText
{
    /// <summary>Why the operation that threw <paramref name="exception"/> failed.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The reason in both languages.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static BilingualText Of(Exception exception)
    {
        Guard.Against.Null(exception);
        return exception switch
        {
            FileNotFoundException => new("the file does not exist", "berkas tidak ada"),
            DirectoryNotFoundException => new("a folder on the path does not exist", "folder pada jalurnya tidak ada"),
            PathTooLongException => new("the path is too long", "jalurnya terlalu panjang"),
            UnauthorizedAccessException => new("access is denied", "akses ditolak"),
            // The system's own words say which input/output error it was (a file in use, a full disk, a lost share):
            // kept, quoted in Indonesian as the system's.
            IOException => new(
                $"the system reported an input/output error: {exception.Message}",
                $"sistem melaporkan kesalahan masukan/keluaran, dengan pesan: \"{exception.Message}\""),
            JsonException { LineNumber: { } line } => new(
                string.Create(CultureInfo.InvariantCulture, $"it is not valid JSON (line {line + 1})"),
                string.Create(CultureInfo.InvariantCulture, $"bukan JSON yang valid (baris {line + 1})")),
            JsonException => new("it is not valid JSON", "bukan JSON yang valid"),
            _ => new($"{exception.GetType().Name}: {exception.Message}", $"{exception.GetType().Name}, dengan pesan: \"{exception.Message}\""),
        };
    }
}
