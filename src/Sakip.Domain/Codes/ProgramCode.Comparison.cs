namespace Sakip.Domain.Codes;

/// <content>Equality and ordering.</content>
public readonly partial struct ProgramCode : IEquatable<ProgramCode>, IComparable<ProgramCode>, IComparable
{
    /// <summary>Equality: same level, same segments and same sub kegiatan width.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the codes are the same.</returns>
    public static bool operator ==(ProgramCode left, ProgramCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(ProgramCode left, ProgramCode right) => !left.Equals(right);

    /// <summary>Ordering by segment (a parent before its children).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ProgramCode left, ProgramCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by segment (a parent before its children).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ProgramCode left, ProgramCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by segment (a parent before its children).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(ProgramCode left, ProgramCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by segment (a parent before its children).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(ProgramCode left, ProgramCode right) => left.CompareTo(right) >= 0;

    /// <summary>Whether the codes have the same level, the same segments and the same sub kegiatan width
    /// (<c>1.02.02.2.01.01</c> is not equal to <c>1.02.02.2.01.0001</c>).</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when the codes are the same.</returns>
    public bool Equals(ProgramCode other) =>
        Level == other.Level
        && _urusanMinusOne == other._urusanMinusOne
        && _bidang == other._bidang
        && _program == other._program
        && _authority == other._authority
        && _kegiatan == other._kegiatan
        && _subKegiatan == other._subKegiatan
        && _subKegiatanDigits == other._subKegiatanDigits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProgramCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Level, _urusanMinusOne, _bidang, _program, _authority, _kegiatan, _subKegiatan, _subKegiatanDigits);

    /// <summary>
    /// Compares segment by segment, numerically: urusan (1 to 9, then X), bidang, program, authority digit,
    /// kegiatan, sub kegiatan. A code sorts before the codes under it (a missing segment sorts first); codes that
    /// differ only in sub kegiatan width sort the two-digit form first. Zero exactly when <see cref="Equals(ProgramCode)"/>.
    /// </summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ProgramCode other)
    {
        // Absent segments are stored as 0 and present ones as 1 or more, except bidang XX (0), whose only
        // sibling-level rival is its parent X: the level breaks that tie.
        var order = _urusanMinusOne.CompareTo(other._urusanMinusOne);
        order = order != 0 ? order : _bidang.CompareTo(other._bidang);
        order = order != 0 ? order : _program.CompareTo(other._program);
        order = order != 0 ? order : _authority.CompareTo(other._authority);
        order = order != 0 ? order : _kegiatan.CompareTo(other._kegiatan);
        order = order != 0 ? order : _subKegiatan.CompareTo(other._subKegiatan);
        order = order != 0 ? order : Level.CompareTo(other.Level);
        return order != 0 ? order : _subKegiatanDigits.CompareTo(other._subKegiatanDigits);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ProgramCode"/>.</exception>
    public int CompareTo(object? obj) => CodeOrdering.CompareTo(this, obj);
}
