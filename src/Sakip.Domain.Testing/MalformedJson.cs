using System.Globalization;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using FsCheck;
using FsCheck.Fluent;

namespace Sakip.Domain.Testing;

/// <summary>
/// A seeded generator of malformed JSON files for fuzzing readers: it starts from valid files (a SAKIP document, an
/// answer file, a scheme file, or any JSON of your own) and damages each in one way (<see cref="MutationKind"/>):
/// truncation, flipped bits, invalid UTF-8, lone surrogate escapes, wrong JSON types, extreme numbers, deep nesting,
/// huge strings, duplicated properties and blank codes.
/// </summary>
/// <remarks>
/// <para>Deterministic: the same valid file, kind and seed always give the same bytes, on every machine and run, so a
/// failing case can be named by its seed and replayed.</para>
/// <para>A typical corpus: <c>MalformedJson.Corpus(DocumentGenerators.Document, SakipDocumentJson.Write, seed: 1,
/// count: 500)</c>, each case read with <c>SakipDocumentJson.Read(fuzzCase.OpenRead())</c>, asserting that nothing
/// throws and every problem has a path and a reason. Thread-safe.</para>
/// </remarks>
public static class MalformedJson
{
    private static readonly byte[][] InvalidUtf8Sequences =
    [
        [0x80], [0xFF], [0xFE, 0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F],
    ];

    private static readonly string[] LoneSurrogates = [@"\ud800", @"\udc00", @"\udbff", @"x\ud83d", @"\ude00y", @"\udc00\ud800"];

    private static readonly string[] OtherTypes = ["\"teks\"", "0", "-1", "true", "false", "null", "[]", "{}", "[1,\"a\",null]", "{\"a\":1}", "\"\""];

    private static readonly string[] ExtremeNumbers =
    [
        "1e400", "-1e400", "1e-400", "-1e-400", "1E+308", "4.9e-324",
        "12345678901234567890123456789", "1234567890123456789.0123456789012", "0.00000000000000000000000000001", "0.1234567890123456789012345678901",
        "9223372036854775808", "-9223372036854775809", "18446744073709551616", "79228162514264337593543950336", "-79228162514264337593543950336",
        "2147483648", "-2147483649", "-0", "-0.0", "1e28", "100000000000000000000000000000000000000000",
    ];

    private static readonly int[] Depths = [65, 100, 513, 1_000, 10_000];

    private static readonly int[] HugeLengths = [65_536, 300_000, 1_048_576];

    private static readonly string[] HugeUnits = ["A", "é", "\\\"", "\\u00e9", "😀"];

    private static readonly string[] BlankTexts = ["", " ", "   ", "\\t", "\\n", "\\u00a0", "\\u200b", " \\r\\n "];

    /// <summary>Every kind, in the order <see cref="Corpus{T}"/> cycles through them.</summary>
    public static IReadOnlyList<MutationKind> Kinds { get; } = Enum.GetValues<MutationKind>();

    /// <summary>
    /// A corpus of <paramref name="count"/> malformed files: valid values drawn from <paramref name="valid"/> with a
    /// seeded random source, written with <paramref name="write"/>, and each damaged in every kind in turn (one
    /// valid value per <see cref="Kinds"/>.Count cases).
    /// </summary>
    /// <typeparam name="T">The valid values' type.</typeparam>
    /// <param name="valid">A generator of valid values (e.g. <see cref="DocumentGenerators.Document"/>).</param>
    /// <param name="write">Writes a value as JSON text (e.g. <c>SakipDocumentJson.Write</c>).</param>
    /// <param name="seed">The seed: the same seed gives the same corpus.</param>
    /// <param name="count">How many cases.</param>
    /// <returns>The cases, made lazily, indexed from 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="valid"/> or <paramref name="write"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="count"/> is negative.</exception>
    public static IEnumerable<FuzzCase> Corpus<T>(Gen<T> valid, Func<T, string> write, int seed, int count)
    {
        Guard.Against.Null(valid);
        Guard.Against.Null(write);
        Guard.Against.Negative(count);
        return Cases(valid, write, seed, count);
    }

