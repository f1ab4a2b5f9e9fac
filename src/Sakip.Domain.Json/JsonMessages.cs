using Sakip.Domain.Achievement;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Evaluations.Schemes;
using Sakip.Domain.Text;

namespace Sakip.Domain.Json;

/// <summary>Every user-facing message of the JSON format, in English and Indonesian, with its stable code.</summary>
internal static class JsonMessages
{
    public static readonly Reason Required = SchemeFileMessages.Required;
    public static readonly Reason NullNotAllowed = new("required", "null is not allowed here; a value is required", "null tidak diperbolehkan di sini; nilai wajib diisi");
    public static readonly Reason BadTarget = new("bad-target", "a target is {\"value\": n} for a single value or {\"lower\": a, \"upper\": b} for a range", "target ditulis {\"value\": n} untuk nilai tunggal atau {\"lower\": a, \"upper\": b} untuk rentang");
    public static readonly Reason YearOutOfRange = new("year-out-of-range", "a plan period's year must be 1 to 9999", "tahun periode rencana harus 1 sampai 9999");
    public static readonly Reason YearSpanReversed = new("year-span-reversed", "the last year is before the first", "tahun terakhir sebelum tahun pertama");
    public static readonly Reason DecimalsOutOfRange = new("out-of-range", "the decimals of a rounding must be 0 to 28", "jumlah desimal pembulatan harus 0 sampai 28");
    public static readonly Reason UnusedScale = SchemeFileMessages.UnusedScale;
    public static readonly Reason InvalidUtf8 = new("invalid-utf8", "the text is not valid UTF-8", "teks bukan UTF-8 yang valid");

    public static readonly Reason InvalidUnicode = new("invalid-unicode", "the text holds an escaped lone surrogate (\\uD800-\\uDFFF not in a high-low pair), which is no Unicode character", "teks memuat surrogate tunggal yang di-escape (\\uD800-\\uDFFF tidak berpasangan), yang bukan karakter Unicode");
    public static readonly Reason InvalidUtf16 = new("invalid-utf16", "the text is not valid UTF-16: it holds a lone surrogate", "teks bukan UTF-16 yang valid: memuat surrogate tunggal");
    public static readonly Reason EmptyCode = new("empty-code", "the code is empty; write a code of the scale, or null (or leave the property out) for no answer", "kode kosong; tulis kode skala, atau null (atau hapus propertinya) jika belum dijawab");

    public static Reason DocumentTooLarge(long limit) => new("document-too-large", $"the text is larger than the limit of {limit} bytes (DocumentReadOptions.MaxDocumentBytes)", $"teks lebih besar dari batas {limit} byte (DocumentReadOptions.MaxDocumentBytes)");

    public static Reason StringTooLong(int length, int limit) => new("string-too-long", $"the text is {length} characters long, more than the limit of {limit} (DocumentReadOptions.MaxStringLength)", $"panjang teks {length} karakter, melebihi batas {limit} (DocumentReadOptions.MaxStringLength)");

    public static Reason TooManyItems(int limit) => new("too-many-items", $"the list has more than the limit of {limit} items (DocumentReadOptions.MaxItems)", $"daftar memiliki lebih dari batas {limit} butir (DocumentReadOptions.MaxItems)");

    public static Reason TooDeep(int limit) => new("too-deep", $"objects and arrays are nested more than {limit} deep (DocumentReadOptions.MaxDepth)", $"objek dan larik bersarang lebih dari {limit} tingkat (DocumentReadOptions.MaxDepth)");

    public static Reason WholeNumberRequired(string text, decimal value) => new(
        "whole-number-required",
        $"a whole number is required: write {Whole(value)} rather than {Shown(text)} (no decimal point or exponent)",
        $"bilangan bulat wajib diisi: tulis {Whole(value)}, bukan {Shown(text)} (tanpa titik desimal atau eksponen)");

    public static Reason WholeNumberOutOfRange(string text) => new(
        "out-of-range",
        $"{Shown(text)} is outside the range of whole numbers this field holds (-2147483648 to 2147483647)",
        $"{Shown(text)} di luar jangkauan bilangan bulat field ini (-2147483648 sampai 2147483647)");

