using System.Collections.Concurrent;
using System.Globalization;
using Ardalis.GuardClauses;
using Parquet;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Analytics;

/// <summary>Writes regions' fact rows as Apache Parquet files under a root folder, partitioned Hive-style by year and
/// province: <c>capaian/year=2025/province=33/part-0.parquet</c>, and likewise <c>tree/…</c> and
/// <c>evaluation/…</c> (schema: <c>docs/analytics.md</c>).</summary>
/// <remarks>
/// <para>Thread-safe: regions may be added from several threads at once. Each partition buffers its rows and writes a
/// row group whenever it holds <see cref="ParquetFactWriterOptions.RowGroupRows"/>, so memory stays bounded by the
/// number of open partitions, never the whole country. Each partition is one file, open until the writer is
/// disposed (or its province completed with <see cref="CompleteProvinceAsync"/>), which writes the last rows and the
/// footers; a file already there is replaced. A province added again after it was completed goes on in a new file of
/// the same partition (<c>part-1.parquet</c>, …), which every engine reads as part of the partition.</para>
/// <para>Same regions added in the same order, same bytes: no timestamps or host data are written. A region is
/// written whole or not at all: a figure that does not fit its column's DECIMAL type is a problem and nothing of the
/// region is written (never rounded).</para>
/// <para>Dispose the writer once every <see cref="AddAsync"/> has finished (not while one runs). An exception (a full
/// disk, a cancellation) may leave part of the region being added in the buffers: dispose the writer and write that
/// run again.</para>
/// </remarks>
public sealed class ParquetFactWriter : IDisposable, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<IPartition>> _partitions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _nextFile = new(StringComparer.Ordinal);
    private readonly ParquetFactWriterOptions _options;
    private int _closed;

    /// <summary>Creates a writer under a root folder (created when missing).</summary>
    /// <param name="root">The root folder.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="ParquetFactWriterOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="root"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="root"/> is empty or white space.</exception>
    public ParquetFactWriter(string root, ParquetFactWriterOptions? options = null)
    {
        Guard.Against.NullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        _options = options ?? ParquetFactWriterOptions.Default;
    }

    /// <summary>The root folder.</summary>
    public string Root { get; }

    /// <summary>Adds every row of one region and year.</summary>
    /// <param name="facts">The region's rows.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>No problem when the rows were taken; otherwise every figure that does not fit its column (path
    /// <c>capaian[3].realisation</c>), or the writer being closed, and nothing of the region was written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public async Task<ValueList<Problem>> AddAsync(RegionFacts facts, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(facts);
        if (Volatile.Read(ref _closed) != 0)
        {
            return [new Problem("writer", AnalyticsMessages.WriterClosed)];
        }

        var problems = new List<Problem>();
        FactTables.Capaian.Check(facts.Capaian, problems);
        FactTables.Tree.Check(facts.Tree, problems);
        FactTables.Evaluation.Check(facts.Evaluations, problems);
        if (problems.Count > 0)
        {
            return [.. problems];
        }

        await AddAsync(FactTables.Capaian, facts, facts.Capaian, cancellationToken).ConfigureAwait(false);
        await AddAsync(FactTables.Tree, facts, facts.Tree, cancellationToken).ConfigureAwait(false);
        await AddAsync(FactTables.Evaluation, facts, facts.Evaluations, cancellationToken).ConfigureAwait(false);
        return [];
    }

    /// <summary>Writes the buffered rows of one province (every table and year) and closes its files, so that their
    /// rows no longer take memory: a run that adds regions province by province calls it when it moves on, and holds
    /// at most one province's partial row groups.</summary>
    /// <param name="provinceCode">The province code, as in <see cref="RegionFacts.ProvinceCode"/>.</param>
    /// <returns>When done. Rows of the province added later go into a new file of each partition.</returns>
    /// <remarks>Call it when no <see cref="AddAsync"/> of that province is running.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="provinceCode"/> is null.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public async Task CompleteProvinceAsync(string provinceCode)
    {
        Guard.Against.Null(provinceCode);
        var suffix = Path.DirectorySeparatorChar + "province=" + provinceCode;
        foreach (var key in _partitions.Keys.Where(k => k.EndsWith(suffix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList())
        {
            if (!_partitions.TryRemove(key, out var lazy))
            {
                continue;
            }

            _nextFile.AddOrUpdate(key, 1, (_, n) => n + 1);
            var partition = lazy.Value;
            try
            {
                await partition.CloseAsync().ConfigureAwait(false);
            }
            finally
            {
                partition.Dispose();
            }
        }
    }

    /// <summary>Writes every buffered row and closes every file.</summary>
    /// <returns>When done.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        foreach (var partition in _partitions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.Value))
        {
            try
            {
                await partition.CloseAsync().ConfigureAwait(false);
            }
            finally
            {
                partition.Dispose();
            }
        }
    }

    /// <summary>Writes every buffered row and closes every file.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task AddAsync<T>(FactTable<T> table, RegionFacts facts, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var folder = Path.Combine(
            Root,
            table.Name,
            string.Create(CultureInfo.InvariantCulture, $"year={facts.Year}"),
            $"province={facts.ProvinceCode}");
        var partition = (Partition<T>)_partitions
            .GetOrAdd(folder, key => new Lazy<IPartition>(() => new Partition<T>(table, key, _nextFile.GetValueOrDefault(key), _options.RowGroupRows)))
            .Value;
        await partition.AddAsync(rows, cancellationToken).ConfigureAwait(false);
    }

    private interface IPartition : IDisposable
    {
        Task CloseAsync();
    }

    /// <summary>One partition's file: its buffer and writer, used by one thread at a time.</summary>
    private sealed class Partition<T>(FactTable<T> table, string folder, int fileNumber, int rowGroupRows) : IPartition
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly List<T> _buffer = [];
        private Stream? _file;
        private ParquetWriter? _writer;
        private bool _closed;

        public async Task AddAsync(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                ObjectDisposedException.ThrowIf(_closed, this);
                _buffer.AddRange(rows);
                while (_buffer.Count >= rowGroupRows)
                {
                    await WriteRowGroupAsync(rowGroupRows, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        public async Task CloseAsync()
        {
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (_closed)
                {
                    return;
                }

                _closed = true;
                if (_buffer.Count > 0)
                {
                    await WriteRowGroupAsync(_buffer.Count, CancellationToken.None).ConfigureAwait(false);
                }

                if (_writer is not null)
                {
                    await _writer.DisposeAsync().ConfigureAwait(false);
                }

                if (_file is not null)
                {
                    await _file.DisposeAsync().ConfigureAwait(false);
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        public void Dispose()
        {
            _file?.Dispose();
            _gate.Dispose();
        }

        private async Task WriteRowGroupAsync(int count, CancellationToken cancellationToken)
        {
            if (_writer is null)
            {
                Directory.CreateDirectory(folder);
                _file = new FileStream(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"part-{fileNumber}.parquet")), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: false);
                _writer = await ParquetWriter.CreateAsync(table.Schema, _file, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            using (var group = _writer.CreateRowGroup())
            {
                foreach (var column in table.Columns)
                {
                    await column.WriteAsync(group, _buffer, count, cancellationToken).ConfigureAwait(false);
                }

                group.CompleteValidate();
            }

            _buffer.RemoveRange(0, count);
        }
    }
}
