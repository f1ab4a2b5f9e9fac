using System.Diagnostics;
using Ardalis.GuardClauses;
using Sakip.Domain.Collections;
using Sakip.Domain.Planning;
using Sakip.Domain.Text;

namespace Sakip.Domain.Analytics.National;

/// <summary>Reviews, measures, rolls up and scores many regions, each on its own, in parallel across cores with a
/// bounded number of documents in memory, and writes every region's fact rows (<see cref="RegionFacts"/>) in the
/// order of the sources; a region whose document is broken is reported and skipped, never stopping the others.</summary>
/// <remarks>
/// <para>Regions are processed on up to <see cref="NationalRunOptions.MaxDegreeOfParallelism"/> threads and written one
/// at a time in source order, so the same sources give the same files and the same summary (all but the timings)
/// whatever the number of cores. At most twice that many regions are loaded or waiting to be written at once: memory
/// is bounded by the largest regions, never by the country.</para>
/// <para>When the province changes from one region to the next, the writer's files of the province just finished are
/// completed (<see cref="ParquetFactWriter.CompleteProvinceAsync"/>), so a run over sources grouped by province (a
/// folder per province, or a manifest in that order) holds one province's partial row groups at a time.</para>
/// <para>Sizing and measured costs: <c>docs/scale.md</c>.</para>
/// </remarks>
public static class NationalRun
{
    /// <summary>Runs every region of a source list.</summary>
    /// <param name="sources">The regions, read once, lazily (a folder's or manifest's list, or any sequence).</param>
    /// <param name="facts">Where the fact rows go; <see langword="null"/> to write none (a dry run: the summary
    /// alone).</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="NationalRunOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the run between regions (raising <see cref="OperationCanceledException"/>);
    /// the regions written so far stay written once the writer is disposed.</param>
    /// <returns>The summary: every region's outcome in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null, or holds a null source.</exception>
    /// <exception cref="IOException">A fact file could not be written (a full disk): the run stops, as every later
    /// region would fail the same way.</exception>
    public static async Task<NationalRunSummary> RunAsync(IEnumerable<RegionSource> sources, ParquetFactWriter? facts = null, NationalRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(sources);
        options ??= NationalRunOptions.Default;
        var degree = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount;
        int? total = sources switch
        {
            IReadOnlyCollection<RegionSource> list => list.Count,
            ICollection<RegionSource> list => list.Count,
            _ => null,
        };

        var clock = Stopwatch.StartNew();
        var outcomes = new List<RegionOutcome>();
        var pending = new Queue<Task<Processed>>();
        using var workers = new SemaphoreSlim(degree);
        var skipped = 0;
        string? province = null;

        async Task WriteNextAsync()
        {
            var processed = await pending.Dequeue().ConfigureAwait(false);
            var outcome = processed.Outcome;
            if (facts is not null && processed.Facts.Count > 0)
            {
                if (province is not null && outcome.ProvinceCode != province)
                {
                    await facts.CompleteProvinceAsync(province).ConfigureAwait(false);
                }

                province = outcome.ProvinceCode;
                var problems = new List<Problem>();
                var refused = new HashSet<int>();
                foreach (var year in processed.Facts)
                {
                    foreach (var problem in await facts.AddAsync(year, cancellationToken).ConfigureAwait(false))
                    {
                        refused.Add(year.Year);
                        problems.Add(problem with { Path = $"years[{year.Year}].{problem.Path}" });
                    }
                }

                if (problems.Count > 0)
                {
                    outcome = outcome with
                    {
                        Years = [.. outcome.Years.Where(y => !refused.Contains(y.Year))],
                        Problems = [.. outcome.Problems, .. problems],
                        Status = refused.Count == processed.Facts.Count ? RegionStatus.Skipped : RegionStatus.Partial,
                    };
                }
            }

            outcomes.Add(outcome);
            skipped += outcome.Status == RegionStatus.Skipped ? 1 : 0;
            options.Progress?.Report(new NationalRunProgress(outcomes.Count, skipped, total, outcome, clock.Elapsed));
        }

        var index = 0;
        foreach (var source in sources)
        {
            Guard.Against.Null(source);
            cancellationToken.ThrowIfCancellationRequested();
            while (pending.Count >= 2 * degree || (pending.Count > 0 && pending.Peek().IsCompleted))
            {
                await WriteNextAsync().ConfigureAwait(false);
            }

            var at = index++;
            pending.Enqueue(Task.Run(
                async () =>
                {
                    await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
                    try
                    {
                        return await ProcessAsync(at, source, options, cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        workers.Release();
                    }
                },
                cancellationToken));
        }

        while (pending.Count > 0)
        {
            await WriteNextAsync().ConfigureAwait(false);
        }

        if (facts is not null && province is not null)
        {
            await facts.CompleteProvinceAsync(province).ConfigureAwait(false);
        }

        return new NationalRunSummary([.. outcomes], clock.Elapsed);
    }

    /// <summary>One region, loaded and turned into its rows: everything but the writing, which the run does in
    /// order.</summary>
    private static async Task<Processed> ProcessAsync(int index, RegionSource source, NationalRunOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        Result<SakipDocument> loaded;
        try
        {
            loaded = await source.LoadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A loader is the caller's code (a file, a database, a generator): whatever it throws is this region's
            // problem, reported in the summary, and the other regions go on.
            return Skipped(index, source, null, [new Problem("source", NationalMessages.LoadFailed(FailureText.Of(e)))], clock);
        }

        if (!loaded.TryGetValue(out var document))
        {
            return Skipped(index, source, null, [.. loaded.Problems], clock);
        }

        try
        {
            return Process(index, source, document, options, clock);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect in a rule or a plugin must not stop a country's run: the region is skipped, its failure listed.
            return Skipped(index, source, document, [new Problem("", NationalMessages.RegionFailed(FailureText.Of(e)))], clock);
        }
    }

    private static Processed Process(int index, RegionSource source, SakipDocument document, NationalRunOptions options, Stopwatch clock)
    {
        var region = document.Region;
        var province = source.ProvinceCode ?? ProvinceOf(region.Code);
        if (province is null)
        {
            return Skipped(index, source, document, [new Problem("region.code", NationalMessages.ProvinceUnknown(region.Code))], clock);
        }

        var review = options.Review?.Run(document);
        var years = options.Years.Count > 0
            ? options.Years.Distinct().Order().ToList()
            : document.PerjanjianKinerja.Select(pk => pk.Year).Distinct().Order().ToList();
        var problems = new List<Problem>();
        if (years.Count == 0)
        {
            problems.Add(new Problem("perjanjianKinerja", NationalMessages.NoYears));
        }

        var written = new List<RegionFacts>();
        var outcomes = new List<RegionYearOutcome>();
        foreach (var year in years)
        {
            var facts = RegionFacts.From(document, year, options.RollUp, province, asOf: null);
            if (!facts.TryGetValue(out var rows))
            {
                problems.AddRange(facts.Problems.Select(p => p with { Path = $"years[{year}].{p.Path}" }));
                continue;
            }

            problems.AddRange(rows.TreeProblems.Select(p => p with { Path = $"years[{year}].tree.{p.Path}" }));
            written.Add(rows);
            outcomes.Add(new RegionYearOutcome(year, rows.Capaian.Count, rows.Tree.Count, rows.Evaluations.Count, GradeOf(rows, region)));
        }

        var status = written.Count == 0 ? RegionStatus.Skipped : problems.Count > 0 ? RegionStatus.Partial : RegionStatus.Completed;
        var outcome = new RegionOutcome(index, source.Name, region.Code, region.Name, province, status, [.. outcomes], review?.ErrorCount, review?.WarningCount, [.. problems], clock.Elapsed);
        return new Processed(outcome, written);
    }

    /// <summary>The grade of the region's own evaluation of the year: the one whose subject is the region's name or
    /// code, else the only one; none when it is not complete.</summary>
    private static string? GradeOf(RegionFacts rows, Region region)
    {
        var subjects = rows.Evaluations.Select(e => e.Subject).Distinct(StringComparer.Ordinal).ToList();
        var subject = subjects.FirstOrDefault(s => s == region.Name || s == region.Code) ?? (subjects.Count == 1 ? subjects[0] : null);
        var row = rows.Evaluations.FirstOrDefault(e => e.Subject == subject);
        return row is { IsComplete: true } ? row.GradeCode : null;
    }

    /// <summary>A region's province from its code: the first segment (<c>33</c> of <c>33.01</c>), when it is a valid
    /// partition name.</summary>
    internal static string? ProvinceOf(string regionCode)
    {
        var dot = regionCode.IndexOf('.', StringComparison.Ordinal);
        var first = dot < 0 ? regionCode : regionCode[..dot];
        return RegionFacts.IsProvinceCode(first) ? first : null;
    }

    private static Processed Skipped(int index, RegionSource source, SakipDocument? document, ValueList<Problem> problems, Stopwatch clock) =>
        new(new RegionOutcome(index, source.Name, document?.Region.Code, document?.Region.Name, source.ProvinceCode ?? (document is null ? null : ProvinceOf(document.Region.Code)), RegionStatus.Skipped, [], null, null, problems, clock.Elapsed), []);

    private sealed record Processed(RegionOutcome Outcome, IReadOnlyList<RegionFacts> Facts);
}
