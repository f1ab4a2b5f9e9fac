using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Collections;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the same order.
/// Models use it so that records compare by content (a document read back from its serialized form equals the
/// original).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks><c>default(ValueList&lt;T&gt;)</c> is the empty list. Immutable and thread-safe.</remarks>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
[JsonConverter(typeof(ValueListJsonConverterFactory))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items; <see langword="null"/> gives the empty list.</param>
    public ValueList(IEnumerable<T>? items) => _items = items is null ? [] : [.. items];

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty => default;

    /// <inheritdoc />
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <inheritdoc />
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public T this[int index] => Items[index];

    /// <summary>The items as a span, for loops that must not allocate an enumerator.</summary>
    internal ReadOnlySpan<T> AsSpan() => Items.AsSpan();

    private ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    /// <summary>Converts an array to a list.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator ValueList<T>(T[]? items) => new(items);

    /// <summary>Converts an immutable array to a list.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator ValueList<T>(ImmutableArray<T> items) => new(items.IsDefault ? null : items);

    /// <summary>Equality by content.</summary>
    /// <param name="left">The left list.</param>
    /// <param name="right">The right list.</param>
    /// <returns>Whether the lists hold equal items in the same order.</returns>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Inequality by content.</summary>
    /// <param name="left">The left list.</param>
    /// <param name="right">The right list.</param>
    /// <returns>Whether the lists differ.</returns>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <summary>Creates a list from an array.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> FromArray(T[]? items) => new(items);

    /// <inheritdoc />
    public bool Equals(ValueList<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns an enumerator over the items.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"[{Count} items]";
}

/// <summary>Creates <see cref="ValueList{T}"/> instances (and lets collection expressions build them).</summary>
public static class ValueList
{
    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());
}
