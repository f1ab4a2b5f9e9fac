using System.Globalization;
using System.Text;
using System.Text.Json;
using Sakip.Cli.Commands;
using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;

namespace Sakip.Cli.Output;

/// <summary>
/// Text and JSON views of LKE evaluations (scores, roads to a grade, comparisons), shared by <c>sakip demo</c> and
/// <c>sakip lke</c>. Figures are computed exactly by the library and only rounded here, for presentation, by
/// <see cref="Presentation"/> (2 decimals half up).
/// </summary>
internal static class EvaluationView
{
    /// <summary>The presentation rounding of every figure shown: 2 decimals, half up.</summary>
    public static RoundingRule Presentation { get; } = RoundingRule.TwoDecimalsHalfUp;

    /// <summary>A figure as presented: rounded by <see cref="Presentation"/>, always with 2 decimals.</summary>
    public static string Num(decimal value, CultureInfo culture) => Presentation.Apply(value).ToString("0.00", culture);

    /// <summary>A difference as presented, with its sign.</summary>
    public static string Signed(decimal value, CultureInfo culture)
    {
        var presented = Presentation.Apply(value);
        return (presented > 0m ? "+" : string.Empty) + presented.ToString("0.00", culture);
    }

    public static string SourceId(AnswerSource source) => source switch
    {
        AnswerSource.Final => "final",
        AnswerSource.Proposed => "proposed",
        _ => "final-else-proposed",
    };

    public static AnswerSource? ParseSource(string? text) => text switch
    {
        "final" => AnswerSource.Final,
        "proposed" => AnswerSource.Proposed,
        "final-else-proposed" or null => AnswerSource.FinalElseProposed,
        _ => null,
    };

    /// <summary>How the scheme's grade table decides, e.g. <c>the total rounded half-up to 2 decimals decides; edges
    /// exclusive below (exactly 90.00 is A)</c>, in the context's language.</summary>
    public static string GradeRule(GradeTable table, CliContext context)
    {
        var culture = context.Culture;
        var deciding = table.Deciding is { } rule
            ? context.T($"total yang dibulatkan {RoundingRule.IdOf(rule.Mode)} ke {rule.Decimals} desimal yang menentukan", $"the total rounded {RoundingRule.IdOf(rule.Mode)} to {rule.Decimals} decimals decides")
            : context.T("total eksak yang menentukan", "the exact total decides");
        var top = table.Grades.FirstOrDefault(g => g.LowerEdge is not null);
        if (top?.LowerEdge is not { } edge)
        {
            return deciding;
        }

        var exclusive = table.Edges == EdgeSemantics.LowerExclusive;
        var onEdge = exclusive ? table.Grades[table.RankOf(top) + 1] : top;
        return context.T(
            $"{deciding}; batas bawah {(exclusive ? "eksklusif" : "inklusif")} (tepat {Num(edge, culture)} adalah {onEdge.Code})",
            $"{deciding}; edges {(exclusive ? "exclusive" : "inclusive")} below (exactly {Num(edge, culture)} is {onEdge.Code})");
    }

    public static string MethodId(EvaluationMethod method) => method == EvaluationMethod.SubComponentGrades ? "sub-component-grades" : "criterion-grades";

    public static EvaluationMethod? ParseMethod(string? text) => text switch
    {
        "sub-component-grades" => EvaluationMethod.SubComponentGrades,
        "criterion-grades" => EvaluationMethod.CriterionGrades,
        _ => null,
    };

    /// <summary>What the method means, for the heading.</summary>
    public static string MethodText(EvaluationMethod method, CliContext context) => method == EvaluationMethod.SubComponentGrades
        ? context.T("satu predikat per subkomponen (subkomponen = bobot × predikat)", "one grade per sub-component (sub-component = weight × grade)")
        : context.T("predikat per kriteria (subkomponen = bobot × rata-rata kriterianya)", "a grade per criterion (sub-component = weight × mean of its criteria)");

