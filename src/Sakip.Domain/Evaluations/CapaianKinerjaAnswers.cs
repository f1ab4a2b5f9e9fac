using System.Globalization;
using Ardalis.GuardClauses;
using Sakip.Domain.Bands;
using Sakip.Domain.Collections;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Evaluations;

/// <summary>
/// Answers component E (capaian kinerja) of PermenPAN-RB 12/2015 from the library's measured achievements, as
/// proposed answers with the figures as evidence. The mapping:
/// <list type="bullet">
/// <item><c>E.a.1</c> / <c>E.b.1</c> "targets achieved": the share of the year's agreement indicators of type output
/// (E.a) or outcome and impact (E.b) whose capaian is at least 100 %. An indicator not reported or not measurable counts
/// as not achieved (an unreported target cannot be shown met).</item>
/// <item><c>E.a.2</c> / <c>E.b.2</c> "better than the previous year" (only when a previous report is given): the share
/// of the indicators measured in both years whose capaian rose.</item>
/// <item>The share maps to the graded answer with the 12/2015 thresholds (<see cref="Thresholds"/>): A &gt; 90 %,
/// B &gt; 75 %, C &gt; 40 %, D &gt; 10 %, E otherwise.</item>
/// <item><c>E.a.3</c> / <c>E.b.3</c> (reliability) stay with the evaluator; a criterion without indicators to count is
/// left unanswered.</item>
/// </list>
/// </summary>
public static class CapaianKinerjaAnswers
{
    /// <summary>The 12/2015 graded-answer thresholds as a band set: the share of the condition met, edges exclusive
    /// below; band rank 1 is answer A, 5 is E.</summary>
    public static BandSet Thresholds { get; } = BandSet.Create(
        "permenpanrb-12-2015-graded",
        1,
        "Jawaban berjenjang PermenPAN-RB 12/2015",
        "PermenPAN-RB 12/2015, component E answered from measured achievements: a > 90 %, b 75–90 %, c 40–75 %, d 10–40 %, e ≤ 10 % of the indicators, as some e-SAKIP tools read the graded answers (an assumption: no worksheet found states a rule for component E); shared edges read as 'greater than'",
        EdgeSemantics.LowerExclusive,
        [
            new Band(1, 90m, new("A", "A"), null),
            new Band(2, 75m, new("B", "B"), null),
            new Band(3, 40m, new("C", "C"), null),
            new Band(4, 10m, new("D", "D"), null),
            new Band(5, null, new("E", "E"), null),
        ]);

    /// <summary>Answers the measured criteria of component E.</summary>
    /// <param name="scheme">A scheme with criteria <c>E.a.1</c>, <c>E.a.2</c>, <c>E.b.1</c>, <c>E.b.2</c> on a five-option
    /// scale (the built-in 12/2015 scheme, or an adaptation keeping those ids).</param>
    /// <param name="document">The document the report measured (for the indicator types).</param>
    /// <param name="current">The evaluated year's measurement.</param>
    /// <param name="previous">The previous year's measurement, or <see langword="null"/> to leave "better than the
    /// previous year" unanswered.</param>
    /// <returns>The proposed answers, or the problems (the scheme lacks the criteria or their scales have other than
    /// five options).</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static Result<ValueList<CriterionAnswer>> From(EvaluationScheme scheme, SakipDocument document, MeasurementReport current, MeasurementReport? previous = null)
    {
        Guard.Against.Null(scheme);
        Guard.Against.Null(document);
        Guard.Against.Null(current);
        string[] ids = ["E.a.1", "E.a.2", "E.b.1", "E.b.2"];
        var problems = new List<Problem>();
        foreach (var id in ids)
        {
            if (scheme.FindCriterion(id) is not { } criterion)
            {
                problems.Add(new Problem($"scheme.{id}", Messages.UnknownCriterion(id)));
            }
            else if (criterion.Scale.Options.Count != 5)
            {
                problems.Add(new Problem($"scheme.{id}.scale", Messages.NotFiveLevels));
            }
        }

        if (problems.Count > 0)
        {
            return Result<ValueList<CriterionAnswer>>.Failure(problems);
        }

        var now = Indicators(document, current);
        var before = previous is null ? null : Indicators(document, previous);
        var answers = new List<CriterionAnswer>();
        foreach (var (group, outcome) in new[] { ("E.a", false), ("E.b", true) })
        {
            var mine = now.Where(i => i.Outcome == outcome).ToList();
            var kind = outcome ? "outcome" : "output";
            if (mine.Count > 0)
            {
                var met = mine.Count(i => i.Capaian >= 100m);
                answers.Add(Answer(scheme, $"{group}.1", met, mine.Count, $"{met} of {mine.Count} {kind} indicators met their target in {current.Year} (rule set {current.RuleSetId} v{current.RuleSetVersion}; not reported or not measurable counts as not met)"));
            }

            if (before is not null)
            {
                var earlier = before.Where(i => i.Capaian is not null).ToDictionary(i => i.Id, i => i.Capaian!.Value);
                var both = mine.Where(i => i.Capaian is not null && earlier.ContainsKey(i.Id)).ToList();
                if (both.Count > 0)
                {
                    var rose = both.Count(i => i.Capaian > earlier[i.Id]);
                    answers.Add(Answer(scheme, $"{group}.2", rose, both.Count, $"{rose} of {both.Count} {kind} indicators measured in {previous!.Year} and {current.Year} improved their capaian"));
                }
            }
        }

        return Result<ValueList<CriterionAnswer>>.Success([.. answers]);
    }

    private static CriterionAnswer Answer(EvaluationScheme scheme, string id, int count, int of, string evidence)
    {
        var share = (decimal)count / of * 100m;
        var rank = Thresholds.Classify(share).Rank;
        var option = scheme.FindCriterion(id)!.Scale.Options[rank - 1];
        var text = string.Create(CultureInfo.InvariantCulture, $"{evidence}: {share:0.##} % → {option.Code}");
        return new CriterionAnswer(id, option.Code, null) { Evidence = [text] };
    }

    private static List<(string Id, bool Outcome, decimal? Capaian)> Indicators(SakipDocument document, MeasurementReport report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<(string, bool, decimal?)>();
        foreach (var indicator in report.Agreements.SelectMany(a => a.Sasaran).SelectMany(s => s.Indicators))
        {
            if (!seen.Add(indicator.IndicatorId))
            {
                continue;
            }

            var definition = document.Indicator(indicator.IndicatorId);
            if (definition is null || definition.Type is IndicatorType.Input)
            {
                continue;
            }

            list.Add((indicator.IndicatorId, definition.Type is IndicatorType.Outcome or IndicatorType.Impact, indicator.Result.Percent?.Value));
        }

        return list;
    }
}
