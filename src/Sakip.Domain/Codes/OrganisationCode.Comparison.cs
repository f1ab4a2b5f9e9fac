namespace Sakip.Domain.Codes;

/// <content>Equality and ordering.</content>
public readonly partial struct OrganisationCode : IEquatable<OrganisationCode>, IComparable<OrganisationCode>, IComparable
{
    /// <summary>Equality: the same eight segments.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the codes are the same.</returns>
    public static bool operator ==(OrganisationCode left, OrganisationCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(OrganisationCode left, OrganisationCode right) => !left.Equals(right);

    /// <summary>Ordering by segment.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(OrganisationCode left, OrganisationCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by segment.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(OrganisationCode left, OrganisationCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by segment.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(OrganisationCode left, OrganisationCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by segment.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(OrganisationCode left, OrganisationCode right) => left.CompareTo(right) >= 0;

    /// <summary>Whether the codes have the same eight segments.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when the codes are the same.</returns>
    public bool Equals(OrganisationCode other) =>
        _primaryUrusanMinusOne == other._primaryUrusanMinusOne
        && _primaryBidangMinusOne == other._primaryBidangMinusOne
        && _secondUrusan == other._secondUrusan
        && _secondBidang == other._secondBidang
        && _thirdUrusan == other._thirdUrusan
        && _thirdBidang == other._thirdBidang
        && _unitMinusOne == other._unitMinusOne
        && _subUnit == other._subUnit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrganisationCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(_primaryUrusanMinusOne, _primaryBidangMinusOne, _secondUrusan, _secondBidang, _thirdUrusan, _thirdBidang, _unitMinusOne, _subUnit);

    /// <summary>Compares segment by segment, numerically, in the order they are written (urusan 0 first and
    /// X after 9); zero exactly when <see cref="Equals(OrganisationCode)"/>.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(OrganisationCode other)
    {
        var order = _primaryUrusanMinusOne.CompareTo(other._primaryUrusanMinusOne);
        order = order != 0 ? order : _primaryBidangMinusOne.CompareTo(other._primaryBidangMinusOne);
        order = order != 0 ? order : _secondUrusan.CompareTo(other._secondUrusan);
        order = order != 0 ? order : _secondBidang.CompareTo(other._secondBidang);
        order = order != 0 ? order : _thirdUrusan.CompareTo(other._thirdUrusan);
        order = order != 0 ? order : _thirdBidang.CompareTo(other._thirdBidang);
        order = order != 0 ? order : _unitMinusOne.CompareTo(other._unitMinusOne);
        return order != 0 ? order : _subUnit.CompareTo(other._subUnit);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="OrganisationCode"/>.</exception>
    public int CompareTo(object? obj) => CodeOrdering.CompareTo(this, obj);
}
