using Sakip.Domain.Text;

namespace Sakip.Domain;

/// <content>Messages of the planning model and its builders.</content>
internal static partial class Messages
{
    public static readonly Reason Required = new("required", "a value is required", "nilai wajib diisi");
    public static readonly Reason InvalidUnicode = new("invalid-unicode", "the text holds a lone surrogate (U+D800 to U+DFFF not in a high-low pair), which is no Unicode character and no file can hold", "teks memuat surrogate tunggal (U+D800 sampai U+DFFF tidak berpasangan), yang bukan karakter Unicode dan tidak dapat disimpan dalam berkas");
    public static readonly Reason NegativeAmount = new("negative-amount", "an amount of rupiah must not be negative", "jumlah rupiah tidak boleh negatif");
    public static readonly Reason UnknownEnumValue = new("unknown-value", "not one of the allowed values", "bukan salah satu nilai yang diperbolehkan");

    public static Reason DuplicateId(string id) => new("duplicate-id", $"the id '{id}' is used more than once", $"id '{id}' digunakan lebih dari sekali");

    public static Reason UnknownReference(BilingualText kind, string id) => new("unknown-reference", $"no {kind.English} with id '{id}' exists", $"tidak ada {kind.Indonesian} dengan id '{id}'");

    public static Reason YearOutsidePeriod(int year, YearSpanText period) => new("year-outside-period", $"year {year} is outside the plan period {period.Text}", $"tahun {year} di luar periode rencana {period.Text}");

    public static Reason WrongCodeLevel(string code, BilingualText expected) => new("wrong-code-level", $"code {code} is not at the {expected.English} level", $"kode {code} bukan pada tingkat {expected.Indonesian}");

    public static Reason MissingParentItem(string code, string parent) => new("missing-parent", $"{code} has no parent {parent} in the same Renstra", $"{code} tidak memiliki induk {parent} dalam Renstra yang sama");

    public static Reason DuplicateYear(int year) => new("duplicate-year", $"year {year} appears more than once", $"tahun {year} muncul lebih dari sekali");

    public static Reason IndicatorNotInAgreement(string indicatorId, string pkId) => new("indicator-not-in-pk", $"indicator '{indicatorId}' is not a target of agreement '{pkId}'", $"indikator '{indicatorId}' bukan target perjanjian kinerja '{pkId}'");

    public static Reason PeriodOutsideYear(string period, int year) => new("period-outside-year", $"period {period} is not in year {year}", $"periode {period} bukan pada tahun {year}");

    public static Reason DuplicateRealisation(string what) => new("duplicate-realisation", $"{what} is reported more than once for the same period", $"{what} dilaporkan lebih dari sekali untuk periode yang sama");

    public static Reason DuplicateEvaluation(string scheme, string subject, int year) => new("duplicate-evaluation", $"the document has another evaluation of {subject} for {year} under scheme {scheme}", $"dokumen memiliki evaluasi lain atas {subject} tahun {year} dengan skema {scheme}");

    public static Reason NoPlanForYear(int year) => new("no-plan-for-year", $"no plan of the document (RPJMD, Renstra or perjanjian kinerja) covers {year}", $"tidak ada rencana dalam dokumen (RPJMD, Renstra atau perjanjian kinerja) yang mencakup tahun {year}");

    public static Reason NoAgreementForYear(int year) => new("no-agreement", $"the document has no perjanjian kinerja for {year}", $"dokumen tidak memiliki perjanjian kinerja tahun {year}");

    /// <summary>The names of what a document's ids refer to, in both languages, for <see cref="UnknownReference"/> and
    /// <see cref="WrongCodeLevel"/>.</summary>
    internal static class Kinds
    {
        public static readonly BilingualText Indicator = new("indicator", "indikator");
        public static readonly BilingualText Misi = new("misi", "misi");
        public static readonly BilingualText Tujuan = new("tujuan", "tujuan");
        public static readonly BilingualText Sasaran = new("sasaran", "sasaran");
        public static readonly BilingualText Strategi = new("strategi", "strategi");
        public static readonly BilingualText RpjmdTujuan = new("RPJMD tujuan", "tujuan RPJMD");
        public static readonly BilingualText RpjmdSasaran = new("RPJMD sasaran", "sasaran RPJMD");
        public static readonly BilingualText RenstraAgency = new("Renstra agency", "Renstra perangkat daerah");
        public static readonly BilingualText Agreement = new("perjanjian kinerja", "perjanjian kinerja");
        public static readonly BilingualText PlanItem = new("program, kegiatan or sub kegiatan", "program, kegiatan atau sub kegiatan");
        public static readonly BilingualText Program = new("program", "program");
        public static readonly BilingualText Kegiatan = new("kegiatan", "kegiatan");
        public static readonly BilingualText SubKegiatan = new("sub kegiatan", "sub kegiatan");

        public static BilingualText Of(Codes.CodeLevel level) => level switch
        {
            Codes.CodeLevel.Program => Program,
            Codes.CodeLevel.Kegiatan => Kegiatan,
            _ => SubKegiatan,
        };
    }

    /// <summary>A plan period in words, for messages.</summary>
    internal readonly record struct YearSpanText(string Text);
}
