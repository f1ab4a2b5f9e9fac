using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Periods;

/// <summary>
/// A reporting period: a year, a semester, a quarter (<i>triwulan</i>) or a month. Every calculation over
/// time takes one explicitly as its "as of" period; the library never reads the clock.
/// </summary>
/// <remarks>
/// <para>Text form: <c>2025</c>, <c>2025-S1</c>, <c>2025-Q3</c> (also read: <c>2025-TW3</c>), <c>2025-07</c>.</para>
/// <para>Ordering is by start date, then by end date (a year sorts before its first quarter).
/// <c>default(ReportingPeriod)</c> is the year 0001 (text <c>0001</c>), so every instance is a valid period.
/// Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<ReportingPeriod>))]
[TypeConverter(typeof(TextTypeConverter<ReportingPeriod>))]
public readonly struct ReportingPeriod :
    IEquatable<ReportingPeriod>,
    IComparable<ReportingPeriod>,
    IComparable,
    ISpanFormattable,
    ISpanParsable<ReportingPeriod>
{
    // The year and the index minus one, so that default(ReportingPeriod) is the year 0001 (NodaTime's way).
    private readonly short _yearMinusOne;
    private readonly byte _indexMinusOne;

    private ReportingPeriod(PeriodKind kind, int year, int index)
    {
        Kind = kind;
        _yearMinusOne = (short)(year - 1);
        _indexMinusOne = (byte)(index - 1);
    }

    /// <summary>The kind of period.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The year, 1–9999.</summary>
    public int Year => _yearMinusOne + 1;

    /// <summary>The number within the year: 1 for a year, 1–2 for a semester, 1–4 for a quarter, 1–12 for a month.</summary>
    public int Index => _indexMinusOne + 1;

    /// <summary>The first day.</summary>
    public LocalDate Start => new(Year, FirstMonth, 1);

    /// <summary>The last day.</summary>
    public LocalDate End => new(Year, LastMonth, CalendarSystem.Iso.GetDaysInMonth(Year, LastMonth));

    /// <summary>The year this period lies in, as a period.</summary>
    public ReportingPeriod YearPeriod => OfYear(Year);

    private int FirstMonth => Kind switch
    {
        PeriodKind.Year => 1,
        PeriodKind.Semester => ((Index - 1) * 6) + 1,
        PeriodKind.Quarter => ((Index - 1) * 3) + 1,
        _ => Index,
    };

    private int LastMonth => Kind switch
    {
        PeriodKind.Year => 12,
        PeriodKind.Semester => Index * 6,
        PeriodKind.Quarter => Index * 3,
        _ => Index,
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the periods are the same.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the periods differ.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>A year.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999.</exception>
    public static ReportingPeriod OfYear(int year) => Create(PeriodKind.Year, year, 1);

    /// <summary>A semester.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="semester">1 or 2.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod OfSemester(int year, int semester) => Create(PeriodKind.Semester, year, semester);

    /// <summary>A quarter (<i>triwulan</i>).</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="quarter">1 to 4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod OfQuarter(int year, int quarter) => Create(PeriodKind.Quarter, year, quarter);

    /// <summary>A month.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod OfMonth(int year, int month) => Create(PeriodKind.Month, year, month);

    /// <summary>The number of periods of a kind in one year.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>1, 2, 4 or 12.</returns>
    public static int PerYear(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => 1,
        PeriodKind.Semester => 2,
        PeriodKind.Quarter => 4,
        _ => 12,
    };

    private static ReportingPeriod Create(PeriodKind kind, int year, int index)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1, 9999);
        Guard.Against.OutOfRange(index, nameof(index), 1, PerYear(kind));
        return new ReportingPeriod(kind, year, index);
    }

    /// <summary>Whether <paramref name="other"/> lies wholly inside this period (a period contains itself).</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when it lies inside.</returns>
    public bool Contains(ReportingPeriod other) => Start <= other.Start && other.End <= End;

    /// <summary>Whether a date lies inside this period.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when it lies inside.</returns>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <summary>The periods of a kind that lie inside this period, in order (e.g. the quarters of a year).</summary>
    /// <param name="kind">The kind of the parts; not longer than this period.</param>
    /// <returns>The parts.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is longer than this period's kind.</exception>
    public IEnumerable<ReportingPeriod> Split(PeriodKind kind)
    {
        var (start, end, year, own) = (Start, End, Year, Kind);
        Guard.Against.InvalidInput(kind, nameof(kind), k => k >= own, "Parts must not be longer than the period.");
        return Enumerable.Range(1, PerYear(kind)).Select(i => new ReportingPeriod(kind, year, i)).Where(p => start <= p.Start && p.End <= end);
    }

    /// <summary>Parses a period, never throwing: <c>2025</c>, <c>2025-S1</c>, <c>2025-Q3</c>, <c>2025-TW3</c>,
    /// <c>2025-07</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period, or the reason it could not be read.</returns>
    public static Result<ReportingPeriod> TryParse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        var dash = trimmed.IndexOf('-', StringComparison.Ordinal);
        var yearText = dash < 0 ? trimmed : trimmed[..dash];
        if (yearText.Length != 4 || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return Results.ParseFailed<ReportingPeriod>(Messages.BadPeriod);
        }

        if (dash < 0)
        {
            return Result<ReportingPeriod>.Success(OfYear(year));
        }

        var rest = trimmed[(dash + 1)..].ToUpperInvariant();
        var (kind, digits) = rest switch
        {
            _ when rest.StartsWith("TW", StringComparison.Ordinal) => (PeriodKind.Quarter, rest[2..]),
            _ when rest.StartsWith('Q') => (PeriodKind.Quarter, rest[1..]),
            _ when rest.StartsWith('S') => (PeriodKind.Semester, rest[1..]),
            _ when rest.Length == 2 => (PeriodKind.Month, rest),
            _ => (PeriodKind.Year, ""),
        };
        if (kind == PeriodKind.Year
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index < 1
            || index > PerYear(kind))
        {
            return Results.ParseFailed<ReportingPeriod>(Messages.BadPeriod);
        }

        return Result<ReportingPeriod>.Success(new ReportingPeriod(kind, year, index));
    }

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static ReportingPeriod Parse(string s, IFormatProvider? provider)
    {
        return Results.ValueOrFormatError(s, TryParse(s));
    }

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportingPeriod result)
    {
        return TryParse(s).TryGetValue(out result);
    }

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static ReportingPeriod Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportingPeriod result) =>
        TryParse(s.ToString(), provider, out result);

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) => Kind == other.Kind && Year == other.Year && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Year, Index);

    /// <inheritdoc />
    public int CompareTo(ReportingPeriod other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.End.CompareTo(End);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ReportingPeriod"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(ReportingPeriod)}.", nameof(obj)),
    };

    /// <summary>The text form: <c>2025</c>, <c>2025-S1</c>, <c>2025-Q3</c> or <c>2025-07</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodKind.Semester => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-S{Index}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Index:D2}"),
    };

    /// <summary>The text form (the format and culture are ignored: the form is the same everywhere).</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }
}
