using System.Globalization;
using Sakip.Domain.Periods;
using Sakip.Domain.Text;

namespace Sakip.Domain;

/// <summary>Every user-facing message of the library, in English and Indonesian, with its stable code.</summary>
internal static partial class Messages
{
    // Numbers and targets
    public static readonly Reason EmptyNumber = new("empty", "no number was given", "tidak ada angka");
    public static readonly Reason NotFinite = new("not-finite", "NaN and infinity are not measured values", "NaN dan tak hingga bukan nilai terukur");
    public static readonly Reason NumberOutOfRange = new("out-of-range", "the number is too large for exact decimal arithmetic", "angka terlalu besar untuk aritmetika desimal eksak");
    public static readonly Reason RangeReversed = new("range-reversed", "the lower bound of the range is greater than the upper bound", "batas bawah rentang lebih besar dari batas atas");
    public static readonly Reason NegativeNotAllowed = new("negative-not-allowed", "a negative value is not allowed for this indicator (declare AllowsNegativeValues for growth rates and the like)", "nilai negatif tidak diperbolehkan untuk indikator ini (nyatakan AllowsNegativeValues untuk laju pertumbuhan dan sejenisnya)");
    public static readonly Reason ArithmeticOverflow = new("overflow", "the values are too large for exact decimal arithmetic", "nilai terlalu besar untuk aritmetika desimal eksak");

    // Achievement states
    public static readonly Reason NotReported = new("not-reported", "the realisation was not reported", "realisasi tidak dilaporkan");
    public static readonly Reason ZeroTargetPositive = new("zero-target-positive", "the target is 0 on a positive indicator, so R / T has no meaning", "target 0 pada indikator positif, sehingga R / T tidak bermakna");
    public static readonly Reason ZeroTargetPlainRatio = new("zero-target-plain-ratio", "the target is 0, so R / T has no value (the plain ratio ignores polarity, so the zero-target rule for negative indicators does not apply)", "target 0, sehingga R / T tidak bernilai (rasio biasa mengabaikan polaritas, sehingga aturan target nol untuk indikator negatif tidak berlaku)");
    public static readonly Reason ZeroTargetNegative = new("zero-target-negative", "the target is 0 on a negative indicator and the rule set treats that as not measurable", "target 0 pada indikator negatif dan aturan menetapkannya tidak dapat diukur");
    public static readonly Reason InverseZeroRealisation = new("inverse-zero-realisation", "R = 0 with the inverse formula T / R and the rule set treats that as not measurable", "R = 0 dengan rumus invers T / R dan aturan menetapkannya tidak dapat diukur");
    public static readonly Reason InverseZeroRealisationWithoutCap = new("inverse-zero-realisation-no-cap", "R = 0 with the inverse formula scores the cap, but the rule set has no cap", "R = 0 dengan rumus invers bernilai batas atas, tetapi aturan tidak memiliki batas atas");
    public static readonly Reason UnknownPolarity = new("unknown-polarity", "the polarity is not positive or negative", "polaritas bukan positif atau negatif");

    // JSON values (Serialization/): the reason a JSON value is not a value of the library
    public static readonly Reason JsonNotNumber = new("json-not-number", "expected a JSON number", "diharapkan angka JSON");
    public static readonly Reason JsonNotString = new("json-not-string", "expected a JSON string", "diharapkan string JSON");
    public static readonly Reason JsonNotArray = new("json-not-array", "expected a JSON array", "diharapkan larik JSON");
    public static readonly Reason JsonTargetShape = new("json-target-shape", "expected {\"value\": n} for a point target or {\"lower\": n, \"upper\": n} for a range", "diharapkan {\"value\": n} untuk target tunggal atau {\"lower\": n, \"upper\": n} untuk rentang");
    public static readonly Reason JsonYearSpanShape = new("json-year-span-shape", "expected {\"first\": year, \"last\": year} with years 1–9999, the last not before the first", "diharapkan {\"first\": tahun, \"last\": tahun} dengan tahun 1–9999, tahun akhir tidak sebelum tahun awal");
    public static readonly Reason JsonRoundingShape = new("json-rounding-shape", "expected {\"mode\": \"half-up\" | \"truncate\" | \"half-even\", \"decimals\": 0–28}", "diharapkan {\"mode\": \"half-up\" | \"truncate\" | \"half-even\", \"decimals\": 0–28}");

