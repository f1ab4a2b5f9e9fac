namespace Sakip.Domain.Codes;

/// <summary>The non-generic ordering shared by <see cref="ProgramCode"/> and <see cref="OrganisationCode"/>.</summary>
internal static class CodeOrdering
{
    /// <summary><see cref="IComparable.CompareTo(object?)"/> over the typed comparison: <see langword="null"/> sorts
    /// first, another type throws an <see cref="ArgumentException"/> naming <typeparamref name="T"/>.</summary>
    public static int CompareTo<T>(T code, object? obj)
        where T : struct, IComparable<T> => obj switch
        {
            null => 1,
            T other => code.CompareTo(other),
            _ => throw new ArgumentException($"Object must be of type {typeof(T).Name}.", nameof(obj)),
        };
}
