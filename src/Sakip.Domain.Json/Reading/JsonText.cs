using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sakip.Domain.Text;

namespace Sakip.Domain.Json.Reading;

/// <summary>The first stage every reader shares: the bytes, the check of the text, the deserialization.</summary>
internal static class JsonText
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The UTF-8 bytes of a text.</summary>
    public static ReadOnlyMemory<byte> Utf8(string json) => Encoding.UTF8.GetBytes(json);

    /// <summary>The bytes of a stream, read to its end (the stream is left open).</summary>
    public static ReadOnlyMemory<byte> Utf8(Stream utf8Json)
    {
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return buffer.GetBuffer().AsMemory(0, checked((int)buffer.Length));
    }

    /// <summary>Checks the text (a byte order mark is skipped) and, when it is clean, deserializes it.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="info">The metadata of the root type.</param>
    /// <param name="formatVersion">The format version the library writes, the newest it reads.</param>
    /// <param name="oldestFormatVersion">The oldest format version it reads; <paramref name="formatVersion"/> when
    /// <see langword="null"/>.</param>
    /// <returns>The value (<see langword="null"/> when the text has problems) and the outcome of the check, whose
    /// problems list is where later stages add theirs.</returns>
    public static (T? Value, DocumentValidator.Outcome Text) Read<T>(ReadOnlyMemory<byte> utf8, JsonTypeInfo<T> info, int formatVersion, int? oldestFormatVersion = null)
        where T : class
    {
        if (utf8.Span.StartsWith(ByteOrderMark))
        {
            utf8 = utf8[ByteOrderMark.Length..];
        }

        var text = DocumentValidator.Validate(utf8, info, oldestFormatVersion ?? formatVersion, formatVersion);
        if (text.Problems.Count > 0)
        {
            return (null, text);
        }

        try
        {
            return (JsonSerializer.Deserialize(utf8.Span, info)!, text);
        }
        catch (JsonException e)
        {
            // Not expected after a clean check; reported rather than thrown all the same.
            text.Problems.Add(text.At(e.Path ?? "$", JsonMessages.Unreadable(e.Message)));
            return (null, text);
        }
    }

    /// <summary>A problem of a later stage at a JSON path, with the line of that path.</summary>
    public static DocumentProblem At(this DocumentValidator.Outcome text, string path, Reason reason) => new(path, text.LineOf(path), reason);
}
