using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using static Sakip.Domain.Tests.Review.ReviewFixtures;

namespace Sakip.Domain.Tests.Review;

/// <summary>Laws of the alignment review over variations of the fixture: coverage bounds and monotonicity,
/// determinism, ordering, and budgets that stay consistent under scaling.</summary>
public class ReviewPropertyTests
{
    private static readonly IndicatorType[] Types = [IndicatorType.Input, IndicatorType.Output, IndicatorType.Outcome, IndicatorType.Impact];

    /// <summary>Variations: which agency sasaran keep their link, extra unsupported RPJMD sasaran, indicator types,
    /// a Dinkes program budget factor (breaking or keeping the sums), and a PK target shift.</summary>
    private static Gen<Variation> Variations { get; } =
        from keepDinkesLink in Gen.Elements(true, false)
        from keepDisdikLink in Gen.Elements(true, false)
        from extraSasaran in Gen.Choose(0, 3)
        from types in Gen.Elements(Types).ArrayOf(Indicators().Count())
        from budgetFactor in Gen.Choose(0, 3)
        from pkShift in Gen.Choose(-2, 2)
        select new Variation(keepDinkesLink, keepDisdikLink, extraSasaran, types, budgetFactor, pkShift);

    [Property]
    public Property Coverage_AnyVariation_SharesWithin0To100OrNotApplicable() =>
        Prop.ForAll(Variations.ToArbitrary(), variation =>
        {
            var coverage = ReviewCoverage.Of(variation.Build());
            CoverageShare[] shares = [coverage.RpjmdSasaranSupported, coverage.AgencySasaranAligned, coverage.BudgetTiedToOutcome];
            return shares.All(s => s.Numerator >= 0m && s.Numerator <= s.Denominator
                    && (s.Percent is { } p ? s.IsApplicable && p.Value >= 0m && p.Value <= 100m : !s.IsApplicable))
                .Label(string.Join("; ", shares));
        });

    [Property]
    public Property Coverage_AddingASupportLink_NeverLowersRpjmdOrAgencyShare() =>
        Prop.ForAll(Variations.ToArbitrary(), Gen.Choose(0, 1).ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (variation, renstra, pick) =>
        {
            var before = variation.Build();
            var ids = before.Rpjmd!.Sasaran.Select(s => s.Id).ToArray();
            var id = ids[pick % ids.Length];
            var builder = before.ToBuilder();
            builder.Renstra(renstra, r => r with
            {
                Sasaran = r.Sasaran.Replace(0, s => s.SupportsRpjmdSasaran.Contains(id) ? s : s with { SupportsRpjmdSasaran = s.SupportsRpjmdSasaran.Plus(id) }),
            });
            var (old, @new) = (ReviewCoverage.Of(before), ReviewCoverage.Of(builder.Build().GetValueOrThrow()));
            return (@new.RpjmdSasaranSupported.Numerator >= old.RpjmdSasaranSupported.Numerator
                    && @new.RpjmdSasaranSupported.Denominator == old.RpjmdSasaranSupported.Denominator
                    && @new.AgencySasaranAligned.Numerator >= old.AgencySasaranAligned.Numerator
                    && @new.AgencySasaranAligned.Denominator == old.AgencySasaranAligned.Denominator)
                .Label($"{old} → {@new}");
        });

    [Property(MaxTest = 50)]
    public Property Run_Twice_GivesEqualReportsInReportOrder() =>
        Prop.ForAll(Variations.ToArbitrary(), variation =>
        {
            var document = variation.Build();
            var first = AlignmentReview.Default.Run(document);
            var second = AlignmentReview.Default.Run(document.ToBuilder().Build().GetValueOrThrow());
            var ordered = first.Findings
                .Zip(first.Findings.Skip(1))
                .All(pair => pair.First.Severity < pair.Second.Severity
                    || (pair.First.Severity == pair.Second.Severity && string.CompareOrdinal(pair.First.RuleId, pair.Second.RuleId) <= 0));
            return (first == second
                    && first.GetHashCode() == second.GetHashCode()
                    && ordered
                    && first.ErrorCount + first.WarningCount + first.InfoCount == first.Findings.Count
                    && first.Rules.Sum(r => r.FindingCount) == first.Findings.Count)
                .Classify(first.Findings.Count == 0, "clean");
        });

    [Property(MaxTest = 50)]
    public Property Run_AnyVariation_EveryFindingNamesARuleThatRanAndAPath() =>
        Prop.ForAll(Variations.ToArbitrary(), variation =>
        {
            var report = AlignmentReview.Default.Run(variation.Build());
            var ids = report.Rules.Select(r => r.Id).ToHashSet();
            return report.Findings.All(f => ids.Contains(f.RuleId)
                && f.Path.Length > 0
                && f.Subject.Length > 0
                && f.Reason.Message.English.Length > 0
                && f.Reason.Message.Indonesian.Length > 0);
        });

    [Property]
    public Property Aln010_BudgetsScaledUniformly_StillAddUp() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).Select(i => i / 100m).ToArbitrary(), factor =>
        {
            var builder = Builder();
            for (var r = 0; r < builder.Renstras.Count; r++)
            {
                builder.Renstra(r, renstra => renstra with
                {
                    Items = [.. renstra.Items.Select(i => i with { Budget = [.. i.Budget.Select(a => a with { Amount = a.Amount * factor })] })],
                });
            }

            var report = AlignmentReview.Default.Run(builder.Build().GetValueOrThrow());
            return (!report.FindingsOf("ALN-010").Any()).Label($"factor {factor}");
        });

    internal sealed record Variation(bool KeepDinkesLink, bool KeepDisdikLink, int ExtraSasaran, IndicatorType[] Types, int BudgetFactor, int PkShift)
    {
        public SakipDocument Build() => With(b =>
        {
            for (var i = 0; i < b.Indicators.Count; i++)
            {
                b.Indicators[i] = b.Indicators[i] with { Type = Types[i] };
            }

            b.Renstra(0, r => r with
            {
                Sasaran = r.Sasaran.Replace(0, s => s with { SupportsRpjmdSasaran = KeepDinkesLink ? s.SupportsRpjmdSasaran : [] }),
                Items = r.Items.Replace(0, p => p with { Budget = [.. p.Budget.Select(a => a with { Amount = a.Amount * BudgetFactor })] }),
            });
            b.Renstra(1, r => r with { Sasaran = r.Sasaran.Replace(0, s => s with { SupportsRpjmdSasaran = KeepDisdikLink ? s.SupportsRpjmdSasaran : [] }) });
            for (var n = 0; n < ExtraSasaran; n++)
            {
                var id = $"S9.{n}";
                b.Rpjmd(r => r with
                {
                    Sasaran = r.Sasaran.Plus(new RpjmdSasaran(id, $"Sasaran tambahan {n}", "T1")),
                    Programs = r.Programs.Replace(0, p => p with { SasaranIds = p.SasaranIds.Plus(id) }),
                });
            }

            b.Pk(0, pk => pk with { Targets = pk.Targets.Replace(0, t => t with { Target = t.Target.Lower + PkShift }) });
        });

        public override string ToString() =>
            $"links {KeepDinkesLink}/{KeepDisdikLink}, +{ExtraSasaran} sasaran, types [{string.Join(",", Types)}], budget ×{BudgetFactor}, pk {PkShift:+0;-0;0}";
    }
}
