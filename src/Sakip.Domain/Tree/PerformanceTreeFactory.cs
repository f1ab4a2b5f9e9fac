using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tree;

/// <summary>
/// Builds a region's performance tree from its documents, following the alignment links: RPJMD tujuan → RPJMD
/// sasaran → agency sasaran (under every RPJMD sasaran it supports: crosscutting) → program (under each agency
/// sasaran it serves) → kegiatan → sub kegiatan (by code).
/// </summary>
/// <remarks>
/// <para>Node ids: <c>RPJMD/T1</c>, <c>RPJMD/S1</c>, <c>{agency code}/{sasaran id}</c>, <c>{agency code}/{code}</c>.
/// Each node carries its planned indicators with the year's target (the Perjanjian Kinerja's target when an
/// agreement of that year commits to the indicator, otherwise the plan's) and the realisation reported as of the
/// as-of period (an annual entry for the whole year, otherwise the periods ended by then accumulated by the
/// indicator's type; a missing period in a cumulative or average indicator leaves it not reported). A link is
/// direct when a child's indicator is cascaded from one of the parent's, otherwise indirect.</para>
/// <para>Thread-safe (stateless).</para>
/// </remarks>
public static class PerformanceTreeFactory
{
    /// <summary>The id prefix of the head of region's nodes.</summary>
    public const string RegionPrefix = "RPJMD/";

    /// <summary>Builds the tree of a document for a year.</summary>
    /// <param name="document">The document (it must have an RPJMD for the region's nodes).</param>
    /// <param name="year">The year whose targets and realisations the nodes carry, 1900–2200, within a plan of the
    /// document (its RPJMD, a Renstra, or a Perjanjian Kinerja).</param>
    /// <param name="asOf">The as-of period in that year; <see langword="null"/> means the whole year.</param>
    /// <returns>The tree, or every problem (a year out of range or outside every plan, an as-of period outside the
    /// year, or structural problems).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static Result<PerformanceTree> FromDocument(SakipDocument document, int year, ReportingPeriod? asOf = null)
    {
        Guard.Against.Null(document);
        if (year is < 1900 or > 2200)
        {
            return Result<PerformanceTree>.Failure([new Problem("year", Messages.YearOutOfRange)]);
        }

        if (!document.PerjanjianKinerja.Any(pk => pk.Year == year) && document.Rpjmd?.Period.Contains(year) != true
            && !document.Renstras.Any(r => r.Period.Contains(year)))
        {
            return Result<PerformanceTree>.Failure([new Problem("year", Messages.NoPlanForYear(year))]);
        }

        var period = asOf ?? ReportingPeriod.OfYear(year);
        if (period.Year != year)
        {
            return Result<PerformanceTree>.Failure([new Problem("asOf", Messages.AsOfOutsidePlanYear(period, year))]);
        }

        var context = new Context(document, year, period);
        var builder = new PerformanceTreeBuilder();
        if (document.Rpjmd is { } rpjmd)
        {
            foreach (var tujuan in rpjmd.Tujuan)
            {
                builder.Nodes.Add(context.Node(RegionPrefix + tujuan.Id, tujuan.Text, TreeLevel.HeadOfRegion, NodeKind.Tujuan, null, null, tujuan.Indicators));
            }

            foreach (var sasaran in rpjmd.Sasaran)
            {
                var id = RegionPrefix + sasaran.Id;
                builder.Nodes.Add(context.Node(id, sasaran.Text, TreeLevel.HeadOfRegion, NodeKind.Sasaran, null, null, sasaran.Indicators));
                builder.Links.Add(context.Link(RegionPrefix + sasaran.TujuanId, id));
            }
        }

        foreach (var renstra in document.Renstras)
        {
            var agency = renstra.Agency.Code;
            var prefix = agency + "/";
            foreach (var sasaran in renstra.Sasaran)
            {
                var id = prefix + sasaran.Id;
                builder.Nodes.Add(context.Node(id, sasaran.Text, TreeLevel.EchelonII, NodeKind.AgencySasaran, agency, null, sasaran.Indicators));
                foreach (var supported in sasaran.SupportsRpjmdSasaran)
                {
                    builder.Links.Add(context.Link(RegionPrefix + supported, id));
                }
            }

            foreach (var item in renstra.Items)
            {
                var (level, kind) = item.Code.Level switch
                {
                    CodeLevel.Program => (TreeLevel.EchelonIII, NodeKind.Program),
                    CodeLevel.Kegiatan => (TreeLevel.EchelonIV, NodeKind.Kegiatan),
                    _ => (TreeLevel.Staff, NodeKind.SubKegiatan),
                };
                var id = prefix + item.Code.ToString();
                builder.Nodes.Add(context.Node(id, item.Name, level, kind, agency, item.Code, item.Indicators));
                if (item.Code.Level == CodeLevel.Program)
                {
                    foreach (var sasaranId in item.SasaranIds)
                    {
                        builder.Links.Add(context.Link(prefix + sasaranId, id));
                    }
                }
                else if (item.Code.Parent is { } parent)
                {
                    builder.Links.Add(context.Link(prefix + parent.ToString(), id));
                }
            }
        }

        return builder.Build();
    }

