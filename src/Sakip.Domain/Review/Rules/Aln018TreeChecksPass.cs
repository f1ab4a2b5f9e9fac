using Sakip.Domain.Planning;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Review.Rules;

/// <summary>
/// ALN-018: the performance tree built from the document passes its own checks (<see cref="PerformanceTree.Check"/>).
/// Each of the tree's errors is reported once, by one rule: an indicator that turns the polarity of the parent
/// indicator it is cascaded from (the tree's <c>direct-polarity-conflict</c>) by this rule; an agency sasaran feeding
/// no parent (<c>orphan</c>) by ALN-001; a program or kegiatan feeding no sasaran by ALN-003 (from the sasaran's side:
/// a sasaran served by a kegiatan only is served); a direct cascade in another unit by ALN-009. The document's tree
/// names what each indicator is cascaded from, so its check compares exactly the cascaded pairs, never indicators
/// that merely share a unit. The tree is built for every year of a Perjanjian Kinerja (else the plan's first year); an
/// issue found in several years is reported once.
/// </summary>
internal sealed class Aln018TreeChecksPass() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-018",
        Severity.Error,
        Messages.Aln018Title,
        "PermenPAN-RB 8/2021, Lampiran (cascading, pohon kinerja: every result below the head of region supports one above it; direct cascading splits a superior's target in its own unit and direction); docs/planning.md#cascading-pohon-kinerja.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        var years = document.PerjanjianKinerja.Select(pk => pk.Year).Distinct().Order().ToList();
        if (years.Count == 0 && (document.Rpjmd?.Period.First ?? document.Renstras.Select(r => (int?)r.Period.First).Min()) is { } first)
        {
            years.Add(first);
        }

        var seen = new HashSet<(string NodeId, string Code, string Message)>();
        foreach (var year in years)
        {
            var built = PerformanceTreeFactory.FromDocument(document, year);
            if (!built.TryGetValue(out var tree))
            {
                continue;
            }

            foreach (var issue in tree.Check())
            {
                if (issue.Reason.Code != PolarityConflict || !seen.Add((issue.NodeId, issue.Reason.Code, issue.Reason.Message.English)))
                {
                    continue;
                }

                var node = tree[issue.NodeId];
                yield return Finding(PathOf(document, node), $"{node.Name} ({issue.NodePath})", issue.Reason);
            }
        }
    }

    private const string PolarityConflict = "direct-polarity-conflict";

    /// <summary>The document path of the plan element a node stands for (camelCase, as the other rules report it);
    /// the node's id when the element is not found.</summary>
    private static string PathOf(SakipDocument document, TreeNode node)
    {
        if (node.Agency is null && document.Rpjmd is { } rpjmd)
        {
            var local = node.Id.StartsWith(PerformanceTreeFactory.RegionPrefix, StringComparison.Ordinal) ? node.Id[PerformanceTreeFactory.RegionPrefix.Length..] : node.Id;
            // Only a sasaran of the region can turn a parent's polarity: a tujuan's parents (misi, visi) carry no
            // indicators.
            var sasaran = rpjmd.Sasaran.Select((s, i) => (s.Id, i)).FirstOrDefault(s => s.Id == local);
            return node.Kind == NodeKind.Sasaran && sasaran.Id is not null ? $"rpjmd.sasaran[{sasaran.i}]" : node.Id;
        }

        // A tree holds one Renstra per agency (two would give it the same nodes twice and fail its build).
        var r = document.Renstras.Select((renstra, i) => (renstra, i)).FirstOrDefault(x => x.renstra.Agency.Code == node.Agency);
        if (r.renstra is null)
        {
            return node.Id;
        }

        if (node.Code is { } code)
        {
            var item = r.renstra.Items.Select((it, i) => (it, i)).FirstOrDefault(x => x.it.Code == code);
            return item.it is null ? node.Id : $"{Sites.RenstraPath(r.i)}.items[{item.i}]";
        }

        var local2 = node.Id[(node.Id.LastIndexOf('/') + 1)..];
        var own = r.renstra.Sasaran.Select((s, i) => (s.Id, i)).FirstOrDefault(s => s.Id == local2);
        return own.Id is null ? node.Id : $"{Sites.RenstraPath(r.i)}.sasaran[{own.i}]";
    }
}
