using Sakip.Domain.Achievement;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>
/// ALN-007: yearly targets move in the polarity's direction: a negative (lower is better) indicator whose target rises
/// from one planned year to the next, or a positive one whose target falls, is suspicious. Range targets compare
/// midpoints; a flat target is fine. One finding per planned indicator, at its first reversal.
/// </summary>
internal sealed class Aln007TargetsFollowPolarity() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-007",
        Severity.Warning,
        Messages.Aln007Title,
        "Reviewers' practice, stated in no regulation: targets move in the indicator's direction over the plan years; a lower-is-better indicator whose targets rise is suspicious; docs/planning.md#alignment-checks.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        foreach (var site in Sites.Indicators(document))
        {
            var targets = site.Planned.Targets.OrderBy(t => t.Year).ToList();
            for (var i = 1; i < targets.Count; i++)
            {
                var (previous, current) = (Figures.Midpoint(targets[i - 1].Target), Figures.Midpoint(targets[i].Target));
                if (site.Definition.Polarity == Polarity.Negative ? current > previous : current < previous)
                {
                    var (from, to) = (targets[i - 1], targets[i]);
                    yield return Finding(
                        site.Path,
                        site.Subject,
                        Messages.TargetsAgainstPolarity(site.Definition.Polarity, from.Year, from.Target, to.Year, to.Target),
                        [new("fromYear", from.Year), .. Figures.Of("fromTarget", from.Target), new("toYear", to.Year), .. Figures.Of("toTarget", to.Target)]);
                    break;
                }
            }
        }
    }
}
