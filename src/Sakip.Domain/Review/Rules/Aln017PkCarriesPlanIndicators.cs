using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>
/// ALN-017: a Perjanjian Kinerja carries the plan's sasaran indicators of its year. An echelon II agreement carries
/// every indicator of its agency's Renstra sasaran that has a target that year; the head of region's every RPJMD
/// sasaran indicator with a target that year. Lower echelons commit to parts and are not checked. One finding per
/// missing indicator.
/// </summary>
internal sealed class Aln017PkCarriesPlanIndicators() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-017",
        Severity.Warning,
        Messages.Aln017Title,
        "PermenPAN-RB 53/2014, Lampiran I (the head of an agency's Perjanjian Kinerja carries the sasaran strategis and key indicators of the Renstra, the head of region's those of the RPJMD); docs/planning.md#alignment-checks.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        for (var p = 0; p < document.PerjanjianKinerja.Count; p++)
        {
            var pk = document.PerjanjianKinerja[p];
            if (pk.Level is not (OfficialLevel.HeadOfRegion or OfficialLevel.EchelonII))
            {
                continue;
            }

            var plan = Plan.For(document, pk);
            if (plan is null)
            {
                continue;
            }

            var carried = pk.Targets.Select(t => t.IndicatorId).ToHashSet(StringComparer.Ordinal);
            var texts = (pk.Agency is { } agency
                    ? document.Renstras.FirstOrDefault(r => r.Agency.Code == agency)?.Sasaran.Select(s => (s.Id, s.Text)) ?? []
                    : document.Rpjmd?.Sasaran.Select(s => (s.Id, s.Text)) ?? [])
                .DistinctBy(s => s.Id, StringComparer.Ordinal)
                .ToDictionary(s => s.Id, s => s.Text, StringComparer.Ordinal);
            foreach (var (sasaranId, indicators) in plan.Sasaran)
            {
                foreach (var planned in indicators)
                {
                    var maybeTarget = planned.TargetFor(pk.Year);
                    var target = maybeTarget.GetValueOrDefault();
                    if (carried.Contains(planned.IndicatorId) || maybeTarget is null)
                    {
                        continue;
                    }

                    var subject = document.Indicator(planned.IndicatorId) is { } definition ? Sites.Subject(definition) : planned.IndicatorId;
                    yield return Finding(
                        $"perjanjianKinerja[{p}]",
                        subject,
                        Messages.PkMissesPlanIndicator(texts.GetValueOrDefault(sasaranId, sasaranId), plan.Name, pk.Year, target),
                        Figures.Of("planTarget", target));
                }
            }
        }
    }
}
