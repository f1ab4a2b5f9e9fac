using Ardalis.GuardClauses;
using OneOf;
using Sakip.Domain.Bands;
using Sakip.Domain.Explanations;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Achievement;

/// <summary>An achievement was computed.</summary>
/// <param name="Value">The exact achievement after the cap, if any.</param>
/// <param name="UncappedValue">The exact achievement before the cap.</param>
/// <param name="Presented">The value rounded as the rule set presents it.</param>
/// <param name="Band">The band, on the basis the rule set states.</param>
/// <param name="Explanation">How it was computed.</param>
public sealed record Achieved(Percentage Value, Percentage UncappedValue, Percentage Presented, Band Band, Explanation Explanation)
{
    /// <summary>Whether the cap lowered the value.</summary>
    public bool IsCapped => Value != UncappedValue;
}

/// <summary>No realisation was reported, so there is no achievement (and it is not 0).</summary>
/// <param name="Explanation">The inputs and rule set.</param>
public sealed record NotReported(Explanation Explanation);

/// <summary>The inputs are valid but no meaningful achievement exists for them.</summary>
/// <param name="Reason">Why, e.g. a zero target on a positive indicator.</param>
/// <param name="Explanation">The inputs, rule set and steps taken.</param>
public sealed record NotMeasurable(Reason Reason, Explanation Explanation);

/// <summary>The inputs are invalid; every problem is listed.</summary>
/// <param name="Problems">Every problem found, with its path and reason.</param>
/// <param name="Explanation">The inputs and rule set.</param>
public sealed record InvalidInput(IReadOnlyList<InputProblem> Problems, Explanation Explanation);

/// <summary>
/// The result of an achievement (<i>capaian</i>) calculation: <see cref="Achieved"/>, <see cref="NotReported"/>,
/// <see cref="NotMeasurable"/> or <see cref="InvalidInput"/>. Use <c>Match</c>/<c>Switch</c>, or the convenience
/// members below.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AchievementResult : OneOfBase<Achieved, NotReported, NotMeasurable, InvalidInput>
{
    private AchievementResult(OneOf<Achieved, NotReported, NotMeasurable, InvalidInput> input)
        : base(input)
    {
    }

    /// <summary>The state of the result.</summary>
    public AchievementStatus Status => Index switch
    {
        0 => AchievementStatus.Achieved,
        1 => AchievementStatus.NotReported,
        2 => AchievementStatus.NotMeasurable,
        _ => AchievementStatus.InvalidInput,
    };

    /// <summary>Whether a value was computed.</summary>
    public bool IsAchieved => IsT0;

    /// <summary>The exact achievement, or <see langword="null"/> when none was computed.</summary>
    public Percentage? Percent => IsT0 ? AsT0.Value : null;

    /// <summary>The achievement rounded as the rule set presents it, or <see langword="null"/>.</summary>
    public Percentage? Presented => IsT0 ? AsT0.Presented : null;

    /// <summary>The band, or <see langword="null"/> when no value was computed.</summary>
    public Band? Band => IsT0 ? AsT0.Band : null;

    /// <summary>The reason when not measurable, or the first problem's reason when the input is invalid.</summary>
    public Reason? Reason => Index switch
    {
        1 => AsT1.Explanation.Reason ?? Messages.NotReported,
        2 => AsT2.Reason,
        3 => AsT3.Problems[0].Reason,
        _ => null,
    };

    /// <summary>How the result was reached, whatever its state.</summary>
    public Explanation Explanation => Match(a => a.Explanation, n => n.Explanation, m => m.Explanation, i => i.Explanation);

    /// <summary>Creates an achieved result.</summary>
    /// <param name="value">The case.</param>
    /// <returns>The result.</returns>
    public static AchievementResult From(Achieved value) => new(Guard.Against.Null(value));

    /// <summary>Creates a not-reported result.</summary>
    /// <param name="value">The case.</param>
    /// <returns>The result.</returns>
    public static AchievementResult From(NotReported value) => new(Guard.Against.Null(value));

    /// <summary>Creates a not-measurable result.</summary>
    /// <param name="value">The case.</param>
    /// <returns>The result.</returns>
    public static AchievementResult From(NotMeasurable value) => new(Guard.Against.Null(value));

    /// <summary>Creates an invalid-input result.</summary>
    /// <param name="value">The case.</param>
    /// <returns>The result.</returns>
    public static AchievementResult From(InvalidInput value) => new(Guard.Against.Null(value));

    /// <summary>The result in one sentence.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string ToSentence(Language language) => Explanation.ToSentence(language);

    /// <inheritdoc />
    public override string ToString() => ToSentence(Language.English);
}
