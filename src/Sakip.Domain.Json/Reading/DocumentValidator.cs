using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Sakip.Domain.Evaluations.Schemes;
using Sakip.Domain.Json.Serialization;
using Sakip.Domain.Text;
using Sakip.Domain.Values;
using Kind = Sakip.Domain.Json.JsonMessages.Kind;

namespace Sakip.Domain.Json.Reading;

/// <summary>
/// Checks a JSON text against the document format before anything is deserialized: one pass of a
/// <see cref="Utf8JsonReader"/>, guided by the source-generated metadata (<see cref="JsonTypeInfo.Kind"/>, the
/// properties' names, types, <c>required</c> and nullability, the element types of lists). It reports every
/// unknown or duplicate property, missing required value, null where a value belongs, value of the wrong kind,
/// unparseable code, period, target, year span and format version, each with its JSON path and line. The line of
/// every path, for later problems (the mapper's, the builder's), is recorded by a second pass over the same text made
/// only when such a problem asks for one (<see cref="Outcome.LineOf"/>): a clean document never pays for it.
/// </summary>
/// <remarks>A syntax error ends the pass (the reader cannot go on); the problems found before it are kept.</remarks>
internal sealed class DocumentValidator
{
    private readonly ReadOnlyMemory<byte> _json;
    private readonly JsonSerializerOptions _options;
    private readonly List<Problem> _problems = [];
    private readonly Dictionary<string, int>? _lines;
    private readonly Dictionary<JsonTypeInfo, PropertyTable> _properties = [];
    private int _countedTo;
    private int _line = 1;
    private PathNode _path = PathNode.Root;

    private readonly Type _root;
    private readonly int _oldestFormatVersion;
    private readonly int _formatVersion;
    private readonly DocumentReadOptions _limits;

    private DocumentValidator(ReadOnlyMemory<byte> json, JsonTypeInfo root, int oldestFormatVersion, int formatVersion, DocumentReadOptions limits, bool recordLines)
    {
        _json = json;
        _lines = recordLines ? new(StringComparer.Ordinal) : null;
        _limits = limits;
        _options = root.Options;
        _root = root.Type;
        _oldestFormatVersion = oldestFormatVersion;
        _formatVersion = formatVersion;
    }

    /// <summary>The result of a pass.</summary>
    /// <param name="Problems">Every problem found, in document order.</param>
    /// <param name="Lines">The line of each JSON path seen (a property's name, an array element's first token), made
    /// when first asked for.</param>
    internal sealed record Outcome(List<Problem> Problems, Lazy<IReadOnlyDictionary<string, int>> Lines)
    {
        /// <summary>An outcome of problems found before any text was read: no path has a line.</summary>
        public static Outcome Unread(Problem problem) => new([problem], new Lazy<IReadOnlyDictionary<string, int>>(new Dictionary<string, int>()));

        /// <summary>The line of a path, or of its nearest recorded ancestor.</summary>
        public int? LineOf(string path)
        {
            while (true)
            {
                if (Lines.Value.TryGetValue(path, out var line))
                {
                    return line;
                }

                var cut = path.LastIndexOfAny(['.', '[']);
                if (cut <= 0)
                {
                    return null;
                }

                path = path[..cut];
            }
        }
    }

    /// <summary>Checks a UTF-8 JSON text (without a byte order mark) against a root type whose
    /// <c>formatVersion</c> must be from <paramref name="oldestFormatVersion"/> to <paramref name="formatVersion"/>.</summary>
    public static Outcome Validate(ReadOnlyMemory<byte> json, JsonTypeInfo root, int oldestFormatVersion, int formatVersion, DocumentReadOptions limits)
    {
        var validator = new DocumentValidator(json, root, oldestFormatVersion, formatVersion, limits, recordLines: false);
        validator.Run(root);
        return new Outcome(validator._problems, new Lazy<IReadOnlyDictionary<string, int>>(() =>
        {
            // The same pass again, recording every path's line: the same paths, by construction.
            var recording = new DocumentValidator(json, root, oldestFormatVersion, formatVersion, limits, recordLines: true);
            recording.Run(root);
            return recording._lines!;
        }));
    }

