using System.Diagnostics;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Collections;
using Sakip.Domain.Serialization;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tree;

/// <summary>A node's state after a roll-up.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<NodeStatus>))]
public enum NodeStatus
{
    /// <summary>A figure was computed from every item that should count.</summary>
    Complete = 0,

    /// <summary>A figure was computed, but some item below had no achievement and the policy marks that.</summary>
    Incomplete = 1,

    /// <summary>No figure: neither the node's indicators nor its children have an achievement.</summary>
    NoData = 2,
}

/// <summary>Whether a contribution comes from one of the node's own indicators or from a child.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ContributionSource>))]
public enum ContributionSource
{
    /// <summary>One of the node's own indicators.</summary>
    Indicator = 0,

    /// <summary>A child node.</summary>
    Child = 1,
}

/// <summary>One item of a node's figure: which indicator or child, with what value and weight.</summary>
/// <param name="Source">Indicator or child.</param>
/// <param name="SourceId">The indicator's or child's id.</param>
/// <param name="Value">Its achievement, or <see langword="null"/> when it has none.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Counted">Whether it entered the figure (missing items count only as zero under
/// <see cref="MissingItemPolicy.CountAsZero"/>).</param>
public sealed record NodeContribution(ContributionSource Source, string SourceId, decimal? Value, decimal Weight, bool Counted);

/// <summary>One item's effect on a node's figure: the figure minus the figure without that item.</summary>
/// <param name="Source">Indicator or child.</param>
/// <param name="SourceId">The indicator's or child's id.</param>
/// <param name="Value">Its achievement.</param>
/// <param name="Effect">Percentage points it raises (positive) or lowers (negative) the node's figure.</param>
public sealed record ContributionEffect(ContributionSource Source, string SourceId, decimal? Value, decimal Effect);

/// <summary>A node's figure and how it was reached.</summary>
/// <param name="NodeId">The node's id.</param>
/// <param name="Status">Complete, incomplete or no data.</param>
/// <param name="Value">The exact figure, or <see langword="null"/>.</param>
/// <param name="Band">The band, or <see langword="null"/>.</param>
/// <param name="Contributions">Every item, in order: own indicators first, then children in link order.</param>
/// <param name="IndicatorResults">The node's own indicators' achievement results, in order.</param>
[DebuggerDisplay("{NodeId,nq}: {Status} {Value}")]
public sealed record NodeResult(string NodeId, NodeStatus Status, Percentage? Value, Band? Band, ValueList<NodeContribution> Contributions, ValueList<AchievementResult> IndicatorResults)
{
    /// <summary>The figure as presented: <see cref="Value"/> rounded by the rule set's
    /// <see cref="Sakip.Domain.Rules.RuleSet.Rounding"/> (the value its <see cref="Band"/> is read from under the default
    /// band basis), or <see langword="null"/> when the node has no figure.</summary>
    public Percentage? Presented { get; init; }

    /// <summary>For ratio of sums: the realised amounts below this node.</summary>
    public decimal Numerator { get; init; }

    /// <summary>For ratio of sums: the target amounts below this node.</summary>
    public decimal Denominator { get; init; }

    /// <summary>What LINQPad shows for the node (it calls <c>ToDump</c> by name): its status, value as the rule set
    /// presents it, band and counts, instead of every contribution and indicator result.</summary>
    private object ToDump() => new
    {
        Node = NodeId,
        Status,
        Value = DumpView.Presented(Presented?.Value),
        Band = DumpView.Label(Band),
        Contributions = Contributions.Count,
        Counted = Contributions.Count(c => c.Counted),
        Indicators = IndicatorResults.Count,
    };
}

/// <summary>A tree evaluated as of a roll-up: every node's figure, with navigation, contribution analysis and filters.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[DebuggerDisplay("{Results.Count} nodes, {Options.Strategy.Id,nq}, rule set {Options.Rules.Id,nq}")]
public sealed class TreeEvaluation
{
    private readonly NodeResult[] _results;

    internal TreeEvaluation(PerformanceTree tree, RollUpOptions options, NodeResult[] results)
    {
        Tree = tree;
        Options = options;
        _results = results;
    }

    /// <summary>The tree evaluated.</summary>
    public PerformanceTree Tree { get; }

    /// <summary>The choices it was evaluated under.</summary>
    public RollUpOptions Options { get; }

    /// <summary>Every node's result, in node order.</summary>
    public IReadOnlyList<NodeResult> Results => _results;

    /// <summary>A node's result.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public NodeResult this[string nodeId] => _results[Tree.IndexOf(nodeId)];

    /// <summary>The nodes whose figure falls in a band (e.g. every <c>Sangat Rendah</c> node).</summary>
    /// <param name="bandLabel">The band's Indonesian label (ordinal comparison).</param>
    /// <returns>The nodes.</returns>
    public IEnumerable<TreeNode> InBand(string bandLabel) =>
        Enumerable.Range(0, _results.Length).Where(i => _results[i].Band?.Label.Indonesian == bandLabel).Select(i => Tree.Nodes[i]);

