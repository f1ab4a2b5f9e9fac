using Sakip.Domain.Codes;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>
/// ALN-010: budgets add up each year: a kegiatan's budget equals the sum of its sub kegiatan's, a program's the sum
/// of its kegiatan's, when it has children. A year missing on one side counts as 0 there. Exact: no tolerance
/// (rupiah are exact decimals). One finding per item and year.
/// </summary>
internal sealed class Aln010BudgetsAddUp() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-010",
        Severity.Error,
        Messages.Aln010Title,
        "Permendagri 86/2017, Lampiran, tabel T-C.27 (budget per program, kegiatan and sub kegiatan per year): sub kegiatan sum to kegiatan, kegiatan to program; docs/planning.md#alignment-checks.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        for (var r = 0; r < document.Renstras.Count; r++)
        {
            var renstra = document.Renstras[r];
            for (var i = 0; i < renstra.Items.Count; i++)
            {
                var item = renstra.Items[i];
                if (item.Code.Level == CodeLevel.SubKegiatan)
                {
                    continue;
                }

                var children = renstra.ChildrenOf(item).ToList();
                if (children.Count == 0)
                {
                    continue;
                }

                var years = item.Budget.Select(b => b.Year).Concat(children.SelectMany(c => c.Budget).Select(b => b.Year)).Distinct().Order();
                foreach (var year in years)
                {
                    var amount = PlanMath.AmountFor(item.Budget, year) ?? 0m;
                    var sum = 0m;
                    foreach (var child in children)
                    {
                        sum += PlanMath.AmountFor(child.Budget, year) ?? 0m;
                    }

                    if (amount != sum)
                    {
                        yield return Finding(
                            $"{Sites.RenstraPath(r)}.items[{i}]",
                            Sites.Subject(item),
                            Messages.BudgetNotSumOfChildren(year, item.Code.Level == CodeLevel.Program ? "kegiatan" : "sub kegiatan", amount, sum),
                            new FindingFigure("year", year),
                            new FindingFigure("budget", amount),
                            new FindingFigure("sumOfChildren", sum));
                    }
                }
            }
        }
    }
}
