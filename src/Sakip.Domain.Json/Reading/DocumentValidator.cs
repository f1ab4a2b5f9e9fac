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
/// Checks a JSON text against the document format and builds the value of a clean text, in one pass of a
/// <see cref="Utf8JsonReader"/> guided by the source-generated metadata (<see cref="JsonTypeInfo.Kind"/>, the
/// properties' names, types, <c>required</c> and nullability, the element types of lists, the creators and setters).
/// It reports every unknown or duplicate property, missing required value, null where a value belongs, value of the
/// wrong kind, unparseable code, period, target, year span and format version, each with its JSON path and line. The
/// line of every path, for later problems (the mapper's, the builder's), is recorded by a second pass over the same
/// text made only when such a problem asks for one (<see cref="Outcome.LineOf"/>): a clean document never pays for it.
/// </summary>
/// <remarks>A syntax error ends the pass (the reader cannot go on); the problems found before it are kept.</remarks>
internal sealed class DocumentValidator
{
    private readonly ReadOnlyMemory<byte> _json;
    private readonly JsonSerializerOptions _options;
    private readonly List<Problem> _problems = [];
    private readonly Dictionary<string, int>? _lines;
    private static readonly SearchValues<byte> Structure = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> StringEnd = SearchValues.Create("\"\\"u8);

    private static readonly object True = true;
    private static readonly object False = false;

    private readonly Dictionary<JsonTypeInfo, Shape> _shapes = [];
    private bool _build;
    private object? _value;
    private int _countedTo;
    private int _line = 1;
    private PathRef _path = PathNode.Root;

    private readonly Type _root;
    private readonly int _oldestFormatVersion;
    private readonly int _formatVersion;
    private readonly DocumentReadOptions _limits;

    private DocumentValidator(ReadOnlyMemory<byte> json, JsonTypeInfo root, int oldestFormatVersion, int formatVersion, DocumentReadOptions limits, bool recordLines)
    {
        _json = json;
        _lines = recordLines ? new(StringComparer.Ordinal) : null;
        _build = !recordLines;
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
    /// <param name="json">The text.</param>
    /// <param name="root">The metadata of the root type.</param>
    /// <param name="oldestFormatVersion">The oldest format version read.</param>
    /// <param name="formatVersion">The newest format version read.</param>
    /// <param name="limits">The limits of the text.</param>
    /// <param name="value">The value of a clean text, built in the same pass from the metadata (objects made with
    /// <see cref="JsonTypeInfo.CreateObject"/>, properties set with <see cref="JsonPropertyInfo.Set"/>, values read as
    /// System.Text.Json reads them); <see langword="null"/> when the text has problems, or has a type the pass cannot
    /// build (no parameterless constructor, a settable property missing, a converter of its own, callbacks): then the
    /// caller deserializes it.</param>
    public static Outcome Validate(ReadOnlyMemory<byte> json, JsonTypeInfo root, int oldestFormatVersion, int formatVersion, DocumentReadOptions limits, out object? value)
    {
        var validator = new DocumentValidator(json, root, oldestFormatVersion, formatVersion, limits, recordLines: false);
        validator.Run(root);
        value = validator._build && validator._problems.Count == 0 ? validator._value : null;
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
            _value = Value(ref reader, ShapeOf(root), PathNode.Root, nullable: false);
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

    private object? Value(ref Utf8JsonReader reader, Shape shape, PathRef path, bool nullable)
    {
        _path = path;
        var at = reader.TokenStartIndex;
        if (reader.TokenType == JsonTokenType.Null)
        {
            _lines?.TryAdd(path.ToString(), LineAt(at));
            if (!nullable)
            {
                Add(path, at, JsonMessages.NullNotAllowed);
            }

            return null;
        }

        switch (shape.Kind)
        {
            case ShapeKind.Object:
                {
                    // Objects and arrays get a path node of their own (their values' parent); a plain value gets none.
                    var node = path.Node();
                    _lines?.TryAdd(node.ToString(), LineAt(at));
                    return Object(ref reader, shape, node, at);
                }

            case ShapeKind.Array:
                {
                    var node = path.Node();
                    _lines?.TryAdd(node.ToString(), LineAt(at));
                    return Array(ref reader, shape, node, at);
                }

            default:
                _lines?.TryAdd(path.ToString(), LineAt(at));
                return Leaf(ref reader, shape, path, at);
        }
    }

    private object? Object(ref Utf8JsonReader reader, Shape shape, PathNode path, long at)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, Kind.Object, path, at);
            return null;
        }

