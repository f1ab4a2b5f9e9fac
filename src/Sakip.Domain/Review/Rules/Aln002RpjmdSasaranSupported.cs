using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>ALN-002: every RPJMD sasaran is supported by at least one agency sasaran. A warning, not an error: a
/// document may hold only some agencies' Renstras.</summary>
internal sealed class Aln002RpjmdSasaranSupported() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-002",
        Severity.Warning,
        Messages.Aln002Title,
        "Permendagri 86/2017, Lampiran (the RPJMD sasaran are carried by the agencies' Renstras); PermenPAN-RB 8/2021 cascading (pohon kinerja); docs/planning.md#alignment-checks. A warning because a document may hold only some agencies' Renstras.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        var rpjmd = document.Rpjmd;
        if (rpjmd is null)
        {
            yield break;
        }

        var supported = document.Renstras.SelectMany(r => r.Sasaran).SelectMany(s => s.SupportsRpjmdSasaran).ToHashSet(StringComparer.Ordinal);
        for (var s = 0; s < rpjmd.Sasaran.Count; s++)
        {
            var sasaran = rpjmd.Sasaran[s];
            if (!supported.Contains(sasaran.Id))
            {
                yield return Finding($"rpjmd.sasaran[{s}]", sasaran.Text, Messages.RpjmdSasaranUnsupported);
            }
        }
    }
}