    /// <summary>The heading line: subject, year, scheme, method and answers read.</summary>
    public static string Heading(EvaluationResult result, CliContext context)
    {
        var e = result.Evaluation;
        return $"LKE {TerminalText.Safe(e.Subject)} {e.Year}: {TerminalText.Safe(e.Scheme.Name)} ({TerminalText.Safe(e.Scheme.Id)} v{e.Scheme.Version}); "
            + context.T($"metode: {MethodText(e.Method, context)}; jawaban yang dibaca: {SourceText(result, context)}", $"method: {MethodText(e.Method, context)}; answers read: {SourceText(result, context)}");
    }

    /// <summary>Which answers were read, with the counts per kind when the final answer falls back to the proposed.</summary>
    public static string SourceText(EvaluationResult result, CliContext context)
    {
        if (result.Source != AnswerSource.FinalElseProposed)
        {
            return SourceId(result.Source);
        }

        var sources = result.Method == EvaluationMethod.SubComponentGrades
            ? result.SubComponents.Select(s => s.GradeSource)
            : result.Criteria.Select(c => c.Source);
        var counted = sources.ToList();
        return context.T(
            $"final-else-proposed ({counted.Count(s => s == AnswerSource.Final)} final, {counted.Count(s => s == AnswerSource.Proposed)} usulan)",
            $"final-else-proposed ({counted.Count(s => s == AnswerSource.Final)} final, {counted.Count(s => s == AnswerSource.Proposed)} proposed)");
    }

    /// <summary>The component table: each component with its weight and score, then its sub-components indented with
    /// their grade (graded per sub-component) or their criteria's mean (graded per criterion), and how many criteria
    /// are answered.</summary>
    public static string Table(EvaluationResult result, CliContext context, string indent = "")
    {
        var culture = context.Culture;
        var byGrade = result.Method == EvaluationMethod.SubComponentGrades;
        var table = new TextTable(
            context.T("Komponen", "Component"),
            context.T("Bobot", "Weight"),
            byGrade ? context.T("Predikat", "Grade") : context.T("Rata-rata", "Mean"),
            context.T("Nilai", "Score"),
            context.T("Kriteria", "Criteria"));
        foreach (var component in result.Components)
        {
            var criteria = component.SubComponents.SelectMany(s => s.Criteria).ToList();
            table.Add($"{component.Component.Id} {component.Component.Name}", Num(component.Component.Weight, culture), string.Empty, Score(component.Score, culture), $"{criteria.Count(k => k.IsAnswered)}/{criteria.Count}");
            foreach (var sub in component.SubComponents)
            {
                var level = byGrade
                    ? sub.Grade is { } g ? $"{g.Code} ({Percent(g.Value, culture)})" : "–"
                    : sub.CriteriaValue is { } v ? Percent(v, culture) : "–";
                table.Add($"  {sub.SubComponent.Id} {sub.SubComponent.Name}", Num(sub.SubComponent.Weight, culture), level, Score(sub.Score, culture), $"{sub.Criteria.Count(k => k.IsAnswered)}/{sub.Criteria.Count}");
            }
        }

        var all = result.Criteria.ToList();
        table.Add("Total", Num(result.Components.Sum(c => c.Component.Weight), culture), result.Grade?.Code ?? "–", Score(result.Total, culture), $"{all.Count(k => k.IsAnswered)}/{all.Count}");
        return table.Render(indent);
    }

