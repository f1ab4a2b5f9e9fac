using Sakip.Domain.Codes;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Planning;

/// <summary>A regional agency (<i>perangkat daerah</i>).</summary>
/// <param name="Code">The organisation code.</param>
/// <param name="Name">The name, e.g. <c>Dinas Kesehatan</c>.</param>
public sealed record Agency(OrganisationCode Code, string Name);

/// <summary>An agency goal (<i>tujuan</i> of a Renstra).</summary>
/// <param name="Id">Unique id within the Renstra.</param>
/// <param name="Text">The goal as written.</param>
public sealed record RenstraTujuan(string Id, string Text)
{
    /// <summary>Its indicators.</summary>
    public ValueList<PlannedIndicator> Indicators { get; init; }

    /// <summary>The RPJMD goals it supports.</summary>
    public ValueList<string> SupportsRpjmdTujuan { get; init; }
}

/// <summary>An agency objective (<i>sasaran strategis</i> of a Renstra).</summary>
/// <param name="Id">Unique id within the Renstra.</param>
/// <param name="Text">The objective as written.</param>
/// <param name="TujuanId">The agency goal it serves.</param>
public sealed record RenstraSasaran(string Id, string Text, string TujuanId)
{
    /// <summary>Its indicators (outcome).</summary>
    public ValueList<PlannedIndicator> Indicators { get; init; }

    /// <summary>The RPJMD objectives it supports (the alignment link).</summary>
    public ValueList<string> SupportsRpjmdSasaran { get; init; }
}

/// <summary>
/// A program, kegiatan or sub kegiatan of a Renstra: its level is its code's level, and a kegiatan or sub kegiatan
/// belongs to the element whose code is its parent code.
/// </summary>
/// <param name="Code">The code (program, kegiatan or sub kegiatan level).</param>
/// <param name="Name">The name.</param>
public sealed record PlanItem(ProgramCode Code, string Name)
{
    /// <summary>The agency objectives it serves (programs; kegiatan may name them too).</summary>
    public ValueList<string> SasaranIds { get; init; }

    /// <summary>Its indicators (outcome for programs, output for kegiatan and sub kegiatan).</summary>
    public ValueList<PlannedIndicator> Indicators { get; init; }

    /// <summary>Its budget per year in rupiah.</summary>
    public ValueList<YearAmount> Budget { get; init; }

    /// <summary>The unit responsible.</summary>
    public string? ResponsibleUnit { get; init; }
}

/// <summary>
/// An agency's 5-year strategic plan (Renstra PD, Permendagri 86/2017 table T-C.27): goals, objectives with
/// indicators and yearly targets, strategies and policy directions, and programs down to sub kegiatan with yearly
/// targets and budgets, each linked to the RPJMD element it supports.
/// </summary>
/// <remarks>Immutable and thread-safe; compared by content.</remarks>
public sealed record Renstra
{
    /// <summary>Id of the plan, e.g. <c>RENSTRA-DINKES-2021-2026</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The agency.</summary>
    public required Agency Agency { get; init; }

    /// <summary>The plan's period (may be shifted against the RPJMD's).</summary>
    public required YearSpan Period { get; init; }

    /// <summary>The goals.</summary>
    public ValueList<RenstraTujuan> Tujuan { get; init; }

    /// <summary>The objectives.</summary>
    public ValueList<RenstraSasaran> Sasaran { get; init; }

    /// <summary>The strategies.</summary>
    public ValueList<Strategi> Strategi { get; init; }

    /// <summary>The policy directions.</summary>
    public ValueList<ArahKebijakan> ArahKebijakan { get; init; }

    /// <summary>The programs, kegiatan and sub kegiatan (each at its code's level).</summary>
    public ValueList<PlanItem> Items { get; init; }

    /// <summary>The programs.</summary>
    public IEnumerable<PlanItem> Programs => Items.Where(i => i.Code.Level == CodeLevel.Program);

    /// <summary>The kegiatan.</summary>
    public IEnumerable<PlanItem> Kegiatan => Items.Where(i => i.Code.Level == CodeLevel.Kegiatan);

    /// <summary>The sub kegiatan.</summary>
    public IEnumerable<PlanItem> SubKegiatan => Items.Where(i => i.Code.Level == CodeLevel.SubKegiatan);

    /// <summary>The items directly below an item (kegiatan of a program, sub kegiatan of a kegiatan).</summary>
    /// <param name="parent">The parent item.</param>
    /// <returns>The children, in document order.</returns>
    public IEnumerable<PlanItem> ChildrenOf(PlanItem parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return Items.Where(i => parent.Code.IsParentOf(i.Code));
    }
}
