using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>
/// ALN-015: an RPJMD program's responsible agency has a Renstra containing that program code. A program naming no
/// responsible agency is a warning too; a responsible agency whose Renstra the document does not hold is info (the
/// document may hold only some agencies).
/// </summary>
internal sealed class Aln015RpjmdProgramInAgencyRenstra() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-015",
        Severity.Warning,
        Messages.Aln015Title,
        "Permendagri 86/2017, Lampiran (each RPJMD program names its responsible perangkat daerah, whose Renstra carries it down to kegiatan and sub kegiatan); docs/planning.md#alignment-checks.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        var rpjmd = document.Rpjmd;
        if (rpjmd is null)
        {
            yield break;
        }

        for (var p = 0; p < rpjmd.Programs.Count; p++)
        {
            var program = rpjmd.Programs[p];
            var path = $"rpjmd.programs[{p}]";
            var agency = program.ResponsibleAgency.GetValueOrDefault();
            if (program.ResponsibleAgency is null)
            {
                yield return Finding(path, Sites.Subject(program), Messages.ProgramWithoutResponsibleAgency);
                continue;
            }

            if (document.Renstras.FirstOrDefault(r => r.Agency.Code == agency) is not { } renstra)
            {
                yield return Finding(Severity.Info, path, Sites.Subject(program), Messages.ResponsibleAgencyWithoutRenstra(agency.ToString()));
            }
            else if (!renstra.Programs.Any(i => i.Code == program.Code))
            {
                yield return Finding(path, Sites.Subject(program), Messages.ProgramNotInAgencyRenstra($"{agency} {renstra.Agency.Name}", renstra.Id));
            }
        }
    }
}
