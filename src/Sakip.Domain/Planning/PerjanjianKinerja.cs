using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Periods;
using Sakip.Domain.Values;

namespace Sakip.Domain.Planning;

/// <summary>One committed target of a Perjanjian Kinerja.</summary>
/// <param name="SasaranId">The objective: an agency sasaran of the agency's Renstra, or an RPJMD sasaran for the
/// head of region.</param>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Target">The committed target.</param>
public sealed record PkTarget(string SasaranId, string IndicatorId, Target Target)
{
    /// <summary>Why the target differs from the Renstra's target of the year, when it does.</summary>
    public string? DeviationReason { get; init; }
}

/// <summary>A program supporting a Perjanjian Kinerja, with its budget for the year.</summary>
/// <param name="Code">The program (or kegiatan) code.</param>
/// <param name="Budget">The budget in rupiah.</param>
public sealed record PkProgram(ProgramCode Code, decimal Budget);

/// <summary>
/// A yearly performance agreement (Perjanjian Kinerja, PermenPAN-RB 53/2014): the targets an official commits to
/// with their superior, with the programs and budget behind them.
/// </summary>
/// <remarks>Immutable and thread-safe; compared by content.</remarks>
public sealed record PerjanjianKinerja
{
    /// <summary>Document-wide unique id, e.g. <c>PK-2025-DINKES</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The year.</summary>
    public required int Year { get; init; }

    /// <summary>The agency, or <see langword="null"/> for the head of region's agreement.</summary>
    public OrganisationCode? Agency { get; init; }

    /// <summary>The official's name.</summary>
    public required string Official { get; init; }

    /// <summary>The official's position, e.g. <c>Kepala Dinas Kesehatan</c>.</summary>
    public required string Position { get; init; }

    /// <summary>The official's level.</summary>
    public OfficialLevel Level { get; init; }

    /// <summary>The committed targets.</summary>
    public ValueList<PkTarget> Targets { get; init; }

    /// <summary>The supporting programs and budget.</summary>
    public ValueList<PkProgram> Programs { get; init; }
}

/// <summary>A target for one period (a quarter of a Rencana Aksi).</summary>
/// <param name="Period">The period.</param>
/// <param name="Target">The target.</param>
public sealed record PeriodTarget(ReportingPeriod Period, Target Target);

/// <summary>The Rencana Aksi of one Perjanjian Kinerja indicator: its targets by period (usually by quarter).</summary>
/// <param name="PerjanjianKinerjaId">The agreement.</param>
/// <param name="IndicatorId">The indicator, one of the agreement's targets.</param>
public sealed record RencanaAksi(string PerjanjianKinerjaId, string IndicatorId)
{
    /// <summary>The period targets.</summary>
    public ValueList<PeriodTarget> Targets { get; init; }
}

/// <summary>A reported realisation of an indicator for a period. A period without an entry is not reported.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Period">The period (a year, or a quarter for Rencana Aksi monitoring).</param>
/// <param name="Value">The realised value.</param>
public sealed record IndicatorRealisation(string IndicatorId, ReportingPeriod Period, Measure Value)
{
    /// <summary>The agency reporting it, for indicators several agencies report; <see langword="null"/> otherwise.</summary>
    public OrganisationCode? Agency { get; init; }
}

/// <summary>Realised spending of a program, kegiatan or sub kegiatan for a period.</summary>
/// <param name="Code">The budgeted item's code.</param>
/// <param name="Agency">The agency spending it.</param>
/// <param name="Period">The period.</param>
/// <param name="Amount">The amount in rupiah.</param>
public sealed record BudgetRealisation(ProgramCode Code, OrganisationCode Agency, ReportingPeriod Period, decimal Amount);
