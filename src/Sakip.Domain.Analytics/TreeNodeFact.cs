namespace Sakip.Domain.Analytics;

/// <summary>One row of the <c>tree</c> table: one node of a region's performance tree (pohon kinerja) of a year,
/// with the value the roll-up gave it.</summary>
/// <remarks>A node may serve several parents (a shared program); the row keeps the first parent as the tree lists
/// it (<see cref="Tree.PerformanceTree.Parents"/>), how many parents it has, and its depth along first parents
/// (<see cref="Tree.PerformanceTree.DepthOf"/>), so a query walks the tree as a plain parent-child table. A null
/// value means the roll-up found no data (never 0). The year and province are the partition of the file.</remarks>
/// <param name="RegionCode">The region's Kemendagri code.</param>
/// <param name="ProvinceCode">The province the region belongs to.</param>
/// <param name="Year">The year of the tree.</param>
/// <param name="NodeId">The node's id, unique within the region and year.</param>
/// <param name="ParentId">The node's first parent; <see langword="null"/> for a root.</param>
/// <param name="ParentCount">How many parents the node has (0 for a root).</param>
/// <param name="Depth">0 for a root, else one more than its first parent's.</param>
/// <param name="Name">The node's name.</param>
/// <param name="Level">The node's level: <c>headOfRegion</c>, <c>echelonII</c>, <c>echelonIII</c>,
/// <c>echelonIV</c> or <c>staff</c>.</param>
/// <param name="Kind">What the node stands for: <c>tujuan</c>, <c>sasaran</c>, <c>agencySasaran</c>,
/// <c>program</c>, <c>kegiatan</c>, <c>subKegiatan</c> or <c>other</c>.</param>
/// <param name="AgencyCode">The agency's organisation code; <see langword="null"/> for the head of region's
/// nodes.</param>
/// <param name="ProgramCode">The program, kegiatan or sub kegiatan code; <see langword="null"/> when the node has
/// none.</param>
/// <param name="Status">The roll-up's state: <c>complete</c>, <c>incomplete</c> or <c>noData</c>.</param>
/// <param name="ValueExact">The node's exact value in percent; <see langword="null"/> when it has none.</param>
/// <param name="ValuePresented">The value rounded as the rule set presents it; <see langword="null"/> when it has
/// none.</param>
/// <param name="BandRank">The band's rank (1 is the best band); <see langword="null"/> when the node has no value.</param>
/// <param name="BandLabel">The band's Indonesian label; <see langword="null"/> when the node has no value.</param>
/// <param name="RollUp">The roll-up strategy's id, e.g. <c>mean</c>.</param>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="RuleSetVersion">The rule set's version.</param>
public sealed record TreeNodeFact(
    string RegionCode,
    string ProvinceCode,
    int Year,
    string NodeId,
    string? ParentId,
    int ParentCount,
    int Depth,
    string Name,
    string Level,
    string Kind,
    string? AgencyCode,
    string? ProgramCode,
    string Status,
    decimal? ValueExact,
    decimal? ValuePresented,
    int? BandRank,
    string? BandLabel,
    string RollUp,
    string RuleSetId,
    int RuleSetVersion);
