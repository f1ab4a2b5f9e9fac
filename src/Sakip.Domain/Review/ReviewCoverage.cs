using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Sakip.Domain.Planning;
using Sakip.Domain.Values;

namespace Sakip.Domain.Review;

/// <summary>
/// How much of a region's plans hang together, as three shares: RPJMD sasaran that an agency supports, agency sasaran
/// aligned to the RPJMD, and budget tied to an outcome indicator.
/// </summary>
/// <remarks>Each share keeps its numerator and denominator; a share whose denominator is 0 is not applicable
/// (<see cref="CoverageShare.Percent"/> is <see langword="null"/>), never a silent 0. Immutable and thread-safe.</remarks>
/// <param name="RpjmdSasaranSupported">RPJMD sasaran that at least one agency (Renstra) sasaran supports, over all
/// RPJMD sasaran. Not applicable without an RPJMD or when it has no sasaran.</param>
/// <param name="AgencySasaranAligned">Agency sasaran that support at least one RPJMD sasaran, over all agency sasaran
/// of every Renstra. Not applicable without an RPJMD (there is nothing to align to) or without agency sasaran.</param>
/// <param name="BudgetTiedToOutcome">Rupiah of Renstra programs (whole Renstra period, summed over agencies) whose
/// own indicators or whose sasaran's indicators include an <see cref="IndicatorType.Outcome"/> one, over the rupiah
/// of all Renstra programs. Not applicable when the programs carry no budget.</param>
public sealed record ReviewCoverage(CoverageShare RpjmdSasaranSupported, CoverageShare AgencySasaranAligned, CoverageShare BudgetTiedToOutcome)
{
    /// <summary>Measures the coverage of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The three shares.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="OverflowException">The budgets sum beyond the range of <see cref="decimal"/>.</exception>
    public static ReviewCoverage Of(SakipDocument document)
    {
        Guard.Against.Null(document);
        var supported = document.Renstras
            .SelectMany(r => r.Sasaran)
            .SelectMany(s => s.SupportsRpjmdSasaran)
            .ToHashSet(StringComparer.Ordinal);
        var rpjmdSasaran = document.Rpjmd?.Sasaran ?? default;
        var rpjmdShare = new CoverageShare(rpjmdSasaran.Count(s => supported.Contains(s.Id)), rpjmdSasaran.Count);

        var agencySasaran = document.Rpjmd is null ? [] : document.Renstras.SelectMany(r => r.Sasaran).ToList();
        var agencyShare = new CoverageShare(agencySasaran.Count(s => s.SupportsRpjmdSasaran.Count > 0), agencySasaran.Count);

        var outcome = document.Indicators.Where(i => i.Type == IndicatorType.Outcome).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var tied = 0m;
        var total = 0m;
        foreach (var renstra in document.Renstras)
        {
            var outcomeSasaran = renstra.Sasaran
                .Where(s => s.Indicators.Any(p => outcome.Contains(p.IndicatorId)))
                .Select(s => s.Id)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var program in renstra.Programs)
            {
                var amount = PlanMath.Total(program.Budget);
                total += amount;
                if (program.Indicators.Any(p => outcome.Contains(p.IndicatorId)) || program.SasaranIds.Any(outcomeSasaran.Contains))
                {
                    tied += amount;
                }
            }
        }

        return new(rpjmdShare, agencyShare, new CoverageShare(tied, total));
    }
}

/// <summary>A share: a numerator out of a denominator, and the percentage when it has one.</summary>
/// <remarks><c>default(CoverageShare)</c> is 0 of 0: not applicable. Immutable and thread-safe.</remarks>
public readonly record struct CoverageShare
{
    /// <summary>Creates a share.</summary>
    /// <param name="numerator">The part, 0 to <paramref name="denominator"/>.</param>
    /// <param name="denominator">The whole, 0 or more; 0 makes the share not applicable.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, or the part exceeds the whole.</exception>
    [JsonConstructor]
    public CoverageShare(decimal numerator, decimal denominator)
    {
        Guard.Against.OutOfRange(denominator, nameof(denominator), 0m, decimal.MaxValue);
        Guard.Against.OutOfRange(numerator, nameof(numerator), 0m, denominator);
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The part (a count, or rupiah).</summary>
    public decimal Numerator { get; }

    /// <summary>The whole (a count, or rupiah).</summary>
    public decimal Denominator { get; }

    /// <summary>Whether the share has a meaning: the denominator is not 0.</summary>
    public bool IsApplicable => Denominator != 0m;

    /// <summary>The share in percent, 0 to 100, exact up to decimal precision; <see langword="null"/> when not
    /// applicable (never a silent 0).</summary>
    public Percentage? Percent => IsApplicable ? new Percentage(Numerator / Denominator * 100m) : null;

    /// <summary>Formats the share in the invariant culture, e.g. <c>75 % (3/4)</c> or <c>n/a (0/0)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Percent is { } p ? p.Value.ToString("0.##", CultureInfo.InvariantCulture) + " %" : "n/a")} ({Numerator}/{Denominator})");
}
