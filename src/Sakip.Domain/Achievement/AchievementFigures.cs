using System.Text.Json;
using System.Text.Json.Serialization;
using Sakip.Domain.Bands;
using Sakip.Domain.Values;

namespace Sakip.Domain.Achievement;

/// <summary>
/// The figures of one achievement without its explanation: what
/// <see cref="AchievementCalculator.CalculateFigures(ReadOnlySpan{AchievementInput}, Span{AchievementFigures})"/> writes
/// for each input of a bulk measurement.
/// </summary>
/// <remarks>
/// <para>Each field equals the member of the same name of the <see cref="AchievementResult"/> that
/// <see cref="AchievementCalculator.Calculate(AchievementInput)"/> returns for the same input; that result also gives the
/// explanation, the reason and the problems, on demand.</para>
/// <para>Immutable and thread-safe. The default value is a <see cref="AchievementStatus.Achieved"/> status with no
/// value: only the calculator makes meaningful figures.</para>
/// </remarks>
public readonly record struct AchievementFigures
{
    // Plain fields rather than nullable percentages: a bulk measurement writes one of these per indicator, and this
    // layout is 48 bytes instead of 64. The values are meaningful only when a band is set (achieved).
    private readonly decimal _percent;

    private readonly decimal _presented;

    internal AchievementFigures(AchievementStatus status, decimal percent, decimal presented, Band band)
    {
        (Status, _percent, _presented, Band) = (status, percent, presented, band);
    }

    // For System.Text.Json: the figures as written. Figures have all three of value, presented value and band, or
    // none of them; anything else is refused rather than read with a part dropped.
    [JsonConstructor]
    internal AchievementFigures(AchievementStatus status, Percentage? percent, Percentage? presented, Band? band)
    {
        if ((percent is null) != (band is null) || (presented is null) != (band is null))
        {
            throw new JsonException("AchievementFigures need a percent, a presented value and a band together, or none of them.");
        }

        Status = status;
        _percent = percent?.Value ?? 0m;
        _presented = presented?.Value ?? 0m;
        Band = band;
    }

    private AchievementFigures(AchievementStatus status)
    {
        Status = status;
    }

    /// <summary>The state of the result: achieved, not reported, not measurable or invalid input.</summary>
    public AchievementStatus Status { get; }

    /// <summary>Whether a value was computed.</summary>
    [JsonIgnore]
    public bool IsAchieved => Band is not null;

    /// <summary>The exact achievement (after the rule set's cap), or <see langword="null"/> when none was computed.</summary>
    public Percentage? Percent => Band is null ? null : new Percentage(_percent);

    /// <summary>The achievement rounded as the rule set presents it, or <see langword="null"/>.</summary>
    public Percentage? Presented => Band is null ? null : new Percentage(_presented);

    /// <summary>The band, or <see langword="null"/> when no value was computed.</summary>
    public Band? Band { get; }

    /// <summary>The figures of a result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>Its status, value, presented value and band.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static AchievementFigures Of(AchievementResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.AsAchieved is { } achieved
            ? new AchievementFigures(AchievementStatus.Achieved, achieved.Value.Value, achieved.Presented.Value, achieved.Band)
            : new AchievementFigures(result.Status);
    }

    /// <summary>The figures of a result without a value.</summary>
    /// <param name="status">Its status (not achieved).</param>
    internal static AchievementFigures Without(AchievementStatus status) => new(status);

    /// <summary>The status, and the presented value and band rank when there is one, e.g. <c>Achieved 98.50, band 2</c>.</summary>
    /// <returns>The text, for debugging; not a presentation for readers (see <c>Sakip.Domain.Text</c>).</returns>
    public override string ToString() =>
        Band is { } band
            ? $"{Status} {_presented.ToString(System.Globalization.CultureInfo.InvariantCulture)}, band {band.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            : Status.ToString();
}
