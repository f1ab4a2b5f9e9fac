using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Sakip.Domain.Consumer.Tests;

/// <summary>
/// Every public value type of Sakip.Domain, found by reflection, survives a consumer's own plain
/// <see cref="JsonSerializer"/> (no options) and <see cref="TypeDescriptor"/>, and keeps the value contract.
/// </summary>
public class ValueTypeTests
{
    private const int GeneratedPerType = 100;

    public static TheoryData<string> Types() => ValueTypes.Names();

    /// <summary>A culture that writes numbers like de-DE (decimal comma, dot groups), made from the invariant culture
    /// so that it exists without OS culture data (the suite also runs under invariant globalization).</summary>
    private static readonly CultureInfo CommaDecimalCulture = CreateCommaDecimalCulture();

    private static CultureInfo CreateCommaDecimalCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.PercentDecimalSeparator = ",";
        culture.NumberFormat.PercentGroupSeparator = ".";
        return culture;
    }

    [Fact]
    public void Reflection_FindsTheKnownValueTypes()
    {
        var names = ValueTypes.All.Select(t => t.Name).ToHashSet();

        Assert.Subset(names, new HashSet<string> { "Measure", "Percentage", "Target", "ReportingPeriod", "ProgramCode", "OrganisationCode", "YearSpan", "RoundingRule", "ValueList`1", "Polarity" });
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void EveryValueType_HasASample(string name)
    {
        var type = ValueTypes.Named(name);

        Assert.False(type.IsGenericTypeDefinition, $"{name} is generic: close it over a sample item type in Samples.cs (add a ValueList-style entry).");
        Assert.True(Samples.For(type) is not null, $"{name} is a public value type with no sample: add generated values and edge cases for it in Samples.cs.");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Json_DefaultAndEdges_RoundTrip(string name)
    {
        var (type, sample) = Sampled(name);

        foreach (var value in Values(type, sample))
        {
            if (type.IsEnum && !Enum.IsDefined(type, value))
            {
                // default of an enum with no 0 member (Authority): not a value, refused on writing.
                Assert.Throws<JsonException>(() => JsonSerializer.Serialize(value, type));
                continue;
            }

            AssertJsonRoundTrip(type, value);
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Json_GeneratedValues_RoundTrip(string name)
    {
        var (type, sample) = Sampled(name);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(GeneratedPerType), Prop.ForAll(sample.Generated.ToArbitrary(), value => AssertJsonRoundTrip(type, value)));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void TypeConverter_TextForm_RoundTripsThroughString(string name)
    {
        var (type, sample) = Sampled(name);
        var converter = TypeDescriptor.GetConverter(type);
        if (!ValueContract.IsParsable(type))
        {
            return;
        }

        Assert.True(converter.CanConvertFrom(typeof(string)), $"{name} has a text form but its TypeConverter does not read strings");
        Assert.True(converter.CanConvertTo(typeof(string)));
        foreach (var value in Values(type, sample))
        {
            var text = converter.ConvertToInvariantString(value)!;
            Assert.Equal(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture), text);
            Assert.Equal(value, converter.ConvertFromInvariantString(text));
            Assert.Equal(value, converter.ConvertFrom(null, CommaDecimalCulture, text));
        }

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(GeneratedPerType),
            Prop.ForAll(sample.Generated.ToArbitrary(), value => Assert.Equal(value, converter.ConvertFromInvariantString(converter.ConvertToInvariantString(value)!))));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Contract_HoldsForEveryValueType(string name)
    {
        var (type, sample) = Sampled(name);
        var values = Values(type, sample).ToList();
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                ValueContract.Check(type, a, b);
            }
        }

        var pairs = from a in sample.Generated
                    from b in Gen.OneOf(sample.Generated, Gen.Constant(a))
                    select (a, b);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(GeneratedPerType), Prop.ForAll(pairs.ToArbitrary(), pair => ValueContract.Check(type, pair.a, pair.b)));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Getters_NeverThrow(string name)
    {
        var (type, sample) = Sampled(name);
        var getters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();

        foreach (var value in Values(type, sample).Where(v => !type.IsEnum || Enum.IsDefined(type, v)))
        {
            foreach (var getter in getters)
            {
                var error = Record.Exception(() => getter.GetValue(value));
                Assert.True(error is null, $"{name}.{getter.Name} of {value} threw {error?.InnerException?.GetType().Name}: {error?.InnerException?.Message}");
            }
        }
    }

    private static (Type Type, Sample Sample) Sampled(string name)
    {
        var type = ValueTypes.Named(name);
        var sample = Samples.For(type) ?? throw new Xunit.Sdk.XunitException($"{name} has no sample: add one in Samples.cs.");
        return (type, sample);
    }

    private static IEnumerable<object> Values(Type type, Sample sample) => [Activator.CreateInstance(type)!, .. sample.Edges];

    private static void AssertJsonRoundTrip(Type type, object value)
    {
        var json = JsonSerializer.Serialize(value, type);
        var back = JsonSerializer.Deserialize(json, type);
        Assert.True(value.Equals(back), $"{type.Name} {value} was written as {json} and read back as {back}");
        Assert.Equal(json, JsonSerializer.Serialize(back, type));
    }
}