    /// <summary>Damages one valid JSON file in one way.</summary>
    /// <param name="utf8Json">A valid JSON file, UTF-8. Damage that needs a token of some kind (a number, a string, a
    /// property) falls back to a truncation when the file has none.</param>
    /// <param name="kind">How to damage it.</param>
    /// <param name="seed">The seed: the same file, kind and seed give the same bytes.</param>
    /// <returns>The case (index 0).</returns>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> is not valid JSON, or
    /// <paramref name="kind"/> is not a defined kind.</exception>
    public static FuzzCase Mutate(ReadOnlySpan<byte> utf8Json, MutationKind kind, int seed) => MutateAt(utf8Json, kind, seed, 0);

    private static IEnumerable<FuzzCase> Cases<T>(Gen<T> valid, Func<T, string> write, int seed, int count)
    {
        var perValue = Kinds.Count;
        var values = valid.Sample(size: 10, seed: new Rnd(unchecked((ulong)seed)), numberOfSamples: (count + perValue - 1) / perValue);
        for (var i = 0; i < count; i++)
        {
            var json = Encoding.UTF8.GetBytes(write(values[i / perValue]));
            yield return MutateAt(json, Kinds[i % perValue], unchecked((seed * 1_000_003) + i), i);
        }
    }

    private static FuzzCase MutateAt(ReadOnlySpan<byte> utf8Json, MutationKind kind, int seed, int index)
    {
        Guard.Against.EnumOutOfRange(kind);
        var tokens = Tokens(utf8Json);
        var random = new Random(seed);
        var (bytes, description) = kind switch
        {
            MutationKind.Truncated => Truncate(utf8Json, random),
            MutationKind.FlippedBits => FlipBits(utf8Json, random),
            MutationKind.InvalidUtf8 => InsertIntoString(utf8Json, tokens, random, Pick(random, InvalidUtf8Sequences)),
            MutationKind.LoneSurrogateEscape => InsertIntoString(utf8Json, tokens, random, Encoding.ASCII.GetBytes(Pick(random, LoneSurrogates))),
            MutationKind.WrongType => WrongType(utf8Json, tokens, random),
            MutationKind.ExtremeNumber => ExtremeNumber(utf8Json, tokens, random),
            MutationKind.DeepNesting => DeepNesting(utf8Json, tokens, random),
            MutationKind.HugeString => HugeString(utf8Json, tokens, random),
            MutationKind.DuplicatedProperty => DuplicateProperty(utf8Json, tokens, random),
            _ => BlankCode(utf8Json, tokens, random),
        };
        return new FuzzCase(index, kind, seed, bytes, description);
    }

    private static (byte[], string) Truncate(ReadOnlySpan<byte> json, Random random)
    {
        var at = random.Next(0, json.Length);
        return (json[..at].ToArray(), Invariant($"truncated at byte {at} of {json.Length}"));
    }

    private static (byte[], string) FlipBits(ReadOnlySpan<byte> json, Random random)
    {
        var bytes = json.ToArray();
        var flips = random.Next(1, 9);
        var positions = new List<int>();
        for (var i = 0; i < flips && bytes.Length > 0; i++)
        {
            var at = random.Next(bytes.Length);
            bytes[at] ^= (byte)(1 << random.Next(8));
            positions.Add(at);
        }

        return (bytes, "bits flipped at bytes " + string.Join(", ", positions.Select(p => p.ToString(CultureInfo.InvariantCulture))));
    }

    // Puts the bytes somewhere inside a string's or property name's contents (half the time a property name's, when
    // there is one, since names are decoded on another path than values).
    private static (byte[], string) InsertIntoString(ReadOnlySpan<byte> json, List<Token> tokens, Random random, byte[] insert)
    {
        var names = tokens.Where(t => t.Type == JsonTokenType.PropertyName).ToList();
        var strings = tokens.Where(t => t.Type == JsonTokenType.String).ToList();
        var pool = names.Count > 0 && (strings.Count == 0 || random.Next(2) == 0) ? names : strings;
        if (pool.Count == 0)
        {
            return Truncate(json, random);
        }

        var token = Pick(random, pool);
        var at = token.Start + 1 + random.Next(0, token.End - token.Start - 1);
        at = SafeInsertPoint(json, token, at);
        var what = token.Type == JsonTokenType.PropertyName ? "property name" : "string";
        return (Splice(json, at, at, insert), Invariant($"{Hex(insert)} put into the {what} at bytes {token.Start}–{token.End} ({Describe(token)})"));
    }