    // Periods
    public static readonly Reason BadPeriod = new("bad-period", "not a period; write 2025, 2025-S1, 2025-Q3 (or 2025-TW3) or 2025-07", "bukan periode; tulis 2025, 2025-S1, 2025-Q3 (atau 2025-TW3) atau 2025-07");
    public static readonly Reason MixedPeriodKinds = new("mixed-period-kinds", "all periods of a plan must be of one kind (all quarters, or all months …)", "semua periode rencana harus sejenis (semua triwulan, atau semua bulan …)");
    public static readonly Reason MissingPeriodEntry = new("missing-period", "the period entry is missing", "entri periode tidak ada");
    public static readonly Reason UnknownAccumulation = new("unknown-accumulation", "the accumulation type is not cumulative, last value or average", "jenis akumulasi bukan kumulatif, nilai terakhir atau rata-rata");

    // Aggregation and efficiency
    public static readonly Reason UnknownAggregation = new("unknown-aggregation", "the missing-item policy is not one the library knows", "kebijakan butir tanpa capaian tidak dikenal");
    public static readonly Reason NoItems = new("no-items", "there is nothing to combine", "tidak ada yang digabungkan");
    public static readonly Reason MissingItem = new("missing-item", "the item is missing (null)", "butir tidak ada (null)");
    public static readonly Reason NegativeWeight = new("negative-weight", "a weight must not be negative", "bobot tidak boleh negatif");
    public static readonly Reason WeightsSumToZero = new("weights-zero", "the weights sum to 0", "jumlah bobot 0");
    public static readonly Reason NotARatioIndicator = new("not-ratio-indicator", "ratio of sums needs positive indicators with point targets", "rasio jumlah memerlukan indikator positif dengan target tunggal");
    public static readonly Reason RatioOfSumsCannotCountZero = new("ratio-count-zero", "ratio of sums cannot count a missing item as zero", "rasio jumlah tidak dapat menghitung butir kosong sebagai nol");
    public static readonly Reason NothingToAggregate = new("nothing-achieved", "no item has an achievement", "tidak ada butir yang memiliki capaian");
    public static readonly Reason AggregateIncomplete = new("incomplete", "some items have no achievement and the policy requires all", "sebagian butir belum memiliki capaian dan kebijakan mensyaratkan semuanya");
    public static readonly Reason StrategyGaveNoFigure = new("no-figure", "the strategy gives no figure for these items", "strategi tidak menghasilkan angka untuk butir-butir ini");
    public static readonly Reason ZeroDivisor = new("zero-divisor", "must be greater than 0 (it divides)", "harus lebih dari 0 (sebagai pembagi)");

