using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Rules;

/// <summary>A presentation rounding: a <see cref="RoundingMode"/> and a number of decimals.</summary>
/// <remarks>
/// Rounding is applied only when a value is presented (printed, exported, compared with a published figure);
/// results keep the exact value. <c>default(RoundingRule)</c> is half-up to 0 decimals. Immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(RoundingRuleJsonConverter))]
public readonly record struct RoundingRule
{
    /// <summary>Creates a rounding rule.</summary>
    /// <param name="mode">The rounding mode.</param>
    /// <param name="decimals">The number of decimals, 0 to 28.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28, or
    /// <paramref name="mode"/> is not a defined mode.</exception>
    public RoundingRule(RoundingMode mode, int decimals)
    {
        Guard.Against.EnumOutOfRange(mode);
        Guard.Against.OutOfRange(decimals, nameof(decimals), 0, 28);
        Mode = mode;
        Decimals = decimals;
    }

    /// <summary>Two decimals, half up: how most reports print capaian (docs/rules.md, "Rounding").</summary>
    public static RoundingRule TwoDecimalsHalfUp { get; } = new(RoundingMode.HalfUp, 2);

    /// <summary>Two decimals, truncated: how some reports print capaian (139.7385 → 139.73).</summary>
    public static RoundingRule TwoDecimalsTruncate { get; } = new(RoundingMode.Truncate, 2);

    /// <summary>The rounding mode.</summary>
    public RoundingMode Mode { get; }

    /// <summary>The number of decimals kept.</summary>
    public int Decimals { get; }

    /// <summary>Rounds <paramref name="value"/> to <see cref="Decimals"/> decimals with <see cref="Mode"/>.</summary>
    /// <param name="value">The exact value.</param>
    /// <returns>The rounded value, carrying exactly <see cref="Decimals"/> decimals so that it prints as
    /// presented (87.5 rounded to 2 decimals prints <c>87.50</c>); equal to the same number with fewer zeros.</returns>
    public decimal Apply(decimal value)
    {
        var rounded = Math.Round(value, Decimals, Mode switch
        {
            RoundingMode.Truncate => MidpointRounding.ToZero,
            RoundingMode.HalfEven => MidpointRounding.ToEven,
            _ => MidpointRounding.AwayFromZero,
        });

        // Adding a zero of scale d gives the sum scale max(scale, d): exactly d after rounding. Most values already
        // have it (a quotient's scale is large, and rounding brings it down to d): they are kept as they are.
        return rounded.Scale == Decimals ? rounded : rounded + new decimal(0, 0, 0, false, (byte)Decimals);
    }

    /// <summary>The stable text id of the mode: <c>half-up</c>, <c>truncate</c> or <c>half-even</c>.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The id.</returns>
    public static string IdOf(RoundingMode mode) => mode switch
    {
        RoundingMode.Truncate => "truncate",
        RoundingMode.HalfEven => "half-even",
        _ => "half-up",
    };

    /// <inheritdoc />
    public override string ToString() => $"{IdOf(Mode)}, {Decimals} decimals";
}
