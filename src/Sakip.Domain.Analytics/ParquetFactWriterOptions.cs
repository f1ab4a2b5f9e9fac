namespace Sakip.Domain.Analytics;

/// <summary>How a <see cref="ParquetFactWriter"/> buffers its rows.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ParquetFactWriterOptions
{
    private readonly int _rowGroupRows = 100_000;

    /// <summary>The default: row groups of 100,000 rows.</summary>
    public static ParquetFactWriterOptions Default { get; } = new();

    /// <summary>How many rows a partition buffers before it writes them as one row group (at least 1): the memory a
    /// partition holds is at most this many rows plus one region's rows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int RowGroupRows
    {
        get => _rowGroupRows;
        init => _rowGroupRows = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one row per row group.");
    }
}
