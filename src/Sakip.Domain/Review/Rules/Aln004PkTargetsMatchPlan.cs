using Sakip.Domain.Collections;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>
/// ALN-004: every Perjanjian Kinerja target equals the plan's target of that year for that indicator (the agency's
/// Renstra; the RPJMD for the head of region), or carries a <see cref="PkTarget.DeviationReason"/>. The planned
/// indicator is looked up on the agreement's sasaran first, then anywhere in the plan (program indicators of an
/// echelon III agreement). Bounds are compared, so a point 90 equals a range 90..90.
/// </summary>
/// <remarks>An unexplained difference is an error; an explained one is info (the reviewer sees it); an agreement
/// target with nothing in the plan to compare with is a warning.</remarks>
internal sealed class Aln004PkTargetsMatchPlan() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-004",
        Severity.Error,
        Messages.Aln004Title,
        "PermenPAN-RB 53/2014, Lampiran I (the Perjanjian Kinerja takes its sasaran, indicators and targets from the Renstra of the year, the RPJMD for the head of region, and is revised only for the reasons listed there); docs/planning.md#alignment-checks.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        for (var p = 0; p < document.PerjanjianKinerja.Count; p++)
        {
            var pk = document.PerjanjianKinerja[p];
            var plan = Plan.For(document, pk);
            if (plan is null)
            {
                continue;
            }

            for (var t = 0; t < pk.Targets.Count; t++)
            {
                var target = pk.Targets[t];
                var path = $"perjanjianKinerja[{p}].targets[{t}]";
                var subject = document.Indicator(target.IndicatorId) is { } definition ? Sites.Subject(definition) : target.IndicatorId;
                var planned = plan.Find(target.SasaranId, target.IndicatorId)?.TargetFor(pk.Year);
                var expected = planned.GetValueOrDefault();
                if (planned is null)
                {
                    yield return Finding(Severity.Warning, path, subject, Messages.PkTargetWithoutPlan(pk.Year, plan.Name), Figures.Of("pkTarget", target.Target));
                    continue;
                }

                if (expected.Lower == target.Target.Lower && expected.Upper == target.Target.Upper)
                {
                    continue;
                }

                FindingFigure[] figures = [.. Figures.Of("pkTarget", target.Target), .. Figures.Of("planTarget", expected)];
                yield return string.IsNullOrWhiteSpace(target.DeviationReason)
                    ? Finding(path, subject, Messages.PkTargetDiffers(pk.Year, plan.Name, target.Target, expected), figures)
                    : Finding(Severity.Info, path, subject, Messages.PkTargetDiffersExplained(pk.Year, plan.Name, target.Target, expected, target.DeviationReason), figures);
            }
        }
    }
}

/// <summary>The plan an agreement is drawn from: its sasaran indicators by sasaran id, and every planned indicator.</summary>
internal sealed class Plan
{
    private Plan(string name, IEnumerable<(string Id, ValueList<PlannedIndicator> Indicators)> sasaran, IEnumerable<PlannedIndicator> all)
    {
        Name = name;
        Sasaran = sasaran.ToList();
        All = all.ToList();
    }

    /// <summary>The plan in words: <c>Renstra RENSTRA-DINKES</c> or <c>RPJMD RPJMD-2021-2025</c>.</summary>
    public string Name { get; }

    /// <summary>The sasaran with their indicators, in document order.</summary>
    public List<(string Id, ValueList<PlannedIndicator> Indicators)> Sasaran { get; }

    private List<PlannedIndicator> All { get; }

    /// <summary>The agency's Renstra for an agency's agreement, the RPJMD for the head of region's; null when the
    /// document has neither.</summary>
    public static Plan? For(SakipDocument document, PerjanjianKinerja pk)
    {
        if (pk.Agency is { } agency)
        {
            return document.Renstras.FirstOrDefault(r => r.Agency.Code == agency) is { } renstra
                ? new(
                    $"Renstra {renstra.Id}",
                    renstra.Sasaran.Select(s => (s.Id, s.Indicators)),
                    renstra.Sasaran.SelectMany(s => s.Indicators).Concat(renstra.Items.SelectMany(i => i.Indicators)).Concat(renstra.Tujuan.SelectMany(t => t.Indicators)))
                : null;
        }

        return document.Rpjmd is { } rpjmd
            ? new(
                $"RPJMD {rpjmd.Id}",
                rpjmd.Sasaran.Select(s => (s.Id, s.Indicators)),
                rpjmd.Sasaran.SelectMany(s => s.Indicators).Concat(rpjmd.Tujuan.SelectMany(t => t.Indicators)).Concat(rpjmd.Programs.SelectMany(p => p.Indicators)))
            : null;
    }

    /// <summary>The planned indicator on the sasaran, else the first anywhere in the plan.</summary>
    public PlannedIndicator? Find(string sasaranId, string indicatorId) =>
        Sasaran.Where(s => s.Id == sasaranId).SelectMany(s => s.Indicators).FirstOrDefault(i => i.IndicatorId == indicatorId)
        ?? All.FirstOrDefault(i => i.IndicatorId == indicatorId);
}
