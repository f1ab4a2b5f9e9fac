using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Periods;

/// <summary>The length of a reporting period.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<PeriodKind>))]
public enum PeriodKind
{
    /// <summary>A calendar (fiscal) year; Indonesian fiscal years are calendar years.</summary>
    Year = 0,

    /// <summary>A half year (<i>semester</i>): January–June or July–December.</summary>
    Semester = 1,

    /// <summary>A quarter (<i>triwulan</i>, TW): the period of Rencana Aksi targets and monitoring.</summary>
    Quarter = 2,

    /// <summary>A calendar month.</summary>
    Month = 3,
}
