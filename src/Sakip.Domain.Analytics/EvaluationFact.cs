namespace Sakip.Domain.Analytics;

/// <summary>One row of the <c>evaluation</c> table: one sub-component of one LKE (Lembar Kerja Evaluasi) of a region
/// and year, scored by the library, with its component's score and the evaluation's total and grade repeated on each
/// of its rows.</summary>
/// <remarks>One row per sub-component keeps every score the scorer gives in one table: for component figures
/// select the distinct (region, subject, scheme, component) rows, for totals and grades the distinct (region,
/// subject, scheme) rows. A null score means the scorer has none (unanswered), never 0. The year and province are the
/// partition of the file.</remarks>
/// <param name="RegionCode">The region's Kemendagri code.</param>
/// <param name="ProvinceCode">The province the region belongs to.</param>
/// <param name="Year">The evaluation's year.</param>
/// <param name="Subject">Who was evaluated, as the evaluation names it.</param>
/// <param name="SchemeId">The evaluation scheme's id, e.g. <c>permenpanrb-88-2021</c>.</param>
/// <param name="SchemeVersion">The scheme's version.</param>
/// <param name="Method">How it was graded: <c>criterion-grades</c> or <c>sub-component-grades</c>.</param>
/// <param name="ComponentId">The component's id.</param>
/// <param name="ComponentName">The component's name.</param>
/// <param name="ComponentWeight">The component's weight (its maximum score).</param>
/// <param name="ComponentScore">The component's exact score; <see langword="null"/> when it has none.</param>
/// <param name="ComponentScorePresented">The component's score as the scheme presents it; <see langword="null"/>
/// when it has none.</param>
/// <param name="SubComponentId">The sub-component's id.</param>
/// <param name="SubComponentName">The sub-component's name.</param>
/// <param name="SubComponentWeight">The sub-component's weight (its maximum score).</param>
/// <param name="SubComponentScore">The sub-component's exact score; <see langword="null"/> when it has none.</param>
/// <param name="SubComponentScorePresented">The sub-component's score as the scheme presents it;
/// <see langword="null"/> when it has none.</param>
/// <param name="Total">The evaluation's exact total; <see langword="null"/> when it has none.</param>
/// <param name="TotalPresented">The total as the scheme presents it; <see langword="null"/> when it has none.</param>
/// <param name="GradeCode">The grade's code, e.g. <c>BB</c>; <see langword="null"/> when the evaluation is not
/// graded.</param>
/// <param name="GradeLabel">The grade's Indonesian label; <see langword="null"/> when the evaluation is not
/// graded.</param>
/// <param name="IsComplete">Whether every criterion and sub-component the method counts was answered.</param>
public sealed record EvaluationFact(
    string RegionCode,
    string ProvinceCode,
    int Year,
    string Subject,
    string SchemeId,
    int SchemeVersion,
    string Method,
    string ComponentId,
    string ComponentName,
    decimal ComponentWeight,
    decimal? ComponentScore,
    decimal? ComponentScorePresented,
    string SubComponentId,
    string SubComponentName,
    decimal SubComponentWeight,
    decimal? SubComponentScore,
    decimal? SubComponentScorePresented,
    decimal? Total,
    decimal? TotalPresented,
    string? GradeCode,
    string? GradeLabel,
    bool IsComplete);
