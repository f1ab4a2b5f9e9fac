using FsCheck.Fluent;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Testing;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>The generators of <see cref="EvaluationGenerators"/> cover the shapes they promise.</summary>
public class EvaluationGeneratorsTests
{
    [Fact]
    public void Schemes_Sample_CoversMethodsScalesDependenciesAndTables()
    {
        var schemes = EvaluationGenerators.Schemes().Sample(50, 200).ToList();
        var subs = schemes.SelectMany(s => s.Components).SelectMany(c => c.SubComponents).ToList();
        var criteria = schemes.SelectMany(s => s.Criteria).ToList();

        Assert.All(schemes, s => Assert.InRange(s.Components.Count, 1, 6));
        Assert.Equal(Enumerable.Range(1, 6), schemes.Select(s => s.Components.Count).Distinct().Order());
        Assert.Contains(subs, s => s.Method == ScoringMethod.Points);
        Assert.Contains(subs, s => s.Method == ScoringMethod.Mean);
        Assert.Contains(criteria, k => k.DependsOn is not null);
        Assert.Contains(criteria, k => !AnswerScales.All.Contains(k.Scale));
        Assert.Contains(criteria, k => k.Scale.Worst.Value > 0m);
        Assert.Contains(schemes, s => s.Grades == GradeTables.PermenPanRb88Of2021);
        Assert.Contains(schemes, s => s.Grades.Deciding is null);
        Assert.All(criteria, k => Assert.Equal(k.Scale.Options.Count, k.Scale.Options.Select(o => o.Value).Distinct().Count()));
        Assert.All(subs, s => Assert.Equal(s.Weight, Math.Round(s.Weight, 2)));
    }

    [Fact]
    public void Evaluations_Sample_HasCompleteAndIncompleteOnes()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;

        var some = EvaluationGenerators.Evaluations(scheme).Sample(10, 20).Select(e => e.Score()).ToList();
        var complete = EvaluationGenerators.CompleteEvaluations(scheme).Sample(10, 20).Select(e => e.Score()).ToList();

        Assert.Contains(some, r => !r.IsComplete);
        Assert.All(complete, r => Assert.True(r.IsComplete));
        Assert.Contains(complete, r => r.Criteria.Any(k => k.Source == AnswerSource.Proposed));
        Assert.Contains(complete, r => r.Criteria.Any(k => k.Source == AnswerSource.Final));
    }

    [Fact]
    public void ImprovementOf_NothingToImprove_Throws()
    {
        var scheme = SchemeFixtures.Scheme;
        var best = Evaluation.Create(scheme, "Uji", 2024, scheme.Criteria.Select(k => new CriterionAnswer(k.Id, null, k.Scale.Best.Code))).Model;

        Assert.Throws<ArgumentException>(() => EvaluationGenerators.ImprovementOf(best));
    }
}