        var built = _build ? shape.Create?.Invoke() : null;
        _build = built is not null;
        var type = shape.Type;
        var properties = shape.Properties!;
        var problemsBefore = _problems.Count;
        var count = properties.All.Length;
        var seen = new Seen(count);
        // Only the whole-value checks (Complete) and the root's format version read the numbers, the properties given
        // and their places, each kept at its property's place: other objects keep none of them.
        var whole = type == typeof(TargetJson) || type == typeof(YearSpanJson) || type == typeof(RoundingJson);
        var keep = whole || type == _root;
        Span<decimal> numbers = !keep ? default : count <= 64 ? stackalloc decimal[count] : new decimal[count];
        Span<long> nameAts = !whole ? default : count <= 64 ? stackalloc long[count] : new long[count];
        var hasNumber = new Seen(keep ? count : 0);
        var nonNull = new Seen(whole ? count : 0);
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameAt = reader.TokenStartIndex;
            var name = PropertyName(ref reader, properties, next, path, nameAt, out var property);
            if (name is null)
            {
                // A name that is no text (a lone surrogate) or too long has no path of its own: the object's is used.
                reader.Read();
                reader.Skip();
                continue;
            }

            var propertyPath = new PathRef(path, name);
            var propertyAt = nameAt;
            _path = propertyPath;
            reader.Read();
            if (property is null)
            {
                _lines?.TryAdd(propertyPath.ToString(), LineAt(propertyAt));
                Add(propertyPath, propertyAt, JsonMessages.UnknownProperty(name));
                reader.Skip();
                continue;
            }

            var index = property.Value.Index;
            if (!seen.Add(index))
            {
                Add(propertyPath, propertyAt, JsonMessages.DuplicateProperty(name));
                reader.Skip();
                continue;
            }

            next = index + 1;
            _lines?.TryAdd(propertyPath.ToString(), LineAt(propertyAt));
            if (whole)
            {
                nameAts[index] = propertyAt;
                if (reader.TokenType != JsonTokenType.Null)
                {
                    nonNull.Add(index);
                }
            }

            if (keep && reader.TokenType == JsonTokenType.Number && ExactNumber(ref reader, out var number, out _))
            {
                numbers[index] = number;
                hasNumber.Add(index);
            }

            var value = Value(ref reader, properties.ShapeAt(index, this), propertyPath, property.Value.Info.IsSetNullable);
            if (_build)
            {
                if (properties.Setters[index] is { } set)
                {
                    set(built!, value);
                }
                else
                {
                    _build = false;
                }
            }

