using System.Globalization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Bands;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Where everything is on the capaian workbook and in the capaian CSV, and the words of each language: shared
/// by the writers and the reader so that all agree.</summary>
internal static class CapaianLayout
{
    public const int TitleRow = 1;
    public const int SubjectRow = 2;
    public const int HeaderRow = 3;
    public const int FirstRow = 4;

    public const int IdColumn = 1;           // A
    public const int TextColumn = 2;         // B
    public const int UnitColumn = 3;         // C
    public const int TargetColumn = 4;       // D
    public const int RealisationColumn = 5;  // E
    public const int CapaianColumn = 6;      // F
    public const int BandColumn = 7;         // G
    public const int FormulaColumn = 8;      // H
    public const int NoteColumn = 9;         // I
    public const int LastColumn = NoteColumn;

    /// <summary>Column widths in characters, A to I.</summary>
    public static readonly double[] Widths = [19, 50, 14, 10, 10, 15, 14, 18, 32];

    /// <summary>The default reading limits: a province's table of tens of thousands of rows is a few megabytes.</summary>
    public const long MaxWorkbookBytes = 64L * 1024 * 1024;

    public const long MaxPartCharacters = 1L << 30;

    public static string Sheet(Language language) => language == Language.Indonesian ? "Capaian" : "Achievement";

    public static BilingualText Heading(int column) => column switch
    {
        IdColumn => new("Id", "Kode"),
        TextColumn => new("Indicator", "Indikator"),
        UnitColumn => new("Unit", "Satuan"),
        TargetColumn => new("Target", "Target"),
        RealisationColumn => new("Actual", "Realisasi"),
        CapaianColumn => new("Achievement (%)", "Capaian (%)"),
        BandColumn => new("Band", "Kategori"),
        FormulaColumn => new("Formula", "Rumus"),
        _ => new("Note", "Keterangan"),
    };

    public static readonly Language[] Languages = [Language.Indonesian, Language.English];

    /// <summary>The words written where an indicator has no capaian, by status.</summary>
    public static BilingualText Word(AchievementStatus status) => status switch
    {
        AchievementStatus.NotReported => new("not reported", "tidak dilaporkan"),
        AchievementStatus.NotMeasurable => new("not measurable", "tidak terukur"),
        _ => new("invalid", "tidak valid"),
    };

    /// <summary>The word written where a sasaran has no combined capaian.</summary>
    public static readonly BilingualText NotAvailable = new("not available", "tidak tersedia");