    private void Run(JsonTypeInfo root)
    {
        if (InvalidUtf8At() is { } bad)
        {
            _problems.Add(Problem.AtLine("$", LineAt(bad), JsonMessages.InvalidUtf8));
            return;
        }

        if (TooDeepAt() is { } deep)
        {
            _problems.Add(Problem.AtLine("$", LineAt(deep), JsonMessages.TooDeep(_limits.MaxDepth)));
            return;
        }

        var reader = new Utf8JsonReader(_json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = _limits.MaxDepth });
        var afterValue = false;
        try
        {
            reader.Read();
            Value(ref reader, root, PathNode.Root, nullable: false);
            afterValue = true;
            reader.Read(); // throws on anything after the document's value
        }
        catch (JsonException e)
        {
            _problems.Add(Problem.AtLine(_path.ToString(), e.LineNumber is { } n ? checked((int)n + 1) : null, SyntaxFault(e.LineNumber ?? 0, e.BytePositionInLine ?? 0, afterValue)));
        }
    }

    /// <summary>What is wrong with the JSON where the reader stopped, in the library's own words (the reader's message
    /// is English only): the text ends too soon, more follows the document's value, or the text found there.</summary>
    /// <param name="line">The reader's line, from 0.</param>
    /// <param name="byteInLine">The reader's byte position in that line.</param>
    /// <param name="afterValue">Whether the document's value was complete.</param>
    private Reason SyntaxFault(long line, long byteInLine, bool afterValue)
    {
        var json = _json.Span;
        var start = 0;
        for (var l = 0L; l < line && start < json.Length; l++)
        {
            var next = json[start..].IndexOf((byte)'\n');
            start = next < 0 ? json.Length : start + next + 1;
        }

        var rest = json[(int)Math.Min(start + byteInLine, json.Length)..];
        if (rest.Trim(" \t\r\n"u8).IsEmpty)
        {
            return JsonMessages.SyntaxIncomplete;
        }

        // The rest of the line, from at most 192 bytes: at least the 48 characters a message shows, however the text is
        // encoded (the message shortens it). A cut inside a character decodes to a replacement mark, never a wrong one.
        var head = rest[..Math.Min(rest.Length, 192)];
        var end = head.IndexOfAny((byte)'\r', (byte)'\n');
        var found = System.Text.Encoding.UTF8.GetString((end < 0 ? head : head[..end]).Trim(" \t"u8));
        return afterValue ? JsonMessages.SyntaxTrailing(found) : JsonMessages.SyntaxUnexpected(found);
    }

    private void Value(ref Utf8JsonReader reader, JsonTypeInfo info, PathNode path, bool nullable)
    {
        _path = path;
        var line = LineAt(reader.TokenStartIndex);
        _lines?.TryAdd(path.ToString(), line);
        if (reader.TokenType == JsonTokenType.Null)
        {
            if (!nullable)
            {
                Add(path, line, JsonMessages.NullNotAllowed);
            }

            return;
        }

        if (Nullable.GetUnderlyingType(info.Type) is { } underlying)
        {
            info = _options.GetTypeInfo(underlying);
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                Object(ref reader, info, path, line);
                break;
            case JsonTypeInfoKind.Enumerable:
                Array(ref reader, info, path, line);
                break;
            default:
                Leaf(ref reader, info.Type, path, line);
                break;
        }
    }

    private void Object(ref Utf8JsonReader reader, JsonTypeInfo info, PathNode path, int line)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, Kind.Object, path, line);
            return;
        }

        var properties = PropertiesOf(info);
        var problemsBefore = _problems.Count;
        var seen = new bool[properties.All.Length];
        // Only the whole-value checks (Complete) and the root's format version read the numbers, the properties given
        // and their lines: other objects keep none of them.
        var whole = info.Type == typeof(TargetJson) || info.Type == typeof(YearSpanJson) || info.Type == typeof(RoundingJson);
        var numbers = whole || info.Type == _root ? new Dictionary<string, decimal>(StringComparer.Ordinal) : null;
        var nonNull = whole ? new HashSet<string>(StringComparer.Ordinal) : null;
        var nameLines = whole ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameLine = LineAt(reader.TokenStartIndex);
            var name = PropertyName(ref reader, properties, path, nameLine, out var property);
            if (name is null)
            {
                // A name that is no text (a lone surrogate) or too long has no path of its own: the object's is used.
                reader.Read();
                reader.Skip();
                continue;
            }

            var propertyPath = path.Property(name);
            var propertyLine = nameLine;
            _path = propertyPath;
            reader.Read();
            if (property is null)
            {
                _lines?.TryAdd(propertyPath.ToString(), propertyLine);
                Add(propertyPath, propertyLine, JsonMessages.UnknownProperty(name));
                reader.Skip();
                continue;
            }

            if (seen[property.Value.Index])
            {
                Add(propertyPath, propertyLine, JsonMessages.DuplicateProperty(name));
                reader.Skip();
                continue;
            }

            seen[property.Value.Index] = true;
            _lines?.TryAdd(propertyPath.ToString(), propertyLine);
            nameLines?.TryAdd(name, propertyLine);
            if (reader.TokenType != JsonTokenType.Null)
            {
                nonNull?.Add(name);
            }

            if (numbers is not null && reader.TokenType == JsonTokenType.Number && ExactNumber(ref reader, out var number, out _))
            {
                numbers[name] = number;
            }

            Value(ref reader, properties.Types[property.Value.Index], propertyPath, property.Value.Info.IsSetNullable);
            if (info.Type == _root && name == "formatVersion" && numbers!.TryGetValue(name, out var version)
                && version == decimal.Truncate(version) && version is >= int.MinValue and <= int.MaxValue && (version < _oldestFormatVersion || version > _formatVersion))
            {
                Add(propertyPath, propertyLine, JsonMessages.UnsupportedFormatVersion(version, _oldestFormatVersion, _formatVersion));
            }
        }

        for (var i = 0; i < properties.All.Length; i++)
        {
            if (properties.All[i].IsRequired && !seen[i])
            {
                Add(path.Property(properties.All[i].Name), line, JsonMessages.Required);
            }
        }

        // Whole-value checks only on objects whose parts are all fine (no second report of the same mistake).
        if (whole && _problems.Count == problemsBefore)
        {
            Complete(info.Type, path, line, nonNull!, numbers!, nameLines!);
        }
    }

    /// <summary>The checks of whole values: targets, year spans and roundings.</summary>
    private void Complete(Type type, PathNode path, int line, HashSet<string> present, Dictionary<string, decimal> numbers, Dictionary<string, int> nameLines)
    {
        if (type == typeof(TargetJson))
        {
            if (present.SetEquals(["value"]))
            {
                return;
            }

            if (!present.SetEquals(["lower", "upper"]))
            {
                Add(path, line, JsonMessages.BadTarget);
            }
            else if (Target.TryCreateRange(numbers["lower"], numbers["upper"]).Problems is [var failure, ..])
            {
                Add(path, line, failure.Reason);
            }
        }
        else if (type == typeof(YearSpanJson) && numbers.TryGetValue("first", out var first) && numbers.TryGetValue("last", out var last))
        {
            var inRange = true;
            foreach (var (name, year) in new[] { ("first", first), ("last", last) })
            {
                if (year is < 1 or > 9999)
                {
                    Add(path.Property(name), nameLines.GetValueOrDefault(name, line), JsonMessages.YearOutOfRange);
                    inRange = false;
                }
            }

            if (inRange && last < first)
            {
                Add(path, line, JsonMessages.YearSpanReversed);
            }
        }
        else if (type == typeof(RoundingJson) && numbers.TryGetValue("decimals", out var decimals) && decimals is < 0 or > 28)
        {
            Add(path.Property("decimals"), nameLines.GetValueOrDefault("decimals", line), JsonMessages.DecimalsOutOfRange);
        }
    }

    private void Array(ref Utf8JsonReader reader, JsonTypeInfo info, PathNode path, int line)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, Kind.Array, path, line);
            return;
        }

        var element = _options.GetTypeInfo(info.ElementType!);
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (index == _limits.MaxItems)
            {
                Add(path, line, JsonMessages.TooManyItems(_limits.MaxItems));
            }

            if (index >= _limits.MaxItems)
            {
                // The rest is passed over unchecked (the text is refused already), in one pass and without allocation.
                reader.Skip();
                index++;
                continue;
            }

            Value(ref reader, element, path.Element(index), nullable: false);
            index++;
        }
    }

    private void Leaf(ref Utf8JsonReader reader, Type type, PathNode path, int line)
    {
        if (type == typeof(string))
        {
            if (Expect(ref reader, JsonTokenType.String, Kind.String, path, line)
                && (reader.ValueIsEscaped || (reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) > _limits.MaxStringLength))
            {
                // Unescaped valid UTF-8 within the limit is good text (String's first case): no need to make it.
                String(ref reader, path, line);
            }
        }
        else if (type == typeof(bool))
        {
            if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
            {
                WrongType(ref reader, Kind.Boolean, path, line);
            }
        }
        else if (type == typeof(int))
        {
            if (Expect(ref reader, JsonTokenType.Number, Kind.WholeNumber, path, line) && !reader.TryGetInt32(out _))
            {
                var exact = ExactNumber(ref reader, out var value, out var failure);
                var text = NumberText(ref reader);
                Add(path, line, !exact ? failure!
                    : value != decimal.Truncate(value) ? JsonMessages.WrongType(Kind.WholeNumber, Kind.Number)
                    : text.AsSpan().IndexOfAny('.', 'e', 'E') >= 0 ? JsonMessages.WholeNumberRequired(text, value)
                    : JsonMessages.WholeNumberOutOfRange(text));
            }
        }
        else if (type == typeof(decimal))
        {
            if (Expect(ref reader, JsonTokenType.Number, Kind.Number, path, line) && !ExactNumber(ref reader, out _, out var failure))
            {
                Add(path, line, failure!);
            }
        }
        else if (TextValues.EnumNames.TryGetValue(type, out var names))
        {
            if (Expect(ref reader, JsonTokenType.String, Kind.String, path, line) && String(ref reader, path, line) is { } text && !names.Contains(text, StringComparer.Ordinal))
            {
                Add(path, line, JsonMessages.UnknownValue(text, names));
            }
        }
        else if (TextValues.Parsers.TryGetValue(type, out var parse))
        {
            if (Expect(ref reader, JsonTokenType.String, Kind.String, path, line) && String(ref reader, path, line) is { } text && parse(text) is { } reason)
            {
                Add(path, line, reason);
            }
        }
        else
        {
            throw new InvalidOperationException($"The document format has no check for {type}.");
        }
    }

    /// <summary>The string (or property name) at the reader, or <see langword="null"/> with a problem when it is not
    /// text (an escaped lone surrogate: the text itself was checked as UTF-8 before) or longer than the limit.</summary>
    private string? String(ref Utf8JsonReader reader, PathNode path, int line)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (!reader.ValueIsEscaped && raw <= _limits.MaxStringLength)
        {
            // Unescaped valid UTF-8 has no more UTF-16 code units than bytes, and no lone surrogate.
            return reader.GetString();
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            Add(path, line, JsonMessages.InvalidUnicode);
            return null;
        }

        if (text.Length > _limits.MaxStringLength)
        {
            Add(path, line, JsonMessages.StringTooLong(text.Length, _limits.MaxStringLength));
            return null;
        }

        return text;
    }

    /// <summary>The current number token read by the library's one number reader: exactly, or refused with
    /// <c>precision-exceeded</c> or <c>out-of-range</c> (never rounded, as <see cref="Utf8JsonReader.TryGetDecimal"/>
    /// rounds <c>1e-400</c> to 0).</summary>
    private static bool ExactNumber(ref Utf8JsonReader reader, out decimal value, out Reason? failure)
    {
        failure = null;
        // A plain number of at most 28 characters has at most 28 digits and no exponent: System.Text.Json reads it
        // exactly, as the library's reader would, without making its text.
        if (!reader.HasValueSequence && reader.ValueSpan.Length <= 28 && !reader.ValueSpan.ContainsAny((byte)'e', (byte)'E') && reader.TryGetDecimal(out value))
        {
            return true;
        }

        var read = DecimalReader.TryParseScientific(NumberText(ref reader));
        if (read.TryGetValue(out value))
        {
            return true;
        }

        failure = read.Problems[0].Reason;
        return false;
    }

    private static string NumberText(ref Utf8JsonReader reader) => reader.HasValueSequence
        ? System.Text.Encoding.UTF8.GetString(System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence))
        : System.Text.Encoding.UTF8.GetString(reader.ValueSpan);

    private bool Expect(ref Utf8JsonReader reader, JsonTokenType token, Kind expected, PathNode path, int line)
    {
        if (reader.TokenType == token)
        {
            return true;
        }

        WrongType(ref reader, expected, path, line);
        return false;
    }

    private void WrongType(ref Utf8JsonReader reader, Kind expected, PathNode path, int line)
    {
        var found = reader.TokenType switch
        {
            JsonTokenType.StartObject => Kind.Object,
            JsonTokenType.StartArray => Kind.Array,
            JsonTokenType.String => Kind.String,
            JsonTokenType.Number => Kind.Number,
            JsonTokenType.True or JsonTokenType.False => Kind.Boolean,
            _ => Kind.Null,
        };
        Add(path, line, JsonMessages.WrongType(expected, found));
        reader.Skip();
    }

    private PropertyTable PropertiesOf(JsonTypeInfo info)
    {
        if (!_properties.TryGetValue(info, out var table))
        {
            table = new PropertyTable([.. info.Properties], _options);
            _properties[info] = table;
        }

        return table;
    }

    /// <summary>The property name at the reader and its property (null when the type has none of that name); the name
    /// is null, with a problem, when it is not text or too long (as <see cref="String"/>). A short unescaped name is
    /// looked up from its bytes, without making a string for it.</summary>
    private string? PropertyName(ref Utf8JsonReader reader, PropertyTable properties, PathNode path, int line, out (JsonPropertyInfo Info, int Index)? property)
    {
        const int Short = 128;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= Math.Min(Short, _limits.MaxStringLength))
        {
            Span<char> chars = stackalloc char[Short];
            var length = System.Text.Encoding.UTF8.GetChars(reader.ValueSpan, chars);
            if (properties.Lookup.TryGetValue(chars[..length], out var known, out var found))
            {
                property = found;
                return known;
            }

            property = null;
            return new string(chars[..length]);
        }

        var name = String(ref reader, path, line);
        property = name is not null && properties.ByName.TryGetValue(name, out var entry) ? entry : null;
        return name;
    }

    /// <summary>A type's properties by name, each with its place (for the duplicate and required checks).</summary>
    private sealed class PropertyTable
    {
        public PropertyTable(JsonPropertyInfo[] all, JsonSerializerOptions options)
        {
            All = all;
            Types = [.. all.Select(p => options.GetTypeInfo(p.PropertyType))];
            ByName = all.Select((p, i) => (p, i)).ToDictionary(x => x.p.Name, x => (x.p, x.i), StringComparer.Ordinal);
            Lookup = ByName.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public JsonPropertyInfo[] All { get; }

        /// <summary>Each property's type metadata, found once.</summary>
        public JsonTypeInfo[] Types { get; }

        public Dictionary<string, (JsonPropertyInfo Info, int Index)> ByName { get; }

        public Dictionary<string, (JsonPropertyInfo Info, int Index)>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }

    private void Add(PathNode path, int line, Reason reason) => _problems.Add(Problem.AtLine(path.ToString(), line, reason));

    /// <summary>The 1-based line of a byte offset; offsets are asked for in increasing order.</summary>
    private int LineAt(long offset)
    {
        var end = (int)Math.Min(offset, _json.Length);
        if (end > _countedTo)
        {
            _line += _json.Span[_countedTo..end].Count((byte)'\n');
            _countedTo = end;
        }

        return _line;
    }

    private int? InvalidUtf8At()
    {
        var span = _json.Span;
        if (Utf8.IsValid(span))
        {
            return null;
        }

        var buffer = ArrayPool<char>.Shared.Rent(span.Length);
        try
        {
            Utf8.ToUtf16(span, buffer, out var read, out _, replaceInvalidSequences: false);
            return read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The byte offset of the first object or array nested deeper than the limit, if any (strings are passed
    /// over; in a malformed text the answer is a guess, and the syntax error is reported instead when there is none).
    /// Checked before the walk, whose recursion is bounded by it.</summary>
    private int? TooDeepAt()
    {
        var span = _json.Span;
        var depth = 0;
        var inString = false;
        for (var i = 0; i < span.Length; i++)
        {
            var b = span[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                if (++depth > _limits.MaxDepth)
                {
                    return i;
                }
            }
            else if (b is (byte)'}' or (byte)']')
            {
                depth--;
            }
        }

        return null;
    }

    /// <summary>A JSON path made as text only when asked for (a problem, a recorded line, a syntax error): one small
    /// object per value passed instead of a string, so a clean document of millions of values makes few strings.</summary>
    private sealed class PathNode
    {
        private readonly PathNode? _parent;
        private readonly string? _name;
        private readonly int _index;
        private string? _text;

        private PathNode(PathNode? parent, string? name, int index, string? text = null)
        {
            _parent = parent;
            _name = name;
            _index = index;
            _text = text;
        }

        public static PathNode Root { get; } = new(null, null, -1, "$");

        public PathNode Property(string name) => new(this, name, -1);

        public PathNode Element(int index) => new(this, null, index);

        public override string ToString() => _text ??= _name is not null
            ? Child(_parent!.ToString(), _name)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_parent}[{_index}]");
    }

    /// <summary>A property's path: <c>$.a.b</c>, or <c>$['odd name']</c> for names that are not identifiers.</summary>
    internal static string Child(string path, string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_')
            ? $"{path}.{name}"
            : $"{path}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";
}
