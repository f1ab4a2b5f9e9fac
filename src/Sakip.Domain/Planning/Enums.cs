using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Planning;

/// <summary>The kind of a regional government (<i>pemerintah daerah</i>).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<RegionKind>))]
public enum RegionKind
{
    /// <summary>A province (<i>provinsi</i>).</summary>
    Province = 0,

    /// <summary>A regency (<i>kabupaten</i>).</summary>
    Regency = 1,

    /// <summary>A city (<i>kota</i>).</summary>
    City = 2,
}

/// <summary>The type of an indicator in the results chain (docs/sakip-document-format.md, <c>indicatorDefinition</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<IndicatorType>))]
public enum IndicatorType
{
    /// <summary>Input (resources).</summary>
    Input = 0,

    /// <summary>Output: what a kegiatan or sub kegiatan delivers.</summary>
    Output = 1,

    /// <summary>Outcome: what a sasaran achieves.</summary>
    Outcome = 2,

    /// <summary>Impact: the long-term change a tujuan aims at.</summary>
    Impact = 3,
}

/// <summary>The level of the official who signs a Perjanjian Kinerja.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<OfficialLevel>))]
public enum OfficialLevel
{
    /// <summary>The head of region (<i>kepala daerah</i>: governor, regent, mayor).</summary>
    HeadOfRegion = 0,

    /// <summary>Echelon II: head of an agency (<i>kepala perangkat daerah</i>).</summary>
    EchelonII = 1,

    /// <summary>Echelon III: head of a division (<i>kepala bidang</i>), program level.</summary>
    EchelonIII = 2,

    /// <summary>Echelon IV: head of a section (<i>kepala seksi/subbagian</i>), kegiatan level.</summary>
    EchelonIV = 3,
}
