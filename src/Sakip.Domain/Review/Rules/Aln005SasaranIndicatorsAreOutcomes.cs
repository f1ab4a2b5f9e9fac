using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>ALN-005: sasaran-level indicators (RPJMD and agency) are outcomes; tujuan indicators are impacts or
/// outcomes.</summary>
internal sealed class Aln005SasaranIndicatorsAreOutcomes() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-005",
        Severity.Warning,
        Messages.Aln005Title,
        "PermenPAN-RB 53/2014, Lampiran I, and PermenPAN-RB 88/2021, Lampiran, LKE sub-component 1.b (sasaran measured by outcome indicators, tujuan by impact or outcome); docs/planning.md#cascading-pohon-kinerja.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        foreach (var site in Sites.Indicators(document))
        {
            var type = site.Definition.Type;
            switch (site.Kind)
            {
                case SiteKind.RpjmdSasaran or SiteKind.RenstraSasaran when type != IndicatorType.Outcome:
                    yield return Finding(site.Path, site.Subject, Messages.IndicatorTypeMismatch(site.Kind, type, "outcomes", "outcome (hasil)"));
                    break;
                case SiteKind.RpjmdTujuan or SiteKind.RenstraTujuan when type is not (IndicatorType.Impact or IndicatorType.Outcome):
                    yield return Finding(site.Path, site.Subject, Messages.IndicatorTypeMismatch(site.Kind, type, "impacts or outcomes", "dampak (impact) atau outcome (hasil)"));
                    break;
            }
        }
    }
}
