using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Codes;

/// <summary>
/// The level of regional government whose authority (<i>kewenangan</i>) a kegiatan belongs to: the digit written
/// before the kegiatan number in a program code (<c>1.02.02.<b>2</b>.01</c>).
/// </summary>
/// <remarks><c>default(Authority)</c> (0) is not a defined authority; the library never produces it.</remarks>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<Authority>))]
public enum Authority
{
    /// <summary>Provincial authority (<i>provinsi</i>): digit <c>1</c>.</summary>
    Province = 1,

    /// <summary>Regency or city authority (<i>kabupaten/kota</i>): digit <c>2</c>.</summary>
    RegencyCity = 2,
}
