using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;
using static Sakip.Domain.Tests.Catalogues.CatalogueFixtures;

namespace Sakip.Domain.Tests.Catalogues;

/// <summary>The catalogue's check as properties: any valid configuration builds and every item is found by its id;
/// any single corruption of it is reported, once, with its code.</summary>
public class RuleCatalogueProperties
{
    /// <summary>What a region adds: rule sets on built-in or own formulas, own formulas, rules and strategies.</summary>
    private sealed record Configuration(int RuleSets, int Formulas, int Rules, int Strategies, decimal?[] Caps, bool[] OwnFormula, bool ViaPlugin)
    {
        public RuleCatalogueBuilder Builder()
        {
            var builder = RuleCatalogue.CreateBuilder();
            void Register(RuleCatalogueBuilder c)
            {
                for (var f = 0; f < Formulas; f++)
                {
                    c.Add(new HalfFormula($"own-formula-{f}"));
                }

                for (var r = 0; r < RuleSets; r++)
                {
                    var rules = Regional($"region-{r}") with { Cap = Caps[r] };
                    c.Add(OwnFormula[r] && Formulas > 0 ? rules with { PositiveFormulaId = "own-formula-0" } : rules);
                }

                for (var r = 0; r < Rules; r++)
                {
                    c.Add(new NoteRule($"REG-{r:000}"));
                }

                for (var s = 0; s < Strategies; s++)
                {
                    c.Add(new MedianStrategy($"median-{s}"));
                }
            }

            if (ViaPlugin)
            {
                builder.Add(new Plugin("Generated", Register));
            }
            else
            {
                Register(builder);
            }

            return builder;
        }
    }

    private static readonly Gen<Configuration> Configurations =
        from ruleSets in Gen.Choose(0, 4)
        from formulas in Gen.Choose(0, 2)
        from rules in Gen.Choose(0, 3)
        from strategies in Gen.Choose(0, 2)
        from caps in Gen.ArrayOf(Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(10_000, 20_000).Select(c => (decimal?)(c / 100m))), 4)
        from own in Gen.ArrayOf(Gen.Elements(true, false), 4)
        from plugin in Gen.Elements(true, false)
        select new Configuration(ruleSets, formulas, rules, strategies, caps, own, plugin);

    /// <summary>One corruption and the code its problem must have.</summary>
    private static readonly (string Code, Action<RuleCatalogueBuilder> Corrupt)[] Corruptions =
    [
        ("built-in-id", c => c.Add(RuleSets.Default with { Cap = 333m })),
        ("duplicate-id", c => c.Add(new NoteRule("DUP-001")).Add(new NoteRule("dup-001"))),
        ("unknown-formula", c => c.Add(Regional("broken") with { NegativeFormulaId = "nowhere" })),
        ("formula-polarity", c => c.Add(Regional("broken") with { NegativeFormulaId = PositiveRatioFormula.FormulaId })),
        ("cap-below-100", c => c.Add(Regional("broken") with { Cap = 99m })),
        ("blank-id", c => c.Add(new MedianStrategy(" "))),
        ("bad-formula", c => c.Add(new HalfFormula("broken", version: 0))),
        ("bad-rule", c => c.Add(new NoteRule("BROKEN", basis: ""))),
        ("conflicting-part", c => c.Add(Regional("broken") with { Aggregation = new MedianStrategy("worst") })),
        ("plugin-failed", c => c.Add(new Plugin("Broken", _ => throw new InvalidOperationException("broken")))),
    ];

    [Property]
    public Property AnyValidConfiguration_Builds() =>
        Prop.ForAll(Configurations.ToArbitrary(), configuration =>
        {
            var built = configuration.Builder().Build();
            if (!built.TryGetValue(out var catalogue))
            {
                return false.Label(string.Join("; ", built.Problems));
            }

            var found = Enumerable.Range(0, configuration.RuleSets).All(r => catalogue.RuleSets.TryGet($"REGION-{r}", out _))
                && Enumerable.Range(0, configuration.Formulas).All(f => catalogue.Formulas.TryGet($"own-formula-{f}", out _))
                && Enumerable.Range(0, configuration.Rules).All(r => catalogue.Review.Find($"REG-{r:000}") is not null)
                && Enumerable.Range(0, configuration.Strategies).All(s => catalogue.RollUpStrategies.TryGet($"median-{s}", out _))
                && catalogue.Plugins.Count == (configuration.ViaPlugin ? 1 : 0);
            return found.Label(catalogue.ToString());
        });

    [Property]
    public Property AnySingleCorruption_IsReportedOnceWithItsCode() =>
        Prop.ForAll(Configurations.ToArbitrary(), Gen.Choose(0, Corruptions.Length - 1).ToArbitrary(), (configuration, which) =>
        {
            var (code, corrupt) = Corruptions[which];
            var builder = configuration.Builder();
            corrupt(builder);

            var problems = builder.Build().Problems;
            return (problems.Count == 1 && problems[0].Reason.Code == code)
                .Classify(configuration.ViaPlugin, "through a plugin")
                .Label($"{code}: {string.Join("; ", problems)}");
        });

    [Fact]
    public void Corruptions_CoverEveryCheck()
    {
        string[] codes = ["built-in-id", "duplicate-id", "unknown-formula", "formula-polarity", "cap-below-100", "blank-id", "bad-formula", "bad-rule", "conflicting-part", "plugin-failed"];

        Assert.Equal(codes.Order(StringComparer.Ordinal), Corruptions.Select(c => c.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OwnFormula_IsUsedByTheRuleSetThatNamesIt()
    {
        var catalogue = new Configuration(1, 1, 0, 0, [null, null, null, null], [true, false, false, false], false).Builder().Build().GetValueOrThrow();

        var rules = catalogue.RuleSets.Get("region-0");
        var result = new AchievementCalculator(rules, catalogue.Formulas).Calculate(Target.Point(10m), new Measure(10m));

        Assert.Equal(("own-formula-0", 50m), (result.Explanation.FormulaId, result.Percent!.Value.Value));
    }
}