    private static (byte[], string) WrongType(ReadOnlySpan<byte> json, List<Token> tokens, Random random)
    {
        var values = tokens.Where(t => t.Type != JsonTokenType.PropertyName).ToList();
        var token = Pick(random, values);
        var type = TypeOf(token.Type);
        var others = OtherTypes.Where(o => TypeOf(o) != type).ToArray();
        var replacement = Pick(random, others);
        return (Splice(json, token.Start, token.End, Encoding.UTF8.GetBytes(replacement)), Invariant($"{Describe(token)} replaced by {replacement}"));
    }

    private static (byte[], string) ExtremeNumber(ReadOnlySpan<byte> json, List<Token> tokens, Random random)
    {
        var numbers = tokens.Where(t => t.Type == JsonTokenType.Number).ToList();
        var pool = numbers.Count > 0 && random.Next(4) > 0 ? numbers : tokens.Where(t => t.Type is JsonTokenType.String or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null).ToList();
        if (pool.Count == 0)
        {
            return Truncate(json, random);
        }

        var token = Pick(random, pool);
        var number = Pick(random, ExtremeNumbers);
        return (Splice(json, token.Start, token.End, Encoding.ASCII.GetBytes(number)), Invariant($"{Describe(token)} replaced by {number}"));
    }

    private static (byte[], string) DeepNesting(ReadOnlySpan<byte> json, List<Token> tokens, Random random)
    {
        var token = Pick(random, tokens.Where(t => t.Type != JsonTokenType.PropertyName).ToList());
        var depth = Pick(random, Depths);
        var objects = random.Next(2) == 0;
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append(objects ? "{\"a\":" : "[");
        }

