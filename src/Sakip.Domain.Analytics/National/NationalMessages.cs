using Sakip.Domain.Text;

namespace Sakip.Domain.Analytics.National;

/// <summary>The problems of a national run and its inputs, each with a stable code and English and Indonesian
/// wording.</summary>
internal static class NationalMessages
{
    public static Reason FileUnreadable(string path, BilingualText why) => new(
        "national-file-unreadable",
        $"the file '{path}' cannot be read: {why.English}",
        $"berkas '{path}' tidak dapat dibaca: {why.Indonesian}");

    public static Reason LoadFailed(BilingualText why) => new(
        "national-load-failed",
        $"loading the document failed: {why.English}",
        $"pemuatan dokumen gagal: {why.Indonesian}");

    public static Reason RegionFailed(BilingualText why) => new(
        "national-region-failed",
        $"processing the region failed: {why.English}; the other regions go on",
        $"pemrosesan daerah gagal: {why.Indonesian}; daerah lain tetap diproses");

    public static readonly Reason NoYears = new(
        "national-no-years",
        "the document has no Perjanjian Kinerja, so no year to measure",
        "dokumen tidak memiliki perjanjian kinerja, jadi tidak ada tahun yang diukur");

    public static Reason ProvinceUnknown(string regionCode) => new(
        "national-province-unknown",
        $"the province of region '{regionCode}' cannot be taken from its code (its first segment must be 1 to 8 letters or digits); give it in the manifest",
        $"provinsi daerah '{regionCode}' tidak dapat diambil dari kodenya (segmen pertamanya harus 1 sampai 8 huruf atau angka); sebutkan di manifes");

    public static readonly Reason FolderMissing = new(
        "national-folder-missing",
        "no such folder",
        "folder tidak ada");

    public static Reason ManifestUnreadable(BilingualText why) => new(
        "national-manifest-unreadable",
        $"the manifest cannot be read: {why.English}",
        $"manifes tidak dapat dibaca: {why.Indonesian}");

    public static readonly Reason ManifestShape = new(
        "national-manifest-shape",
        "the manifest must be a JSON object {\"regions\": [{\"file\": \"…\", \"province\": \"…\"}, …]} (province optional)",
        "manifes harus berupa objek JSON {\"regions\": [{\"file\": \"…\", \"province\": \"…\"}, …]} (province boleh tidak ada)");

    public static readonly Reason ManifestFileMissing = new(
        "national-manifest-file-missing",
        "a region needs \"file\": the path of its document, relative to the manifest",
        "setiap daerah memerlukan \"file\": jalur dokumennya, relatif terhadap manifes");

    public static Reason ManifestFileTwice(int first) => new(
        "national-manifest-file-twice",
        $"the same file is listed already at regions[{first}]",
        $"berkas yang sama sudah tercantum di regions[{first}]");

    public static readonly Reason ManifestEmpty = new(
        "national-manifest-empty",
        "the manifest lists no region",
        "manifes tidak mencantumkan daerah satu pun");
}
