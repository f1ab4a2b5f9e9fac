using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Achievement;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;
using Xunit.Sdk;

namespace Sakip.Domain.Tests;

/// <summary>A built-in formula and the polarity it serves.</summary>
/// <param name="Id">The formula id.</param>
/// <param name="Polarity">The polarity.</param>
internal sealed record FormulaCase(string Id, Polarity Polarity)
{
    public override string ToString() => Id;
}

/// <summary>Shorthands for computing achievements in tests.</summary>
internal static class TestCalc
{
    public static FormulaCase Positive { get; } = new(PositiveRatioFormula.FormulaId, Polarity.Positive);

    public static FormulaCase Reflected { get; } = new(NegativeReflectedFormula.FormulaId, Polarity.Negative);

    public static FormulaCase Inverse { get; } = new(NegativeInverseFormula.FormulaId, Polarity.Negative);

    /// <summary>R / T on a negative indicator, ignoring polarity.</summary>
    public static FormulaCase PlainRatio { get; } = new(NegativePlainRatioFormula.FormulaId, Polarity.Negative);

    public static IReadOnlyList<FormulaCase> BuiltInFormulas { get; } = [Positive, Reflected, Inverse, PlainRatio];

    public static Gen<FormulaCase> AnyFormula { get; } = Gen.Elements(Positive, Reflected, Inverse, PlainRatio);

    /// <summary>The negative formulas that respect polarity (a lower realisation is better); not the plain ratio.</summary>
    public static Gen<FormulaCase> NegativeFormula { get; } = Gen.Elements(Reflected, Inverse);

    /// <summary>Computes with an explicitly chosen formula.</summary>
    public static AchievementResult With(FormulaCase formula, Target target, Measure? realisation, RuleSet? rules = null) =>
        new AchievementCalculator(rules ?? RuleSets.Default).Calculate(new AchievementInput(target, realisation, formula.Polarity) { FormulaId = formula.Id });

    /// <summary>Computes with an explicitly chosen formula for an indicator that allows negative values.</summary>
    public static AchievementResult Signed(FormulaCase formula, Target target, Measure? realisation) =>
        AchievementCalculator.Default.Calculate(new AchievementInput(target, realisation, formula.Polarity) { FormulaId = formula.Id, AllowsNegativeValues = true });

    /// <summary>The exact achievement, failing the test when none was computed.</summary>
    public static decimal Value(this AchievementResult result) =>
        result.Percent?.Value ?? throw new XunitException($"Expected an achievement, got {result.Status}: {result}");

    /// <summary>The achieved case, failing the test for any other state.</summary>
    public static Achieved Achieved(this AchievementResult result) =>
        result.IsAchieved ? result.AsAchieved! : throw new XunitException($"Expected an achievement, got {result.Status}: {result}");

    /// <summary>Parses an invariant decimal literal (InlineData cannot hold decimals).</summary>
    public static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
