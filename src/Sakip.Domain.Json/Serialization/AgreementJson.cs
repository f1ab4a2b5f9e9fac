using System.ComponentModel;
using Sakip.Domain.Codes;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Json.Serialization;

[Description("A yearly performance agreement (Perjanjian Kinerja).")]
internal sealed class PerjanjianKinerjaJson
{
    [Description("Document-wide unique id, e.g. PK-2025-DINKES.")]
    public required string Id { get; set; }

    [Description("The year.")]
    public required int Year { get; set; }

    [Description("The agency; omitted for the head of region's agreement.")]
    public OrganisationCode? Agency { get; set; }

    [Description("The official's name.")]
    public required string Official { get; set; }

    [Description("The official's position, e.g. Kepala Dinas Kesehatan.")]
    public required string Position { get; set; }

    [Description("The official's level.")]
    public required OfficialLevel Level { get; set; }

    [Description("The committed targets.")]
    public List<PkTargetJson> Targets { get; set; } = [];

    [Description("The supporting programs and their budget.")]
    public List<PkProgramJson> Programs { get; set; } = [];
}

[Description("One committed target of a Perjanjian Kinerja.")]
internal sealed class PkTargetJson
{
    [Description("The objective: an agency sasaran of the agency's Renstra, or an RPJMD sasaran for the head of region.")]
    public required string SasaranId { get; set; }

    [Description("The indicator.")]
    public required string IndicatorId { get; set; }

    [Description("The committed target.")]
    public required TargetJson Target { get; set; }

    [Description("Why the target differs from the Renstra's target of the year, when it does.")]
    public string? DeviationReason { get; set; }
}

[Description("A program supporting a Perjanjian Kinerja, with its budget for the year.")]
internal sealed class PkProgramJson
{
    [Description("The program (or kegiatan) code.")]
    public required ProgramCode Code { get; set; }

    [Description("The budget in rupiah.")]
    public required decimal Budget { get; set; }
}

[Description("The Rencana Aksi of one Perjanjian Kinerja indicator: its targets by period.")]
internal sealed class RencanaAksiJson
{
    [Description("The agreement's id.")]
    public required string PerjanjianKinerjaId { get; set; }

    [Description("The indicator, one of the agreement's targets.")]
    public required string IndicatorId { get; set; }

    [Description("The period targets.")]
    public List<PeriodTargetJson> Targets { get; set; } = [];
}

[Description("A target for one period.")]
internal sealed class PeriodTargetJson
{
    [Description("The period, e.g. 2025-Q3.")]
    public required ReportingPeriod Period { get; set; }

    [Description("The target.")]
    public required TargetJson Target { get; set; }
}

[Description("A reported realisation of an indicator for a period.")]
internal sealed class IndicatorRealisationJson
{
    [Description("The indicator.")]
    public required string IndicatorId { get; set; }

    [Description("The period (a year, or a quarter for Rencana Aksi monitoring).")]
    public required ReportingPeriod Period { get; set; }

    [Description("The realised value, exact; negative only if the indicator declares allowsNegativeValues.")]
    public required decimal Value { get; set; }

    [Description("The agency reporting it, for indicators several agencies report.")]
    public OrganisationCode? Agency { get; set; }
}

[Description("Realised spending of a program, kegiatan or sub kegiatan for a period.")]
internal sealed class BudgetRealisationJson
{
    [Description("The budgeted item's code.")]
    public required ProgramCode Code { get; set; }

    [Description("The agency spending it.")]
    public required OrganisationCode Agency { get; set; }

    [Description("The period.")]
    public required ReportingPeriod Period { get; set; }

    [Description("The amount in rupiah, exact.")]
    public required decimal Amount { get; set; }
}
