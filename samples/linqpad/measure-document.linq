<Query Kind="Statements">
  <NuGetReference Version="0.1.0-alpha.1">Sakip.Domain</NuGetReference>
  <NuGetReference Version="0.1.0-alpha.1">Sakip.Domain.Json</NuGetReference>
  <Namespace>Sakip.Domain.Json</Namespace>
  <Namespace>Sakip.Domain.Planning</Namespace>
  <Namespace>Sakip.Domain.Review</Namespace>
  <Namespace>Sakip.Domain.Rules</Namespace>
  <Namespace>Sakip.Domain.Tree</Namespace>
</Query>

// Mengukur dokumen SAKIP (Sakip.Domain.Json): membaca dokumen, memeriksa keselarasannya, menghitung tabel capaian
// Perjanjian Kinerja, dan pohon kinerja. Ganti teks JSON di bawah dengan File.ReadAllText("dokumen.sakip.json")
// untuk dokumen sendiri (format: docs/sakip-document-format.md di repositori).
// Measuring a SAKIP document: read, review, the capaian table and the performance tree.

var json = """
{
  "formatVersion": 1,
  "region": { "code": "33.99", "name": "Kabupaten Contoh", "kind": "regency" },
  "indicators": [
    { "id": "IKU-01", "name": "Angka kematian bayi", "unit": "per 1.000 KH", "polarity": "negative", "accumulation": "lastValue", "type": "outcome" },
    { "id": "IKU-03", "name": "Prevalensi stunting pada balita", "unit": "%", "polarity": "negative", "accumulation": "lastValue", "type": "outcome" },
    { "id": "IKU-05", "name": "Angka partisipasi murni SMP/MTs", "unit": "%", "polarity": "positive", "accumulation": "lastValue", "type": "outcome" },
    { "id": "IKU-09", "name": "Rumah tangga dengan akses air minum layak", "unit": "%", "polarity": "positive", "accumulation": "lastValue", "type": "outcome" }
  ],
  "rpjmd": {
    "id": "RPJMD-2021-2026",
    "period": { "first": 2021, "last": 2026 },
    "visi": "Terwujudnya Kabupaten Contoh yang Sehat dan Cerdas",
    "misi": [ { "id": "M1", "text": "Meningkatkan kualitas sumber daya manusia" } ],
    "tujuan": [ { "id": "T1", "text": "Meningkatkan kualitas hidup manusia", "misiId": "M1" } ],
    "sasaran": [
      { "id": "S1", "text": "Meningkatnya derajat kesehatan masyarakat", "tujuanId": "T1", "indicators": [
        { "indicatorId": "IKU-01", "baseline": 14.2, "targets": [ { "year": 2025, "target": { "value": 12 } } ] },
        { "indicatorId": "IKU-03", "baseline": 18, "targets": [ { "year": 2025, "target": { "value": 14 } } ] } ] },
      { "id": "S2", "text": "Meningkatnya kualitas pendidikan dan layanan dasar", "tujuanId": "T1", "indicators": [
        { "indicatorId": "IKU-05", "baseline": 78, "targets": [ { "year": 2025, "target": { "value": 82.5 } } ] },
        { "indicatorId": "IKU-09", "baseline": 80, "targets": [ { "year": 2025, "target": { "value": 88 } } ] } ] }
    ]
  },
  "perjanjianKinerja": [
    { "id": "PK-2025-BUPATI", "year": 2025, "official": "Bupati Contoh", "position": "Bupati", "level": "headOfRegion", "targets": [
      { "sasaranId": "S1", "indicatorId": "IKU-01", "target": { "value": 12 } },
      { "sasaranId": "S1", "indicatorId": "IKU-03", "target": { "value": 14 } },
      { "sasaranId": "S2", "indicatorId": "IKU-05", "target": { "value": 82.5 } },
      { "sasaranId": "S2", "indicatorId": "IKU-09", "target": { "value": 88 } } ] }
  ],
  "realisations": [
    { "indicatorId": "IKU-01", "period": "2025", "value": 10.4 },
    { "indicatorId": "IKU-03", "period": "2025", "value": 15.2 },
    { "indicatorId": "IKU-05", "period": "2025", "value": 80.1 }
  ]
}
""";

// Reading never throws on bad input: the result holds the document or every problem (path, line, code, message).
var read = SakipDocumentJson.Read(json);
read.Select(d => new { Daerah = d.Region.Name, Indikator = d.Indicators.Count, PerjanjianKinerja = d.PerjanjianKinerja.Count, Realisasi = d.Realisations.Count })
    .Dump("Dokumen dibaca / document read");
SakipDocumentJson.Read("""{ "formatVersion": 1, "region": { "code": "33.99" } }""").Dump("Dokumen yang tidak valid / an invalid document");
var document = read.GetValueOrThrow();

// The alignment review: every finding as rule, severity, path, code and message (this small document has no programs,
// so ALN-003 reports each sasaran).
AlignmentReview.Default.Run(document).Dump("Reviu keselarasan / alignment review");

// The capaian table of the 2025 Perjanjian Kinerja: one row per indicator, figures as the rule set presents them.
var report = new PerformanceMeasurement(RuleSets.Default).Measure(document, 2025).GetValueOrThrow();
report.Dump("Capaian kinerja 2025");

// One indicator with its explanation sentence.
report.Agreements[0].Sasaran[0].Indicators[0].Dump("Angka kematian bayi");

// The performance tree of the same year, rolled up node by node.
var tree = PerformanceTreeFactory.FromDocument(document, 2025).GetValueOrThrow();
TreeEvaluator.Default.Evaluate(tree).Dump("Pohon kinerja 2025");
