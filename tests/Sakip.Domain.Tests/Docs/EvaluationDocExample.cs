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
        EvaluationScheme scheme = EvaluationSchemes.PermenPanRb88Of2021; // the default; also PermenPanRb12Of2015

        // One answer per criterion: every existence criterion Y, every quality criterion B, every use criterion C.
        // (CriterionAnswer holds the self-assessment's Proposed and the evaluator's Final answer, with evidence.)
        string AnswerTo(Criterion c) => c.Scale == AnswerScales.YesNo ? "Y" : c.Id[1] == 'b' ? "B" : "C";
        BuildResult<Evaluation> built = Evaluation.Create(scheme, "Kabupaten Contoh", 2025,
            scheme.Criteria.Select(c => new CriterionAnswer(c.Id, Proposed: null, Final: AnswerTo(c))));
        Evaluation evaluation = built.Model; // built.Problems lists every bad answer, with its path

        EvaluationResult result = evaluation.Score();
        Console.WriteLine($"{result.Total} {result.Grade}");      // 67.5 B (Baik)
        Console.WriteLine(result.Components[0].SubComponents[0].Explain(Language.English));
        // 1a Keberadaan: (1 + 1 + 1 + 1 + 1 + 1 + 1) / 7 × 6 = 6

        // What it takes to reach the next grade: the fewest answer improvements, each lifted only as far as needed.
        GradeRoad road = GradeRoad.Find(result).Model;
        foreach (AnswerImprovement step in road.Steps)
        {
            Console.WriteLine(step);                              // 4c.1: C → A (+1.25), 4c.2: C → A (+1.25), 4c.3: C → B (+0.625)
        }

        Console.WriteLine(road.ResultingGrade.Code);              // BB

        // The edges: exactly 90.00 is A, 90.01 is AA; outside 0–100 is a problem, not a grade.
        Console.WriteLine(scheme.Grade(90m).Grade.Code);          // A
        Console.WriteLine(scheme.Grade(100.5m).Problem!.Reason.Code); // score-out-of-range

        // What if the evaluator had answered 1c.1 with A? The original evaluation is not changed.
        EvaluationComparison whatIf = EvaluationComparison.WhatIf(result, new CriterionAnswer("1c.1", null, "A")).Model;
        Console.WriteLine(whatIf.Explain(Language.English));      // 67.5 (B) → 68.4375 (B), +0.9375: 1 +0.9375; 2 0; 3 0; 4 0
        // end-evaluation-example
    }
}
