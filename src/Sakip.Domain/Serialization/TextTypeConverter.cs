using System.ComponentModel;
using System.Globalization;

namespace Sakip.Domain.Serialization;

/// <summary>
/// Converts a value from and to its canonical invariant text (the type's own <c>Parse</c> and <c>ToString</c>), for
/// <see cref="TypeDescriptor.GetConverter(Type)"/> users: configuration binding, property grids, model binding.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>The text is always invariant (the culture argument is ignored), so that a value written in one place is
/// read back the same everywhere. Stateless and thread-safe.</remarks>
public sealed class TextTypeConverter<T> : TypeConverter
    where T : struct, IParsable<T>, IFormattable
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc />
    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
        destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not a value; the message carries the parser's reason.</exception>
    /// <exception cref="NotSupportedException"><paramref name="value"/> is not a string.</exception>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? T.Parse(text, CultureInfo.InvariantCulture) : base.ConvertFrom(context, culture, value);

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The conversion is not to a string, or the value is not a
    /// <typeparamref name="T"/>.</exception>
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is T typed
            ? typed.ToString(null, CultureInfo.InvariantCulture)
            : base.ConvertTo(context, culture, value, destinationType);

    /// <inheritdoc />
    public override bool IsValid(ITypeDescriptorContext? context, object? value) =>
        value is T || (value is string text && T.TryParse(text, CultureInfo.InvariantCulture, out _));
}
