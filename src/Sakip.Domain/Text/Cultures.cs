using System.Globalization;

namespace Sakip.Domain.Text;

/// <summary>The cultures the library formats and parses numbers with.</summary>
/// <remarks>
/// <para>Indonesian documents write a decimal comma and a thousands dot (<c>85,38</c>,
/// <c>6.149.428.000</c>); the invariant culture writes <c>85.38</c> and <c>6149428000</c>. Both write a negative
/// number with the ASCII hyphen-minus (<c>-1,41</c>, <c>-1.41</c>), as published reports print it.</para>
/// <para>The Indonesian number format is the library's own, not the operating system's culture data, so numbers
/// read and write the same with or without ICU (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>).</para>
/// </remarks>
public static class Cultures
{
    /// <summary>The Indonesian culture (<c>id-ID</c>): decimal comma, thousands dot, hyphen-minus for negative
    /// numbers.</summary>
    /// <remarks>Its number format never depends on ICU data. Where the runtime has no culture data
    /// (globalization-invariant mode) it is the invariant culture with the Indonesian number format, and its
    /// <see cref="CultureInfo.Name"/> is empty.</remarks>
    public static CultureInfo Indonesian { get; } = CreateIndonesian();

    /// <summary>The invariant culture: decimal point, no thousands separator expected.</summary>
    public static CultureInfo Invariant => CultureInfo.InvariantCulture;

    /// <summary>The culture used to word numbers in messages of the given language.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns><see cref="Indonesian"/> for Indonesian, otherwise <see cref="Invariant"/>.</returns>
    public static CultureInfo For(Language language) => language == Language.Indonesian ? Indonesian : Invariant;

    private static CultureInfo CreateIndonesian()
    {
        CultureInfo culture;
        try
        {
            culture = (CultureInfo)CultureInfo.GetCultureInfo("id-ID").Clone();
        }
        catch (CultureNotFoundException)
        {
            culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        }

        var numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        numbers.NumberDecimalSeparator = ",";
        numbers.NumberGroupSeparator = ".";
        numbers.PercentDecimalSeparator = ",";
        numbers.PercentGroupSeparator = ".";
        numbers.CurrencyDecimalSeparator = ",";
        numbers.CurrencyGroupSeparator = ".";
        numbers.CurrencySymbol = "Rp";
        numbers.NegativeSign = "-";
        numbers.PositiveSign = "+";
        culture.NumberFormat = numbers;
        return CultureInfo.ReadOnly(culture);
    }
}
