using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Values;

namespace Sakip.Domain.Review.Rules;

/// <summary>
/// ALN-014: a declared end-of-period target (<see cref="PlannedIndicator.DeclaredEndTarget"/>) agrees with the one
/// derived from the yearly targets by the indicator's accumulation (<see cref="PlanMath.EndOfPeriodTarget"/>: final
/// year, sum or mean). Reported, never overwritten. Bounds are compared exactly, except that a mean is first rounded
/// (half away from zero) to the declared value's decimals, since a mean rarely terminates.
/// </summary>
internal sealed class Aln014DeclaredEndTargetAgrees() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-014",
        Severity.Warning,
        Messages.Aln014Title,
        "Published RPJMD tables recomputed, stated in no regulation (kondisi akhir: the final year's value for level indicators, e.g. RPJMD Kabupaten Bone 2013-2018, Tabel 9.1; the sum for budgets); the declared value is kept and the disagreement reported; docs/planning.md#end-of-period-values-kondisi-akhir.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        foreach (var site in Sites.Indicators(document))
        {
            var declared = site.Planned.DeclaredEndTarget.GetValueOrDefault();
            if (site.Planned.DeclaredEndTarget is null)
            {
                continue;
            }

            var maybeDerived = DerivedEndTarget(site.Planned, site.Definition.Accumulation);
            var derived = maybeDerived.GetValueOrDefault();
            if (maybeDerived is null || Agrees(declared, derived, site.Definition.Accumulation))
            {
                continue;
            }

            yield return Finding(
                site.Path,
                site.Subject,
                Messages.EndTargetDiffers(declared, derived, site.Definition.Accumulation),
                [.. Figures.Of("declared", declared), .. Figures.Of("derived", derived)]);
        }
    }

    /// <summary>The end-of-period target the yearly targets give, or <see langword="null"/> when there is none or it
    /// overflows decimal arithmetic (no finding is made then).</summary>
    private static Target? DerivedEndTarget(PlannedIndicator planned, AccumulationType accumulation)
    {
        try
        {
            return PlanMath.EndOfPeriodTarget(planned, accumulation);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static bool Agrees(Target declared, Target derived, AccumulationType accumulation) =>
        Agrees(declared.Lower, derived.Lower, accumulation) && Agrees(declared.Upper, derived.Upper, accumulation);

    private static bool Agrees(decimal declared, decimal derived, AccumulationType accumulation) =>
        declared == (accumulation == AccumulationType.Average ? Math.Round(derived, declared.Scale, MidpointRounding.AwayFromZero) : derived);
}
