using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Rules;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Tests.Rules;

public class RuleSetTests
{
    [Fact]
    public void Default_BuiltIn_IsReflectedWithDocumentedChoices()
    {
        var rules = RuleSets.Default;

        Assert.Same(RuleSets.Reflected, rules);
        Assert.Equal("sakip-reflected", rules.Id);
        Assert.Equal(1, rules.Version);
        Assert.Equal("positive-ratio", rules.PositiveFormulaId);
        Assert.Equal("negative-reflected", rules.NegativeFormulaId);
        Assert.Equal(NegativeZeroTargetRule.Binary, rules.NegativeZeroTarget);
        Assert.Equal(InverseZeroRealisationRule.Hundred, rules.InverseZeroRealisation);
        Assert.Null(rules.Cap);
        Assert.Equal(RoundingRule.TwoDecimalsHalfUp, rules.Rounding);
        Assert.Same(BandSets.Kemendagri5, rules.Bands);
        Assert.Equal(BandBasis.PresentedValue, rules.BandBasis);
        Assert.Equal(RollUpStrategies.Mean, rules.Aggregation);
        Assert.Contains("PermenPAN-RB 8/2021", rules.LegalBasis, StringComparison.Ordinal);
        Assert.Equal("sakip-reflected v1", rules.ToString());
    }

    [Fact]
    public void Inverse_ComparedWithReflected_DiffersOnlyInNegativeFormulaAndIdentity()
    {
        var inverse = RuleSets.Inverse;

        Assert.Equal("sakip-inverse", inverse.Id);
        Assert.Equal("negative-inverse", inverse.NegativeFormulaId);
        Assert.Equal(
            RuleSets.Reflected with { Id = inverse.Id, Name = inverse.Name, LegalBasis = inverse.LegalBasis, NegativeFormulaId = inverse.NegativeFormulaId },
            inverse);
    }

    [Fact]
    public void Presets_NamesAndLegalBases_AreAsDocumented()
    {
        Assert.Equal("SAKIP, rumus negatif refleksi (PermenPAN-RB 8/2021)", RuleSets.Reflected.Name);
        Assert.StartsWith("PermenPAN-RB 8/2021, Lampiran (negative 'kondisi khusus' formula (2T - R) / T x 100", RuleSets.Reflected.LegalBasis, StringComparison.Ordinal);
        Assert.Equal("SAKIP, rumus negatif invers (praktik daerah)", RuleSets.Inverse.Name);
        Assert.Equal("Regional practice and e-SAKIP apps (T / R x 100); no regulation prints it", RuleSets.Inverse.LegalBasis);
    }

    [Theory]
    [InlineData(Polarity.Positive, "positive-ratio")]
    [InlineData(Polarity.Negative, "negative-reflected")]
    public void FormulaFor_Polarity_IsConfiguredId(Polarity polarity, string id)
    {
        Assert.Equal(id, RuleSets.Default.FormulaFor(polarity));
    }

    [Fact]
    public void Find_Id_IsCaseInsensitive()
    {
        Assert.Same(RuleSets.Inverse, RuleSets.Get(" SAKIP-INVERSE "));
        Assert.False(RuleSets.TryGet("nope", out _));
        Assert.Contains("sakip-inverse", Assert.Throws<KeyNotFoundException>(() => RuleSets.Get("nope")).Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "sakip-reflected", "sakip-inverse" }, RuleSets.All.Select(r => r.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Id_Blank_Throws(string id)
    {
        Assert.ThrowsAny<ArgumentException>(() => RuleSets.Default with { Id = id });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Version_BelowOne_Throws(int version)
    {
        Assert.ThrowsAny<ArgumentException>(() => RuleSets.Default with { Version = version });
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-120")]
    public void Cap_NotPositive_Throws(string cap)
    {
        Assert.ThrowsAny<ArgumentException>(() => RuleSets.Default with { Cap = TestCalc.D(cap) });
    }

    [Fact]
    public void With_Changes_KeepTheOriginal()
    {
        var mine = RuleSets.Default with { Id = "kab-contoh-2025", Cap = 120m, LegalBasis = "Perbup 12/2025" };

        Assert.Equal(120m, mine.Cap);
        Assert.Null(RuleSets.Default.Cap);
        Assert.NotEqual(RuleSets.Default, mine);
        Assert.Null((mine with { Cap = null }).Cap);
    }

    [Fact]
    public void Calculate_CapAt120_CapsLampungAndRecordsIt()
    {
        var rules = RuleSets.Default with { Id = "cap-120", Cap = 120m };

        var result = new AchievementCalculator(rules).Calculate(32m, 4.88m, Polarity.Negative).Achieved();

        Assert.Equal(120m, result.Value.Value);
        Assert.Equal(184.75m, result.UncappedValue.Value);
        Assert.True(result.IsCapped);
        Assert.Equal(120m, result.Presented.Value);
        Assert.Equal("cap", result.Explanation.Steps[^1].Code);
    }

    [Fact]
    public void Calculate_BelowCap_IsNotCapped()
    {
        var rules = RuleSets.Default with { Id = "cap-120", Cap = 120m };

        var result = new AchievementCalculator(rules).Calculate(162m, 186m, Polarity.Negative).Achieved();

        Assert.False(result.IsCapped);
        Assert.Equal(result.Value, result.UncappedValue);
    }

    [Fact]
    public void Calculator_Default_UsesDefaultRulesAndFormulas()
    {
        Assert.Same(RuleSets.Default, AchievementCalculator.Default.Rules);
        Assert.Same(FormulaRegistry.Default, AchievementCalculator.Default.Formulas);
        Assert.Same(FormulaRegistry.Default, new AchievementCalculator(RuleSets.Inverse).Formulas);
    }

    [Theory]
    [InlineData(BandBasis.PresentedValue)]
    [InlineData(BandBasis.ExactValue)]
    public void BandOf_ClassifiesOnTheBasisTheRuleSetStates(BandBasis basis)
    {
        var rules = RuleSets.Default with { BandBasis = basis };
        // Next to each band edge, by less than the presentation rounds away, the exact value and the presented value
        // can fall in different bands (which side depends on the edges' semantics): there the basis decides.
        var values = rules.Bands.Bands.Where(b => b.LowerEdge is not null)
            .SelectMany(b => new[] { b.LowerEdge!.Value - 0.001m, b.LowerEdge!.Value + 0.001m })
            .Where(exact => rules.Bands.Classify(exact) != rules.Bands.Classify(rules.Present(exact)))
            .ToList();
        Assert.NotEmpty(values);

        foreach (var exact in values)
        {
            var expected = rules.Bands.Classify(basis == BandBasis.ExactValue ? exact : rules.Present(exact));
            Assert.Equal(expected, rules.BandOf(exact));
        }
    }
}
