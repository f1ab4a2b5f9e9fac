using System.Text;
using System.Text.Json;
using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Serialization;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Serialization;

/// <summary>The core's JSON converters on their own (the JSON package's tests use them through whole documents):
/// text values as values and as property names, the object shapes of a year span and a rounding rule, and what is
/// refused.</summary>
public class CoreJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new YearSpanJsonConverter(), new RoundingRuleJsonConverter(), new ValueListJsonConverterFactory() } };

    [Fact]
    public void TextValues_RoundTripAsValuesAndAsPropertyNames()
    {
        var codes = new Dictionary<ProgramCode, ProgramCode> { [ProgramCode.Parse("1.02.02", null)] = ProgramCode.Parse("1.02", null) };

        var json = JsonSerializer.Serialize(codes);

        Assert.Equal("""{"1.02.02":"1.02"}""", json);
        Assert.Equal(codes, JsonSerializer.Deserialize<Dictionary<ProgramCode, ProgramCode>>(json));
    }

    [Theory]
    [InlineData("\"1.2\"")]
    [InlineData("12")]
    public void TextValues_NotACode_AreJsonExceptions(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ProgramCode>(json));

    [Fact]
    public void YearSpanAndRoundingRule_RoundTrip()
    {
        var span = new YearSpan(2021, 2025);
        var rule = new RoundingRule(RoundingMode.HalfEven, 3);

        Assert.Equal("""{"first":2021,"last":2025}""", JsonSerializer.Serialize(span, Options));
        Assert.Equal(span, JsonSerializer.Deserialize<YearSpan>("""{"first":2021,"last":2025}""", Options));
        Assert.Equal(rule, JsonSerializer.Deserialize<RoundingRule>(JsonSerializer.Serialize(rule, Options), Options));
    }

    [Theory]
    [InlineData("""[2021, 2025]""")] // not an object
    [InlineData("""{"first": 2021}""")] // a year missing
    [InlineData("""{"first": 2021, "last": 2025, "first": 2022}""")] // a year twice
    [InlineData("""{"first": 2021, "last": 2025, "end": 2026}""")] // an unknown property
    public void YearSpan_OtherShapes_AreJsonExceptions(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<YearSpan>(json, Options));

    [Theory]
    [InlineData("""{"mode": 1, "decimals": 2}""")] // the mode not a string
    [InlineData("""{"mode": "half-up"}""")] // decimals missing
    [InlineData("""{"mode": "half-up", "mode": "truncate", "decimals": 2}""")] // the mode twice
    public void RoundingRule_OtherShapes_AreJsonExceptions(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RoundingRule>(json, Options));

    [Theory]
    [InlineData("""{"value": "5"}""")]
    [InlineData("""{"lower": "1", "upper": 2}""")]
    public void Target_NumberWrittenAsText_IsRefusedWithTheShape(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Sakip.Domain.Values.Target>(json));

        Assert.Contains("expected {\"value\": n} for a point target", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueList_OnlyValueListsAreConverted()
    {
        var factory = new ValueListJsonConverterFactory();

        Assert.True(factory.CanConvert(typeof(ValueList<int>)));
        Assert.False(factory.CanConvert(typeof(int)));
        Assert.False(factory.CanConvert(typeof(List<int>)));
        Assert.Throws<ArgumentNullException>(() => factory.CanConvert(null!));
        Assert.Throws<ArgumentNullException>(() => factory.CreateConverter(null!, Options));
        Assert.Equal([1, 2], JsonSerializer.Deserialize<ValueList<int>>("[1,2]", Options));
    }

    [Fact]
    public void Write_NullWriter_IsAProgrammerError()
    {
        var code = ProgramCode.Parse("1.02", null);

        Assert.Throws<ArgumentNullException>(() => new TextJsonConverter<ProgramCode>().Write(null!, code, Options));
        Assert.Throws<ArgumentNullException>(() => new TextJsonConverter<ProgramCode>().WriteAsPropertyName(null!, code, Options));
        Assert.Throws<ArgumentNullException>(() => new YearSpanJsonConverter().Write(null!, new YearSpan(2021, 2025), Options));
        Assert.Throws<ArgumentNullException>(() => new RoundingRuleJsonConverter().Write(null!, RoundingRule.TwoDecimalsHalfUp, Options));
        Assert.Throws<ArgumentNullException>(() => new MeasureJsonConverter().Write(null!, new Measure(1m), Options));
        Assert.Throws<ArgumentNullException>(() => new PercentageJsonConverter().Write(null!, new Percentage(1m), Options));
        Assert.Throws<ArgumentNullException>(() => new TargetJsonConverter().Write(null!, Target.Point(1m), Options));
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        new TextJsonConverter<ProgramCode>().Write(writer, code, Options);
        writer.Flush();
        Assert.Equal("\"1.02\"", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void YearSpan_NotAnObject_IsRefusedWithTheShapeReason()
    {
        var notAnObject = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<YearSpan>("[2021, 2025]", Options));
        var unknownProperty = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<YearSpan>("""{"first": 2021, "last": 2025, "end": 2026}""", Options));

        Assert.Equal(unknownProperty.Message, notAnObject.Message);
    }

    [Fact]
    public void KebabCaseEnum_ANumber_IsRefused() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RoundingMode>("1"));

    [Fact]
    public void Measure_ANumberSplitAcrossBuffers_IsReadWhole()
    {
        // A stream read in pieces hands the reader a number in two segments (HasValueSequence).
        var first = new Segment("123"u8.ToArray());
        var last = first.Append(".45"u8.ToArray());
        var reader = new Utf8JsonReader(new System.Buffers.ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));
        Assert.True(reader.Read());
        Assert.True(reader.HasValueSequence);

        var value = new MeasureJsonConverter().Read(ref reader, typeof(Measure), Options);

        Assert.Equal(123.45m, value.Value);
    }

    private sealed class Segment : System.Buffers.ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes) => Memory = bytes;

        public Segment Append(byte[] bytes)
        {
            var next = new Segment(bytes) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