    /// <summary>The total and predikat line, or the bounds when incomplete.</summary>
    public static string Total(EvaluationResult result, CliContext context)
    {
        var culture = context.Culture;
        if (result.Total is not { } total)
        {
            var missing = result.Method == EvaluationMethod.SubComponentGrades
                ? context.T($"{result.Ungraded.Count} subkomponen belum diberi predikat", $"{result.Ungraded.Count} sub-components are not graded")
                : context.T($"{result.Unanswered.Count} kriteria belum dijawab", $"{result.Unanswered.Count} criteria are unanswered");
            return context.T(
                $"Total –: tidak ada total dan predikat selama {missing} (tidak pernah 0 diam-diam); total akan berada antara {Num(result.MinimumTotal, culture)} dan {Num(result.MaximumTotal, culture)}",
                $"Total –: no total and no predikat while {missing} (never a silent 0); the total will be between {Num(result.MinimumTotal, culture)} and {Num(result.MaximumTotal, culture)}");
        }

        var grade = result.Grade!;
        return context.T(
            $"Total {Num(total, culture)} (ditampilkan dibulatkan half-up 2 desimal); nilai penentu {Num(result.DecidingScore!.Value, culture)} → predikat {grade.Code} {grade.Label.Indonesian}",
            $"Total {Num(total, culture)} (shown rounded half-up to 2 decimals); deciding score {Num(result.DecidingScore!.Value, culture)} → grade {grade.Code} {grade.Label.English}");
    }

    /// <summary>The completeness line, listing the answers the method needs and lacks.</summary>
    public static string Completeness(EvaluationResult result, CliContext context)
    {
        if (result.Method == EvaluationMethod.SubComponentGrades)
        {
            var subs = result.SubComponents.Count();
            var graded = subs - result.Ungraded.Count;
            var ungraded = string.Join(", ", result.Ungraded.Select(s => s.Id));
            return result.IsComplete
                ? context.T($"Lengkap: {graded}/{subs} subkomponen diberi predikat", $"Complete: {graded}/{subs} sub-components graded")
                : context.T($"Belum lengkap: {graded}/{subs} subkomponen diberi predikat; belum: {ungraded}", $"Incomplete: {graded}/{subs} sub-components graded; not graded: {ungraded}");
        }

        var all = result.Criteria.Count();
        var answered = all - result.Unanswered.Count;
        var unanswered = string.Join(", ", result.Unanswered.Select(c => c.Id));
        return result.IsComplete
            ? context.T($"Lengkap: {answered}/{all} kriteria dijawab", $"Complete: {answered}/{all} criteria answered")
            : context.T($"Belum lengkap: {answered}/{all} kriteria dijawab; belum dijawab: {unanswered}", $"Incomplete: {answered}/{all} criteria answered; unanswered: {unanswered}");
    }

    /// <summary>The logic findings, one per line (none: one line saying so).</summary>
    public static IEnumerable<string> Findings(EvaluationResult result, CliContext context)
    {
        var culture = context.Culture;
        if (result.Findings.Count == 0)
        {
            yield return context.T("Temuan logika: tidak ada", "Logic findings: none");
            yield break;
        }

        yield return context.T($"Temuan logika ({result.Findings.Count}):", $"Logic findings ({result.Findings.Count}):");
        foreach (var f in result.Findings)
        {
            yield return f.RelatedId is { } on
                ? $"  {f.Id} ({f.Value.ToString("0.##", culture)}) > {on} ({f.RelatedValue.ToString("0.##", culture)}): {f.Reason.In(context.Language)}"
                : $"  {f.Id}: {f.Reason.In(context.Language)}";
        }
    }

    /// <summary>The full text of a score: heading, table, total, completeness and findings.</summary>
    public static string Text(EvaluationResult result, CliContext context)
    {
        var text = new StringBuilder();
        text.Append(Heading(result, context)).Append('\n');
        text.Append(Table(result, context)).Append('\n');
        text.Append(Total(result, context)).Append('\n');
        text.Append(context.T("Aturan predikat: ", "Grade rule: ")).Append(GradeRule(result.Evaluation.Scheme.Grades, context)).Append('\n');
        text.Append(Completeness(result, context)).Append('\n');
        text.AppendJoin('\n', Findings(result, context));
        return text.ToString();
    }

