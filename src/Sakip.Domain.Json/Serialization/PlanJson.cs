using System.ComponentModel;
using System.Text.Json.Serialization;
using Sakip.Domain.Codes;

namespace Sakip.Domain.Json.Serialization;

[Description("The region's 5-year medium-term development plan (RPJMD).")]
internal sealed class RpjmdJson
{
    [Description("Id of the plan, e.g. RPJMD-2021-2026.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("The plan's period.")]
    [JsonRequired]
    public YearSpanJson Period { get; set; } = default!;

    [Description("The vision (visi).")]
    [JsonRequired]
    public string Visi { get; set; } = default!;

    [Description("The missions (misi).")]
    public List<MisiJson> Misi { get; set; } = [];

    [Description("The goals (tujuan).")]
    public List<RpjmdTujuanJson> Tujuan { get; set; } = [];

    [Description("The objectives (sasaran).")]
    public List<RpjmdSasaranJson> Sasaran { get; set; } = [];

    [Description("The strategies (strategi).")]
    public List<StrategiJson> Strategi { get; set; } = [];

    [Description("The policy directions (arah kebijakan).")]
    public List<ArahKebijakanJson> ArahKebijakan { get; set; } = [];

    [Description("The programs (program pembangunan daerah).")]
    public List<RpjmdProgramJson> Programs { get; set; } = [];

    [Description("The ids of the indicators that are the region's key performance indicators (IKU).")]
    public List<string> Iku { get; set; } = [];
}

[Description("A mission (misi) of the head of region.")]
internal sealed class MisiJson
{
    [Description("Unique id within the RPJMD, e.g. M1.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("The mission as written.")]
    [JsonRequired]
    public string Text { get; set; } = default!;
}

[Description("An RPJMD goal (tujuan), serving a mission.")]
internal sealed class RpjmdTujuanJson
{
    [Description("Unique id within the RPJMD, e.g. T1.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("The goal as written.")]
    [JsonRequired]
    public string Text { get; set; } = default!;

    [Description("The mission it serves.")]
    [JsonRequired]
    public string MisiId { get; set; } = default!;

    [Description("Its indicators (usually impact).")]
    public List<PlannedIndicatorJson> Indicators { get; set; } = [];
}

[Description("An RPJMD objective (sasaran), serving a goal.")]
internal sealed class RpjmdSasaranJson
{
    [Description("Unique id within the RPJMD, e.g. S1.1.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("The objective as written.")]
    [JsonRequired]
    public string Text { get; set; } = default!;

    [Description("The goal it serves.")]
    [JsonRequired]
    public string TujuanId { get; set; } = default!;

    [Description("Its indicators (outcome), often the region's IKU.")]
    public List<PlannedIndicatorJson> Indicators { get; set; } = [];
}

[Description("A strategy (strategi) towards an objective.")]
internal sealed class StrategiJson
{
    [Description("Unique id within its plan.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("The strategy as written.")]
    [JsonRequired]
    public string Text { get; set; } = default!;

    [Description("The objective it pursues.")]
    [JsonRequired]
    public string SasaranId { get; set; } = default!;
}

[Description("A policy direction (arah kebijakan) of a strategy.")]
internal sealed class ArahKebijakanJson
{
    [Description("Unique id within its plan.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("The direction as written.")]
    [JsonRequired]
    public string Text { get; set; } = default!;

    [Description("The strategy it directs.")]
    [JsonRequired]
    public string StrategiId { get; set; } = default!;
}

[Description("A program of the RPJMD, with indicative budget and responsible agency.")]
internal sealed class RpjmdProgramJson
{
    [Description("The program code (program level), e.g. 1.02.02.")]
    [JsonRequired]
    public ProgramCode Code { get; set; } = default!;

    [Description("The program's name.")]
    [JsonRequired]
    public string Name { get; set; } = default!;

    [Description("The RPJMD objectives it serves.")]
    public List<string> SasaranIds { get; set; } = [];

    [Description("Its indicators.")]
    public List<PlannedIndicatorJson> Indicators { get; set; } = [];

    [Description("Indicative budget per year (pagu indikatif).")]
    public List<YearAmountJson> IndicativeBudget { get; set; } = [];

    [Description("The agency responsible.")]
    public OrganisationCode? ResponsibleAgency { get; set; }
}

[Description("An agency's 5-year strategic plan (Renstra PD).")]
internal sealed class RenstraJson
{
    [Description("Id of the plan, e.g. RENSTRA-DINKES-2021-2026.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("The agency.")]
    [JsonRequired]
    public AgencyJson Agency { get; set; } = default!;

    [Description("The plan's period (may be shifted against the RPJMD's).")]
    [JsonRequired]
    public YearSpanJson Period { get; set; } = default!;

    [Description("The goals (tujuan).")]
    public List<RenstraTujuanJson> Tujuan { get; set; } = [];

    [Description("The objectives (sasaran strategis).")]
    public List<RenstraSasaranJson> Sasaran { get; set; } = [];

    [Description("The strategies.")]
    public List<StrategiJson> Strategi { get; set; } = [];

    [Description("The policy directions.")]
    public List<ArahKebijakanJson> ArahKebijakan { get; set; } = [];

    [Description("The programs, kegiatan and sub kegiatan, each at its code's level; a kegiatan or sub kegiatan belongs to the item whose code is its parent code.")]
    public List<PlanItemJson> Items { get; set; } = [];
}

[Description("A regional agency (perangkat daerah).")]
internal sealed class AgencyJson
{
    [Description("The organisation code.")]
    [JsonRequired]
    public OrganisationCode Code { get; set; } = default!;

    [Description("The name, e.g. Dinas Kesehatan.")]
    [JsonRequired]
    public string Name { get; set; } = default!;
}

[Description("An agency goal (tujuan of a Renstra).")]
internal sealed class RenstraTujuanJson
{
    [Description("Unique id within the Renstra.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("The goal as written.")]
    [JsonRequired]
    public string Text { get; set; } = default!;

    [Description("Its indicators.")]
    public List<PlannedIndicatorJson> Indicators { get; set; } = [];

    [Description("The ids of the RPJMD goals it supports.")]
    public List<string> SupportsRpjmdTujuan { get; set; } = [];
}

[Description("An agency objective (sasaran strategis of a Renstra).")]
internal sealed class RenstraSasaranJson
{
    [Description("Unique id within the Renstra.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("The objective as written.")]
    [JsonRequired]
    public string Text { get; set; } = default!;

    [Description("The agency goal it serves.")]
    [JsonRequired]
    public string TujuanId { get; set; } = default!;

    [Description("Its indicators (outcome).")]
    public List<PlannedIndicatorJson> Indicators { get; set; } = [];

    [Description("The ids of the RPJMD objectives it supports.")]
    public List<string> SupportsRpjmdSasaran { get; set; } = [];
}

[Description("A program, kegiatan or sub kegiatan of a Renstra; its level is its code's level.")]
internal sealed class PlanItemJson
{
    [Description("The code: program (1.02.02), kegiatan (1.02.02.2.01) or sub kegiatan (1.02.02.2.01.0001).")]
    [JsonRequired]
    public ProgramCode Code { get; set; } = default!;

    [Description("The name.")]
    [JsonRequired]
    public string Name { get; set; } = default!;

    [Description("The ids of the agency objectives it serves.")]
    public List<string> SasaranIds { get; set; } = [];

    [Description("Its indicators (outcome for programs, output for kegiatan and sub kegiatan).")]
    public List<PlannedIndicatorJson> Indicators { get; set; } = [];

    [Description("Its budget per year in rupiah.")]
    public List<YearAmountJson> Budget { get; set; } = [];

    [Description("The unit responsible.")]
    public string? ResponsibleUnit { get; set; }
}
