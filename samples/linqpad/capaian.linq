<Query Kind="Statements">
  <NuGetReference Version="0.1.0-alpha.1">Sakip.Domain</NuGetReference>
  <Namespace>Sakip.Domain.Achievement</Namespace>
  <Namespace>Sakip.Domain.Rules</Namespace>
  <Namespace>Sakip.Domain.Text</Namespace>
  <Namespace>Sakip.Domain.Values</Namespace>
</Query>

// Capaian kinerja dengan penjelasannya (Sakip.Domain).
// Setiap hasil menampilkan capaian yang dibulatkan menurut aturan, kategorinya, dan kalimat penjelasan dalam dua
// bahasa; masukan yang tidak valid menampilkan setiap masalah (path, kode, pesan). Tanpa referensi LINQPad: hasil
// menyediakan ToDump() yang dipanggil LINQPad.
// An achievement (capaian) with its explanation: presented value, band, the sentence in both languages.

var calculator = new AchievementCalculator(RuleSets.Default);

// Indikator negatif: angka kematian bayi, target 12, realisasi 10,4 → 113,33 %.
var akb = calculator.Calculate(12m, 10.4m, Polarity.Negative);
akb.Dump("Angka kematian bayi (indikator negatif)");

// The steps: formula, inputs, rounding rule and rule set.
akb.Explanation.Dump("Penjelasan / explanation");

// A range target, a realisation not reported (empty is not zero), and an invalid input.
calculator.Calculate(Target.Range(80m, 90m), 70m).Dump("Target rentang 80..90, realisasi 70");
calculator.Calculate(88m, null).Dump("Realisasi belum dilaporkan");
calculator.Calculate(10m, -3m).Dump("Masukan tidak valid");

// Under another rule set: the inverse formula for negative indicators.
new AchievementCalculator(RuleSets.Inverse).Calculate(12m, 10.4m, Polarity.Negative).Dump("Rumus invers (" + RuleSets.Inverse.Id + ")");
