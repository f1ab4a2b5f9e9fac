using Sakip.Domain.Text;

namespace Sakip.Domain.Interactive;

/// <summary>Every word the views print, in both languages.</summary>
internal static class Words
{
    public static readonly BilingualText Indicator = new("Indicator", "Indikator");
    public static readonly BilingualText Unit = new("Unit", "Satuan");
    public static readonly BilingualText Target = new("Target", "Target");
    public static readonly BilingualText Realisation = new("Realisation", "Realisasi");
    public static readonly BilingualText Achievement = new("Achievement", "Capaian");
    public static readonly BilingualText Band = new("Band", "Kategori");
    public static readonly BilingualText Formula = new("Formula", "Rumus");
    public static readonly BilingualText NotReported = new("not reported", "tidak dilaporkan");
    public static readonly BilingualText NotMeasurable = new("not measurable", "tidak terukur");
    public static readonly BilingualText InvalidInput = new("invalid input", "masukan tidak valid");
    public static readonly BilingualText NotAvailable = new("not available", "tidak tersedia");
    public static readonly BilingualText Invalid = new("invalid", "tidak valid");
    public static readonly BilingualText SasaranAchievement = new("Sasaran achievement", "Capaian sasaran");
    public static readonly BilingualText Indicators = new("indicators", "indikator");
    public static readonly BilingualText WithoutFigure = new("without a figure, not counted", "tanpa capaian, tidak dihitung");
    public static readonly BilingualText PerformanceOf = new("Performance achievement {0}, as of {1}; rule set {2} v{3}", "Capaian kinerja {0}, s.d. {1}; aturan {2} v{3}");
    public static readonly BilingualText Component = new("Component", "Komponen");
    public static readonly BilingualText Weight = new("Weight", "Bobot");
    public static readonly BilingualText Grade = new("Grade", "Predikat");
    public static readonly BilingualText Mean = new("Mean", "Rata-rata");
    public static readonly BilingualText Score = new("Score", "Nilai");
    public static readonly BilingualText Criteria = new("Criteria", "Kriteria");
    public static readonly BilingualText Total = new("Total", "Total");
    public static readonly BilingualText LkeHeading = new("LKE {0} {1}: {2} ({3} v{4}); answers: {5}", "LKE {0} {1}: {2} ({3} v{4}); jawaban: {5}");
    public static readonly BilingualText Final = new("final (evaluator)", "final (evaluator)");
    public static readonly BilingualText Proposed = new("proposed (self-assessment)", "usulan (penilaian mandiri)");
    public static readonly BilingualText FinalElseProposed = new("final, else proposed", "final, bila tidak ada usulan");
    public static readonly BilingualText Incomplete = new("Incomplete: {0} answers missing; the total will be between {1} and {2}", "Belum lengkap: {0} jawaban belum ada; nilai akhir antara {1} dan {2}");
    public static readonly BilingualText TotalLine = new("Total {0}: grade {1} ({2}), decided on {3}", "Nilai {0}: predikat {1} ({2}), diputuskan pada {3}");
    public static readonly BilingualText LogicFindings = new("Logic findings", "Temuan logika");
    public static readonly BilingualText RoadHeading = new("Road to grade {0}", "Jalan ke predikat {0}");
    public static readonly BilingualText Answer = new("Answer", "Jawaban");
    public static readonly BilingualText From = new("From", "Dari");
    public static readonly BilingualText To = new("To", "Ke");
    public static readonly BilingualText Points = new("Points", "Poin");
    public static readonly BilingualText RoadReached = new("Already reached: {0} ({1}).", "Sudah tercapai: {0} ({1}).");
    public static readonly BilingualText RoadResult = new("{0} improvements add {1} points: {2} → {3} ({4}).", "{0} perbaikan menambah {1} poin: {2} → {3} ({4}).");
    public static readonly BilingualText RoadUnreachable = new("Not reachable by improving answers alone; the best reachable: {0} ({1}).", "Tidak tercapai hanya dengan memperbaiki jawaban; paling tinggi: {0} ({1}).");
    public static readonly BilingualText Review = new("Alignment review: {0} errors, {1} warnings, {2} notes; {3} rules run", "Reviu keselarasan: {0} galat, {1} peringatan, {2} catatan; {3} aturan dijalankan");
    public static readonly BilingualText Path = new("Path", "Lokasi");
    public static readonly BilingualText Subject = new("Subject", "Subjek");
    public static readonly BilingualText Message = new("Message", "Pesan");
    public static readonly BilingualText Findings = new("findings", "temuan");
    public static readonly BilingualText RulesWithout = new("Rules without findings: {0}", "Aturan tanpa temuan: {0}");
    public static readonly BilingualText Error = new("error", "galat");
    public static readonly BilingualText Warning = new("warning", "peringatan");
    public static readonly BilingualText Info = new("note", "catatan");
    public static readonly BilingualText Success = new("Success", "Berhasil");
    public static readonly BilingualText Failure = new("{0} problems", "{0} masalah");
    public static readonly BilingualText Line = new("line", "baris");
    public static readonly BilingualText Code = new("Code", "Kode");
    public static readonly BilingualText Tree = new("Performance tree: {0} nodes; roll-up {1}, rule set {2} v{3}", "Pohon kinerja: {0} simpul; agregasi {1}, aturan {2} v{3}");
    public static readonly BilingualText Distribution = new("Indicators per band", "Jumlah indikator per kategori");
    public static readonly BilingualText NoData = new("no figure", "tanpa capaian");
    public static readonly BilingualText ComponentsByYear = new("LKE component scores by year (of the component's weight)", "Nilai komponen LKE per tahun (dari bobot komponen)");
    public static readonly BilingualText CapaianOf = new("Achievement {0} ({1})", "Capaian {0} ({1})");
}
