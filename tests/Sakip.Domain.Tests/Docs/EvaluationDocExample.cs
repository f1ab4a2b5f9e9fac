#pragma warning disable IDE0005
using Sakip.Domain.Evaluations;
using Sakip.Domain.Planning;
using Sakip.Domain.Text;
#pragma warning restore IDE0005

namespace Sakip.Domain.Tests.Docs;

/// <summary>The code example of docs/evaluation.md, verbatim between the markers (checked by
/// <see cref="EvaluationDocTests"/>).</summary>
internal static class EvaluationDocExample
{
    public static void Run()
    {
        // begin-evaluation-example
        EvaluationScheme scheme = EvaluationSchemes.PermenPanRb88Of2021; // the default; also …LayoutB, PermenPanRb12Of2015(Worksheet)

        // The official method: one grade per sub-component on the eight-level scale AA 100 %, A 90 %, BB 80 %, B 70 %,
        // CC 60 %, C 50 %, D 30 %, E 0 %; the criteria are the probing questions behind each grade.
        // (SubComponentAnswer holds the self-assessment's Proposed and the evaluator's Final grade, with evidence.)
        string[] grades = ["A", "A", "B", "AA", "A", "A", "A", "A", "A", "AA", "A", "A"]; // 1a 1b 1c 2a … 4c
        Result<Evaluation> built = Evaluation.Create(scheme, "Kabupaten Contoh", 2025, EvaluationMethod.SubComponentGrades,
            answers: [], grades: scheme.SubComponents.Select((s, i) => new SubComponentAnswer(s.Id, Proposed: null, Final: grades[i])));
        Evaluation evaluation = built.GetValueOrThrow(); // built.Problems lists every bad grade, with its path

        EvaluationResult result = evaluation.Score();
        Console.WriteLine(result.Explain(Language.English));
        // Total 24 + 27.6 + 13.5 + 23 = 88.1 (rounded 88.10): grade A Satisfying (LKE AKIP PermenPAN-RB 88/2021)
        Console.WriteLine(result.Components[0].SubComponents[2].Explain(Language.English));
        // 1c Pemanfaatan: B (final) = 70 % × 15 = 10.5

        // The other method grades every criterion: sub-component = weight × the mean of its criteria.
        string[] keberadaan = ["AA", "A", "BB", "BB", "B", "B"]; // the six criteria of 1a
        Evaluation perCriterion = Evaluation.Create(scheme, "Kabupaten Contoh", 2025,
            scheme.Criteria.Select((c, i) => new CriterionAnswer(c.Id, null, i < 6 ? keberadaan[i] : "BB"))).GetValueOrThrow();
        Console.WriteLine(perCriterion.Score().Components[0].SubComponents[0].Explain(Language.English));
        // 1a Keberadaan: (1 + 0.9 + 0.8 + 0.8 + 0.7 + 0.7) / 6 × 6 = 4.9

        // What it takes to reach the next grade: the fewest grade improvements, each lifted only as far as needed.
        GradeRoad road = GradeRoad.Find(result).GetValueOrThrow();
        foreach (AnswerImprovement step in road.Steps)
        {
            Console.WriteLine(step);                              // 1c: B → A (+3)
        }

        Console.WriteLine(road.ResultingGrade.Code);              // AA

        // The edges: exactly 90.00 is A, 90.01 is AA; outside 0–100 is a problem, not a grade.
        Console.WriteLine(scheme.Grade(90m).GetValueOrThrow().Code);          // A
        Console.WriteLine(scheme.Grade(100.5m).Problems[0].Reason.Code); // score-out-of-range

        // What if the evaluator had graded 4c AA? The original evaluation is not changed.
        EvaluationComparison whatIf = EvaluationComparison.WhatIfGrades(result, new SubComponentAnswer("4c", null, "AA")).GetValueOrThrow();
        Console.WriteLine(whatIf.Explain(Language.English));      // 88.1 (A) → 89.35 (A), +1.25: 1 0; 2 0; 3 0; 4 +1.25
        // end-evaluation-example
    }
}
