namespace Sakip.Domain.Json;

/// <summary>
/// Limits on what the readers (<see cref="SakipDocumentJson"/>, <see cref="EvaluationJson"/>,
/// <see cref="EvaluationSchemeJson"/>) accept, for programs that read files from outside, e.g. a server taking
/// uploads. A text beyond a limit is a problem (<c>document-too-large</c>, <c>string-too-long</c>,
/// <c>too-many-items</c>, <c>too-deep</c>) with its JSON path, never an exception (docs/security.md).
/// </summary>
/// <remarks>
/// <para>The defaults (<see cref="Default"/>) are far above any real SAKIP document, answer document or scheme
/// file (a whole province's plans are a few megabytes) and bound the memory one read can take to a small multiple of
/// <see cref="MaxDocumentBytes"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record DocumentReadOptions
{
    /// <summary>The default of <see cref="MaxDocumentBytes"/>: 64 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 64L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxStringLength"/>: 65,536 UTF-16 code units.</summary>
    public const int DefaultMaxStringLength = 65_536;

    /// <summary>The default of <see cref="MaxItems"/>: 1,000,000 elements in one array.</summary>
    public const int DefaultMaxItems = 1_000_000;

    /// <summary>The default and the largest value of <see cref="MaxDepth"/>: 64 levels of nested objects and
    /// arrays.</summary>
    public const int DefaultMaxDepth = 64;

    private readonly long _maxDocumentBytes = DefaultMaxDocumentBytes;
    private readonly int _maxStringLength = DefaultMaxStringLength;
    private readonly int _maxItems = DefaultMaxItems;
    private readonly int _maxDepth = DefaultMaxDepth;

    /// <summary>The options every reader uses when given none.</summary>
    public static DocumentReadOptions Default { get; } = new();

    /// <summary>The largest text read, in UTF-8 bytes (a byte order mark included); a stream is read no further than
    /// one byte past it. Default <see cref="DefaultMaxDocumentBytes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than
    /// <see cref="int.MaxValue"/>.</exception>
    public long MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init => _maxDocumentBytes = value is >= 1 and <= int.MaxValue ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum document size is 1 to int.MaxValue bytes.");
    }

    /// <summary>The longest string (a property name or a string value), in UTF-16 code units after unescaping.
    /// Default <see cref="DefaultMaxStringLength"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxStringLength
    {
        get => _maxStringLength;
        init => _maxStringLength = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum string length is at least 1.");
    }

    /// <summary>The most elements of one array (e.g. indicators, criterion answers, evidence). Default
    /// <see cref="DefaultMaxItems"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxItems
    {
        get => _maxItems;
        init => _maxItems = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum number of items is at least 1.");
    }

    /// <summary>The deepest nesting of objects and arrays (the top-level object is depth 1). The formats themselves
    /// nest less than 8 deep. Default and maximum <see cref="DefaultMaxDepth"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than
    /// <see cref="DefaultMaxDepth"/>.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is >= 1 and <= DefaultMaxDepth ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum depth is 1 to 64.");
    }
}
