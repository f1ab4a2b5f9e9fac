using System.Globalization;
using System.Text;
using Sakip.Domain.Achievement;
using Sakip.Domain.Collections;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Explanations;

/// <summary>
/// How an achievement result was reached, as data for audit trails: the inputs, the formula (id, version,
/// expression), the rule set (id, version), each step, and the outcome; and as one sentence in Indonesian or
/// English (<see cref="ToSentence"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Explanation
{
    /// <summary>The state the calculation ended in.</summary>
    public required AchievementStatus Status { get; init; }

    /// <summary>The target.</summary>
    public required Target Target { get; init; }

    /// <summary>The realisation, or <see langword="null"/> when not reported.</summary>
    public required Measure? Realisation { get; init; }

    /// <summary>The indicator's polarity.</summary>
    public required Polarity Polarity { get; init; }

    /// <summary>The formula's id, or <see langword="null"/> when none could be chosen (an unknown formula id, or an
    /// undefined polarity); input that is otherwise invalid still names the formula that would have been used.</summary>
    public string? FormulaId { get; init; }

    /// <summary>The formula's version, or 0 when none was chosen.</summary>
    public int FormulaVersion { get; init; }

    /// <summary>The formula as printed, e.g. <c>C = (2T − R) / T × 100</c>.</summary>
    public string? FormulaExpression { get; init; }

    /// <summary>The id of the rule set in force.</summary>
    public required string RuleSetId { get; init; }

    /// <summary>The version of the rule set in force.</summary>
    public required int RuleSetVersion { get; init; }

    /// <summary>The steps, in order.</summary>
    public ValueList<ExplanationStep> Steps { get; init; } = [];

    /// <summary>The exact achievement, when computed.</summary>
    public decimal? Value { get; init; }

    /// <summary>The presented (rounded) achievement, when computed.</summary>
    public decimal? Presented { get; init; }

    /// <summary>The presentation rounding that gave <see cref="Presented"/>, when computed.</summary>
    public Rules.RoundingRule? Rounding { get; init; }

    /// <summary>The band's label, when computed.</summary>
    public BilingualText? BandLabel { get; init; }

    /// <summary>Why no value was computed (not reported, not measurable), when that is the case.</summary>
    public Reason? Reason { get; init; }

    /// <summary>Every input problem, when the input is invalid.</summary>
    public ValueList<Problem> Problems { get; init; } = [];

    /// <summary>Words the whole calculation as one sentence.</summary>
    /// <param name="language">English or Indonesian.</param>
    /// <returns>The sentence, with numbers in that language's format.</returns>
    public string ToSentence(Language language)
    {
        var id = language == Language.Indonesian;
        var culture = Cultures.For(language);
        var text = new StringBuilder();
        string N(decimal v) => v.ToString("0.####", culture);
        var polarity = (Polarity, id) switch
        {
            (Polarity.Negative, true) => "indikator negatif",
            (Polarity.Negative, false) => "negative indicator",
            (_, true) => "indikator positif",
            _ => "positive indicator",
        };
        var realisation = Realisation is { } r ? N(r.Value) : (id ? "tidak dilaporkan" : "not reported");
        var inputs = string.Format(culture, id ? "{0}, target {1}, realisasi {2}" : "{0}, target {1}, realisation {2}", polarity, Target.ToString("0.####", culture), realisation);

        switch (Status)
        {
            case AchievementStatus.Achieved:
                text.Append(string.Format(culture, id ? "Capaian {0} % ({1}): " : "Achievement {0} % ({1}): ", Presented!.Value.ToString(culture), BandLabel!.In(language)));
                break;
            case AchievementStatus.NotReported:
                text.Append(id ? "Capaian belum dapat dihitung, realisasi tidak dilaporkan (kosong bukan nol): " : "No achievement, the realisation was not reported (empty is not zero): ");
                break;
            case AchievementStatus.NotMeasurable:
                text.Append(id ? "Capaian tidak dapat diukur: " : "Achievement not measurable: ").Append(Reason!.In(language)).Append("; ");
                break;
            default:
                text.Append(id ? "Masukan tidak valid: " : "Invalid input: ")
                    .AppendJoin("; ", Problems.Select(p => $"{p.Path}: {p.Reason.In(language)}"))
                    .Append("; ");
                break;
        }

        text.Append(inputs);
        if (FormulaId is not null)
        {
            text.Append(id ? "; rumus " : "; formula ").Append(FormulaId).Append(" v").Append(FormulaVersion.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var step in Steps)
        {
            text.Append("; ").Append(step.Render(language));
        }

        text.Append(id ? "; aturan " : "; rule set ").Append(RuleSetId).Append(" v").Append(RuleSetVersion.ToString(CultureInfo.InvariantCulture));
        if (Status == AchievementStatus.Achieved && Rounding is { } rounding)
        {
            text.Append(string.Format(culture, id ? ", pembulatan {0} {1} desimal" : ", rounding {0} to {1} decimals", Rules.RoundingRule.IdOf(rounding.Mode), rounding.Decimals));
        }

        return text.Append('.').ToString();
    }

    /// <summary>What LINQPad shows for the explanation (it calls <c>ToDump</c> by name): the presented figure, band,
    /// formula, rule set and the sentence in both languages, instead of every input and step as objects.</summary>
    private object ToDump() => new
    {
        Status,
        Achievement = DumpView.Presented(Presented),
        Band = BandLabel?.Indonesian,
        Target = Target.ToString(),
        Realisation = Realisation?.ToString(),
        Formula = FormulaId is null ? null : FormulaId + " v" + FormulaVersion.ToString(CultureInfo.InvariantCulture),
        RuleSet = RuleSetId + " v" + RuleSetVersion.ToString(CultureInfo.InvariantCulture),
        Sentence = ToSentence(Language.Indonesian),
        SentenceEnglish = ToSentence(Language.English),
        Problems = DumpView.Rows(Problems),
    };
}
