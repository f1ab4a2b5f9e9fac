using Ardalis.GuardClauses;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Text;

namespace Sakip.Domain.Analytics.National;

/// <summary>Where one region's document comes from in a <see cref="NationalRun"/>: a name for the summary, the
/// province it belongs to (or none, to take it from the region's code), and how to load it. Loading is deferred to
/// the run, which loads a bounded number of documents at a time.</summary>
/// <remarks>Immutable and thread-safe when the load function is.</remarks>
public sealed class RegionSource
{
    private readonly Func<CancellationToken, ValueTask<Result<SakipDocument>>> _load;

    /// <summary>Creates a source from a load function.</summary>
    /// <param name="name">The name the summary and progress show (a file's path, a region's code).</param>
    /// <param name="load">Loads the document, or returns its problems. The run calls it once, on a worker thread;
    /// an exception it throws skips the region with that exception's message as the problem.</param>
    /// <param name="provinceCode">The province the region belongs to; <see langword="null"/> takes it from the region's
    /// code (its first segment: <c>33</c> for <c>33.01</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="load"/> is null.</exception>
    public RegionSource(string name, Func<CancellationToken, ValueTask<Result<SakipDocument>>> load, string? provinceCode = null)
    {
        Name = Guard.Against.Null(name);
        _load = Guard.Against.Null(load);
        ProvinceCode = provinceCode;
    }

    /// <summary>The name the summary and progress show.</summary>
    public string Name { get; }

    /// <summary>The province the region belongs to, or <see langword="null"/> to take it from the region's code.</summary>
    public string? ProvinceCode { get; }

    /// <summary>A document already in memory.</summary>
    /// <param name="document">The document.</param>
    /// <param name="provinceCode">The province; <see langword="null"/> takes it from the region's code.</param>
    /// <returns>The source, named by the region's code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static RegionSource FromDocument(SakipDocument document, string? provinceCode = null)
    {
        Guard.Against.Null(document);
        return new RegionSource(document.Region.Code, _ => ValueTask.FromResult(Result<SakipDocument>.Success(document)), provinceCode);
    }

    /// <summary>A SAKIP document file (<c>docs/sakip-document-format.md</c>), read as a UTF-8 stream when the run
    /// gets to it.</summary>
    /// <param name="path">The file's path; a missing or unreadable file is a problem of the region, not an exception.</param>
    /// <param name="provinceCode">The province; <see langword="null"/> takes it from the region's code.</param>
    /// <param name="options">The reader's limits; <see langword="null"/> means <see cref="NationalRunOptions.DocumentLimits"/>
    /// (a whole regency's document is larger than <see cref="DocumentReadOptions.Default"/> allows).</param>
    /// <param name="schemes">Finds an evaluation scheme by id; <see langword="null"/> means the built-in schemes.</param>
    /// <returns>The source, named by the path as given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static RegionSource FromFile(string path, string? provinceCode = null, DocumentReadOptions? options = null, Func<string, EvaluationScheme?>? schemes = null)
    {
        Guard.Against.Null(path);
        return File(path, path, provinceCode, options, schemes);
    }

    /// <summary>A document file shown under another name (its path relative to a folder or manifest, so the summary
    /// does not depend on the working folder).</summary>
    internal static RegionSource File(string name, string path, string? provinceCode, DocumentReadOptions? options, Func<string, EvaluationScheme?>? schemes = null) =>
        new(name, _ => ValueTask.FromResult(Read(path, options ?? NationalRunOptions.DocumentLimits, schemes)), provinceCode);

    /// <summary>Loads the document.</summary>
    /// <param name="cancellationToken">Cancels the loading.</param>
    /// <returns>The document, or its problems.</returns>
    public ValueTask<Result<SakipDocument>> LoadAsync(CancellationToken cancellationToken = default) => _load(cancellationToken);

    /// <inheritdoc />
    public override string ToString() => Name;

    private static Result<SakipDocument> Read(string path, DocumentReadOptions options, Func<string, EvaluationScheme?>? schemes)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Result<SakipDocument>.Failure(new Problem("file", NationalMessages.FileUnreadable(path, FailureText.Of(e))));
        }

        using (stream)
        {
            return SakipDocumentJson.Read(stream, schemes ?? (id => EvaluationSchemes.TryGet(id, out var scheme) ? scheme : null), options);
        }
    }
}
