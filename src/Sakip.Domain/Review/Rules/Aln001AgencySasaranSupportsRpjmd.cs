using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>ALN-001: every agency (Renstra) sasaran supports at least one RPJMD sasaran. Skipped when the document has
/// no RPJMD (there is nothing to align to).</summary>
internal sealed class Aln001AgencySasaranSupportsRpjmd() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-001",
        Severity.Error,
        Messages.Aln001Title,
        "Permendagri 86/2017, Lampiran (the Renstra PD is drawn up from the RPJMD and aligned to its sasaran); PermenPAN-RB 88/2021, Lampiran, LKE sub-component 1.b (cascading between levels); docs/planning.md#alignment-checks.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        if (document.Rpjmd is null)
        {
            yield break;
        }

        for (var r = 0; r < document.Renstras.Count; r++)
        {
            var renstra = document.Renstras[r];
            for (var s = 0; s < renstra.Sasaran.Count; s++)
            {
                var sasaran = renstra.Sasaran[s];
                if (sasaran.SupportsRpjmdSasaran.Count == 0)
                {
                    yield return Finding($"{Sites.RenstraPath(r)}.sasaran[{s}]", sasaran.Text, Messages.AgencySasaranUnsupported(renstra.Id));
                }
            }
        }
    }
}
