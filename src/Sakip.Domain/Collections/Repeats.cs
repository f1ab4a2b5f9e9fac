namespace Sakip.Domain.Collections;

/// <summary>Finds a key repeated in a list, without a set for the short lists most are (a plan indicator's yearly
/// targets, a node's indicators): a look back over the earlier items, and a set only past that.</summary>
internal static class Repeats
{
    /// <summary>The longest list checked by looking back instead of with a set.</summary>
    public const int LookBack = 8;

    /// <summary>Whether the key of <c>items[k]</c> is the key of an earlier item.</summary>
    /// <param name="items">The list.</param>
    /// <param name="k">The item's index. A long list must be asked about each item whose key counts, in order, with
    /// the same <paramref name="seen"/>: its set holds the keys asked about so far.</param>
    /// <param name="key">The key of an item (a static lambda: no allocation).</param>
    /// <param name="seen">The set of a long list, made on first use; <see langword="null"/> to start.</param>
    /// <typeparam name="TItem">The items' type.</typeparam>
    /// <typeparam name="TKey">The keys' type, compared by its default equality (ordinal for strings).</typeparam>
    /// <returns>Whether the key came earlier.</returns>
    public static bool SeenBefore<TItem, TKey>(ValueList<TItem> items, int k, Func<TItem, TKey> key, ref HashSet<TKey>? seen)
    {
        var value = key(items[k]);
        if (items.Count <= LookBack)
        {
            for (var j = 0; j < k; j++)
            {
                if (EqualityComparer<TKey>.Default.Equals(key(items[j]), value))
                {
                    return true;
                }
            }

            return false;
        }

        seen ??= [];
        return !seen.Add(value);
    }
}
