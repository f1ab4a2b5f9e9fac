using System.Diagnostics;
using Ardalis.GuardClauses;
using OneOf;
using Sakip.Domain.Bands;
using Sakip.Domain.Collections;
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
/// <remarks>The calculator makes the explanation of a result it computed on first use, from the inputs it kept, so
/// measuring many indicators costs about the arithmetic; the explanation is the same as one made at once. Immutable and
/// thread-safe: threads asking together get equal explanations, and one is kept. Equal when the figures, band and
/// explanation are equal.</remarks>
public sealed record Achieved(Percentage Value, Percentage UncappedValue, Percentage Presented, Band Band, Explanation Explanation)
{
    // Kept by the calculator's fast path (AchievementCalculator.Calculate): the explanation is made from them on first use.
    private readonly AchievementCalculator? _calculator;

    private readonly AchievementInput? _input;

    private Explanation? _explanation = Explanation;

    /// <summary>A result whose explanation <paramref name="calculator"/> makes from <paramref name="input"/> on first
    /// use.</summary>
    internal Achieved(Percentage value, Percentage uncappedValue, Percentage presented, Band band, AchievementCalculator calculator, AchievementInput input)
        : this(value, uncappedValue, presented, band, Explanation: null!)
    {
        _calculator = calculator;
        _input = input;
    }

    /// <summary>How it was computed.</summary>
    public Explanation Explanation
    {
        get => _explanation ?? Explain();
        init => _explanation = value;
    }

    /// <summary>Whether the cap lowered the value.</summary>
    public bool IsCapped => Value != UncappedValue;

    /// <summary>Whether the explanation has been made (or was given): false for a result of the calculator's fast path
    /// until <see cref="Explanation"/> is first read.</summary>
    internal bool HasExplanation => _explanation is not null;

    /// <summary>The target, as the explanation states it (read without making the explanation).</summary>
    internal Target Target => _explanation?.Target ?? _input!.Target;

    /// <summary>The indicator's polarity, as the explanation states it (read without making the explanation).</summary>
    internal Polarity Polarity => _explanation?.Polarity ?? _input!.Polarity;

    /// <summary>The realisation, as the explanation states it (read without making the explanation).</summary>
    internal Measure? Realisation => _explanation is { } explanation ? explanation.Realisation : _input!.Realisation;

    /// <inheritdoc />
    public bool Equals(Achieved? other) =>
        other is not null
        && Value == other.Value
        && UncappedValue == other.UncappedValue
        && Presented == other.Presented
        && Band == other.Band
        && Explanation == other.Explanation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, UncappedValue, Presented, Band);

    private Explanation Explain()
    {
        var made = _calculator!.Explain(_input!);
        return Interlocked.CompareExchange(ref _explanation, made, null) ?? made;
    }
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
public sealed record InvalidInput(ValueList<Problem> Problems, Explanation Explanation);

/// <summary>
/// The result of an achievement (<i>capaian</i>) calculation: <see cref="Achieved"/>, <see cref="NotReported"/>,
/// <see cref="NotMeasurable"/> or <see cref="InvalidInput"/>. Use <see cref="Match{TResult}"/> /
/// <see cref="Switch"/> on every case, <see cref="Status"/>, the case members (<see cref="AsAchieved"/> …, null
/// for the other cases), or the convenience members below; none of them throws.
/// </summary>
/// <remarks>Immutable and thread-safe. Two results are equal when they are the same case with equal contents.</remarks>
public sealed class AchievementResult : IEquatable<AchievementResult>
{
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly OneOf<Achieved, NotReported, NotMeasurable, InvalidInput> _state;

    private AchievementResult(OneOf<Achieved, NotReported, NotMeasurable, InvalidInput> state) => _state = state;

    /// <summary>The case when a value was computed, otherwise <see langword="null"/>.</summary>
    public Achieved? AsAchieved => _state.IsT0 ? _state.AsT0 : null;

    /// <summary>The case when no realisation was reported, otherwise <see langword="null"/>.</summary>
    public NotReported? AsNotReported => _state.IsT1 ? _state.AsT1 : null;

    /// <summary>The case when the inputs are valid but not measurable, otherwise <see langword="null"/>.</summary>
    public NotMeasurable? AsNotMeasurable => _state.IsT2 ? _state.AsT2 : null;

    /// <summary>The case when the inputs are invalid, otherwise <see langword="null"/>.</summary>
    public InvalidInput? AsInvalidInput => _state.IsT3 ? _state.AsT3 : null;

