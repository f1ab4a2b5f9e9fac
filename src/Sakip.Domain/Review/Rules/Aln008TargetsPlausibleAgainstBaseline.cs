using Sakip.Domain.Achievement;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>
/// ALN-008: targets are plausible against the baseline. Two checks per planned indicator with a baseline: the
/// first planned target is worse than the baseline in the polarity's direction; a target is more than
/// <see cref="JumpFactor"/> times a positive baseline (a unit or baseline slip, e.g. a percentage written as a
/// fraction). Range targets compare midpoints. At most one finding of each kind per planned indicator.
/// </summary>
internal sealed class Aln008TargetsPlausibleAgainstBaseline() : AlignmentRule(Metadata)
{
    /// <summary>A target above this many times a positive baseline is implausible.</summary>
    public const decimal JumpFactor = 10m;

    public static readonly RuleInfo Metadata = new(
        "ALN-008",
        Severity.Warning,
        Messages.Aln008Title,
        "Reviewers' practice, stated in no regulation: targets are plausible against the baseline (kondisi awal, Permendagri 86/2017 tables). The library's thresholds: the first target is not worse than the baseline; no target exceeds 10 times a positive baseline; docs/planning.md#alignment-checks.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        foreach (var site in Sites.Indicators(document))
        {
            var baseline = site.Planned.Baseline.GetValueOrDefault();
            if (site.Planned.Baseline is null || site.Planned.Targets.Count == 0)
            {
                continue;
            }

            var targets = site.Planned.Targets.OrderBy(t => t.Year).ToList();
            var first = targets[0];
            var firstValue = Figures.Midpoint(first.Target);
            if (site.Definition.Polarity == Polarity.Negative ? firstValue > baseline : firstValue < baseline)
            {
                yield return Finding(
                    site.Path,
                    site.Subject,
                    Messages.FirstTargetWorseThanBaseline(site.Definition.Polarity, first.Year, first.Target, baseline),
                    [new("baseline", baseline), new("year", first.Year), .. Figures.Of("target", first.Target)]);
            }

            if (baseline > 0m && targets.FirstOrDefault(t => Figures.Midpoint(t.Target) / JumpFactor > baseline) is { } jump)
            {
                yield return Finding(
                    site.Path,
                    site.Subject,
                    Messages.TargetJump(jump.Year, jump.Target, baseline, JumpFactor),
                    [new("baseline", baseline), new("year", jump.Year), .. Figures.Of("target", jump.Target), new("factor", JumpFactor)]);
            }
        }
    }
}
