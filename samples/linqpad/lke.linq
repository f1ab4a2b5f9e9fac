<Query Kind="Statements">
  <NuGetReference Version="0.1.0-alpha.1">Sakip.Domain</NuGetReference>
  <Namespace>Sakip.Domain.Evaluations</Namespace>
</Query>

// Nilai LKE AKIP dan jalan menuju predikat berikutnya (PermenPAN-RB 88/2021, penilaian per subkomponen).
// Predikat subkomponen di bawah adalah nilai akhir evaluator untuk Kabupaten Contoh 2025 (contoh di repositori);
// hasilnya 66,45 (B). GradeRoad.Find mencari perbaikan jawaban paling sedikit yang mencapai predikat di atasnya.
// The LKE score and the road to the next grade.

var scheme = EvaluationSchemes.PermenPanRb88Of2021;
string[] grades = ["1a=BB", "1b=B", "1c=B", "2a=BB", "2b=B", "2c=CC", "3a=BB", "3b=BB", "3c=CC", "4a=B", "4b=CC", "4c=C"];
var evaluation = Evaluation.Create(
        scheme,
        "Kabupaten Contoh",
        2025,
        EvaluationMethod.SubComponentGrades,
        [],
        grades.Select(g => g.Split('=')).Select(g => new SubComponentAnswer(g[0], null, g[1])))
    .GetValueOrThrow();

// The score sheet: components, total as it decides the grade, grade, and the explanation.
var result = evaluation.Score();
result.Dump("Nilai LKE 2025");
result.Components[1].Dump("Komponen 2: Pengukuran Kinerja");

// The road to the next grade: which sub-component grades to raise, and by how many points.
GradeRoad.Find(result).Dump("Jalan menuju predikat berikutnya");

// Or to a named grade.
GradeRoad.Find(result, scheme.Grades.Find("A")).Dump("Jalan menuju A");