    /// <summary>
    /// How much each item raises or lowers a node's figure: the figure minus the figure recomputed without that
    /// item, so a child dragging a regional objective down has a negative effect. Ordered from most negative.
    /// </summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>Each counted item's effect (empty when the node has no figure).</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    /// <remarks>Linear in the node's items for the built-in strategies (each figure without an item is the total less
    /// that item, or the worse of the worst before and after it); a custom <see cref="IRollUpStrategy"/> is combined
    /// again for each item left out, so it is quadratic.</remarks>
    public IReadOnlyList<ContributionEffect> EffectsOn(string nodeId)
    {
        var result = this[nodeId];
        if (result.Value is not { } value)
        {
            return [];
        }

        // Contributions list every own indicator first, in order, so an indicator's position is its index.
        var counted = result.Contributions.Select((c, position) => (Contribution: c, Position: position)).Where(p => p.Contribution.Counted).ToArray();
        var items = counted.Select(p => Item(p.Contribution, p.Position)).ToArray();
        var others = LeaveOneOut.Figures(Options.Strategy, items);
        var effects = new ContributionEffect[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var c = counted[i].Contribution;
            effects[i] = new ContributionEffect(c.Source, c.SourceId, c.Value, value.Value - others[i]);
        }

        return [.. effects.OrderBy(e => e.Effect)];

        RollUpItem Item(NodeContribution c, int position)
        {
            var (numerator, denominator) = c.Source == ContributionSource.Child
                ? (this[c.SourceId].Numerator, this[c.SourceId].Denominator)
                : RatioOf(result.IndicatorResults[position]);
            return new RollUpItem(c.Value ?? 0m, c.Weight, c.Value is null ? 0m : numerator, c.Value is null ? 0m : denominator);
        }
    }

    /// <summary>The amounts a result brings to ratio of sums: (R, T) for an achieved positive point-target
    /// indicator, otherwise (0, 0).</summary>
    internal static (decimal Numerator, decimal Denominator) RatioOf(AchievementResult result) =>
        result.AsAchieved is { } achieved ? RatioOf(achieved.Polarity, achieved.Target, achieved.Realisation) : (0m, 0m);

    /// <summary>The amounts an achieved indicator brings to ratio of sums, from what it was measured on: (R, T) for a
    /// positive point target with a realisation, otherwise (0, 0).</summary>
    internal static (decimal Numerator, decimal Denominator) RatioOf(Polarity polarity, Target target, Measure? realisation) =>
        polarity == Polarity.Positive && !target.IsRange && realisation is { } measure ? (measure.Value, target.Lower) : (0m, 0m);

    /// <summary>The nodes whose figure, status or band differ between two evaluations of trees with the same
    /// nodes (e.g. before and after a what-if).</summary>
    /// <param name="before">The first evaluation.</param>
    /// <param name="after">The second evaluation.</param>
    /// <returns>The changes, in node order.</returns>
    /// <exception cref="ArgumentException">The trees do not have the same nodes.</exception>
    public static ValueList<NodeChange> Compare(TreeEvaluation before, TreeEvaluation after)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        Guard.Against.InvalidInput(after, nameof(after), a => a.Tree.Nodes.Select(n => n.Id).SequenceEqual(before.Tree.Nodes.Select(n => n.Id)), "Both evaluations must be of trees with the same nodes.");
        var changes = new List<NodeChange>();
        for (var i = 0; i < before._results.Length; i++)
        {
            var (b, a) = (before._results[i], after._results[i]);
            if (b.Value != a.Value || b.Status != a.Status || b.Band?.Rank != a.Band?.Rank)
            {
                changes.Add(new NodeChange(b.NodeId, before.Tree.Nodes[i].Name, b.Value, a.Value, b.Band, a.Band)
                {
                    PresentedBefore = b.Presented,
                    PresentedAfter = a.Presented,
                });
            }
        }

        return [.. changes];
    }

    /// <summary>What LINQPad shows for the evaluation (it calls <c>ToDump</c> by name): one row per node with its
    /// level, status, value as the rule set presents it, and band, instead of the tree and every contribution.</summary>
    private object ToDump() => new
    {
        RuleSet = Options.Rules.ToString(),
        Strategy = Options.Strategy.Id,
        Options.Missing,
        Nodes = Tree.Nodes.Select((node, i) => new
        {
            Node = node.Id,
            node.Name,
            node.Level,
            _results[i].Status,
            Value = DumpView.Presented(_results[i].Presented?.Value),
            Band = DumpView.Label(_results[i].Band),
        }).ToArray(),
    };
}

/// <summary>One node's figure before and after a change.</summary>
/// <param name="NodeId">The node's id.</param>
/// <param name="Name">The node's name.</param>
/// <param name="Before">The figure before.</param>
/// <param name="After">The figure after.</param>
/// <param name="BandBefore">The band before.</param>
/// <param name="BandAfter">The band after.</param>
public sealed record NodeChange(string NodeId, string Name, Percentage? Before, Percentage? After, Band? BandBefore, Band? BandAfter)
{
    /// <summary>The change in percentage points, when both figures exist.</summary>
    public decimal? Delta => Before is { } b && After is { } a ? a.Value - b.Value : null;

    /// <summary>The figure before as presented (rounded by the rule set of the evaluation it came from).</summary>
    public Percentage? PresentedBefore { get; init; }

    /// <summary>The figure after as presented (rounded by the rule set of the evaluation it came from).</summary>
    public Percentage? PresentedAfter { get; init; }

    /// <summary>The change between the presented figures (so that a printed before, after and change add up), when
    /// both exist.</summary>
    public decimal? PresentedDelta => PresentedBefore is { } b && PresentedAfter is { } a ? a.Value - b.Value : null;

    /// <summary>Whether the band changed.</summary>
    public bool BandChanged => BandBefore?.Rank != BandAfter?.Rank;
}