    public static Reason NotANumber(IFormatProvider? provider)
    {
        var info = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture);
        var example = 1234.5m.ToString("N1", info);
        return new("not-a-number", $"not a number in this culture's format (e.g. {example})", $"bukan angka dalam format budaya ini (mis. {example})");
    }

    public static Reason OutOfRange(string text) => new(
        "out-of-range",
        $"'{text}' is outside the range of exact decimal arithmetic (at most 79228162514264337593543950335 either side of 0)",
        $"'{text}' di luar jangkauan aritmetika desimal eksak (paling banyak 79228162514264337593543950335 di kedua sisi 0)");

    public static Reason PrecisionExceeded(string text) => new(
        "precision-exceeded",
        $"'{text}' has more precision than the model holds (at most 28 decimal places and 28 to 29 significant digits); it is refused rather than rounded",
        $"'{text}' memiliki presisi melebihi yang dapat disimpan model (paling banyak 28 angka desimal dan 28 sampai 29 digit signifikan); angka itu ditolak, bukan dibulatkan");

    public static Reason SpaceNotGroupSeparator(NumberFormatInfo info) => info.NumberGroupSeparator.Length == 1 && char.IsWhiteSpace(info.NumberGroupSeparator[0])
        ? new(
            "misplaced-group-separator",
            $"only U+{(int)info.NumberGroupSeparator[0]:X4} (a no-break space) separates thousands in this culture; another space inside a number is not accepted",
            $"hanya U+{(int)info.NumberGroupSeparator[0]:X4} (spasi tak terputus) yang memisahkan ribuan dalam budaya ini; spasi lain di dalam angka tidak diterima")
        : new(
            "misplaced-group-separator",
            $"a space inside a number is not accepted; '{info.NumberGroupSeparator}' separates thousands in this culture and '{info.NumberDecimalSeparator}' is the decimal separator",
            $"spasi di dalam angka tidak diterima; '{info.NumberGroupSeparator}' adalah pemisah ribuan dalam budaya ini dan '{info.NumberDecimalSeparator}' adalah pemisah desimal");

    public static Reason MisplacedGroupSeparator(NumberFormatInfo info) => new(
        "misplaced-group-separator",
        $"'{info.NumberGroupSeparator}' separates thousands in this culture and must be followed by groups of three digits; the decimal separator is '{info.NumberDecimalSeparator}'",
        $"'{info.NumberGroupSeparator}' adalah pemisah ribuan dalam budaya ini dan harus diikuti kelompok tiga angka; pemisah desimal adalah '{info.NumberDecimalSeparator}'");

    public static Reason NegativeTargetUnsupported(string formulaId) => new(
        "negative-target-unsupported",
        $"formula {formulaId} is defined only for targets of 0 or more; a negative target needs a formula that says how it treats it (e.g. a baseline-relative plugin)",
        $"rumus {formulaId} hanya berlaku untuk target 0 atau lebih; target negatif memerlukan rumus yang menyatakan cara memperlakukannya (mis. plugin relatif terhadap baseline)");

    public static Reason NegativeRealisationUnsupported(string formulaId) => new(
        "negative-realisation-unsupported",
        $"formula {formulaId} is not defined for a negative realisation",
        $"rumus {formulaId} tidak berlaku untuk realisasi negatif");

    public static Reason UnknownFormula(string id) => new("unknown-formula", $"no formula with id '{id}' is registered", $"tidak ada rumus terdaftar dengan id '{id}'");

    public static Reason FormulaPolarityMismatch(string id) => new("formula-polarity-mismatch", $"formula {id} serves the other polarity", $"rumus {id} untuk polaritas yang lain");

    public static Reason NoPeriodEnded(ReportingPeriod asOf) => new("no-period-ended", $"no period of the plan has ended by {asOf}", $"belum ada periode rencana yang berakhir per {asOf}");

    public static Reason MissingRealisations(IEnumerable<ReportingPeriod> periods)
    {
        var list = string.Join(", ", periods);
        return new("missing-realisations", $"the realisation of {list} was not reported, so the accumulated value is not known", $"realisasi {list} tidak dilaporkan, sehingga nilai akumulasi tidak diketahui");
    }

    public static Reason AsOfOutsidePlanYear(ReportingPeriod asOf, int year) => new("as-of-outside-year", $"as-of period {asOf} is not in the plan's year {year}", $"periode {asOf} bukan pada tahun rencana {year}");

    public static Reason PeriodOutsidePlanYear(ReportingPeriod period, int year) => new("period-outside-year", $"period {period} is not in the plan's year {year}", $"periode {period} bukan pada tahun rencana {year}");

    public static Reason DuplicatePeriod(ReportingPeriod period) => new("duplicate-period", $"period {period} appears more than once", $"periode {period} muncul lebih dari sekali");

    public static Reason MissingPeriodTarget(ReportingPeriod period) => new("missing-period-target", $"period {period} has no target", $"periode {period} tidak memiliki target");

    // Program and organisation codes (Permendagri 90/2019; see Codes/ProgramCode.cs and Codes/OrganisationCode.cs)
    public static readonly Reason EmptyCode = new("empty-code", "no code was given", "tidak ada kode");
    public static readonly Reason EmptyCodeSegment = new("bad-code-shape", "a segment of the code is empty (two dots together, or a dot at the start or the end)", "ada segmen kode yang kosong (dua titik berurutan, atau titik di awal atau di akhir)");
    public static readonly Reason AuthorityWithoutKegiatan = new("bad-code-shape", "the authority digit belongs to the kegiatan level and must be followed by the kegiatan number (e.g. 1.02.02.2.01)", "digit kewenangan termasuk tingkat kegiatan dan harus diikuti nomor kegiatan (mis. 1.02.02.2.01)");
    public static readonly Reason OrganisationBidangOutOfOrder = new("bad-code-segment", "the third urusan and bidang are given while the second are 0.00; fill the pairs in order", "urusan dan bidang ketiga diisi sedangkan yang kedua 0.00; isi pasangan secara berurutan");

    public static Reason ProgramCodeSegmentCount(int count) => new(
        "bad-code-shape",
        $"a program code has 1 to 6 segments separated by dots (urusan.bidang.program.authority.kegiatan.sub kegiatan, e.g. 1.02.02.2.01.0001), not {count}",
        $"kode program terdiri atas 1 sampai 6 segmen yang dipisahkan titik (urusan.bidang.program.kewenangan.kegiatan.sub kegiatan, mis. 1.02.02.2.01.0001), bukan {count}");

    public static Reason OrganisationCodeSegmentCount(int count) => new(
        "bad-code-shape",
        $"an organisation code has 8 segments separated by dots (urusan.bidang of the primary, second and third fields, organisation, sub-unit, e.g. 1.01.2.22.0.00.02.0000), not {count}",
        $"kode perangkat daerah terdiri atas 8 segmen yang dipisahkan titik (urusan.bidang utama, kedua dan ketiga, organisasi, sub unit, mis. 1.01.2.22.0.00.02.0000), bukan {count}");

    public static Reason BadAuthority(string text) => new(
        "bad-authority",
        $"segment 4 (kegiatan authority) is '{text}'; expected 1 (province) or 2 (regency/city)",
        $"segmen 4 (kewenangan kegiatan) bernilai '{text}'; seharusnya 1 (provinsi) atau 2 (kabupaten/kota)");

    public static Reason BadCodeSegment(Codes.CodeSegment segment, int position, string text)
    {
        const string UrusanEn = "one character: a digit from 1 to 9, or X";
        const string UrusanId = "satu karakter: angka 1 sampai 9, atau X";
        const string BidangEn = "2 digits from 01 to 99, or XX after urusan X (and only there)";
        const string BidangId = "2 digit dari 01 sampai 99, atau XX setelah urusan X (dan hanya di situ)";
        const string NumberEn = "2 digits from 01 to 99";
        const string NumberId = "2 digit dari 01 sampai 99";
        const string OtherUrusanEn = "one character: a digit from 1 to 9, X, or 0 when there is none";
        const string OtherUrusanId = "satu karakter: angka 1 sampai 9, X, atau 0 bila tidak ada";
        const string OtherBidangEn = "2 digits from 01 to 99, XX after urusan X, or 00 after urusan 0";
        const string OtherBidangId = "2 digit dari 01 sampai 99, XX setelah urusan X, atau 00 setelah urusan 0";
        var (nameEn, nameId, expectedEn, expectedId) = segment switch
        {
            Codes.CodeSegment.Urusan => ("urusan", "urusan", UrusanEn, UrusanId),
            Codes.CodeSegment.Bidang => ("bidang", "bidang", BidangEn, BidangId),
            Codes.CodeSegment.Program => ("program", "program", NumberEn, NumberId),
            Codes.CodeSegment.Kegiatan => ("kegiatan", "kegiatan", NumberEn, NumberId),
            Codes.CodeSegment.SubKegiatan => (
                "sub kegiatan",
                "sub kegiatan",
                "4 digits from 0001 to 9999 (Kepmendagri 050-5889/2021) or 2 digits from 01 to 99 (Permendagri 90/2019)",
                "4 digit dari 0001 sampai 9999 (Kepmendagri 050-5889/2021) atau 2 digit dari 01 sampai 99 (Permendagri 90/2019)"),
            Codes.CodeSegment.PrimaryUrusan => ("primary urusan", "urusan utama", UrusanEn, UrusanId),
            Codes.CodeSegment.PrimaryBidang => ("primary bidang", "bidang utama", BidangEn, BidangId),
            Codes.CodeSegment.SecondUrusan => ("second urusan", "urusan kedua", OtherUrusanEn, OtherUrusanId),
            Codes.CodeSegment.SecondBidang => ("second bidang", "bidang kedua", OtherBidangEn, OtherBidangId),
            Codes.CodeSegment.ThirdUrusan => ("third urusan", "urusan ketiga", OtherUrusanEn, OtherUrusanId),
            Codes.CodeSegment.ThirdBidang => ("third bidang", "bidang ketiga", OtherBidangEn, OtherBidangId),
            Codes.CodeSegment.Unit => ("organisation", "organisasi", NumberEn, NumberId),
            _ => ("sub-unit", "sub unit", "4 digits from 0000 to 9999 (0000 for the organisation itself)", "4 digit dari 0000 sampai 9999 (0000 untuk organisasi itu sendiri)"),
        };
        return new(
            "bad-code-segment",
            $"segment {position} ({nameEn}) is '{text}'; expected {expectedEn}",
            $"segmen {position} ({nameId}) bernilai '{text}'; seharusnya {expectedId}");
    }
}
