using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Codes;

/// <summary>
/// The level a Permendagri 90/2019 classification code names, from the broadest (<i>urusan</i>) to the most
/// detailed (<i>sub kegiatan</i>). Each level's code extends its parent's code by one segment (two for
/// <see cref="Kegiatan"/>, which adds the authority digit and the kegiatan number).
/// </summary>
/// <remarks>The values are ordered: a larger value is a more detailed level.</remarks>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<CodeLevel>))]
public enum CodeLevel
{
    /// <summary>A government affairs group (<i>urusan</i>), e.g. <c>1</c>: one character.</summary>
    Urusan = 0,

    /// <summary>A field of affairs (<i>bidang urusan</i>), e.g. <c>1.02</c> (health).</summary>
    Bidang = 1,

    /// <summary>A program, e.g. <c>1.02.02</c>.</summary>
    Program = 2,

    /// <summary>An activity (<i>kegiatan</i>), e.g. <c>1.02.02.2.01</c>: authority digit and kegiatan number.</summary>
    Kegiatan = 3,

    /// <summary>A sub-activity (<i>sub kegiatan</i>), e.g. <c>1.02.02.2.01.0001</c> (or <c>1.02.02.2.01.01</c> in
    /// the original two-digit numbering).</summary>
    SubKegiatan = 4,
}
