using System.Globalization;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Edges of <see cref="EvaluationComparison"/>: the guards (exception type and parameter), a component only
/// the earlier scheme has (its presented score kept), and an incomplete side in both languages, compared whole.</summary>
public class EvaluationComparisonEdgeTests
{
    /// <summary>The fixture scheme with component 2 renamed to 3 under another id.</summary>
    private static EvaluationScheme Other { get; } = EvaluationScheme.Create(SchemeFixtures.Valid.MapComponent("2", c => c with { Id = "3", Name = "Evaluasi" }) with { Id = "uji-lain" }).GetValueOrThrow();

    /// <summary>1a = 10, 1b = 15, 2a = 27.5: total 52.5 (CC).</summary>
    private static EvaluationResult Before { get; } = Evaluation.Create(SchemeFixtures.Scheme, "Kabupaten Contoh", 2023, [
        new("1a.1", null, "Y"), new("1a.2", null, "T"), new("1b.1", null, "B"), new("1b.2", null, "E"), new("2a.1", null, "A"), new("2a.2", null, "C"),
    ]).GetValueOrThrow().Score();

    [Fact]
    public void Guards_NullArguments_ThrowNamingTheArgument()
    {
        Assert.Equal("before", Assert.Throws<ArgumentNullException>(() => EvaluationComparison.Compare(null!, Before)).ParamName);
        Assert.Equal("after", Assert.Throws<ArgumentNullException>(() => EvaluationComparison.Compare(Before, null!)).ParamName);
        Assert.Equal("original", Assert.Throws<ArgumentNullException>(() => EvaluationComparison.WhatIf(null!, new CriterionAnswer("1a.2", null, "Y"))).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => EvaluationComparison.WhatIf(Before, (IEnumerable<CriterionAnswer>)null!)).ParamName);
        Assert.Equal("original", Assert.Throws<ArgumentNullException>(() => EvaluationComparison.WhatIfGrades(null!, new SubComponentAnswer("1a", null, "A"))).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => EvaluationComparison.WhatIfGrades(Before, (IEnumerable<SubComponentAnswer>)null!)).ParamName);
    }

    [Fact]
    public void Compare_ToAnIncompleteEvaluationOfAnotherScheme_ListsEveryComponentAndSaysIncomplete()
    {
        var after = Evaluation.Create(Other, "Kabupaten Contoh", 2024, [
            new("1a.1", null, "Y"), new("1a.2", null, "Y"), new("1b.1", null, "B"), new("1b.2", null, "C"), new("2a.1", null, "A"),
        ]).GetValueOrThrow().Score();

        var comparison = EvaluationComparison.Compare(Before, after);

        Assert.Equal(GradeChange.Unknown, comparison.GradeChange);
        Assert.Null(comparison.TotalDelta);
        Assert.Empty(comparison.Criteria);
        Approved.Check(Render(comparison));
    }

    [Fact]
    public void Compare_FromAnIncompleteEvaluation_SaysIncompleteFirst()
    {
        var before = Evaluation.Create(SchemeFixtures.Scheme, "Kabupaten Contoh", 2023, [new("1a.1", null, "Y")]).GetValueOrThrow().Score();

        var comparison = EvaluationComparison.Compare(before, Before);

        Approved.Check(Render(comparison));
    }

    private static string Render(EvaluationComparison comparison) =>
        string.Join('\n', comparison.Components.Select(k => string.Join(" | ", k.ComponentId, k.Name, Figure(k.Before), Figure(k.After), Figure(k.PresentedBefore), Figure(k.PresentedAfter), Figure(k.Delta), Figure(k.PresentedDelta))))
        + "\nid: " + comparison.Explain(Language.Indonesian)
        + "\nen: " + comparison.Explain(Language.English);

    private static string Figure(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
