using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sakip.Domain.Text;

namespace Sakip.Domain.Json.Reading;

/// <summary>The first stage every reader shares: the bytes, the check of the text, the deserialization.</summary>
internal static class JsonText
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The UTF-8 bytes of a text; a problem instead when it is larger than
    /// <see cref="DocumentReadOptions.MaxDocumentBytes"/> or is no valid UTF-16 (a lone surrogate, which UTF-8 cannot
    /// hold).</summary>
    public static Source Utf8(string json, DocumentReadOptions limits)
    {
        var length = json.Length > limits.MaxDocumentBytes ? long.MaxValue : Encoding.UTF8.GetByteCount(json);
        if (length > limits.MaxDocumentBytes)
        {
            return new(default, Problem.AtLine("$", null, JsonMessages.DocumentTooLarge(limits.MaxDocumentBytes)));
        }

        var bytes = new byte[length];
        if (System.Text.Unicode.Utf8.FromUtf16(json, bytes, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return new(default, Problem.AtLine("$", json.AsSpan(0, read).Count('\n') + 1, JsonMessages.InvalidUtf16));
        }

        return new(bytes.AsMemory(0, written), null);
    }

    /// <summary>The bytes of a stream, read to its end (the stream is left open); a problem instead when it holds more
    /// than <see cref="DocumentReadOptions.MaxDocumentBytes"/>: then it is read no further than one byte past the
    /// limit.</summary>
    public static Source Utf8(Stream utf8Json, DocumentReadOptions limits)
    {
        // A stream that knows its length (a file) gets a buffer of that size at once, not one doubled again and again.
        using var buffer = new MemoryStream(utf8Json.CanSeek ? (int)Math.Clamp(utf8Json.Length - utf8Json.Position, 0, Math.Min(limits.MaxDocumentBytes + 1, Array.MaxLength)) : 0);
        var chunk = new byte[81_920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, (int)Math.Min(chunk.Length, limits.MaxDocumentBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxDocumentBytes)
            {
                return new(default, Problem.AtLine("$", null, JsonMessages.DocumentTooLarge(limits.MaxDocumentBytes)));
            }
        }

        return new(buffer.GetBuffer().AsMemory(0, checked((int)buffer.Length)), null);
    }

    /// <summary>Checks the text (a byte order mark is skipped) and, when it is clean, gives its value: built in the same
    /// pass as the check, or deserialized when the pass cannot build the root type.</summary>
    /// <param name="source">The text, or the problem that stopped it being read.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="info">The metadata of the root type.</param>
    /// <param name="formatVersion">The format version the library writes, the newest it reads.</param>
    /// <param name="oldestFormatVersion">The oldest format version it reads; <paramref name="formatVersion"/> when
    /// <see langword="null"/>.</param>
    /// <returns>The value (<see langword="null"/> when the text has problems) and the outcome of the check, whose
    /// problems list is where later stages add theirs.</returns>
    public static (T? Value, DocumentValidator.Outcome Text) Read<T>(Source source, DocumentReadOptions limits, JsonTypeInfo<T> info, int formatVersion, int? oldestFormatVersion = null)
        where T : class => source.Problem is { } problem
            ? (null, DocumentValidator.Outcome.Unread(problem))
            : Read(source.Bytes, limits, info, formatVersion, oldestFormatVersion);

    private static (T? Value, DocumentValidator.Outcome Text) Read<T>(ReadOnlyMemory<byte> utf8, DocumentReadOptions limits, JsonTypeInfo<T> info, int formatVersion, int? oldestFormatVersion)
        where T : class
    {
        if (utf8.Span.StartsWith(ByteOrderMark))
        {
            utf8 = utf8[ByteOrderMark.Length..];
        }

        var text = DocumentValidator.Validate(utf8, info, oldestFormatVersion ?? formatVersion, formatVersion, limits, out var built);
        if (text.Problems.Count > 0)
        {
            return (null, text);
        }

        if (built is T value)
        {
            // Built by the check's own pass: the text is read once.
            return (value, text);
        }

        try
        {
            return (JsonSerializer.Deserialize(utf8.Span, info)!, text);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not expected after a clean check; reported rather than thrown all the same.
            text.Problems.Add(text.At((e as JsonException)?.Path ?? "$", JsonMessages.Unreadable));
            return (null, text);
        }
    }

    /// <summary>A text to read: its UTF-8 bytes, or the problem that keeps it from being read.</summary>
    /// <param name="Bytes">The bytes (empty when there is a problem).</param>
    /// <param name="Problem">The problem, if any.</param>
    internal readonly record struct Source(ReadOnlyMemory<byte> Bytes, Problem? Problem);

    /// <summary>A problem of a later stage at a JSON path, with the line of that path.</summary>
    public static Problem At(this DocumentValidator.Outcome text, string path, Reason reason) => Problem.AtLine(path, text.LineOf(path), reason);
}
