using System.Text.Json;
using System.Text.Json.Serialization;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;

namespace Sakip.Domain.Serialization;

/// <summary>Reads and writes a <see cref="Target"/> as the SAKIP document format does: <c>{"value": 32}</c> for a
/// point target, <c>{"lower": 30, "upper": 40}</c> for a range; numbers exact, scale kept.</summary>
/// <remarks>The property names are fixed (the format's), whatever the options' naming policy. Stateless and
/// thread-safe.</remarks>
public sealed class TargetJsonConverter : JsonConverter<Target>
{
    private const string Value = "value";
    private const string Lower = "lower";
    private const string Upper = "upper";

    /// <inheritdoc />
    /// <exception cref="JsonException">The JSON is not one of the two shapes, or the range's lower bound is above
    /// its upper bound.</exception>
    public override Target Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var shape = Messages.JsonTargetShape;
        var properties = JsonValues.ReadObject<Target>(ref reader, shape, Value, Lower, Upper);
        if (properties.Count == 1 && properties.TryGetValue(Value, out var point))
        {
            return Target.Point(JsonValues.Decimal<Target>(point, shape));
        }

        if (properties.Count == 2 && properties.TryGetValue(Lower, out var lower) && properties.TryGetValue(Upper, out var upper))
        {
            var range = Target.TryCreateRange(JsonValues.Decimal<Target>(lower, shape), JsonValues.Decimal<Target>(upper, shape));
            return range.TryGetValue(out var target) ? target : throw JsonValues.Invalid<Target>(range.Problems[0].Reason);
        }

        throw JsonValues.Invalid<Target>(shape);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Target value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (value.PointValue is { } point)
        {
            writer.WriteNumber(Value, point);
        }
        else
        {
            writer.WriteNumber(Lower, value.Lower);
            writer.WriteNumber(Upper, value.Upper);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes a <see cref="YearSpan"/> as the SAKIP document format does:
/// <c>{"first": 2021, "last": 2026}</c>.</summary>
/// <remarks>The property names are fixed (the format's). Stateless and thread-safe.</remarks>
public sealed class YearSpanJsonConverter : JsonConverter<YearSpan>
{
    private const string First = "first";
    private const string Last = "last";

    /// <inheritdoc />
    /// <exception cref="JsonException">The JSON is not such an object, a year is outside 1–9999, or the last year is
    /// before the first.</exception>
    public override YearSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var shape = Messages.JsonYearSpanShape;
        var properties = JsonValues.ReadObject<YearSpan>(ref reader, shape, First, Last);
        if (properties.Count != 2)
        {
            throw JsonValues.Invalid<YearSpan>(shape);
        }

        var (first, last) = (JsonValues.Int32<YearSpan>(properties[First], shape), JsonValues.Int32<YearSpan>(properties[Last], shape));
        return first is >= 1 and <= 9999 && last <= 9999 && last >= first ? new YearSpan(first, last) : throw JsonValues.Invalid<YearSpan>(shape);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, YearSpan value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber(First, value.First);
        writer.WriteNumber(Last, value.Last);
        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes a <see cref="RoundingRule"/> as the SAKIP scheme format does:
/// <c>{"mode": "half-up", "decimals": 2}</c> (modes by <see cref="RoundingRule.IdOf"/>).</summary>
/// <remarks>The property names and mode ids are fixed (the format's). Stateless and thread-safe.</remarks>
public sealed class RoundingRuleJsonConverter : JsonConverter<RoundingRule>
{
    private const string Mode = "mode";
    private const string Decimals = "decimals";

    /// <inheritdoc />
    /// <exception cref="JsonException">The JSON is not such an object, the mode is not a known id, or the decimals
    /// are outside 0–28.</exception>
    public override RoundingRule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var shape = Messages.JsonRoundingShape;
        var properties = JsonValues.ReadObject<RoundingRule>(ref reader, shape, Mode, Decimals);
        if (properties.Count != 2 || properties[Mode].ValueKind != JsonValueKind.String)
        {
            throw JsonValues.Invalid<RoundingRule>(shape);
        }

        var id = properties[Mode].GetString();
        var decimals = JsonValues.Int32<RoundingRule>(properties[Decimals], shape);
        var modes = Enum.GetValues<RoundingMode>().Where(m => RoundingRule.IdOf(m) == id).ToList();
        return modes.Count == 1 && decimals is >= 0 and <= 28 ? new RoundingRule(modes[0], decimals) : throw JsonValues.Invalid<RoundingRule>(shape);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RoundingRule value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString(Mode, RoundingRule.IdOf(value.Mode));
        writer.WriteNumber(Decimals, value.Decimals);
        writer.WriteEndObject();
    }
}