    /// <summary>The road to a grade: current, target, improvements and the resulting total.</summary>
    public static string Road(GradeRoad road, CliContext context, string indent = "")
    {
        var culture = context.Culture;
        var text = new StringBuilder();
        var current = road.Current;
        var target = road.Target;
        string Label(Grade g) => context.English ? g.Label.English : g.Label.Indonesian;
        var edge = target.LowerEdge is { } e ? $"{(current.Evaluation.Scheme.Grades.Edges == EdgeSemantics.LowerExclusive ? ">" : ">=")} {Num(e, culture)}" : context.T("predikat terendah", "lowest grade");
        text.Append(indent).Append(context.T(
            $"Sekarang: {Num(current.Total!.Value, culture)} (penentu {Num(current.DecidingScore!.Value, culture)}) {current.Grade!.Code} {Label(current.Grade)}",
            $"Current: {Num(current.Total!.Value, culture)} (deciding {Num(current.DecidingScore!.Value, culture)}) {current.Grade!.Code} {Label(current.Grade)}")).Append('\n');
        text.Append(indent).Append(culture, $"Target: {target.Code} {Label(target)} ({edge})").Append('\n');
        if (road.Steps.Count == 0)
        {
            text.Append(indent).Append(road.Reachable
                ? context.T("Sudah tercapai: tidak ada jawaban yang perlu diperbaiki.", "Already reached: no answer needs to improve.")
                : context.T(
                    "Tidak dapat dicapai: tidak ada jawaban yang dapat diperbaiki (setiap jawaban sudah terbaik atau dibatasi oleh jawaban yang menjadi syaratnya).",
                    "Not reachable: no answer can improve (every answer is at its best or capped by the one it depends on)."));
            return text.ToString();
        }

        var bySub = road.Current.Method == EvaluationMethod.SubComponentGrades;
        var table = new TextTable(
            bySub ? context.T("Subkomponen", "Sub-component") : context.T("Kriteria", "Criterion"),
            context.T("Judul", "Title"),
            context.T("Dari", "From"),
            context.T("Ke", "To"),
            context.T("Poin", "Points"));
        foreach (var step in road.Steps)
        {
            table.Add(step.Id, TerminalText.Shorten(step.Title, 60), step.From.Code, step.To.Code, Signed(step.Points, culture));
        }

        text.Append(indent).Append(road.Reachable
            ? context.T($"Jalan: {road.Steps.Count} perbaikan jawaban menambah {Num(road.PointsAdded, culture)} poin:", $"Road: {road.Steps.Count} answer improvement(s) adding {Num(road.PointsAdded, culture)} points:")
            : context.T(
                $"TIDAK DAPAT DICAPAI: sasaran {target.Code} tidak dapat dicapai hanya dengan memperbaiki jawaban; memperbaiki setiap jawaban yang dapat diperbaiki ({road.Steps.Count}) menambah {Num(road.PointsAdded, culture)} poin:",
                $"NOT REACHABLE: the target {target.Code} cannot be reached by improving answers alone; improving every answer that can improve ({road.Steps.Count}) adds {Num(road.PointsAdded, culture)} points:")).Append('\n');
        text.Append(table.Render(indent + "  ")).Append('\n');
        var resulting = road.Resulting;
        text.Append(indent).Append(context.T(
            $"Hasil: {Num(resulting.Total!.Value, culture)} (penentu {Num(resulting.DecidingScore!.Value, culture)}) {road.ResultingGrade.Code} {Label(road.ResultingGrade)}",
            $"Resulting: {Num(resulting.Total!.Value, culture)} (deciding {Num(resulting.DecidingScore!.Value, culture)}) {road.ResultingGrade.Code} {Label(road.ResultingGrade)}"));
        return text.ToString();
    }