    /// <summary>The status a word names, in either language, ignoring case and surrounding spaces.</summary>
    public static AchievementStatus? StatusOf(string text)
    {
        var t = text.Trim();
        foreach (var status in new[] { AchievementStatus.NotReported, AchievementStatus.NotMeasurable, AchievementStatus.InvalidInput })
        {
            var word = Word(status);
            if (string.Equals(t, word.English, StringComparison.OrdinalIgnoreCase) || string.Equals(t, word.Indonesian, StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        return null;
    }

    /// <summary>The range target as written: invariant numbers with an en dash (<c>80–90</c>), which
    /// <see cref="Values.Target.TryParse(string?, IFormatProvider?)"/> reads back.</summary>
    public static string RangeText(Values.Target target, CultureInfo culture) =>
        Figures.In(target.Lower, culture) + "\u2013" + Figures.In(target.Upper, culture);

    /// <summary>The table's rows, in order: each agreement, its sasaran, their indicators.</summary>
    public static IEnumerable<CapaianRow> Rows(MeasurementReport report, Language language)
    {
        foreach (var agreement in report.Agreements)
        {
            yield return new CapaianRow(CapaianRowKind.Agreement, agreement.PerjanjianKinerjaId, agreement.Name, null, null, null, null, null, null, null, agreement.Position);
            foreach (var sasaran in agreement.Sasaran)
            {
                var value = sasaran.Aggregate.AsValue;
                yield return new CapaianRow(
                    CapaianRowKind.Sasaran, sasaran.SasaranId, sasaran.Sasaran, null, null, null, null,
                    value?.Presented.Value, value?.Band.Label.In(language), null, Note(sasaran.Aggregate, language));
                foreach (var row in sasaran.Indicators)
                {
                    yield return new CapaianRow(
                        CapaianRowKind.Indicator, row.IndicatorId, row.Name, row.Unit, row.Target, row.Realisation?.Value, row.Result.Status,
                        row.Result.Presented?.Value, row.Result.Band?.Label.In(language), row.Result.Explanation.FormulaId, Note(row.Result, language));
                }
            }
        }
    }

    /// <summary>The number of decimals the rule set presents capaian with: that of the first computed capaian's
    /// rounding (one rule set measures a whole report), else two.</summary>
    public static int PresentedDecimals(MeasurementReport report)
    {
        foreach (var row in report.Agreements.SelectMany(a => a.Sasaran).SelectMany(s => s.Indicators))
        {
            if (row.Result.Explanation.Rounding is RoundingRule rule)
            {
                return rule.Decimals;
            }
        }

        return RoundingRule.TwoDecimalsHalfUp.Decimals;
    }

    /// <summary>The bands' count for colouring: the given set's, the built-in rule set's, else the lowest rank met.</summary>
    public static int BandCount(MeasurementReport report, BandSet? bands)
    {
        if (bands is not null)
        {
            return bands.Bands.Count;
        }

        if (RuleSets.TryGet(report.RuleSetId, out var rules) && rules.Version == report.RuleSetVersion)
        {
            return rules.Bands.Bands.Count;
        }

        var ranks = report.Agreements.SelectMany(a => a.Sasaran)
            .SelectMany(s => s.Indicators.Select(i => i.Result.Band?.Rank ?? 0).Append(s.Aggregate.AsValue?.Band.Rank ?? 0));
        return Math.Max(1, ranks.DefaultIfEmpty(1).Max());
    }

    /// <summary>The band ranks of a report by label (in the table's language), for the fill colours.</summary>
    public static Dictionary<string, int> Ranks(MeasurementReport report, Language language)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sasaran in report.Agreements.SelectMany(a => a.Sasaran))
        {
            foreach (var band in sasaran.Indicators.Select(i => i.Result.Band).Append(sasaran.Aggregate.AsValue?.Band))
            {
                if (band is not null)
                {
                    ranks.TryAdd(band.Label.In(language), band.Rank);
                }
            }
        }

        return ranks;
    }

    private static string? Note(AchievementResult result, Language language) => result.Match<string?>(
        _ => null,
        _ => null,
        m => m.Reason.In(language),
        i => string.Join("; ", i.Problems.Select(p => p.ToString(language))));

    private static string Note(AggregateResult aggregate, Language language) => aggregate.Match(
        v =>
        {
            var n = v.Included.Count.ToString(CultureInfo.InvariantCulture);
            var excluded = v.Excluded.Count.ToString(CultureInfo.InvariantCulture);
            return language == Language.Indonesian
                ? $"{Method(v.Strategy, language)} {n} indikator" + (v.Excluded.Count == 0 ? string.Empty : $"; {excluded} tanpa capaian tidak dihitung")
                : $"{Method(v.Strategy, language)} {n} indicator(s)" + (v.Excluded.Count == 0 ? string.Empty : $"; {excluded} without an achievement not counted");
        },
        n => n.Reason.In(language),
        i => string.Join("; ", i.Problems.Select(p => p.ToString(language))));

    private static string Method(IRollUpStrategy strategy, Language language)
    {
        var id = language == Language.Indonesian;
        return ReferenceEquals(strategy, RollUpStrategies.Mean) ? (id ? "rata-rata" : "mean of")
            : ReferenceEquals(strategy, RollUpStrategies.WeightedMean) ? (id ? "rata-rata tertimbang" : "weighted mean of")
            : ReferenceEquals(strategy, RollUpStrategies.Worst) ? (id ? "terendah dari" : "lowest of")
            : ReferenceEquals(strategy, RollUpStrategies.RatioOfSums) ? (id ? "rasio jumlah" : "ratio of sums of")
            : strategy.Id;
    }
}

/// <summary>The band fills of the capaian workbook: the colours of Sakip.Domain.Diagrams' <c>BandPalette</c> (a
/// diverging blue → yellow → red scale after ColorBrewer's RdYlBu, best band blue), copied so that the spreadsheet
/// package does not depend on the diagrams package; a test keeps the two equal.</summary>
internal static class CapaianPalette
{
    /// <summary>The six fills, best first (ARGB).</summary>
    public static readonly string[] Steps = ["FFA9C8E8", "FFD4E9F4", "FFFFF1A8", "FFFED3A0", "FFFBB58F", "FFF5A3A3"];

    /// <summary>The step of a band: the best band takes the first and the worst the last, the bands between spread
    /// over the steps between (as <c>BandPalette.Of</c>).</summary>
    public static int Step(int rank, int bandCount)
    {
        if (bandCount <= 1)
        {
            return 0;
        }

        var position = (int)Math.Ceiling(((rank - 1) * (Steps.Length - 1) / (double)(bandCount - 1)) - 0.5);
        return Math.Clamp(position, 0, Steps.Length - 1);
    }
}
