using Sakip.Domain.Achievement;
using Sakip.Domain.Values;

namespace Sakip.Cli.Demo;

/// <summary>One indicator of the embedded demo regency.</summary>
internal sealed record DemoIndicator(
    string SasaranCode,
    string Sasaran,
    string Name,
    string Unit,
    Polarity Polarity,
    Target Target,
    Measure? Realisation,
    bool AllowsNegativeValues,
    decimal? BudgetCeiling,
    decimal? BudgetRealised)
{
    public AchievementInput ToInput() => new(Target, Realisation, Polarity) { AllowsNegativeValues = AllowsNegativeValues };
}