            if (type == _root && name == "formatVersion" && hasNumber.Contains(index) && numbers[index] is var version
                && version == decimal.Truncate(version) && version is >= int.MinValue and <= int.MaxValue && (version < _oldestFormatVersion || version > _formatVersion))
            {
                Add(propertyPath, propertyAt, JsonMessages.UnsupportedFormatVersion(version, _oldestFormatVersion, _formatVersion));
            }
        }

        for (var i = 0; i < properties.All.Length; i++)
        {
            if (properties.All[i].IsRequired && !seen.Contains(i))
            {
                Add(path.Property(properties.All[i].Name), at, JsonMessages.Required);
            }
        }

        // Whole-value checks only on objects whose parts are all fine (no second report of the same mistake).
        if (whole && _problems.Count == problemsBefore)
        {
            Complete(type, path, at, new(properties, seen, nonNull, hasNumber), numbers, nameAts);
        }

        return built;
    }

    /// <summary>The checks of whole values: targets, year spans and roundings.</summary>
    /// <param name="type">The type of the object.</param>
    /// <param name="path">Its path.</param>
    /// <param name="at">Its place in the text.</param>
    /// <param name="given">Its properties: those given, those not null and those read as numbers.</param>
    /// <param name="numbers">The numbers, at their properties' places.</param>
    /// <param name="nameAts">The places of the properties given, at their properties' places.</param>
    private void Complete(Type type, PathNode path, long at, Given given, ReadOnlySpan<decimal> numbers, ReadOnlySpan<long> nameAts)
    {
        if (type == typeof(TargetJson))
        {
            if (given.NonNullAre("value"))
            {
                return;
            }

            if (!given.NonNullAre("lower", "upper"))
            {
                Add(path, at, JsonMessages.BadTarget);
            }
            else if (Target.TryCreateRange(numbers[given.IndexOf("lower")], numbers[given.IndexOf("upper")]).Problems is [var failure, ..])
            {
                Add(path, at, failure.Reason);
            }
        }
        else if (type == typeof(YearSpanJson) && given.IsNumber("first") && given.IsNumber("last"))
        {
            var inRange = true;
            foreach (var name in (ReadOnlySpan<string>)["first", "last"])
            {
                if (numbers[given.IndexOf(name)] is < 1 or > 9999)
                {
                    Add(path.Property(name), given.At(name, nameAts, at), JsonMessages.YearOutOfRange);
                    inRange = false;
                }
            }

            if (inRange && numbers[given.IndexOf("last")] < numbers[given.IndexOf("first")])
            {
                Add(path, at, JsonMessages.YearSpanReversed);
            }
        }
        else if (type == typeof(RoundingJson) && given.IsNumber("decimals") && numbers[given.IndexOf("decimals")] is < 0 or > 28)
        {
            Add(path.Property("decimals"), given.At("decimals", nameAts, at), JsonMessages.DecimalsOutOfRange);
        }
    }

    /// <summary>An object's properties as given, for the whole-value checks.</summary>
    private readonly struct Given(PropertyTable properties, Seen seen, Seen nonNull, Seen numbers)
    {
        public int IndexOf(string name) => properties.ByName[name].Index;

        /// <summary>Whether the properties given a value other than null are exactly these.</summary>
        public bool NonNullAre(params ReadOnlySpan<string> names)
        {
            if (nonNull.Count != names.Length)
            {
                return false;
            }

            foreach (var name in names)
            {
                if (!nonNull.Contains(IndexOf(name)))
                {
                    return false;
                }
            }

            return true;
        }

        public bool IsNumber(string name) => numbers.Contains(IndexOf(name));

        /// <summary>The place of a property's name when it was given, else <paramref name="otherwise"/>.</summary>
        public long At(string name, ReadOnlySpan<long> nameAts, long otherwise) => seen.Contains(IndexOf(name)) ? nameAts[IndexOf(name)] : otherwise;
    }

    private System.Collections.IList? Array(ref Utf8JsonReader reader, Shape shape, PathNode path, long at)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, Kind.Array, path, at);
            return null;
        }

        var list = _build ? shape.Create?.Invoke() as System.Collections.IList : null;
        _build = list is not null;
        var element = shape.Element(this);
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (index == _limits.MaxItems)
            {
                Add(path, at, JsonMessages.TooManyItems(_limits.MaxItems));
            }

            if (index >= _limits.MaxItems)
            {
                // The rest is passed over unchecked (the text is refused already), in one pass and without allocation.
                reader.Skip();
                index++;
                continue;
            }

            var value = Value(ref reader, element, new PathRef(path, index), nullable: false);
            if (_build)
            {
                list!.Add(value);
            }

            index++;
        }

        return list;
    }

    /// <summary>Checks a plain value; its value, when building, read as System.Text.Json reads it.</summary>
    private object? Leaf(ref Utf8JsonReader reader, Shape shape, PathRef path, long at)
    {
        switch (shape.Kind)
        {
            case ShapeKind.String:
                if (!Expect(ref reader, JsonTokenType.String, Kind.String, path, at))
                {
                    return null;
                }

                // Unescaped valid UTF-8 within the limit is good text (String's first case): it is made only to build.
                return reader.ValueIsEscaped || (reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) > _limits.MaxStringLength
                    ? String(ref reader, path, at)
                    : _build ? reader.GetString() : null;
            case ShapeKind.Boolean:
                if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                {
                    WrongType(ref reader, Kind.Boolean, path, at);
                    return null;
                }

                return reader.TokenType == JsonTokenType.True ? True : False;
            case ShapeKind.WholeNumber:
                if (!Expect(ref reader, JsonTokenType.Number, Kind.WholeNumber, path, at))
                {
                    return null;
                }

                if (reader.TryGetInt32(out var whole))
                {
                    return _build ? whole : null;
                }

                var exact = ExactNumber(ref reader, out var value, out var failure);
                var text = NumberText(ref reader);
                Add(path, at, !exact ? failure!
                    : value != decimal.Truncate(value) ? JsonMessages.WrongType(Kind.WholeNumber, Kind.Number)
                    : text.AsSpan().IndexOfAny('.', 'e', 'E') >= 0 ? JsonMessages.WholeNumberRequired(text, value)
                    : JsonMessages.WholeNumberOutOfRange(text));
                return null;
            case ShapeKind.Number:
                if (!Expect(ref reader, JsonTokenType.Number, Kind.Number, path, at))
                {
                    return null;
                }

                if (!ExactNumber(ref reader, out var number, out var numberFailure, out var serializers))
                {
                    Add(path, at, numberFailure!);
                    return null;
                }

                // System.Text.Json's reading where it has one (the same scale), else the exact reading.
                return !_build ? null : serializers || !reader.TryGetDecimal(out var read) ? number : read;
            case ShapeKind.Enum:
                {
                    if (!Expect(ref reader, JsonTokenType.String, Kind.String, path, at))
                    {
                        return null;
                    }

                    var known = shape.KnownIndex(ref reader, _limits.MaxStringLength);
                    if (known < 0 && String(ref reader, path, at) is { } name)
                    {
                        known = System.Array.IndexOf(shape.Names!, name);
                        if (known < 0)
                        {
                            Add(path, at, JsonMessages.UnknownValue(name, shape.Names!));
                        }
                    }

                    return known >= 0 ? shape.Values![known] : null;
                }

            default:
                {
                    if (!Expect(ref reader, JsonTokenType.String, Kind.String, path, at))
                    {
                        return null;
                    }

                    if (shape.KnownIndex(ref reader, _limits.MaxStringLength) == 0)
                    {
                        return shape.Values![0];
                    }

                    if (String(ref reader, path, at) is not { } text2)
                    {
                        return null;
                    }

                    var parsed = shape.Parse!(text2);
                    if (parsed.Failure is { } reason)
                    {
                        Add(path, at, reason);
                        return null;
                    }

                    shape.Remember(ref reader, parsed.Value!);
                    return parsed.Value;
                }
        }
    }

    /// <summary>The string (or property name) at the reader, or <see langword="null"/> with a problem when it is not
    /// text (an escaped lone surrogate: the text itself was checked as UTF-8 before) or longer than the limit.</summary>
    private string? String(ref Utf8JsonReader reader, PathRef path, long at)
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
            Add(path, at, JsonMessages.InvalidUnicode);
            return null;
        }

        if (text.Length > _limits.MaxStringLength)
        {
            Add(path, at, JsonMessages.StringTooLong(text.Length, _limits.MaxStringLength));
            return null;
        }

        return text;
    }

    /// <summary>The current number token read by the library's one number reader: exactly, or refused with
    /// <c>precision-exceeded</c> or <c>out-of-range</c> (never rounded, as <see cref="Utf8JsonReader.TryGetDecimal"/>
    /// rounds <c>1e-400</c> to 0).</summary>
    private static bool ExactNumber(ref Utf8JsonReader reader, out decimal value, out Reason? failure) => ExactNumber(ref reader, out value, out failure, out _);

    /// <summary>As <see cref="ExactNumber(ref Utf8JsonReader, out decimal, out Reason?)"/>, saying whether the value is
    /// System.Text.Json's own reading (<paramref name="serializers"/>).</summary>
    private static bool ExactNumber(ref Utf8JsonReader reader, out decimal value, out Reason? failure, out bool serializers)
    {
        failure = null;
        value = 0m;
        // A plain number of at most 28 characters has at most 28 digits and no exponent: System.Text.Json reads it
        // exactly, as the library's reader would, without making its text.
        serializers = !reader.HasValueSequence && reader.ValueSpan.Length <= 28 && !reader.ValueSpan.ContainsAny((byte)'e', (byte)'E') && reader.TryGetDecimal(out value);
        if (serializers)
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

    private bool Expect(ref Utf8JsonReader reader, JsonTokenType token, Kind expected, PathRef path, long at)
    {
        if (reader.TokenType == token)
        {
            return true;
        }

        WrongType(ref reader, expected, path, at);
        return false;
    }

    private void WrongType(ref Utf8JsonReader reader, Kind expected, PathRef path, long at)
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
        Add(path, at, JsonMessages.WrongType(expected, found));
        reader.Skip();
    }

    /// <summary>What the check does with values of a type, found once per type and pass.</summary>
    private Shape ShapeOf(JsonTypeInfo info)
    {
        if (_shapes.TryGetValue(info, out var shape))
        {
            return shape;
        }

        var type = info.Type;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            shape = ShapeOf(_options.GetTypeInfo(underlying));
        }
        else
        {
            shape = info.Kind switch
            {
                JsonTypeInfoKind.Object => new Shape(type, ShapeKind.Object) { Properties = new PropertyTable([.. info.Properties], _options), Create = Creator(info) },
                JsonTypeInfoKind.Enumerable => new Shape(type, ShapeKind.Array) { ElementInfo = _options.GetTypeInfo(info.ElementType!), Create = typeof(System.Collections.IList).IsAssignableFrom(type) ? Creator(info) : null },
                _ when type == typeof(string) => new Shape(type, ShapeKind.String),
                _ when type == typeof(bool) => new Shape(type, ShapeKind.Boolean),
                _ when type == typeof(int) => new Shape(type, ShapeKind.WholeNumber),
                _ when type == typeof(decimal) => new Shape(type, ShapeKind.Number),
                _ when TextValues.EnumNames.TryGetValue(type, out var names) => new Shape(type, ShapeKind.Enum) { Names = names, Known = [.. names.Select(n => System.Text.Encoding.UTF8.GetBytes(n))], Values = TextValues.EnumValues[type] },
                _ when TextValues.Parsers.TryGetValue(type, out var parse) => new Shape(type, ShapeKind.Parsed) { Parse = parse, Known = [], Values = [] },
                _ => throw new InvalidOperationException($"The document format has no check for {type}."),
            };
        }

        _shapes[info] = shape;
        return shape;
    }

    /// <summary>How the pass makes an object or list of a type: the metadata's creator, when the type has nothing that
    /// would make System.Text.Json read it otherwise (a converter of its own, callbacks).</summary>
    private static Func<object>? Creator(JsonTypeInfo info) =>
        info.CreateObject is { } create && info.Converter.GetType().Namespace?.StartsWith("System.Text.Json", StringComparison.Ordinal) == true
        && info.OnDeserializing is null && info.OnDeserialized is null && info.PolymorphismOptions is null
            ? create
            : null;

    /// <summary>The property name at the reader and its property (null when the type has none of that name); the name
    /// is null, with a problem, when it is not text or too long (as <see cref="String"/>). A short unescaped name is
    /// looked up from its bytes, first as the property after the one before (<paramref name="next"/>: written objects
    /// keep the declared order), without making a string for it.</summary>
    private string? PropertyName(ref Utf8JsonReader reader, PropertyTable properties, int next, PathNode path, long at, out (JsonPropertyInfo Info, int Index)? property)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= _limits.MaxStringLength)
        {
            var index = properties.IndexOf(reader.ValueSpan, next);
            if (index >= 0)
            {
                property = (properties.All[index], index);
                return properties.All[index].Name;
            }

            property = null;
            return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
        }

        var name = String(ref reader, path, at);
        property = name is not null && properties.ByName.TryGetValue(name, out var entry) ? entry : null;
        return name;
    }

    private enum ShapeKind
    {
        Object,
        Array,
        String,
        Boolean,
        WholeNumber,
        Number,
        Enum,
        Parsed,
    }

    /// <summary>What the check does with values of one type: the kind of value, and for an object its properties, for
    /// an array its element, for an enum its names, for a parsed text (code, period) its parser; and how to make a value
    /// of it, when the pass builds.</summary>
    private sealed class Shape(Type type, ShapeKind kind)
    {
        private Shape? _element;

        public Type Type { get; } = type;

        public ShapeKind Kind { get; } = kind;

        public PropertyTable? Properties { get; init; }

        public JsonTypeInfo? ElementInfo { get; init; }

        public string[]? Names { get; init; }

        public Func<string, Parsed>? Parse { get; init; }

        /// <summary>Makes an empty object or list; <see langword="null"/> when the pass cannot build this type.</summary>
        public Func<object>? Create { get; init; }

        /// <summary>The UTF-8 texts known good: an enum's names; for a parsed type, the last text that parsed (codes
        /// and periods repeat, and a parser's verdict on the same text is the same).</summary>
        public byte[][]? Known { get; set; }

        /// <summary>The value of each known text, boxed.</summary>
        public object[]? Values { get; set; }

        public Shape Element(DocumentValidator validator) => _element ??= validator.ShapeOf(ElementInfo!);

        /// <summary>Which known text the string at the reader is (unescaped and within the length limit); -1 for
        /// none.</summary>
        public int KnownIndex(ref Utf8JsonReader reader, int maxLength)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > maxLength)
            {
                return -1;
            }

            for (var i = 0; i < Known!.Length; i++)
            {
                if (reader.ValueSpan.SequenceEqual(Known[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Keeps the unescaped text at the reader, which parsed to <paramref name="value"/>, as the one known
        /// good text.</summary>
        public void Remember(ref Utf8JsonReader reader, object value)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                Known = [reader.ValueSpan.ToArray()];
                Values = [value];
            }
        }
    }

    /// <summary>Which of an object's properties were given: bits for up to 64, an array beyond.</summary>
    private struct Seen(int count)
    {
        private readonly bool[]? _many = count > 64 ? new bool[count] : null;
        private ulong _bits;

        /// <summary>Marks a property given; false when it was already.</summary>
        public bool Add(int index)
        {
            if (Contains(index))
            {
                return false;
            }

            if (_many is null)
            {
                _bits |= 1UL << index;
            }
            else
            {
                _many[index] = true;
            }

            return true;
        }

        public readonly bool Contains(int index) => _many is null ? (_bits & (1UL << index)) != 0 : _many[index];

        /// <summary>How many properties were given.</summary>
        public readonly int Count => _many is null ? System.Numerics.BitOperations.PopCount(_bits) : _many.Count(m => m);
    }

    /// <summary>A type's properties by name, each with its place (for the duplicate and required checks).</summary>
    private sealed class PropertyTable
    {
        private readonly JsonTypeInfo[] _types;
        private readonly Shape?[] _shapes;
        private readonly byte[][] _utf8Names;

        public PropertyTable(JsonPropertyInfo[] all, JsonSerializerOptions options)
        {
            All = all;
            _types = [.. all.Select(p => options.GetTypeInfo(p.PropertyType))];
            _shapes = new Shape?[all.Length];
            _utf8Names = [.. all.Select(p => System.Text.Encoding.UTF8.GetBytes(p.Name))];
            Setters = [.. all.Select(p => p.Set is { } set && (p.CustomConverter is null || p.CustomConverter is CodeListConverter) ? set : null)];
            ByName = all.Select((p, i) => (p, i)).ToDictionary(x => x.p.Name, x => (x.p, x.i), StringComparer.Ordinal);
        }

        public JsonPropertyInfo[] All { get; }

        public Dictionary<string, (JsonPropertyInfo Info, int Index)> ByName { get; }

        /// <summary>Each property's setter; <see langword="null"/> when the pass cannot set it as System.Text.Json
        /// would (no setter, a converter of its own other than the plain list of codes).</summary>
        public Action<object, object?>?[] Setters { get; }

        /// <summary>The shape of a property's values, found when first needed.</summary>
        public Shape ShapeAt(int index, DocumentValidator validator) => _shapes[index] ??= validator.ShapeOf(_types[index]);

        /// <summary>The place of the property of a UTF-8 name, tried first at <paramref name="hint"/>; -1 when there is
        /// none.</summary>
        public int IndexOf(ReadOnlySpan<byte> name, int hint)
        {
            if (hint < _utf8Names.Length && name.SequenceEqual(_utf8Names[hint]))
            {
                return hint;
            }

            for (var i = 0; i < _utf8Names.Length; i++)
            {
                if (name.SequenceEqual(_utf8Names[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>Adds a problem; a text with one gives no value, so the pass stops building.</summary>
    private void Add(PathRef path, long at, Reason reason)
    {
        _problems.Add(Problem.AtLine(path.ToString(), LineAt(at), reason));
        _build = false;
    }

    /// <summary>The 1-based line of a byte offset, counted from the offset asked for before: forward (the walk's
    /// order), or back for a problem found at an object's start after its values were read. Lines are counted only for
    /// problems and recorded paths: a clean text never pays for them.</summary>
    private int LineAt(long offset)
    {
        var end = (int)Math.Min(offset, _json.Length);
        if (end < _countedTo)
        {
            return _line - _json.Span[end.._countedTo].Count((byte)'\n');
        }

        _line += _json.Span[_countedTo..end].Count((byte)'\n');
        _countedTo = end;
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
        var i = 0;
        while (i < span.Length)
        {
            // From one quote or bracket to the next, and within a string from one quote or backslash to the next.
            var next = span[i..].IndexOfAny(Structure);
            if (next < 0)
            {
                return null;
            }

            i += next;
            var b = span[i++];
            if (b == (byte)'"')
            {
                while (i < span.Length)
                {
                    var end = span[i..].IndexOfAny(StringEnd);
                    if (end < 0)
                    {
                        return null;
                    }

                    i += end;
                    if (span[i] == (byte)'\\')
                    {
                        i += 2;
                    }
                    else
                    {
                        i++;
                        break;
                    }
                }
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                if (++depth > _limits.MaxDepth)
                {
                    return i - 1;
                }
            }
            else
            {
                depth--;
            }
        }

        return null;
    }

    /// <summary>The path of a value: a property or element of a parent node, made into a node of its own only when it
    /// is an object or array (a parent of others) or its text is asked for.</summary>
    private readonly struct PathRef
    {
        private readonly PathNode _parent;
        private readonly string? _name;
        private readonly int _index;

        public PathRef(PathNode parent, string name)
        {
            _parent = parent;
            _name = name;
            _index = -1;
        }

        public PathRef(PathNode parent, int index)
        {
            _parent = parent;
            _index = index;
        }

        private PathRef(PathNode node)
        {
            _parent = node;
            _index = -1;
        }

        public static implicit operator PathRef(PathNode node) => new(node);

        public PathNode Node() => _name is not null ? _parent.Property(_name) : _index >= 0 ? _parent.Element(_index) : _parent;

        public override string ToString() => Node().ToString();
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
