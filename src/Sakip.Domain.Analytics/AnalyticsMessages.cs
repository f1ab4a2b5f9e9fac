using System.Globalization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Analytics;

/// <summary>The problems of building and writing fact tables, each with a stable code and English and Indonesian
/// wording.</summary>
internal static class AnalyticsMessages
{
    public static readonly Reason ProvinceCodeInvalid = new(
        "analytics-province-code-invalid",
        "the province code must be 1 to 8 letters or digits (it names a partition folder, e.g. province=33)",
        "kode provinsi harus 1 sampai 8 huruf atau angka (kode ini menjadi nama folder partisi, mis. province=33)");

    public static Reason RegionOutsideProvince(string regionCode, string provinceCode) => new(
        "analytics-region-outside-province",
        $"the region {regionCode} is not in province {provinceCode}: its code must be the province's code or start with it and a dot",
        $"daerah {regionCode} tidak berada di provinsi {provinceCode}: kodenya harus sama dengan kode provinsi atau diawali kode provinsi dan titik");

    public static Reason DecimalDoesNotFit(decimal value, int precision, int scale) => new(
        "analytics-decimal-does-not-fit",
        string.Create(CultureInfo.InvariantCulture, $"the value {value} does not fit the column's DECIMAL({precision},{scale}) (at most {precision - scale} digits before the point and {scale} after); the region is not written rather than rounded"),
        string.Create(CultureInfo.InvariantCulture, $"nilai {value} tidak muat dalam DECIMAL({precision},{scale}) kolom ini (paling banyak {precision - scale} digit sebelum koma dan {scale} sesudahnya); daerah ini tidak ditulis daripada dibulatkan"));

    public static readonly Reason WriterClosed = new(
        "analytics-writer-closed",
        "the fact writer is already closed; nothing more can be added",
        "penulis tabel fakta sudah ditutup; tidak ada lagi yang dapat ditambahkan");
}
