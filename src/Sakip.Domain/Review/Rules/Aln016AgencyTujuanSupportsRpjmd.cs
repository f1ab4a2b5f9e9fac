using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>ALN-016: every agency (Renstra) tujuan supports at least one RPJMD tujuan. Skipped when the document has
/// no RPJMD.</summary>
internal sealed class Aln016AgencyTujuanSupportsRpjmd() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-016",
        Severity.Warning,
        Messages.Aln016Title,
        "Permendagri 86/2017, Lampiran (Renstra PD tujuan are formulated to support the RPJMD tujuan and sasaran); docs/planning.md#alignment-checks. A warning: the sasaran-level link (ALN-001) is the one the LKE evaluates.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        if (document.Rpjmd is null)
        {
            yield break;
        }

        for (var r = 0; r < document.Renstras.Count; r++)
        {
            var renstra = document.Renstras[r];
            for (var t = 0; t < renstra.Tujuan.Count; t++)
            {
                if (renstra.Tujuan[t].SupportsRpjmdTujuan.Count == 0)
                {
                    yield return Finding($"{Sites.RenstraPath(r)}.tujuan[{t}]", renstra.Tujuan[t].Text, Messages.AgencyTujuanUnsupported(renstra.Id));
                }
            }
        }
    }
}
