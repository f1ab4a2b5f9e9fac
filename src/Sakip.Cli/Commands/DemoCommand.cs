using System.CommandLine;
using System.Globalization;
using Sakip.Cli.Demo;
using Sakip.Cli.Output;
using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Efficiency;
using Sakip.Domain.Periods;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip demo</c>: the library's main job on the embedded demo regency.</summary>
internal static class DemoCommand
{
    private static readonly CultureInfo Id = Cultures.Indonesian;

    public static Command Create(TextWriter output)
    {
        var ruleSet = new Option<string>("--rule-set") { Description = "Rule set: sakip-reflected (default) or sakip-inverse.", DefaultValueFactory = _ => RuleSets.Default.Id };
        ruleSet.AcceptOnlyFromAmong(RuleSets.All.Select(r => r.Id).ToArray());
        var asOf = new Option<string>("--as-of") { Description = "As-of period for the Rencana Aksi section, e.g. 2025-Q3 (never the clock).", DefaultValueFactory = _ => "2025-Q3" };
        var command = new Command("demo", "Show capaian, bands, sasaran means, budget absorption and year-to-date Rencana Aksi for the embedded demo regency (Kabupaten Contoh, 2025).")
        {
            ruleSet, asOf,
        };
        command.SetAction(parse => Run(RuleSets.Find(parse.GetValue(ruleSet)!)!, parse.GetValue(asOf)!, output, parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(RuleSet rules, string asOfText, TextWriter output, TextWriter error)
    {
        var asOf = ReportingPeriod.TryParse(asOfText);
        var asOfProblem = asOf.Failure?.Reason.English ?? (asOf.Value.Year != DemoPlans.Year ? $"the demo data is for {DemoPlans.Year}" : null);
        if (asOfProblem is not null)
        {
            error.WriteLine($"sakip demo: invalid input: --as-of '{asOfText}': {asOfProblem}");
            return SakipApp.InvalidInput;
        }

        var (indicators, problems) = DemoData.LoadIndicators();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine($"sakip demo: demo data: {problem}");
            }

            return 1;
        }

        var calculator = new AchievementCalculator(rules);
        var aggregator = new AchievementAggregator(rules);
        output.WriteLine("Sakip.Domain demo: Kabupaten Contoh (fictional regency), Perjanjian Kinerja Bupati 2025");
        output.WriteLine($"Rule set {rules.Id} v{rules.Version}: negative formula {rules.NegativeFormulaId}, cap {(rules.Cap is { } c ? c.ToString(Id) : "none")}, rounding {RoundingRule.IdOf(rules.Rounding.Mode)} {rules.Rounding.Decimals} decimals, bands {rules.Bands.Id}.");
        output.WriteLine($"Basis: {rules.LegalBasis}.");
        output.WriteLine("Numbers as in Indonesian reports (decimal comma). Capaian = achievement; an empty realisation is 'not reported', never 0.");

        foreach (var sasaran in indicators.GroupBy(i => (i.SasaranCode, i.Sasaran)))
        {
            output.WriteLine();
            output.WriteLine($"{sasaran.Key.SasaranCode}  {sasaran.Key.Sasaran}");
            var table = new TextTable("Indikator", "Satuan", "Polaritas", "Target", "Realisasi", "Capaian", "Kategori", "Rumus");
            var items = new List<AggregationItem>();
            foreach (var indicator in sasaran)
            {
                var result = calculator.Calculate(indicator.ToInput());
                items.Add(new AggregationItem(indicator.Name, result));
                table.Add(
                    indicator.Name,
                    indicator.Unit,
                    indicator.Polarity == Polarity.Negative ? "negatif" : "positif",
                    indicator.Target.ToString(null, Id),
                    indicator.Realisation is { } r ? r.ToString(null, Id) : "-",
                    Capaian(result),
                    result.Band?.Label ?? "-",
                    result.Explanation.FormulaId ?? "-");
            }

            output.WriteLine(table.Render("  "));
            var mean = aggregator.Aggregate(items);
            output.WriteLine("  " + mean.Match(
                v => $"Capaian sasaran (rata-rata {v.Included.Count} indikator{Excluded(v.Excluded)}): {v.Presented.ToString(null, Id)} {v.Band.Label}",
                n => $"Capaian sasaran: tidak tersedia ({n.Reason.Indonesian})",
                i => $"Capaian sasaran: tidak valid ({string.Join("; ", i.Problems)})"));
            WriteEfficiency(output, sasaran.ToArray(), mean, rules);
        }

        WriteDisagreement(output, indicators, rules);
        WriteActionPlan(output, calculator, asOf.Value);
        WriteExplanation(output, calculator.Calculate(indicators[0].ToInput()), indicators[0].Name);
        return 0;
    }

    private static string Capaian(AchievementResult result) => result.Match(
        a => a.Presented.ToString(null, Id),
        _ => "tidak dilaporkan",
        m => $"tidak terukur ({m.Reason.Code})",
        i => "tidak valid");

    private static string Excluded(IReadOnlyList<ExcludedItem> excluded) =>
        excluded.Count == 0 ? "" : $"; {excluded.Count} tanpa capaian tidak dihitung: {string.Join(", ", excluded.Select(e => e.Key))}";

    private static void WriteEfficiency(TextWriter output, DemoIndicator[] sasaran, AggregateResult mean, RuleSet rules)
    {
        var budget = sasaran.FirstOrDefault(i => i.BudgetCeiling is not null);
        if (budget is null || !mean.IsT0)
        {
            return;
        }

        var absorption = BudgetAbsorption.Calculate(budget.BudgetCeiling!.Value, budget.BudgetRealised, rules);
        var comparison = absorption.Percent is { } serapan ? BudgetAbsorption.Compare(mean.AsT0.Value, serapan, BudgetAbsorption.DefaultThresholdPoints) : null;
        var spent = budget.BudgetRealised is { } s ? $"Rp {s.ToString("N0", Id)}" : "tidak dilaporkan";
        output.WriteLine(comparison is null
            ? $"  Serapan anggaran: {Capaian(absorption)} (realisasi {spent} dari pagu Rp {budget.BudgetCeiling.Value.ToString("N0", Id)})"
            : $"  Serapan anggaran: {absorption.Presented!.Value.ToString(null, Id)} (Rp {budget.BudgetRealised!.Value.ToString("N0", Id)} dari pagu Rp {budget.BudgetCeiling.Value.ToString("N0", Id)}); capaian - serapan = {rules.Present(comparison.Gap).ToString(Id)} poin: {(comparison.IsEfficient ? "efisien" : "belum efisien")} (ambang {comparison.ThresholdPoints.ToString(Id)} poin)");
    }

    private static void WriteDisagreement(TextWriter output, IReadOnlyList<DemoIndicator> indicators, RuleSet rules)
    {
        var other = rules.NegativeFormulaId == RuleSets.Inverse.NegativeFormulaId ? RuleSets.Reflected : RuleSets.Inverse;
        var mine = new AchievementCalculator(rules);
        var theirs = new AchievementCalculator(other);
        var table = new TextTable("Indikator negatif", "Target", "Realisasi", rules.NegativeFormulaId, other.NegativeFormulaId);
        foreach (var indicator in indicators.Where(i => i.Polarity == Polarity.Negative && i.Realisation is not null))
        {
            table.Add(indicator.Name, indicator.Target.ToString(null, Id), indicator.Realisation!.Value.ToString(null, Id), Capaian(mine.Calculate(indicator.ToInput())), Capaian(theirs.Calculate(indicator.ToInput())));
        }

        output.WriteLine();
        output.WriteLine($"Negative formulas disagree (reference 1.1): the same data under {rules.Id} and {other.Id}");
        output.WriteLine(table.Render("  "));
    }

    private static void WriteActionPlan(TextWriter output, AchievementCalculator calculator, ReportingPeriod asOf)
    {
        output.WriteLine();
        output.WriteLine($"Rencana Aksi 2025 per triwulan, as of {asOf} (an explicit period, never the clock)");
        var table = new TextTable("Indikator", "Akumulasi", "Target TW", "Realisasi TW", "Capaian s.d. periode", "Capaian thd target tahunan");
        foreach (var (name, plan) in DemoPlans.All)
        {
            var ytd = calculator.CalculateYearToDate(plan, asOf);
            var annual = calculator.CalculateAgainstAnnualTarget(plan, asOf);
            table.Add(
                name,
                plan.Accumulation switch
                {
                    AccumulationType.Cumulative => "kumulatif",
                    AccumulationType.LastValue => "nilai terakhir",
                    _ => "rata-rata",
                },
                string.Join(" | ", plan.Periods.Select(p => p.Target?.ToString(null, Id) ?? "-")),
                string.Join(" | ", plan.Periods.Select(p => p.Realisation?.ToString(null, Id) ?? "-")),
                ytd.IsAchieved ? Capaian(ytd) : $"{Capaian(ytd)}: {ytd.Explanation.Reason?.Indonesian}",
                annual.IsAchieved ? $"{Capaian(annual)} dari {plan.AnnualTarget.ToString(null, Id)}" : Capaian(annual));
        }

        output.WriteLine(table.Render("  "));
    }

    private static void WriteExplanation(TextWriter output, AchievementResult result, string name)
    {
        output.WriteLine();
        output.WriteLine($"Every figure explains itself, e.g. '{name}':");
        output.WriteLine("  id: " + result.ToSentence(Language.Indonesian));
        output.WriteLine("  en: " + result.ToSentence(Language.English));
    }

    /// <summary>The demo regency's quarterly Rencana Aksi for three indicators.</summary>
    private static class DemoPlans
    {
        public const int Year = 2025;

        public static IReadOnlyList<(string Name, ActionPlan Plan)> All { get; } =
        [
            ("Izin usaha diterbitkan (izin)", Plan(1200m, Polarity.Positive, AccumulationType.Cumulative, [(250m, 240m), (300m, 310m), (300m, 288m), (350m, null)])),
            ("Cakupan imunisasi dasar lengkap (%)", Plan(95m, Polarity.Positive, AccumulationType.LastValue, [(40m, 41.5m), (60m, 57.2m), (80m, null), (95m, null)])),
            ("Waktu tanggap pengaduan (hari)", Plan(3m, Polarity.Negative, AccumulationType.Average, [(3m, 3.4m), (3m, 2.9m), (3m, 3.1m), (3m, null)])),
        ];

        private static ActionPlan Plan(decimal annual, Polarity polarity, AccumulationType accumulation, (decimal Target, decimal? Realisation)[] quarters) =>
            new(Year, annual, polarity, accumulation, quarters
                .Select((q, i) => new PeriodValue(ReportingPeriod.OfQuarter(Year, i + 1), Target.Point(q.Target), q.Realisation is { } r ? new Measure(r) : null))
                .ToArray());
    }
}
