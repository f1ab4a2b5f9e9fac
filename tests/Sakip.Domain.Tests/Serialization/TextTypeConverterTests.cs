using System.ComponentModel;
using System.Globalization;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Serialization;

/// <summary>The type converter of the text value types (what configuration binders and property grids use): to and
/// from invariant text only.</summary>
public class TextTypeConverterTests
{
    private static readonly TypeConverter Converter = TypeDescriptor.GetConverter(typeof(Measure));

    [Fact]
    public void CanConvert_StringOnly()
    {
        Assert.True(Converter.CanConvertFrom(typeof(string)));
        Assert.True(Converter.CanConvertTo(typeof(string)));
        Assert.False(Converter.CanConvertTo(typeof(int)));
        Assert.False(Converter.CanConvertFrom(typeof(int)));
    }

    [Fact]
    public void Convert_RoundTripsInvariantText()
    {
        var value = (Measure)Converter.ConvertFrom(null, Sakip.Domain.Text.Cultures.Indonesian, "1234.5")!;

        Assert.Equal(new Measure(1234.5m), value);
        Assert.Equal("1234.5", Converter.ConvertTo(null, Sakip.Domain.Text.Cultures.Indonesian, value, typeof(string)));
    }

    [Fact]
    public void ConvertTo_AnotherType_IsNotSupported() =>
        Assert.Throws<NotSupportedException>(() => Converter.ConvertTo(null, CultureInfo.InvariantCulture, new Measure(1m), typeof(int)));

    [Fact]
    public void IsValid_ValueOrReadableText()
    {
        Assert.True(Converter.IsValid(new Measure(1m)));
        Assert.True(Converter.IsValid("4.88"));
        Assert.False(Converter.IsValid("4,88"));
        Assert.False(Converter.IsValid(4.88m));
    }
}
