using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Planning;

/// <summary>A span of whole years, inclusive: an RPJMD's or a Renstra's period (e.g. 2021–2026).</summary>
/// <remarks><c>default(YearSpan)</c> is the year 1 alone (1–1), so every instance is a valid span. Immutable and
/// thread-safe.</remarks>
[JsonConverter(typeof(YearSpanJsonConverter))]
public readonly record struct YearSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="first">The first year, 1–9999.</param>
    /// <param name="last">The last year, not before <paramref name="first"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1–9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public YearSpan(int first, int last)
    {
        Guard.Against.OutOfRange(first, nameof(first), 1, 9999);
        Guard.Against.OutOfRange(last, nameof(last), 1, 9999);
        Guard.Against.InvalidInput(last, nameof(last), l => l >= first, "The last year must not be before the first.");
        _firstMinusOne = first - 1;
        _lastMinusOne = last - 1;
    }

    // The years minus one, so that default(YearSpan) is 1–1 (NodaTime's way).
    private readonly int _firstMinusOne;
    private readonly int _lastMinusOne;

    /// <summary>The first year, 1–9999.</summary>
    public int First => _firstMinusOne + 1;

    /// <summary>The last year, 1–9999, not before <see cref="First"/>.</summary>
    public int Last => _lastMinusOne + 1;

    /// <summary>The number of years.</summary>
    public int Length => Last - First + 1;

    /// <summary>The years in order.</summary>
    public IEnumerable<int> Years => Enumerable.Range(First, Length);

    /// <summary>Whether a year lies in the span.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when First ≤ year ≤ Last.</returns>
    public bool Contains(int year) => year >= First && year <= Last;

    /// <summary>Whether another span lies wholly inside this one.</summary>
    /// <param name="other">The other span.</param>
    /// <returns><see langword="true"/> when it lies inside.</returns>
    public bool Contains(YearSpan other) => other.First >= First && other.Last <= Last;

    /// <summary>The years both spans share (a Renstra shifted against the RPJMD overlaps it in part).</summary>
    /// <param name="other">The other span.</param>
    /// <returns>The overlap, or <see langword="null"/> when they share no year.</returns>
    public YearSpan? Overlap(YearSpan other)
    {
        var first = Math.Max(First, other.First);
        var last = Math.Min(Last, other.Last);
        return first <= last ? new YearSpan(first, last) : null;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{First}-{Last}");
}
