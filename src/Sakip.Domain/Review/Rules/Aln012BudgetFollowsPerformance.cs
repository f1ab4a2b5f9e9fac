using Sakip.Domain.Codes;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>
/// ALN-012: budget follows performance. An item with indicators has a budget behind it (a Renstra program, kegiatan or
/// sub kegiatan, or an RPJMD program's indicative budget; no amounts, or 0 in every year, is no budget). A budgeted
/// kegiatan or sub kegiatan has an indicator (a program without one is ALN-011's finding).
/// </summary>
internal sealed class Aln012BudgetFollowsPerformance() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-012",
        Severity.Warning,
        Messages.Aln012Title,
        "PermenPAN-RB 88/2021, Lampiran, LKE sub-component 1.c (budget allocated following the performance targets); Permendagri 86/2017, Lampiran, tabel T-C.27 (indicator, target and budget per item); flagging indicators without budget and budget without indicators is reviewers' practice; docs/planning.md#alignment-checks.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        if (document.Rpjmd is { } rpjmd)
        {
            for (var p = 0; p < rpjmd.Programs.Count; p++)
            {
                var program = rpjmd.Programs[p];
                if (program.Indicators.Count > 0 && program.IndicativeBudget.All(b => b.Amount == 0m))
                {
                    yield return Finding($"rpjmd.programs[{p}]", Sites.Subject(program), Messages.IndicatorsWithoutBudget);
                }
            }
        }

        for (var r = 0; r < document.Renstras.Count; r++)
        {
            var items = document.Renstras[r].Items;
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var path = $"{Sites.RenstraPath(r)}.items[{i}]";
                var budgeted = item.Budget.Any(b => b.Amount != 0m);
                if (item.Indicators.Count > 0 && !budgeted)
                {
                    yield return Finding(path, Sites.Subject(item), Messages.IndicatorsWithoutBudget);
                }
                else if (item.Indicators.Count == 0 && budgeted && item.Code.Level != CodeLevel.Program)
                {
                    var total = PlanMath.Total(item.Budget);
                    yield return Finding(path, Sites.Subject(item), Messages.BudgetWithoutIndicator(total), new FindingFigure("budget", total));
                }
            }
        }
    }
}
