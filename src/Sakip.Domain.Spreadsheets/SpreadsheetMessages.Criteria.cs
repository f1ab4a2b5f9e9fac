using System.Globalization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>The problems of the criteria workbook reader (<see cref="CriteriaWorkbook"/>).</summary>
internal static partial class SpreadsheetMessages
{
    public static readonly Reason NoCriteriaTable = new(
        "criteria-no-table",
        "no criteria table: no row has the headings Kriteria/Criterion with Komponen/Component or Sub Komponen/Sub-component",
        "tidak ada tabel kriteria: tidak ada baris dengan judul kolom Kriteria beserta Komponen atau Sub Komponen");

    public static readonly Reason CriteriaFormula = new(
        "criteria-formula",
        "a formula where a text or a number belongs; type the value itself",
        "rumus di tempat yang seharusnya teks atau angka; ketik nilainya langsung");

    public static readonly Reason CriteriaNotText = new(
        "criteria-not-text",
        "a logical value or an error where a text belongs",
        "nilai logika atau galat di tempat yang seharusnya teks");

    public static readonly Reason NoSubComponent = new(
        "criteria-no-sub-component",
        "a criterion with no sub-component above it; write its sub-component in this cell or above",
        "kriteria tanpa subkomponen di atasnya; tulis subkomponennya di sel ini atau di atasnya");

    public static readonly Reason NoComponent = new(
        "criteria-no-component",
        "a sub-component with no component above it; write its component in this cell or above",
        "subkomponen tanpa komponen di atasnya; tulis komponennya di sel ini atau di atasnya");

    public static readonly Reason NoGradeTable = new(
        "criteria-no-grade-table",
        "the workbook has no grade table; give a base scheme (e.g. permenpanrb-88-2021) or a grade table in the options",
        "buku kerja tidak memiliki tabel predikat; berikan skema dasar (mis. permenpanrb-88-2021) atau tabel predikat pada opsi");

    public static readonly Reason ValueOutOfRange = new(
        "criteria-value-out-of-range",
        "an answer value is between 0 and 1 (write 90 % as 0.9 or 90%)",
        "nilai jawaban antara 0 dan 1 (tulis 90 % sebagai 0,9 atau 90%)");

    public static Reason ComponentChanged(string subComponent, string componentCell) => new(
        "criteria-component-changed",
        $"the component changes at {componentCell} while sub-component '{subComponent}' would be carried down into it; write this row's sub-component",
        $"komponen berganti di {componentCell} sementara subkomponen '{subComponent}' akan terbawa ke bawah; tulis subkomponen baris ini");

    public static Reason DuplicateCriteriaId(string id, string first) => new(
        "criteria-duplicate-id",
        $"the id '{id}' is given twice; its first cell is {first}",
        $"id '{id}' muncul dua kali; sel pertamanya {first}");

    public static Reason MergedAcross(string range) => new(
        "criteria-merged-across",
        $"the merged range {range} spans several columns of the table, so it is unclear which column it fills; merge within one column",
        $"sel gabungan {range} mencakup beberapa kolom tabel sehingga tidak jelas kolom mana yang diisinya; gabungkan dalam satu kolom saja");

    public static Reason NotANumber(string text, BilingualText detail) => new(
        "criteria-not-a-number",
        $"'{text}' is not a number ({detail.English})",
        $"'{text}' bukan angka ({detail.Indonesian})");

    public static Reason AmbiguousNumber(string text, decimal indonesian, decimal invariant) => new(
        "criteria-ambiguous-number",
        string.Create(CultureInfo.InvariantCulture, $"'{text}' reads as {indonesian} in Indonesian and as {invariant} in English notation; type the number as a number cell"),
        string.Create(CultureInfo.InvariantCulture, $"'{text}' terbaca {Figure(indonesian)} dalam penulisan Indonesia dan {Figure(invariant)} dalam penulisan Inggris; ketik angkanya sebagai sel angka"));

    public static Reason UnknownScale(string id, string known) => new(
        "criteria-unknown-scale",
        $"no answer scale has the id '{id}' (the workbook's scale table, the built-in scales and the base scheme's: {known})",
        $"tidak ada skala jawaban dengan id '{id}' (tabel skala buku kerja, skala bawaan, dan skala skema dasar: {known})");

    public static Reason NoScale(string criterion) => new(
        "criteria-no-scale",
        $"criterion '{criterion}' has no answer scale: name one in the Skala/Scale column, or give a base scheme that has the criterion",
        $"kriteria '{criterion}' tidak memiliki skala jawaban: sebutkan di kolom Skala, atau berikan skema dasar yang memuat kriteria itu");

    public static Reason NoWeight(string id, string? baseScheme) => new(
        "criteria-no-weight",
        baseScheme is null
            ? $"'{id}' has no weight: give it in a weight table (Bobot/Weight) or give a base scheme"
            : $"'{id}' has no weight: the workbook gives none and the base scheme {baseScheme} has no '{id}'",
        baseScheme is null
            ? $"'{id}' tidak memiliki bobot: isi di tabel bobot (Bobot) atau berikan skema dasar"
            : $"'{id}' tidak memiliki bobot: buku kerja tidak mengisinya dan skema dasar {baseScheme} tidak memuat '{id}'");

    public static Reason WeightConflict(string id, decimal first, string firstCell) => new(
        "criteria-weight-conflict",
        string.Create(CultureInfo.InvariantCulture, $"another weight for '{id}' than the {first} at {firstCell}"),
        string.Create(CultureInfo.InvariantCulture, $"bobot '{id}' berbeda dari {Figure(first)} di {firstCell}"));

    public static Reason UnknownWeightRow(string id) => new(
        "criteria-unknown-weight-row",
        $"'{id}' is no component or sub-component of the criteria table",
        $"'{id}' bukan komponen atau subkomponen tabel kriteria");

    public static Reason UnknownScoringMethod(string text) => new(
        "criteria-unknown-method",
        $"'{text}' is no scoring method; write rata-rata/mean or poin/points",
        $"'{text}' bukan metode penilaian; tulis rata-rata/mean atau poin/points");

    public static Reason MissingCriteriaSheet(string sheet) => new(
        "criteria-missing-sheet",
        $"the workbook has no sheet '{sheet}'",
        $"buku kerja tidak memiliki lembar '{sheet}'");

    private static string Figure(decimal value) => value.ToString(Cultures.Indonesian);
}