        builder.Append(objects ? "1" : "\"x\"");
        builder.Append(objects ? '}' : ']', depth);
        var what = objects ? "objects" : "arrays";
        return (Splice(json, token.Start, token.End, Encoding.ASCII.GetBytes(builder.ToString())), Invariant($"{Describe(token)} replaced by {what} nested {depth} deep"));
    }

    private static (byte[], string) HugeString(ReadOnlySpan<byte> json, List<Token> tokens, Random random)
    {
        var strings = tokens.Where(t => t.Type == JsonTokenType.String).ToList();
        var token = Pick(random, strings.Count > 0 ? strings : tokens.Where(t => t.Type != JsonTokenType.PropertyName).ToList());
        var length = Pick(random, HugeLengths);
        var unit = Pick(random, HugeUnits);
        var text = new StringBuilder(length + 2).Append('"');
        while (text.Length < length)
        {
            text.Append(unit);
        }

        text.Append('"');
        return (Splice(json, token.Start, token.End, Encoding.UTF8.GetBytes(text.ToString())), Invariant($"{Describe(token)} replaced by a string of {length} × {unit}"));
    }

    // Writes a property again before itself, with another value (a wrong type, or an empty string or zero).
    private static (byte[], string) DuplicateProperty(ReadOnlySpan<byte> json, List<Token> tokens, Random random)
    {
        var names = tokens.Where(t => t.Type == JsonTokenType.PropertyName).ToList();
        if (names.Count == 0)
        {
            return Truncate(json, random);
        }

        var name = Pick(random, names);
        var first = Pick(random, OtherTypes);
        var insert = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json[name.Start..name.End]) + ":" + first + ",");
        return (Splice(json, name.Start, name.Start, insert), Invariant($"property {Describe(name)} written twice, first as {first}"));
    }

    private static (byte[], string) BlankCode(ReadOnlySpan<byte> json, List<Token> tokens, Random random)
    {
        var strings = tokens.Where(t => t.Type == JsonTokenType.String).ToList();
        var codes = strings.Where(t => t.Property is { } p && (p.EndsWith("id", StringComparison.OrdinalIgnoreCase) || p.EndsWith("ids", StringComparison.OrdinalIgnoreCase) || p.Contains("code", StringComparison.OrdinalIgnoreCase) || p.Contains("kode", StringComparison.OrdinalIgnoreCase) || p is "agency" or "indicator" or "scheme" or "criterion")).ToList();
        var pool = codes.Count > 0 ? codes : strings;
        if (pool.Count == 0)
        {
            return Truncate(json, random);
        }

        var token = Pick(random, pool);
        var blank = Pick(random, BlankTexts);
        return (Splice(json, token.Start, token.End, Encoding.ASCII.GetBytes("\"" + blank + "\"")), Invariant($"{Describe(token)} replaced by \"{blank}\""));
    }

    // Inside an escape sequence (\", \\, \uXXXX) an insertion would change the escape itself; move it before the
    // backslash that starts the sequence.
    private static int SafeInsertPoint(ReadOnlySpan<byte> json, Token token, int at)
    {
        for (var i = token.Start + 1; i < at; i++)
        {
            if (json[i] == (byte)'\\')
            {
                var length = json[i + 1] == (byte)'u' ? 6 : 2;
                if (at < i + length)
                {
                    return i;
                }

                i += length - 1;
            }
        }

        return at;
    }

    private static List<Token> Tokens(ReadOnlySpan<byte> json)
    {
        var tokens = new List<Token>();
        var open = new Stack<(int Start, string? Property, JsonTokenType Type)>();
        string? property = null;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1_000 });
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        tokens.Add(new Token(JsonTokenType.PropertyName, start, start + reader.ValueSpan.Length + 2, null));
                        property = reader.GetString();
                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        open.Push((start, property, reader.TokenType));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        var (begin, name, type) = open.Pop();
                        tokens.Add(new Token(type, begin, start + 1, name));
                        break;
                    case JsonTokenType.String:
                        tokens.Add(new Token(JsonTokenType.String, start, start + reader.ValueSpan.Length + 2, property));
                        break;
                    default:
                        tokens.Add(new Token(reader.TokenType, start, start + reader.ValueSpan.Length, property));
                        break;
                }

                property = null;
            }
        }
        catch (JsonException e)
        {
            throw new ArgumentException("The file to damage must be valid JSON: " + e.Message, nameof(json), e);
        }

        return tokens.Count > 0 ? tokens : throw new ArgumentException("The file to damage must be valid JSON.", nameof(json));
    }

    private static byte[] Splice(ReadOnlySpan<byte> json, int start, int end, ReadOnlySpan<byte> insert)
    {
        var result = new byte[json.Length - (end - start) + insert.Length];
        json[..start].CopyTo(result);
        insert.CopyTo(result.AsSpan(start));
        json[end..].CopyTo(result.AsSpan(start + insert.Length));
        return result;
    }

    private static char TypeOf(string literal) => literal[0] switch
    {
        '"' => 's',
        '[' => 'a',
        '{' => 'o',
        't' or 'f' => 'b',
        'n' => 'n',
        _ => '0',
    };

    private static char TypeOf(JsonTokenType type) => type switch
    {
        JsonTokenType.String => 's',
        JsonTokenType.StartArray => 'a',
        JsonTokenType.StartObject => 'o',
        JsonTokenType.True or JsonTokenType.False => 'b',
        JsonTokenType.Null => 'n',
        _ => '0',
    };

    private static string Describe(Token token) => token.Type switch
    {
        JsonTokenType.PropertyName => "a name",
        _ when token.Property is { } p => Invariant($"the {TypeName(token.Type)} of \"{Shorten(p)}\""),
        _ => Invariant($"a {TypeName(token.Type)} in an array or at the top"),
    };

    private static string TypeName(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.Null => "null",
        _ => "boolean",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static string Hex(byte[] bytes) => string.Join(' ', bytes.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Token(JsonTokenType Type, int Start, int End, string? Property);
}
