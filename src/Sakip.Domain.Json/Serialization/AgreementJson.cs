using System.ComponentModel;
using System.Text.Json.Serialization;
using Sakip.Domain.Codes;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Json.Serialization;

[Description("A yearly performance agreement (Perjanjian Kinerja).")]
internal sealed class PerjanjianKinerjaJson
{
    [Description("Document-wide unique id, e.g. PK-2025-DINKES.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("The year.")]
    [JsonRequired]
    public int Year { get; set; } = default!;

    [Description("The agency; omitted for the head of region's agreement.")]
    public OrganisationCode? Agency { get; set; }

    [Description("The official's name.")]
    [JsonRequired]
    public string Official { get; set; } = default!;

    [Description("The official's position, e.g. Kepala Dinas Kesehatan.")]
    [JsonRequired]
    public string Position { get; set; } = default!;

    [Description("The official's level.")]
    [JsonRequired]
    public OfficialLevel Level { get; set; } = default!;

    [Description("The committed targets.")]
    public List<PkTargetJson> Targets { get; set; } = [];

    [Description("The supporting programs and their budget.")]
    public List<PkProgramJson> Programs { get; set; } = [];
}

[Description("One committed target of a Perjanjian Kinerja.")]
internal sealed class PkTargetJson
{
    [Description("The objective: an agency sasaran of the agency's Renstra, or an RPJMD sasaran for the head of region.")]
    [JsonRequired]
    public string SasaranId { get; set; } = default!;

    [Description("The indicator.")]
    [JsonRequired]
    public string IndicatorId { get; set; } = default!;

    [Description("The committed target.")]
    [JsonRequired]
    public TargetJson Target { get; set; } = default!;

    [Description("Why the target differs from the Renstra's target of the year, when it does.")]
    public string? DeviationReason { get; set; }
}

[Description("A program supporting a Perjanjian Kinerja, with its budget for the year.")]
internal sealed class PkProgramJson
{
    [Description("The program (or kegiatan) code.")]
    [JsonRequired]
    public ProgramCode Code { get; set; } = default!;

    [Description("The budget in rupiah.")]
    [JsonRequired]
    public decimal Budget { get; set; } = default!;
}

[Description("The Rencana Aksi of one Perjanjian Kinerja indicator: its targets by period.")]
internal sealed class RencanaAksiJson
{
    [Description("The agreement's id.")]
    [JsonRequired]
    public string PerjanjianKinerjaId { get; set; } = default!;

    [Description("The indicator, one of the agreement's targets.")]
    [JsonRequired]
    public string IndicatorId { get; set; } = default!;

    [Description("The period targets.")]
    public List<PeriodTargetJson> Targets { get; set; } = [];
}

[Description("A target for one period.")]
internal sealed class PeriodTargetJson
{
    [Description("The period, e.g. 2025-Q3.")]
    [JsonRequired]
    public ReportingPeriod Period { get; set; } = default!;

    [Description("The target.")]
    [JsonRequired]
    public TargetJson Target { get; set; } = default!;
}

[Description("A reported realisation of an indicator for a period.")]
internal sealed class IndicatorRealisationJson
{
    [Description("The indicator.")]
    [JsonRequired]
    public string IndicatorId { get; set; } = default!;

    [Description("The period (a year, or a quarter for Rencana Aksi monitoring).")]
    [JsonRequired]
    public ReportingPeriod Period { get; set; } = default!;

    [Description("The realised value, exact; negative only if the indicator declares allowsNegativeValues.")]
    [JsonRequired]
    public decimal Value { get; set; } = default!;

    [Description("The agency reporting it, for indicators several agencies report.")]
    public OrganisationCode? Agency { get; set; }
}

[Description("Realised spending of a program, kegiatan or sub kegiatan for a period.")]
internal sealed class BudgetRealisationJson
{
    [Description("The budgeted item's code.")]
    [JsonRequired]
    public ProgramCode Code { get; set; } = default!;

    [Description("The agency spending it.")]
    [JsonRequired]
    public OrganisationCode Agency { get; set; } = default!;

    [Description("The period.")]
    [JsonRequired]
    public ReportingPeriod Period { get; set; } = default!;

    [Description("The amount in rupiah, exact.")]
    [JsonRequired]
    public decimal Amount { get; set; } = default!;
}
