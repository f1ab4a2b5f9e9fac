namespace Sakip.Domain.Review.Rules;

/// <summary>The built-in rules, in id order.</summary>
internal static class BuiltInRules
{
    public static IReadOnlyList<AlignmentRule> All { get; } =
    [
        new Aln001AgencySasaranSupportsRpjmd(),
        new Aln002RpjmdSasaranSupported(),
        new Aln003SasaranHasProgram(),
        new Aln004PkTargetsMatchPlan(),
        new Aln005SasaranIndicatorsAreOutcomes(),
        new Aln006ItemIndicatorTypes(),
        new Aln007TargetsFollowPolarity(),
        new Aln008TargetsPlausibleAgainstBaseline(),
        new Aln009UnitsAgree(),
        new Aln010BudgetsAddUp(),
        new Aln011ProgramHasIndicator(),
        new Aln012BudgetFollowsPerformance(),
        new Aln013PeriodsOverlap(),
        new Aln014DeclaredEndTargetAgrees(),
        new Aln015RpjmdProgramInAgencyRenstra(),
        new Aln016AgencyTujuanSupportsRpjmd(),
        new Aln017PkCarriesPlanIndicators(),
        new Aln018TreeChecksPass(),
    ];
}
