using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>ALN-003: every sasaran has at least one program behind it: an RPJMD sasaran one RPJMD program
/// (<see cref="RpjmdProgram.SasaranIds"/>), an agency sasaran one program, kegiatan or sub kegiatan of its Renstra
/// (<see cref="PlanItem.SasaranIds"/>).</summary>
internal sealed class Aln003SasaranHasProgram() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-003",
        Severity.Error,
        Messages.Aln003Title,
        "Permendagri 86/2017, Lampiran (programs listed against the sasaran they serve: the RPJMD program table and the Renstra, tabel T-C.27); docs/planning.md#alignment-checks.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        if (document.Rpjmd is { } rpjmd)
        {
            var served = rpjmd.Programs.SelectMany(p => p.SasaranIds).ToHashSet(StringComparer.Ordinal);
            for (var s = 0; s < rpjmd.Sasaran.Count; s++)
            {
                if (!served.Contains(rpjmd.Sasaran[s].Id))
                {
                    yield return Finding($"rpjmd.sasaran[{s}]", rpjmd.Sasaran[s].Text, Messages.RpjmdSasaranWithoutProgram);
                }
            }
        }

        for (var r = 0; r < document.Renstras.Count; r++)
        {
            var renstra = document.Renstras[r];
            var served = renstra.Items.SelectMany(i => i.SasaranIds).ToHashSet(StringComparer.Ordinal);
            for (var s = 0; s < renstra.Sasaran.Count; s++)
            {
                if (!served.Contains(renstra.Sasaran[s].Id))
                {
                    yield return Finding($"{Sites.RenstraPath(r)}.sasaran[{s}]", renstra.Sasaran[s].Text, Messages.AgencySasaranWithoutProgram(renstra.Id));
                }
            }
        }
    }
}
