using System.Globalization;

namespace Sakip.Domain.Text;

/// <summary>The cultures the library formats and parses numbers with.</summary>
/// <remarks>
/// Indonesian documents write a decimal comma and a thousands dot (<c>85,38</c>,
/// <c>6.149.428.000</c>); the invariant culture writes <c>85.38</c> and <c>6149428000</c>.
/// </remarks>
public static class Cultures
{
    /// <summary>The Indonesian culture (<c>id-ID</c>): decimal comma, thousands dot.</summary>
    public static CultureInfo Indonesian { get; } = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>The invariant culture: decimal point, no thousands separator expected.</summary>
    public static CultureInfo Invariant => CultureInfo.InvariantCulture;

    /// <summary>The culture used to word numbers in messages of the given language.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns><see cref="Indonesian"/> for Indonesian, otherwise <see cref="Invariant"/>.</returns>
    public static CultureInfo For(Language language) => language == Language.Indonesian ? Indonesian : Invariant;
}