    private static string Whole(decimal value) => value.ToString("0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Shown(string text) => text.Length <= 48 ? text : string.Concat(text.AsSpan(0, 45), "…");

    // JSON syntax: said in the library's words, since the reader's own message is English only. One code for all three.
    public static readonly Reason SyntaxIncomplete = new("json-syntax", "not valid JSON: the text ends before its value is complete (a closing bracket, brace or quote is missing, or the file is cut short)", "bukan JSON yang valid: teks berakhir sebelum nilainya lengkap (kurung, kurawal atau tanda kutip penutup hilang, atau berkas terpotong)");

    public static Reason SyntaxUnexpected(string found) => new("json-syntax", $"not valid JSON: unexpected '{Shown(found)}' here (check the commas, quotes and brackets before it; comments and single quotes are not JSON)", $"bukan JSON yang valid: '{Shown(found)}' tidak diharapkan di sini (periksa koma, tanda kutip dan kurung sebelumnya; komentar dan tanda kutip tunggal bukan JSON)");

    public static Reason SyntaxTrailing(string found) => new("json-syntax", $"not valid JSON: more text follows the document's value, from '{Shown(found)}'", $"bukan JSON yang valid: masih ada teks setelah nilai dokumen, mulai '{Shown(found)}'");

    public static Reason UnknownProperty(string name) => new("unknown-property", $"'{name}' is not a property of the format at this place (check its spelling against the schema)", $"'{name}' bukan properti format di tempat ini (periksa ejaannya terhadap skema)");

    public static Reason DuplicateProperty(string name) => new("duplicate-property", $"the property '{name}' appears more than once", $"properti '{name}' muncul lebih dari sekali");

    public static Reason WrongType(Kind expected, Kind found) =>
        new("wrong-type", $"expected {English(expected)}, found {English(found)}", $"seharusnya {Indonesian(expected)}, ditemukan {Indonesian(found)}");

    public static Reason UnknownValue(string value, IEnumerable<string> allowed)
    {
        var list = string.Join(", ", allowed);
        return new("unknown-value", $"'{value}' is not one of: {list}", $"'{value}' bukan salah satu dari: {list}");
    }

    public static Reason UnsupportedFormatVersion(decimal found, int oldest, int newest) => oldest == newest
        ? new("unsupported-format-version", $"format version {found} is not supported; this reader reads version {newest}", $"versi format {found} tidak didukung; pembaca ini membaca versi {newest}")
        : new("unsupported-format-version", $"format version {found} is not supported; this reader reads versions {oldest} to {newest}", $"versi format {found} tidak didukung; pembaca ini membaca versi {oldest} sampai {newest}");

    public static Reason UnknownScale(string id, IEnumerable<string> known) => SchemeFileMessages.UnknownScale(id, known);

    public static Reason DuplicateScale(string id) => SchemeFileMessages.DuplicateScale(id);

    public static Reason UnknownScheme(string id, IEnumerable<string> builtIn)
    {
        var list = string.Join(", ", builtIn);
        return new("unknown-scheme", $"no evaluation scheme '{id}' is known; the built-in schemes are {list}", $"skema evaluasi '{id}' tidak dikenal; skema bawaan: {list}");
    }

    public static Reason SchemeVersionMismatch(int found, string scheme, int version) => new(
        "scheme-version-mismatch",
        $"the answers were given under version {found} of scheme {scheme}, but the scheme read is version {version}",
        $"jawaban diberikan untuk versi {found} skema {scheme}, tetapi skema yang dibaca versi {version}");

    /// <summary>Answers given under an earlier version of a scheme whose data has changed since: what changed, and
    /// what to do.</summary>
    public static Reason SchemeVersionChanged(int found, EvaluationScheme scheme) => new(
        "scheme-version-changed",
        $"the answers were written for version {found} of scheme {scheme.Id}, which is now version {scheme.Version}: {Changes(scheme, found, Language.English)} {AnswerAgain(scheme.Version)}",
        $"jawaban ditulis untuk versi {found} skema {scheme.Id}, yang kini versi {scheme.Version}: {Changes(scheme, found, Language.Indonesian)} {JawabUlang(scheme.Version)}");

    /// <summary>Answers without a scheme version, some of whose codes are not on the scheme's scales, of a scheme whose
    /// data has changed: probably written for an earlier version.</summary>
    public static Reason SchemeVersionUnstated(EvaluationScheme scheme) => new(
        "scheme-version-changed",
        $"no schemeVersion is given and some codes are not on the scales of scheme {scheme.Id} version {scheme.Version}, so the answers were probably written for an earlier version: {Changes(scheme, 1, Language.English)} {AnswerAgain(scheme.Version)}",
        $"schemeVersion tidak diisi dan sebagian kode tidak ada pada skala skema {scheme.Id} versi {scheme.Version}, sehingga jawaban kemungkinan ditulis untuk versi sebelumnya: {Changes(scheme, 1, Language.Indonesian)} {JawabUlang(scheme.Version)}");

    /// <summary>An evaluation in a SAKIP document without a scheme version, of a scheme whose data has changed: the
    /// version decides how the answers are read, so it must be stated.</summary>
    public static Reason SchemeVersionRequired(EvaluationScheme scheme) => new(
        "scheme-version-required",
        $"schemeVersion is required for scheme {scheme.Id}, whose data changed: {Changes(scheme, 1, Language.English)} State \"schemeVersion\": {scheme.Version} if the answers were given on the current data; otherwise give them again (`sakip lke template`).",
        $"schemeVersion wajib diisi untuk skema {scheme.Id}, yang datanya berubah: {Changes(scheme, 1, Language.Indonesian)} Isi \"schemeVersion\": {scheme.Version} jika jawaban diberikan pada data terkini; jika tidak, berikan jawaban kembali (`sakip lke template`).");

    public static Reason NotAGrade(string code, string subComponent, string codes) => new(
        "not-an-option",
        $"'{code}' is not a grade of sub-component {subComponent}; the grades are {codes}",
        $"'{code}' bukan nilai subkomponen {subComponent}; nilainya {codes}");

    public static Reason NotAnOption(string code, string criterion, string codes) => new(
        "not-an-option",
        $"'{code}' is not an answer of criterion {criterion}; the answers are {codes}",
        $"'{code}' bukan jawaban kriteria {criterion}; jawabannya {codes}");

    // After a clean check this is a defect of the library; the deserializer's message is English only, so it is left out.
    public static readonly Reason Unreadable = new("unreadable", "the document passed the format's check but this value could not be read into the model (a defect of the library: please report it with the file)", "dokumen lolos pemeriksaan format tetapi nilai ini tidak dapat dibaca ke dalam model (cacat pustaka: mohon laporkan beserta berkasnya)");

    // The rule set and band set files (RuleSetJson, BandSetJson).
    public static readonly Reason BlankId = new("blank-id", "the id must not be empty or white space", "id tidak boleh kosong atau hanya spasi");
    public static readonly Reason BlankName = new("required", "the name must not be empty or white space", "nama tidak boleh kosong atau hanya spasi");
    public static readonly Reason VersionBelowOne = new("out-of-range", "the version must be 1 or more", "versi harus 1 atau lebih");
    public static readonly Reason CapNotPositive = new("cap-not-positive", "the cap must be a positive number (at least 100)", "batas atas harus bilangan positif (paling sedikit 100)");
    public static readonly Reason CapBelowHundred = new("cap-below-100", "the cap must be at least 100: a lower cap would cut the capaian of indicators that met their target", "batas atas harus paling sedikit 100: batas yang lebih rendah memotong capaian indikator yang mencapai targetnya");
    public static readonly Reason NoBands = new("no-bands", "a band set needs at least one band", "himpunan pita memerlukan paling sedikit satu pita");
    public static readonly Reason LastBandHasEdge = new("last-band-has-edge", "the last band must have no lower edge: it takes every value below the band above (leave lowerEdge out)", "pita terakhir tidak boleh memiliki batas bawah: pita itu menampung semua nilai di bawah pita di atasnya (hapus lowerEdge)");
    public static readonly Reason MissingBandEdge = new("missing-edge", "every band but the last needs a lower edge", "setiap pita selain yang terakhir memerlukan batas bawah");

    public static Reason BandRank(int found, int expected) => new(
        "band-rank",
        $"the band's rank is {found}, but ranks must be 1, 2, 3 … in order: this band's is {expected}",
        $"peringkat pita {found}, padahal peringkat harus 1, 2, 3 … berurutan: peringkat pita ini {expected}");

    public static Reason EdgeNotDescending(decimal edge, decimal above) => new(
        "edge-not-descending",
        $"the lower edge {edge} is not below the edge {above} of the band above; lower edges must strictly decrease",
        $"batas bawah {edge} tidak di bawah batas {above} pita di atasnya; batas bawah harus menurun tegas");

    public static Reason UnknownFormula(string id, IEnumerable<string> known)
    {
        var list = string.Join(", ", known);
        return new(
            "unknown-formula",
            $"no formula in the catalogue has the id '{id}' (the formulas are: {list}); a plugin that brings the formula can supply it",
            $"tidak ada rumus dengan id '{id}' dalam katalog (rumus yang ada: {list}); plugin yang membawa rumus itu dapat menyediakannya");
    }

    public static Reason FormulaPolarity(string id, Polarity expected, Polarity actual) => new(
        "formula-polarity",
        $"the formula '{id}' is for {PolarityName(actual, Language.English)} indicators, not {PolarityName(expected, Language.English)} ones",
        $"rumus '{id}' untuk indikator {PolarityName(actual, Language.Indonesian)}, bukan {PolarityName(expected, Language.Indonesian)}");

    public static Reason UnknownBandSet(string id, IEnumerable<string> known)
    {
        var list = string.Join(", ", known);
        return new(
            "unknown-band-set",
            $"no band set in the catalogue has the id '{id}' (the band sets are: {list}); a band set file or a plugin can supply it: add it to the catalogue before reading this rule set",
            $"tidak ada himpunan pita dengan id '{id}' dalam katalog (yang ada: {list}); berkas himpunan pita atau plugin dapat menyediakannya: tambahkan ke katalog sebelum membaca aturan ini");
    }

    public static Reason UnknownStrategy(string id, IEnumerable<string> known)
    {
        var list = string.Join(", ", known);
        return new(
            "unknown-strategy",
            $"no roll-up strategy in the catalogue has the id '{id}' (the strategies are: {list}); a plugin that brings the strategy can supply it",
            $"tidak ada strategi agregasi dengan id '{id}' dalam katalog (yang ada: {list}); plugin yang membawa strategi itu dapat menyediakannya");
    }

    private static string PolarityName(Polarity polarity, Language language) => (polarity, language) switch
    {
        (Polarity.Negative, Language.Indonesian) => "negatif",
        (Polarity.Negative, _) => "negative",
        (_, Language.Indonesian) => "positif",
        _ => "positive",
    };

    private static string Changes(EvaluationScheme scheme, int since, Language language) => string.Join(' ', scheme.ChangesSince(since, language));

    private static string AnswerAgain(int version) => $"Give the answers again for version {version}: `sakip lke template` writes a new answer document.";

    private static string JawabUlang(int version) => $"Berikan jawaban kembali untuk versi {version}: `sakip lke template` menulis dokumen jawaban baru.";

    private static string English(Kind kind) => kind switch
    {
        Kind.Object => "an object",
        Kind.Array => "an array",
        Kind.String => "a string",
        Kind.Number => "a number",
        Kind.WholeNumber => "a whole number",
        Kind.Boolean => "true or false",
        _ => "null",
    };

    private static string Indonesian(Kind kind) => kind switch
    {
        Kind.Object => "objek",
        Kind.Array => "larik (array)",
        Kind.String => "teks (string)",
        Kind.Number => "angka",
        Kind.WholeNumber => "bilangan bulat",
        Kind.Boolean => "true atau false",
        _ => "null",
    };

    /// <summary>The kinds of JSON value, for messages.</summary>
    internal enum Kind
    {
        Object,
        Array,
        String,
        Number,
        WholeNumber,
        Boolean,
        Null,
    }
}
