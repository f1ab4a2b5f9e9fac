namespace Sakip.Domain.Analytics;

/// <summary>One row of the <c>capaian</c> table: one target of one Perjanjian Kinerja of a region and year, measured
/// by <see cref="Planning.PerformanceMeasurement"/> under a rule set (the LKjIP capaian table, one region at a
/// time).</summary>
/// <remarks>Every figure is the library's own: the exact achievement and the one the rule set presents, the band by
/// the rule set's basis. A null figure means the library has none (not reported, not measurable, invalid input):
/// it is never 0. Enum-like columns hold the same camelCase names as the JSON format (<c>regency</c>,
/// <c>positive</c>, <c>achieved</c>). The year and province are the partition of the file
/// (<c>capaian/year=2025/province=33/</c>), not columns inside it.</remarks>
/// <param name="RegionCode">The region's Kemendagri code, e.g. <c>33.99</c>.</param>
/// <param name="RegionName">The region's name.</param>
/// <param name="RegionKind">The region's kind: <c>province</c>, <c>regency</c> or <c>city</c>.</param>
/// <param name="ProvinceCode">The province the region belongs to (its own code for a province), e.g. <c>33</c>.</param>
/// <param name="Year">The year of the agreement.</param>
/// <param name="AsOf">The as-of period measured: <c>2025</c>, <c>2025-S1</c>, <c>2025-Q3</c> or <c>2025-07</c>.</param>
/// <param name="AgreementId">The Perjanjian Kinerja's id.</param>
/// <param name="AgencyCode">The agency's organisation code; <see langword="null"/> for the head of region.</param>
/// <param name="AgencyName">The agency's name (the region's name for the head of region).</param>
/// <param name="SasaranId">The sasaran the target serves.</param>
/// <param name="IndicatorId">The indicator's id.</param>
/// <param name="IndicatorName">The indicator's name.</param>
/// <param name="Unit">The indicator's unit.</param>
/// <param name="Polarity">The indicator's polarity: <c>positive</c> or <c>negative</c>.</param>
/// <param name="TargetLower">The target's lower bound (the target itself when it is a point).</param>
/// <param name="TargetUpper">The target's upper bound (the target itself when it is a point).</param>
/// <param name="Realisation">The realisation measured; <see langword="null"/> when none was reported.</param>
/// <param name="Status">The result: <c>achieved</c>, <c>notReported</c>, <c>notMeasurable</c> or
/// <c>invalidInput</c>.</param>
/// <param name="ReasonCode">Why there is no achievement (the reason's stable code) when not measurable or invalid;
/// otherwise <see langword="null"/>.</param>
/// <param name="CapaianExact">The exact achievement in percent after the rule set's cap; <see langword="null"/> when
/// none was computed.</param>
/// <param name="CapaianPresented">The achievement rounded as the rule set presents it; <see langword="null"/> when
/// none was computed.</param>
/// <param name="BandRank">The band's rank (1 is the best band); <see langword="null"/> when none was computed.</param>
/// <param name="BandLabel">The band's Indonesian label, e.g. <c>Sangat Tinggi</c>; <see langword="null"/> when none
/// was computed.</param>
/// <param name="FormulaId">The formula used; <see langword="null"/> when none was applied.</param>
/// <param name="FormulaVersion">The formula's version; <see langword="null"/> when none was applied.</param>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="RuleSetVersion">The rule set's version.</param>
public sealed record CapaianFact(
    string RegionCode,
    string RegionName,
    string RegionKind,
    string ProvinceCode,
    int Year,
    string AsOf,
    string AgreementId,
    string? AgencyCode,
    string AgencyName,
    string SasaranId,
    string IndicatorId,
    string IndicatorName,
    string Unit,
    string Polarity,
    decimal TargetLower,
    decimal TargetUpper,
    decimal? Realisation,
    string Status,
    string? ReasonCode,
    decimal? CapaianExact,
    decimal? CapaianPresented,
    int? BandRank,
    string? BandLabel,
    string? FormulaId,
    int? FormulaVersion,
    string RuleSetId,
    int RuleSetVersion);