    /// <summary>The comparison table: per component before, after and the change, then the totals and the grade
    /// change.</summary>
    public static string Comparison(EvaluationComparison comparison, CliContext context, string indent = "")
    {
        var culture = context.Culture;
        var before = comparison.Before;
        var after = comparison.After;
        var sameYear = before.Evaluation.Year == after.Evaluation.Year;
        var table = new TextTable(
            context.T("Komponen", "Component"),
            sameYear ? context.T("Sebelum", "Before") : $"{before.Evaluation.Year}",
            sameYear ? context.T("Sesudah", "After") : $"{after.Evaluation.Year}",
            context.T("Selisih", "Change"));
        foreach (var c in comparison.Components)
        {
            table.Add($"{c.ComponentId} {c.Name}", Score(c.Before, culture), Score(c.After, culture), c.Delta is { } d ? Signed(d, culture) : "–");
        }

        table.Add("Total", Score(before.Total, culture), Score(after.Total, culture), comparison.TotalDelta is { } t ? Signed(t, culture) : "–");
        table.Add(context.T("Predikat", "Grade"), before.Grade?.Code ?? "–", after.Grade?.Code ?? "–", GradeChangeText(comparison.GradeChange, context));
        return table.Render(indent);
    }

    /// <summary>A note when the difference of the exact totals, as presented, is not the difference of the presented
    /// (deciding) totals, e.g. 60.02 − 60.00 = 0.02 while the exact totals 60.015 and 60.004 differ by 0.01 after rounding.</summary>
    public static string? DeltaNote(EvaluationComparison comparison, CliContext context)
    {
        var culture = context.Culture;
        if (comparison.TotalDelta is not { } exact || comparison.DecidingDelta is not { } published)
        {
            return null;
        }

        return Presentation.Apply(exact) == Presentation.Apply(published)
            ? null
            : context.T(
                $"Catatan: selisih dihitung dari nilai eksak, dibulatkan untuk tampilan ({Signed(exact, culture)}); total penentu (yang dipublikasikan) berselisih {Signed(published, culture)}.",
                $"Note: differences are of the exact scores, rounded for display ({Signed(exact, culture)}); the deciding (published) totals differ by {Signed(published, culture)}.");
    }

    /// <summary>The sub-components whose grade changed and the criteria whose answer changed, one line each.</summary>
    public static IEnumerable<string> ChangedCriteria(EvaluationComparison comparison, CultureInfo culture, string indent = "")
    {
        foreach (var s in comparison.SubComponents)
        {
            yield return $"{indent}{TerminalText.Safe(s.SubComponent.Id)} {TerminalText.Safe(s.SubComponent.Name)} {s.Before?.Code ?? "–"} → {s.After?.Code ?? "–"}{(s.Points is { } p ? " " + Signed(p, culture) : string.Empty)}";
        }

        foreach (var c in comparison.Criteria)
        {
            yield return $"{indent}{c.Criterion.Id} {c.Before?.Code ?? "–"} → {c.After?.Code ?? "–"}{(c.Points is { } p ? " " + Signed(p, culture) : string.Empty)}";
        }
    }

    /// <summary>A grade change in the context's language (the JSON keeps <see cref="GradeChangeId"/>).</summary>
    public static string GradeChangeText(GradeChange change, CliContext context) => context.English ? GradeChangeId(change) : change switch
    {
        GradeChange.Up => "naik",
        GradeChange.Down => "turun",
        GradeChange.Same => "tetap",
        _ => "tidak diketahui",
    };

    public static string GradeChangeId(GradeChange change) => change switch
    {
        GradeChange.Up => "up",
        GradeChange.Down => "down",
        GradeChange.Same => "same",
        _ => "unknown",
    };

