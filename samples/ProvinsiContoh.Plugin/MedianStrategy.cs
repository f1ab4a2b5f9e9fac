using Sakip.Domain.Tree;

namespace ProvinsiContoh.Plugin;

/// <summary>The median of the children's figures (weights ignored): one very high or very low indicator does not move
/// a sasaran the way it moves the mean.</summary>
public sealed class MedianStrategy : IRollUpStrategy
{
    private MedianStrategy()
    {
    }

    /// <summary>The single instance.</summary>
    public static MedianStrategy Instance { get; } = new();

    /// <inheritdoc />
    public string Id => "provinsi-contoh-median";

    /// <inheritdoc />
    public decimal? Combine(ReadOnlySpan<RollUpItem> items)
    {
        if (items.IsEmpty)
        {
            return null;
        }

        var values = new decimal[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            values[i] = items[i].Value;
        }

        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] / 2m) + (values[middle] / 2m);
    }
}
