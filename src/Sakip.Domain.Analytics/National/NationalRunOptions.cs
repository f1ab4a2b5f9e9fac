using Sakip.Domain.Collections;
using Sakip.Domain.Json;
using Sakip.Domain.Review;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Analytics.National;

/// <summary>What a <see cref="NationalRun"/> does with each region: the years, the roll-up (and its rule set), the
/// review, how many regions at once, and where progress goes.</summary>
/// <remarks>Immutable and thread-safe (the progress sink must be thread-safe: it is called from the run's writing
/// loop, one call at a time).</remarks>
public sealed record NationalRunOptions
{
    private readonly int? _maxDegreeOfParallelism;

    /// <summary>The default: every year each document has a Perjanjian Kinerja for, the default roll-up, the built-in
    /// review, one region per core.</summary>
    public static NationalRunOptions Default { get; } = new();

    /// <summary>The reader limits of documents read from files by a run: those of
    /// <see cref="DocumentReadOptions.Default"/> with a maximum document size of 1 GiB and 20 million items, because
    /// a whole regency's document is about 100 MB (<c>docs/scale.md</c>). A run reads files an operator chose, not
    /// uploads (<c>docs/security.md</c>).</summary>
    public static DocumentReadOptions DocumentLimits { get; } = new() { MaxDocumentBytes = 1L << 30, MaxItems = 20_000_000 };

    /// <summary>The years to measure and write; empty (the default) means every year the document has a Perjanjian
    /// Kinerja for, in order.</summary>
    public ValueList<int> Years { get; init; } = [];

    /// <summary>The roll-up of each region's performance tree; its rule set also measures the capaian rows.</summary>
    public RollUpOptions RollUp { get; init; } = new();

    /// <summary>The alignment review run on each region (its error and warning counts go into the summary);
    /// <see langword="null"/> runs none, which saves about half of a region's time.</summary>
    public AlignmentReview? Review { get; init; } = AlignmentReview.Default;

    /// <summary>How many regions are processed at once; <see langword="null"/> (the default) means one per core
    /// (<see cref="Environment.ProcessorCount"/>). At most twice as many are held in memory, finished and waiting to be
    /// written in order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int? MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one region at a time.");
    }

    /// <summary>Receives a <see cref="NationalRunProgress"/> after each region; <see langword="null"/> for none.</summary>
    public IProgress<NationalRunProgress>? Progress { get; init; }
}
