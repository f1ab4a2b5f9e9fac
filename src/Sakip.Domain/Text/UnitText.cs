namespace Sakip.Domain.Text;

/// <summary>Units of measure as people write them: <c>per 1.000 KH</c> and <c> per  1.000 kh </c> are the same unit
/// (case and runs of white space do not matter); nothing else is normalised.</summary>
internal sealed class UnitText : IEqualityComparer<string>
{
    /// <summary>The one comparer of units.</summary>
    public static UnitText Comparer { get; } = new();

    /// <summary>Whether two unit texts name the same unit.</summary>
    public static bool Same(string a, string b) => string.Equals(Normal(a), Normal(b), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : Same(x, y);

    /// <inheritdoc />
    public int GetHashCode(string obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(Normal(obj));

    private static string Normal(string unit) => string.Join(' ', unit.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
