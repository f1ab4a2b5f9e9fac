using Sakip.Domain.Codes;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Planning;

/// <summary>A regional government: province, regency or city.</summary>
/// <param name="Code">The Kemendagri region code, e.g. <c>33.99</c>.</param>
/// <param name="Name">The name, e.g. <c>Kabupaten Contoh</c>.</param>
/// <param name="Kind">Province, regency or city.</param>
public sealed record Region(string Code, string Name, RegionKind Kind);

/// <summary>A mission (<i>misi</i>) of the head of region.</summary>
/// <param name="Id">Unique id within the RPJMD, e.g. <c>M1</c>.</param>
/// <param name="Text">The mission as written.</param>
public sealed record Misi(string Id, string Text);

/// <summary>An RPJMD goal (<i>tujuan</i>), serving a mission.</summary>
/// <param name="Id">Unique id within the RPJMD, e.g. <c>T1</c>.</param>
/// <param name="Text">The goal as written.</param>
/// <param name="MisiId">The mission it serves.</param>
public sealed record RpjmdTujuan(string Id, string Text, string MisiId)
{
    /// <summary>Its indicators (usually impact).</summary>
    public ValueList<PlannedIndicator> Indicators { get; init; }
}

/// <summary>An RPJMD objective (<i>sasaran</i>), serving a goal.</summary>
/// <param name="Id">Unique id within the RPJMD, e.g. <c>S1.1</c>.</param>
/// <param name="Text">The objective as written.</param>
/// <param name="TujuanId">The goal it serves.</param>
public sealed record RpjmdSasaran(string Id, string Text, string TujuanId)
{
    /// <summary>Its indicators (outcome), often the region's IKU.</summary>
    public ValueList<PlannedIndicator> Indicators { get; init; }
}

/// <summary>A strategy (<i>strategi</i>) towards an objective.</summary>
/// <param name="Id">Unique id within its plan.</param>
/// <param name="Text">The strategy as written.</param>
/// <param name="SasaranId">The objective it pursues.</param>
public sealed record Strategi(string Id, string Text, string SasaranId);

/// <summary>A policy direction (<i>arah kebijakan</i>) of a strategy.</summary>
/// <param name="Id">Unique id within its plan.</param>
/// <param name="Text">The direction as written.</param>
/// <param name="StrategiId">The strategy it directs.</param>
public sealed record ArahKebijakan(string Id, string Text, string StrategiId);

/// <summary>A program of the RPJMD (<i>program pembangunan daerah</i>), with indicative budget and responsible agency.</summary>
/// <param name="Code">The program code (program level).</param>
/// <param name="Name">The program's name.</param>
public sealed record RpjmdProgram(ProgramCode Code, string Name)
{
    /// <summary>The RPJMD objectives it serves.</summary>
    public ValueList<string> SasaranIds { get; init; }

    /// <summary>Its indicators.</summary>
    public ValueList<PlannedIndicator> Indicators { get; init; }

    /// <summary>Indicative budget per year (<i>pagu indikatif</i>).</summary>
    public ValueList<YearAmount> IndicativeBudget { get; init; }

    /// <summary>The agency responsible.</summary>
    public OrganisationCode? ResponsibleAgency { get; init; }
}

/// <summary>
/// The region's 5-year medium-term development plan (RPJMD, a regional regulation): vision, missions, goals,
/// objectives with indicators and yearly targets, strategies, policy directions, programs, and the region's IKU.
/// </summary>
/// <remarks>Immutable and thread-safe; compared by content.</remarks>
public sealed record Rpjmd
{
    /// <summary>Id of the plan, e.g. <c>RPJMD-2021-2026</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The plan's period.</summary>
    public required YearSpan Period { get; init; }

    /// <summary>The vision (<i>visi</i>).</summary>
    public required string Visi { get; init; }

    /// <summary>The missions.</summary>
    public ValueList<Misi> Misi { get; init; }

    /// <summary>The goals.</summary>
    public ValueList<RpjmdTujuan> Tujuan { get; init; }

    /// <summary>The objectives.</summary>
    public ValueList<RpjmdSasaran> Sasaran { get; init; }

    /// <summary>The strategies.</summary>
    public ValueList<Strategi> Strategi { get; init; }

    /// <summary>The policy directions.</summary>
    public ValueList<ArahKebijakan> ArahKebijakan { get; init; }

    /// <summary>The programs.</summary>
    public ValueList<RpjmdProgram> Programs { get; init; }

    /// <summary>The ids of the indicators that are the region's key performance indicators (IKU).</summary>
    public ValueList<string> Iku { get; init; }
}
