using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>
/// ALN-013: plan periods overlap the RPJMD period as declared. A Renstra sharing no year with the RPJMD is an error;
/// one shifted against it (sharing some years, not inside it) is info naming the overlap; one inside it is fine. The
/// head of region's Perjanjian Kinerja must fall in the RPJMD period (an agency's must fall in its Renstra's, which
/// the builder already checks).
/// </summary>
internal sealed class Aln013PeriodsOverlap() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-013",
        Severity.Error,
        Messages.Aln013Title,
        "Permendagri 86/2017 (the Renstra PD follows the RPJMD period); Inmendagri 52/2022 (interim plans, so a Renstra may be shifted against the RPJMD); docs/planning.md#shifted-periods.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        var rpjmd = document.Rpjmd;
        if (rpjmd is null)
        {
            yield break;
        }

        for (var r = 0; r < document.Renstras.Count; r++)
        {
            var renstra = document.Renstras[r];
            var figures = new FindingFigure[]
            {
                new("renstraFirstYear", renstra.Period.First),
                new("renstraLastYear", renstra.Period.Last),
                new("rpjmdFirstYear", rpjmd.Period.First),
                new("rpjmdLastYear", rpjmd.Period.Last),
            };
            if (renstra.Period.Overlap(rpjmd.Period) is not { } overlap)
            {
                yield return Finding(Sites.RenstraPath(r), renstra.Id, Messages.RenstraOutsideRpjmd(renstra.Period, rpjmd.Period), figures);
            }
            else if (!rpjmd.Period.Contains(renstra.Period))
            {
                yield return Finding(Severity.Info, Sites.RenstraPath(r), renstra.Id, Messages.RenstraShifted(renstra.Period, rpjmd.Period, overlap), figures);
            }
        }

        for (var p = 0; p < document.PerjanjianKinerja.Count; p++)
        {
            var pk = document.PerjanjianKinerja[p];
            if (pk.Agency is null && !rpjmd.Period.Contains(pk.Year))
            {
                yield return Finding($"perjanjianKinerja[{p}]", pk.Id, Messages.AgreementOutsideRpjmd(pk.Year, rpjmd.Period), new FindingFigure("year", pk.Year));
            }
        }
    }
}
