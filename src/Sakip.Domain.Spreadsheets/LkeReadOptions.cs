namespace Sakip.Domain.Spreadsheets;

/// <summary>Limits on what <see cref="LkeWorkbook.Read(Stream, Func{string, Evaluations.EvaluationScheme?}, LkeReadOptions)"/>
/// accepts, for programs that read workbooks from outside (e.g. a server taking uploads). A workbook beyond a limit is a
/// problem (<c>workbook-too-large</c>, <c>workbook-part-too-large</c>), never an exception.</summary>
/// <remarks>
/// <para>An LKE workbook of a built-in scheme is about 30 KB; the defaults are far above any real one and bound the
/// memory one read takes (a zip file can unpack to far more than its size: <see cref="MaxPartCharacters"/> bounds each
/// unpacked part).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record LkeReadOptions
{
    /// <summary>The default of <see cref="MaxWorkbookBytes"/>: 16 MiB.</summary>
    public const long DefaultMaxWorkbookBytes = 16L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxPartCharacters"/>: 32 Mi characters.</summary>
    public const long DefaultMaxPartCharacters = 32L * 1024 * 1024;

    private readonly long _maxWorkbookBytes = DefaultMaxWorkbookBytes;
    private readonly long _maxPartCharacters = DefaultMaxPartCharacters;

    /// <summary>The options every read uses when given none.</summary>
    public static LkeReadOptions Default { get; } = new();

    /// <summary>The largest workbook file read, in bytes; a stream is read no further than one byte past it.
    /// Default <see cref="DefaultMaxWorkbookBytes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than
    /// <see cref="int.MaxValue"/>.</exception>
    public long MaxWorkbookBytes
    {
        get => _maxWorkbookBytes;
        init => _maxWorkbookBytes = value is >= 1 and <= int.MaxValue ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum workbook size is 1 to int.MaxValue bytes.");
    }

    /// <summary>The most characters of one unpacked part of the workbook (a sheet, the shared strings). Default
    /// <see cref="DefaultMaxPartCharacters"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxPartCharacters
    {
        get => _maxPartCharacters;
        init => _maxPartCharacters = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum part size is at least 1 character.");
    }
}