    public static void Json(Utf8JsonWriter json, EvaluationResult result, Action<Utf8JsonWriter>? more = null)
    {
        var e = result.Evaluation;
        json.WriteStartObject();
        json.WriteString("subject", e.Subject);
        json.WriteNumber("year", e.Year);
        json.WriteString("scheme", e.Scheme.Id);
        json.WriteNumber("schemeVersion", e.Scheme.Version);
        json.WriteString("method", MethodId(e.Method));
        json.WriteString("source", SourceId(result.Source));
        json.WriteString("presentation", "half-up, 2 decimals");
        json.WriteStartArray("components");
        foreach (var component in result.Components)
        {
            json.WriteStartObject();
            json.WriteString("id", component.Component.Id);
            json.WriteString("name", component.Component.Name);
            json.WriteNumber("weight", component.Component.Weight);
            WriteScore(json, component.Score);
            json.WriteStartArray("subComponents");
            foreach (var sub in component.SubComponents)
            {
                json.WriteStartObject();
                json.WriteString("id", sub.SubComponent.Id);
                json.WriteString("name", sub.SubComponent.Name);
                json.WriteNumber("weight", sub.SubComponent.Weight);
                WriteScore(json, sub.Score);
                json.WriteStringOrNull("grade", sub.Grade?.Code);
                json.WriteStringOrNull("gradeSource", sub.GradeSource is { } gs ? SourceId(gs) : null);
                json.WriteNumberOrNull("criteriaValue", sub.CriteriaValue);
                json.WriteNumber("answered", sub.Criteria.Count(k => k.IsAnswered));
                json.WriteNumber("criteria", sub.Criteria.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteScore(json, result.Total, "total");
        json.WriteNumberOrNull("decidingScore", result.DecidingScore);
        WriteGrade(json, result.Grade);
        json.WriteBoolean("complete", result.IsComplete);
        json.WriteNumber("answered", result.Criteria.Count(c => c.IsAnswered));
        json.WriteNumber("criteria", result.Criteria.Count());
        json.WriteStartArray("ungraded");
        foreach (var u in result.Ungraded)
        {
            json.WriteStringValue(u.Id);
        }

        json.WriteEndArray();
        json.WriteStartArray("unanswered");
        foreach (var c in result.Unanswered)
        {
            json.WriteStringValue(c.Id);
        }

        json.WriteEndArray();
        json.WriteNumber("minimumTotal", Presentation.Apply(result.MinimumTotal));
        json.WriteNumber("maximumTotal", Presentation.Apply(result.MaximumTotal));
        json.WriteStartArray("findings");
        foreach (var f in result.Findings)
        {
            json.WriteStartObject();
            json.WriteString("kind", f.Kind == LogicFindingKind.GradeMismatch ? "grade-mismatch" : "above-dependency");
            json.WriteString("id", f.Id);
            if (f.RelatedId is { } related)
            {
                json.WriteString("dependsOn", related);
            }
            else
            {
                json.WriteNull("dependsOn");
            }

            json.WriteNumber("value", f.Value);
            json.WriteNumber("relatedValue", f.RelatedValue);
            json.WriteString("code", f.Reason.Code);
            json.WriteString("en", f.Reason.Message.English);
            json.WriteString("id", f.Reason.Message.Indonesian);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteExplanation(json, result.Explain);
        more?.Invoke(json);
        json.WriteEndObject();
    }

    /// <summary>An <c>explanation</c> object with the figure's sentence in English (<c>en</c>) and Indonesian (<c>id</c>).</summary>
    private static void WriteExplanation(Utf8JsonWriter json, Func<Language, string> explain)
    {
        json.WriteStartObject("explanation");
        json.WriteString("en", explain(Language.English));
        json.WriteString("id", explain(Language.Indonesian));
        json.WriteEndObject();
    }

    public static void Json(Utf8JsonWriter json, GradeRoad road)
    {
        json.WriteStartObject();
        json.WriteString("scheme", road.Current.Evaluation.Scheme.Id);
        json.WriteString("source", SourceId(road.Current.Source));
        WriteScore(json, road.Current.Total, "total");
        json.WriteNumberOrNull("decidingScore", road.Current.DecidingScore);
        WriteGrade(json, road.Current.Grade);
        json.WriteString("target", road.Target.Code);
        json.WriteBoolean("reachable", road.Reachable);
        json.WriteStartArray("steps");
        foreach (var step in road.Steps)
        {
            json.WriteStartObject();
            json.WriteString(step.IsSubComponent ? "subComponent" : "criterion", step.Id);
            json.WriteString("title", step.Title);
            json.WriteString("from", step.From.Code);
            json.WriteString("to", step.To.Code);
            json.WriteNumber("points", Presentation.Apply(step.Points));
            json.WriteString("pointsExact", step.Points.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("pointsAdded", Presentation.Apply(road.PointsAdded));
        WriteScore(json, road.Resulting.Total, "resultingTotal");
        json.WriteNumberOrNull("resultingDecidingScore", road.Resulting.DecidingScore);
        json.WriteString("resultingPredikat", road.ResultingGrade.Code);
        WriteExplanation(json, road.Explain);
        json.WriteEndObject();
    }

    public static void Json(Utf8JsonWriter json, EvaluationComparison comparison)
    {
        json.WriteStartObject();
        foreach (var (name, r) in new[] { ("before", comparison.Before), ("after", comparison.After) })
        {
            json.WriteStartObject(name);
            json.WriteString("subject", r.Evaluation.Subject);
            json.WriteNumber("year", r.Evaluation.Year);
            json.WriteString("scheme", r.Evaluation.Scheme.Id);
            WriteScore(json, r.Total, "total");
            json.WriteNumberOrNull("decidingScore", r.DecidingScore);
            WriteGrade(json, r.Grade);
            json.WriteBoolean("complete", r.IsComplete);
            json.WriteEndObject();
        }

        json.WriteStartArray("components");
        foreach (var c in comparison.Components)
        {
            json.WriteStartObject();
            json.WriteString("id", c.ComponentId);
            json.WriteString("name", c.Name);
            json.WriteNumberOrNull("before", c.Before is { } b ? Presentation.Apply(b) : null);
            json.WriteNumberOrNull("after", c.After is { } a ? Presentation.Apply(a) : null);
            json.WriteNumberOrNull("delta", c.Delta is { } d ? Presentation.Apply(d) : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumberOrNull("totalDelta", comparison.TotalDelta is { } t ? Presentation.Apply(t) : null);
        json.WriteString("gradeChange", GradeChangeId(comparison.GradeChange));
        json.WriteStartArray("subComponents");
        foreach (var c in comparison.SubComponents)
        {
            json.WriteStartObject();
            json.WriteString("subComponent", c.SubComponent.Id);
            json.WriteStringOrNull("before", c.Before?.Code);
            json.WriteStringOrNull("after", c.After?.Code);
            json.WriteNumberOrNull("points", c.Points is { } p ? Presentation.Apply(p) : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("criteria");
        foreach (var c in comparison.Criteria)
        {
            json.WriteStartObject();
            json.WriteString("criterion", c.Criterion.Id);
            json.WriteStringOrNull("before", c.Before?.Code);
            json.WriteStringOrNull("after", c.After?.Code);
            json.WriteNumberOrNull("points", c.Points is { } p ? Presentation.Apply(p) : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteExplanation(json, comparison.Explain);
        json.WriteEndObject();
    }

    private static string Score(decimal? score, CultureInfo culture) => score is { } s ? Num(s, culture) : "–";

    private static string Percent(decimal value, CultureInfo culture) => (value * 100m).ToString("0.##", culture) + " %";


    private static void WriteScore(Utf8JsonWriter json, decimal? score, string name = "score")
    {
        json.WriteNumberOrNull(name, score is { } s ? Presentation.Apply(s) : null);
        json.WriteStringOrNull(name + "Exact", score?.ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteGrade(Utf8JsonWriter json, Grade? grade)
    {
        json.WriteStringOrNull("predikat", grade?.Code);
        json.WriteStringOrNull("label", grade?.Label.Indonesian);
        json.WriteStringOrNull("englishLabel", grade?.Label.English);
    }
}