    /// <summary>The state of the result.</summary>
    public AchievementStatus Status => _state.Index switch
    {
        0 => AchievementStatus.Achieved,
        1 => AchievementStatus.NotReported,
        2 => AchievementStatus.NotMeasurable,
        _ => AchievementStatus.InvalidInput,
    };

    /// <summary>Whether a value was computed.</summary>
    public bool IsAchieved => _state.IsT0;

    /// <summary>The exact achievement, or <see langword="null"/> when none was computed.</summary>
    public Percentage? Percent => _state.IsT0 ? _state.AsT0.Value : null;

    /// <summary>The achievement rounded as the rule set presents it, or <see langword="null"/>.</summary>
    public Percentage? Presented => _state.IsT0 ? _state.AsT0.Presented : null;

    /// <summary>The band, or <see langword="null"/> when no value was computed.</summary>
    public Band? Band => _state.IsT0 ? _state.AsT0.Band : null;

    /// <summary>The reason when not measurable, or the first problem's reason when the input is invalid.</summary>
    public Reason? Reason => _state.Index switch
    {
        1 => _state.AsT1.Explanation.Reason ?? Messages.NotReported,
        2 => _state.AsT2.Reason,
        3 => _state.AsT3.Problems[0].Reason,
        _ => null,
    };

    /// <summary>How the result was reached, whatever its state.</summary>
    public Explanation Explanation => _state.Match(a => a.Explanation, n => n.Explanation, m => m.Explanation, i => i.Explanation);

    /// <summary>Maps every case to one value.</summary>
    /// <typeparam name="TResult">What the cases map to.</typeparam>
    /// <param name="achieved">Called when a value was computed.</param>
    /// <param name="notReported">Called when no realisation was reported.</param>
    /// <param name="notMeasurable">Called when the inputs are valid but not measurable.</param>
    /// <param name="invalidInput">Called when the inputs are invalid.</param>
    /// <returns>What the called function returned.</returns>
    public TResult Match<TResult>(Func<Achieved, TResult> achieved, Func<NotReported, TResult> notReported, Func<NotMeasurable, TResult> notMeasurable, Func<InvalidInput, TResult> invalidInput)
    {
        Guard.Against.Null(achieved);
        Guard.Against.Null(notReported);
        Guard.Against.Null(notMeasurable);
        Guard.Against.Null(invalidInput);
        return _state.Match(achieved, notReported, notMeasurable, invalidInput);
    }

    /// <summary>Runs one action for the case at hand.</summary>
    /// <param name="achieved">Run when a value was computed.</param>
    /// <param name="notReported">Run when no realisation was reported.</param>
    /// <param name="notMeasurable">Run when the inputs are valid but not measurable.</param>
    /// <param name="invalidInput">Run when the inputs are invalid.</param>
    public void Switch(Action<Achieved> achieved, Action<NotReported> notReported, Action<NotMeasurable> notMeasurable, Action<InvalidInput> invalidInput)
    {
        Guard.Against.Null(achieved);
        Guard.Against.Null(notReported);
        Guard.Against.Null(notMeasurable);
        Guard.Against.Null(invalidInput);
        _state.Switch(achieved, notReported, notMeasurable, invalidInput);
    }

    /// <summary>The result as a OneOf union, for code written against OneOf.</summary>
    /// <returns>The union.</returns>
    public OneOf<Achieved, NotReported, NotMeasurable, InvalidInput> ToOneOf() => _state;

    /// <summary>Whether two results are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(AchievementResult? left, AchievementResult? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AchievementResult? left, AchievementResult? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(AchievementResult? other) => other is not null && _state.Index == other._state.Index && Equals(_state.Value, other._state.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AchievementResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_state.Index, _state.Value);

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

    /// <summary>What LINQPad shows for the result (it calls <c>ToDump</c> by name): the status, the presented
    /// achievement, the band, the sentence in both languages and any problems, instead of the union's internals.</summary>
    private object ToDump() => new
    {
        Status,
        Achievement = DumpView.Presented(Presented?.Value),
        Band = DumpView.Label(Band),
        IsCapped = AsAchieved?.IsCapped,
        Sentence = ToSentence(Language.Indonesian),
        SentenceEnglish = ToSentence(Language.English),
        Problems = DumpView.Rows(Explanation.Problems),
    };
}
