using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>CSV (RFC 4180) as the library writes and reads it: the separator a culture calls for, fields quoted when
/// they must be, lines ending with CR LF; and the reader of such text into rows of fields, every malformation a
/// problem with its line.</summary>
internal static class CsvText
{
    /// <summary>The field separator a culture calls for: <c>;</c> when its decimal separator is <c>,</c>, else
    /// <c>,</c>.</summary>
    public static char Separator(CultureInfo culture) => culture.NumberFormat.NumberDecimalSeparator == "," ? ';' : ',';

    /// <summary>Writes one line: the fields, separated, quoted where needed, then CR LF.</summary>
    public static void Line(TextWriter output, IReadOnlyList<string?> fields, char separator)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                output.Write(separator);
            }

            output.Write(Quote(fields[i], separator));
        }

        output.Write("\r\n");
    }

    /// <summary>A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds the separator, a quote, a
    /// line break, or white space at either end (which some readers trim).</summary>
    public static string Quote(string? field, char separator)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        var quote = field.AsSpan().IndexOfAny(separator, '"', '\n') >= 0 || field.Contains('\r', StringComparison.Ordinal)
            || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]);
        return quote ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    /// <summary>UTF-8 bytes as text (a leading byte order mark dropped), or null with the line (from 1) of the first
    /// byte that is not UTF-8.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out int badLine)
    {
        badLine = 0;
        var start = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var input = bytes[start..];
        var chars = new char[input.Length];
        var status = Utf8.ToUtf16(input, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            badLine = input[..read].Count((byte)'\n') + 1;
            return null;
        }

        return new string(chars, 0, written);
    }

    /// <summary>The records of a CSV text, each a list of fields (an empty text has none). A record ends at CR LF, LF or
    /// the end of the text; a field in quotes may hold separators, line breaks and doubled quotes. Null with the
    /// problem's line (from 1) and reason when the text is malformed: a quote that is never closed, a quote inside an
    /// unquoted field or text after a closing quote, or a record with another number of fields than the first.</summary>
    public static List<List<string>>? Parse(string text, char separator, out int badLine, out Reason? problem)
    {
        badLine = 0;
        problem = null;
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        while (i < text.Length)
        {
            // At the start of a field.
            if (text[i] == '"')
            {
                var opened = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        badLine = opened;
                        problem = SpreadsheetMessages.CsvUnterminatedQuote;
                        return null;
                    }

                    var c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                    i++;
                }

                if (i < text.Length && text[i] != separator && text[i] != '\n' && !(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                {
                    badLine = line;
                    problem = SpreadsheetMessages.CsvTextAfterQuote;
                    return null;
                }
            }
            else
            {
                while (i < text.Length && text[i] != separator && text[i] != '\n' && !(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                {
                    if (text[i] == '"')
                    {
                        badLine = line;
                        problem = SpreadsheetMessages.CsvStrayQuote;
                        return null;
                    }

                    field.Append(text[i]);
                    i++;
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == separator)
            {
                i++;
                if (i == text.Length)
                {
                    // A separator at the very end: one more, empty field.
                    fields.Add(string.Empty);
                }

                continue;
            }

            // The end of a record: CR LF, LF or the end of the text.
            if (!End(records, fields, recordLine, out badLine, out problem))
            {
                return null;
            }

            fields = [];
            i += i < text.Length && text[i] == '\r' ? 2 : i < text.Length ? 1 : 0;
            line++;
            recordLine = line;
        }

        if (fields.Count > 0 && !End(records, fields, recordLine, out badLine, out problem))
        {
            return null;
        }

        return records;
    }

    private static bool End(List<List<string>> records, List<string> fields, int line, out int badLine, out Reason? problem)
    {
        badLine = 0;
        problem = null;
        if (records.Count > 0 && fields is [""])
        {
            // An empty line is a record of empty fields (an empty row of the sheet).
            fields = [.. Enumerable.Repeat(string.Empty, records[0].Count)];
        }

        if (records.Count > 0 && fields.Count != records[0].Count)
        {
            badLine = line;
            problem = SpreadsheetMessages.CsvRagged(fields.Count, records[0].Count);
            return false;
        }

        records.Add(fields);
        return true;
    }
}