    private sealed class Context(SakipDocument document, int year, ReportingPeriod asOf)
    {
        private readonly DocumentIndex _index = DocumentIndex.Of(document);

        // The nodes made so far by id (the first of an id, as the builder keeps them), to find a link's two ends.
        private readonly Dictionary<string, TreeNode> _nodes = new(StringComparer.Ordinal);

        public TreeNode Node(string id, string name, TreeLevel level, NodeKind kind, OrganisationCode? agency, ProgramCode? code, ValueList<PlannedIndicator> planned)
        {
            var indicators = new List<NodeIndicator>(planned.Count);
            foreach (var p in planned)
            {
                if (Indicator(p, agency) is { } indicator)
                {
                    indicators.Add(indicator);
                }
            }

            var node = new TreeNode(id, name, level, kind)
            {
                Agency = agency,
                Code = code,
                Indicators = [.. indicators],
            };
            _nodes.TryAdd(id, node);
            return node;
        }

        public TreeLink Link(string parentId, string childId)
        {
            var direct = _nodes.TryGetValue(parentId, out var parent) && _nodes.TryGetValue(childId, out var child) && CascadesFrom(child, parent);
            return new TreeLink(parentId, childId) { Method = direct ? CascadeMethod.Direct : CascadeMethod.Indirect };
        }

        /// <summary>Whether an indicator of the child is cascaded from one of the parent's.</summary>
        private static bool CascadesFrom(TreeNode child, TreeNode parent)
        {
            foreach (var c in child.Indicators)
            {
                if (c.CascadedFrom is not { } from)
                {
                    continue;
                }

                foreach (var p in parent.Indicators)
                {
                    if (p.IndicatorId == from)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private NodeIndicator? Indicator(PlannedIndicator planned, OrganisationCode? agency)
        {
            if (_index.Indicator(planned.IndicatorId) is not { } definition)
            {
                return null;
            }

            var committed = _index.Committed(year, agency, planned.IndicatorId)?.Target;
            if ((committed ?? planned.TargetFor(year)) is not { } target)
            {
                return null;
            }

            var input = new AchievementInput(target, Realisation(definition, agency), definition.Polarity)
            {
                AllowsNegativeValues = definition.AllowsNegativeValues,
                FormulaId = definition.FormulaId,
            };
            return new NodeIndicator(definition.Id, definition.Name, definition.Unit, input) { CascadedFrom = definition.CascadedFrom };
        }

        private Measure? Realisation(IndicatorDefinition definition, OrganisationCode? agency)
        {
            var entries = document.RealisationsFor(definition.Id, year, agency);
            if (asOf.Kind == PeriodKind.Year)
            {
                foreach (var entry in entries)
                {
                    if (entry.Period.Kind == PeriodKind.Year)
                    {
                        return entry.Value;
                    }
                }
            }

            // The parts reported up to the as-of period, all of one kind (quarters, months …), in period order.
            var count = 0;
            PeriodKind? kind = null;
            foreach (var entry in entries)
            {
                if (entry.Period.Kind != PeriodKind.Year && entry.Period.End <= asOf.End)
                {
                    if (kind is { } k && k != entry.Period.Kind)
                    {
                        return null;
                    }

                    kind = entry.Period.Kind;
                    count++;
                }
            }

            if (kind is not { } partKind)
            {
                return null;
            }

            var expected = asOf.YearPeriod.Split(partKind).Count(p => p.End <= asOf.End);
            if (definition.Accumulation != AccumulationType.LastValue && count < expected)
            {
                return null;
            }

            var parts = new IndicatorRealisation[count];
            var next = 0;
            foreach (var entry in entries)
            {
                if (entry.Period.Kind != PeriodKind.Year && entry.Period.End <= asOf.End)
                {
                    // An insertion by period (the entries' periods differ: the builder refuses a repeated one), stable
                    // as the order by period it replaces.
                    var at = next++;
                    for (; at > 0 && parts[at - 1].Period.CompareTo(entry.Period) > 0; at--)
                    {
                        parts[at] = parts[at - 1];
                    }

                    parts[at] = entry;
                }
            }

            var values = new decimal[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = parts[i].Value.Value;
            }

            try
            {
                return Accumulation.Combine(definition.Accumulation, values);
            }
            catch (OverflowException)
            {
                return null;
            }
        }
    }
}
