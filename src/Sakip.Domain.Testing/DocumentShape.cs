using Ardalis.GuardClauses;

namespace Sakip.Domain.Testing;

/// <summary>
/// The size and make-up of a document <see cref="RegionDocumentGenerator"/> writes: how many agencies, sasaran,
/// programs, kegiatan, sub kegiatan and indicators, which years are planned and measured, how realisations are
/// reported, whether LKE evaluations are included, and the share of deliberate problems.
/// </summary>
/// <remarks>
/// <para>The counts "per" something are means: each one is drawn between <c>n − n/3</c> and <c>n + n/3</c> (integer
/// division), so the defaults draw 2–4 sasaran per agency, 3–5 programs per sasaran, 4–8 kegiatan per program and
/// 11–21 sub kegiatan per kegiatan, the density of <see cref="CascadeGenerator"/>: about 1,240 plan elements (agency
/// sasaran, programs, kegiatan, sub kegiatan) per agency. Measured on seeds 1–5: a <see cref="Regency"/> document
/// holds 38,900–42,400 plan elements (1,210–1,330 per agency; each one a node of the performance tree), as many
/// indicator definitions and 134,000–146,000 realisation entries over its two measured years; a
/// <see cref="Province"/> document (seeds 1–3) 50,400–53,800 plan elements and 175,000–186,000 realisation
/// entries.</para>
/// <para>Every property is checked when it is set (an out-of-range value throws
/// <see cref="ArgumentOutOfRangeException"/>), so no shape holds an impossible size; <see cref="MeasuredYears"/> is
/// checked against <see cref="PlanYears"/> when a document is generated. Immutable and thread-safe.</para>
/// </remarks>
public sealed record DocumentShape
{
    /// <summary>The default shape of a regency or city: 32 agencies (<see cref="Agencies"/>) and 15 RPJMD sasaran.</summary>
    public static DocumentShape Regency { get; } = new();

    /// <summary>The default shape of a province: 40 agencies and 18 RPJMD sasaran.</summary>
    public static DocumentShape Province { get; } = new() { Agencies = 40, RpjmdSasaran = 18 };

    /// <summary>The smallest realistic shape, for fast tests: 2 agencies, 3 RPJMD sasaran, one sasaran per agency,
    /// one program per sasaran, two kegiatan per program, two sub kegiatan per kegiatan, three plan years, one
    /// measured.</summary>
    public static DocumentShape Tiny { get; } = new()
    {
        Agencies = 2,
        RpjmdSasaran = 3,
        SasaranPerAgency = 1,
        ProgramsPerSasaran = 1,
        KegiatanPerProgram = 2,
        SubKegiatanPerKegiatan = 2,
        PlanYears = 3,
        MeasuredYears = 1,
    };

    /// <summary>The number of agencies (<i>perangkat daerah</i>), each with a Renstra and a Perjanjian Kinerja per
    /// measured year; 1–99 (the organisation code's unit number). Default 32.</summary>
    public int Agencies
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(Agencies), 1, 99);
    } = 32;

    /// <summary>The number of RPJMD sasaran, 1–99; their tujuan are one for every three sasaran. Default 15.</summary>
    public int RpjmdSasaran
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(RpjmdSasaran), 1, 99);
    } = 15;

    /// <summary>The mean number of sasaran of an agency's Renstra, 1–6. Default 3.</summary>
    public int SasaranPerAgency
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(SasaranPerAgency), 1, 6);
    } = 3;

    /// <summary>The mean number of programs serving an agency sasaran, 1–6. Default 4.</summary>
    public int ProgramsPerSasaran
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(ProgramsPerSasaran), 1, 6);
    } = 4;

    /// <summary>The mean number of kegiatan of a program, 1–60. Default 6.</summary>
    public int KegiatanPerProgram
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(KegiatanPerProgram), 1, 60);
    } = 6;

    /// <summary>The mean number of sub kegiatan of a kegiatan, 1–300. Default 16.</summary>
    public int SubKegiatanPerKegiatan
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(SubKegiatanPerKegiatan), 1, 300);
    } = 16;

    /// <summary>The number of indicators of each program, kegiatan and sub kegiatan, 1–3; a sasaran (RPJMD or agency)
    /// has this many and, one time in four, one more. Default 1.</summary>
    public int IndicatorsPerItem
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(IndicatorsPerItem), 1, 3);
    } = 1;

    /// <summary>The first year of the RPJMD and of every Renstra, 2000–2100. Default 2025.</summary>
    public int FirstYear
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(FirstYear), 2000, 2100);
    } = 2025;

    /// <summary>The number of plan years, 1–10. Default 5 (2025–2029).</summary>
    public int PlanYears
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(PlanYears), 1, 10);
    } = 5;

    /// <summary>The number of measured years from the first plan year on, 0–10 and at most <see cref="PlanYears"/>:
    /// each has its Perjanjian Kinerja (head of region and every agency head), their quarterly Rencana Aksi, the
    /// realisations, the program budget realisations and, when <see cref="Evaluations"/>, an LKE evaluation.
    /// Default 2.</summary>
    public int MeasuredYears
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(MeasuredYears), 0, 10);
    } = 2;

    /// <summary>The share of reported indicators whose realisation of a year comes as four quarters rather than one
    /// annual figure, 0–1. Default 0.25.</summary>
    public decimal QuarterlyShare
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(QuarterlyShare), 0m, 1m);
    } = 0.25m;

    /// <summary>The share of indicator-years with a target left without any realisation (not reported, never 0),
    /// 0–1. Default 0.015.</summary>
    public decimal NotReportedShare
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(NotReportedShare), 0m, 1m);
    } = 0.015m;

    /// <summary>Whether the document carries an LKE evaluation (PermenPAN-RB 88/2021 scheme, one grade per
    /// sub-component) of the region for each measured year. Default <see langword="true"/>.</summary>
    public bool Evaluations { get; init; } = true;

    /// <summary>The share of candidate places that get a deliberate problem, 0–1 (see
    /// <see cref="DeliberateProblemKind"/> for the kinds and their places). At 0 (the default) the document is valid
    /// under the alignment review: <see cref="Review.AlignmentReview.Default"/> reports no error-severity
    /// finding.</summary>
    public decimal ProblemRate
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(ProblemRate), 0m, 1m);
    }

    /// <summary>Throws when the properties disagree with each other.</summary>
    internal void Check()
    {
        if (MeasuredYears > PlanYears)
        {
            throw new ArgumentException($"The shape measures {MeasuredYears} years of a {PlanYears}-year plan.", "shape");
        }

        if (FirstYear + PlanYears - 1 > 2100)
        {
            throw new ArgumentException("The shape's plan ends after 2100.", "shape");
        }
    }
}
