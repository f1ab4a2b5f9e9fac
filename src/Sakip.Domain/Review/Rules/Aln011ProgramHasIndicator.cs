using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>ALN-011: every program (RPJMD program, Renstra program) has at least one indicator.</summary>
internal sealed class Aln011ProgramHasIndicator() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-011",
        Severity.Error,
        Messages.Aln011Title,
        "Permendagri 86/2017, Lampiran (each program with its outcome indicator and targets in the RPJMD and in the Renstra, tabel T-C.27); docs/planning.md#alignment-checks.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        if (document.Rpjmd is { } rpjmd)
        {
            for (var p = 0; p < rpjmd.Programs.Count; p++)
            {
                if (rpjmd.Programs[p].Indicators.Count == 0)
                {
                    yield return Finding($"rpjmd.programs[{p}]", Sites.Subject(rpjmd.Programs[p]), Messages.ProgramWithoutIndicator);
                }
            }
        }

        for (var r = 0; r < document.Renstras.Count; r++)
        {
            var items = document.Renstras[r].Items;
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Code.Level == Codes.CodeLevel.Program && items[i].Indicators.Count == 0)
                {
                    yield return Finding($"{Sites.RenstraPath(r)}.items[{i}]", Sites.Subject(items[i]), Messages.ProgramWithoutIndicator);
                }
            }
        }
    }
}
