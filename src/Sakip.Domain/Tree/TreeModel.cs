using System.Text.Json.Serialization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Tree;

/// <summary>The level of a node in a region's performance tree (PermenPAN-RB 8/2021 cascading;
/// <c>docs/planning.md#cascading-pohon-kinerja</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<TreeLevel>))]
public enum TreeLevel
{
    /// <summary>Head of region (<i>kepala daerah</i>): RPJMD tujuan and sasaran, impact/outcome IKU.</summary>
    HeadOfRegion = 0,

    /// <summary>Head of agency, echelon II: sasaran strategis, outcome.</summary>
    EchelonII = 1,

    /// <summary>Echelon III: sasaran program, intermediate outcome.</summary>
    EchelonIII = 2,

    /// <summary>Echelon IV: sasaran kegiatan, output.</summary>
    EchelonIV = 3,

    /// <summary>Individual staff: sub kegiatan output.</summary>
    Staff = 4,
}

/// <summary>What a node of the tree stands for.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<NodeKind>))]
public enum NodeKind
{
    /// <summary>An RPJMD goal.</summary>
    Tujuan = 0,

    /// <summary>An RPJMD objective.</summary>
    Sasaran = 1,

    /// <summary>An agency objective (sasaran strategis).</summary>
    AgencySasaran = 2,

    /// <summary>A program.</summary>
    Program = 3,

    /// <summary>A kegiatan.</summary>
    Kegiatan = 4,

    /// <summary>A sub kegiatan.</summary>
    SubKegiatan = 5,

    /// <summary>Anything else a tree declared directly holds.</summary>
    Other = 6,
}

/// <summary>How a child serves its parent (PermenPAN-RB 8/2021, Lampiran: cascading <i>langsung</i> and <i>tidak
/// langsung</i>; <c>docs/planning.md#cascading-pohon-kinerja</c>).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<CascadeMethod>))]
public enum CascadeMethod
{
    /// <summary>Indirect: the child is a supporting result. Units and polarity may differ.</summary>
    Indirect = 0,

    /// <summary>Direct: the parent's target is split by stage, area or quantity; units and polarity must agree.</summary>
    Direct = 1,
}

/// <summary>One indicator a node carries, with what its achievement is computed from.</summary>
/// <param name="IndicatorId">The indicator's id.</param>
/// <param name="Name">The indicator's name.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Input">Target, realisation (null when not reported), polarity and options.</param>
public sealed record NodeIndicator(string IndicatorId, string Name, string Unit, AchievementInput Input)
{
    /// <summary>Its weight among the node's items under a weighted roll-up; non-negative. Default 1.</summary>
    public decimal Weight { get; init; } = 1m;

    /// <summary>The id of the parent node's indicator this one is cascaded from (it carries that indicator's target
    /// down, in its unit and direction), when known; <see langword="null"/> otherwise.
    /// <see cref="PerformanceTreeFactory"/> sets it from <see cref="Planning.IndicatorDefinition.CascadedFrom"/>.
    /// <see cref="PerformanceTree.Check"/> compares a direct cascade's indicators by it, and by unit only where no
    /// indicator of the child names one of the parent's.</summary>
    public string? CascadedFrom { get; init; }
}

/// <summary>A node of the performance tree (<i>pohon kinerja</i>).</summary>
/// <param name="Id">Unique id in the tree.</param>
/// <param name="Name">The result it stands for, as written.</param>
/// <param name="Level">Its level.</param>
/// <param name="Kind">What it stands for.</param>
public sealed record TreeNode(string Id, string Name, TreeLevel Level, NodeKind Kind)
{
    /// <summary>The agency owning it (none for the head of region's nodes).</summary>
    public OrganisationCode? Agency { get; init; }

    /// <summary>Its program, kegiatan or sub kegiatan code, when it has one.</summary>
    public ProgramCode? Code { get; init; }

    /// <summary>Its own indicators.</summary>
    public ValueList<NodeIndicator> Indicators { get; init; }
}

/// <summary>A link: <see cref="ChildId"/> feeds <see cref="ParentId"/>. A node may feed several parents (crosscutting).</summary>
/// <param name="ParentId">The parent's id.</param>
/// <param name="ChildId">The child's id.</param>
public sealed record TreeLink(string ParentId, string ChildId)
{
    /// <summary>Direct or indirect cascading. Default indirect.</summary>
    public CascadeMethod Method { get; init; }

    /// <summary>The child's weight in the parent's weighted roll-up; non-negative. Default 1.</summary>
    public decimal Weight { get; init; } = 1m;
}

/// <summary>One node's declared share of a shared indicator.</summary>
/// <param name="NodeId">The contributing node.</param>
/// <param name="Percent">Its share in percent.</param>
public sealed record ContributionShare(string NodeId, decimal Percent);

/// <summary>
/// A crosscutting indicator apportioned among several agencies' nodes by declared contribution shares (which must
/// sum to 100 %): each contributing node's part of the owner's target is its share of it.
/// </summary>
/// <param name="OwnerNodeId">The node that carries the indicator (e.g. an RPJMD sasaran).</param>
/// <param name="IndicatorId">The shared indicator.</param>
public sealed record SharedIndicator(string OwnerNodeId, string IndicatorId)
{
    /// <summary>The contributing nodes and their shares.</summary>
    public ValueList<ContributionShare> Shares { get; init; }
}
