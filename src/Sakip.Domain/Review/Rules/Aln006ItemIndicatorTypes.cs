using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>ALN-006: program indicators (RPJMD and Renstra) are outcomes; kegiatan and sub kegiatan indicators are
/// outputs.</summary>
internal sealed class Aln006ItemIndicatorTypes() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-006",
        Severity.Warning,
        Messages.Aln006Title,
        "Permendagri 90/2019 (program: outcome indicator; kegiatan and sub kegiatan: output indicator) and Permendagri 86/2017, Lampiran, tabel T-C.27; docs/planning.md#cascading-pohon-kinerja.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        foreach (var site in Sites.Indicators(document))
        {
            var type = site.Definition.Type;
            switch (site.Kind)
            {
                case SiteKind.RpjmdProgram or SiteKind.Program when type != IndicatorType.Outcome:
                    yield return Finding(site.Path, site.Subject, Messages.IndicatorTypeMismatch(site.Kind, type, "outcomes", "outcome (hasil)"));
                    break;
                case SiteKind.Kegiatan or SiteKind.SubKegiatan when type != IndicatorType.Output:
                    yield return Finding(site.Path, site.Subject, Messages.IndicatorTypeMismatch(site.Kind, type, "outputs", "output (keluaran)"));
                    break;
            }
        }
    }
}
