using System.Text;
using System.Text.Json;
using Sakip.Domain.Json.Reading;
using Sakip.Domain.Json.Serialization;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Json;

/// <summary>
/// Reads and writes a <see cref="SakipDocument"/> in the SAKIP document format: one UTF-8 JSON document with a
/// top-level <c>"formatVersion": 1</c>, property names equal to the model's (camelCase), decimals as exact JSON
/// numbers, targets as <c>{"value": 90}</c> or <c>{"lower": 80, "upper": 90}</c>, codes and periods as their
/// canonical text, enums as camelCase names (docs/sakip-document-format.md).
/// </summary>
/// <remarks>
/// <para>Reading never throws on bad input: it returns every problem it finds (syntax, unknown properties, values
/// of the wrong kind, unparseable codes, periods and targets, the format version, then the model's structural
/// problems from <see cref="SakipDocumentBuilder"/>), each with its JSON path and line; a text with any problem
/// gives no document. Only source-generated metadata is used (no reflection): trimming and AOT friendly.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class SakipDocumentJson
{
    /// <summary>The version of the document format this library reads and writes.</summary>
    public const int FormatVersion = 1;

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Writes a document as indented JSON text (with <c>\n</c> line ends and a final line end).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Write(SakipDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(DocumentMapper.ToJson(document), JsonFormat.DocumentInfo) + "\n";
    }

    /// <summary>Writes a document as indented UTF-8 JSON (without a byte order mark) to a stream.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void Write(SakipDocument document, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, DocumentMapper.ToJson(document), JsonFormat.DocumentInfo);
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Reads a document from JSON text, never throwing on bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a document from a stream of UTF-8 JSON (a byte order mark is allowed), never throwing on bad
    /// input. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The document, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static ReadResult Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsMemory(0, checked((int)buffer.Length)));
    }

    /// <summary>The JSON Schema (draft 2020-12) of the document format, generated from the serialization types; the
    /// same text as docs/sakip-document.schema.json.</summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string Schema() => SchemaExport.Text;

    private static ReadResult Read(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Span.StartsWith(ByteOrderMark))
        {
            utf8 = utf8[ByteOrderMark.Length..];
        }

        var checkedText = DocumentValidator.Validate(utf8, JsonFormat.DocumentInfo);
        if (checkedText.Problems.Count > 0)
        {
            return ReadResult.Fail(checkedText.Problems);
        }

        DocumentJson json;
        try
        {
            json = JsonSerializer.Deserialize(utf8.Span, JsonFormat.DocumentInfo)!;
        }
        catch (JsonException e)
        {
            // Not expected after a clean check; reported rather than thrown all the same.
            var path = e.Path ?? "$";
            return ReadResult.Fail([new DocumentProblem(path, checkedText.LineOf(path), JsonMessages.Unreadable(e.Message))]);
        }

        var built = DocumentMapper.ToBuilder(json).Build();
        return built.Success
            ? ReadResult.Ok(built.Model)
            : ReadResult.Fail(built.Problems.Select(p => new DocumentProblem("$." + p.Path, checkedText.LineOf("$." + p.Path), p.Reason)));
    }
}
