using FsCheck.Fluent;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Tests.Evaluations;

namespace Sakip.Domain.Testing.Tests;

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
    public void Schemes_Sample_CoversSubComponentScalesMethodsAndDependencies()
    {
        var schemes = EvaluationGenerators.Schemes().Sample(50, 200).ToList();
        var subs = schemes.SelectMany(s => s.SubComponents).ToList();

        Assert.Contains(schemes, s => s.SupportsSubComponentGrades);
        Assert.Contains(schemes, s => s.SubComponents.All(k => k.Scale is null));
        Assert.Contains(schemes, s => s.SubComponents.Any(k => k.Scale is null) && s.SubComponents.Any(k => k.Scale is not null));
        Assert.Contains(schemes, s => s.DefaultMethod == EvaluationMethod.SubComponentGrades);
        Assert.Contains(schemes, s => s.SupportsSubComponentGrades && s.DefaultMethod == EvaluationMethod.CriterionGrades);
        Assert.All(schemes.Where(s => s.DefaultMethod == EvaluationMethod.SubComponentGrades), s => Assert.True(s.SupportsSubComponentGrades));
        Assert.Contains(subs, s => s.DependsOn is not null);
        Assert.All(subs.Where(s => s.DependsOn is not null), s => Assert.NotNull(s.Scale));
    }

    [Fact]
    public void Evaluations_Sample_UseBothMethodsAndCarryGrades()
    {
        var scheme = SchemeFixtures.GradedScheme;

        var complete = EvaluationGenerators.CompleteEvaluations(scheme).Sample(40, 10).ToList();
        var some = EvaluationGenerators.Evaluations(scheme, EvaluationMethod.SubComponentGrades).Sample(40, 10).Select(e => e.Score()).ToList();

        Assert.Contains(complete, e => e.Method == EvaluationMethod.SubComponentGrades);
        Assert.Contains(complete, e => e.Method == EvaluationMethod.CriterionGrades);
        Assert.All(complete, e => Assert.Equal(scheme.SubComponents.Count, e.Grades.Count));
        Assert.All(complete, e => Assert.True(e.Score().IsComplete && e.WithMethod(EvaluationMethod.SubComponentGrades).GetValueOrThrow().Score().IsComplete));
        Assert.Contains(complete, e => e.Score().Findings.Any(f => f.Kind == LogicFindingKind.GradeMismatch));
        Assert.Contains(complete, e => e.Score().SubComponents.Any(s => s.Grade is { } g && s.CriteriaValue is { } v && Math.Abs(g.Value - v) < 0.05m));
        Assert.All(some, r => Assert.Equal(EvaluationMethod.SubComponentGrades, r.Method));
        Assert.Contains(some, r => r.Ungraded.Count > 0);
        Assert.All(EvaluationGenerators.CompleteEvaluations(SchemeFixtures.Scheme).Sample(10), e => Assert.Equal(EvaluationMethod.CriterionGrades, e.Method));
    }

    [Fact]
    public void CompleteEvaluations_BySubComponentOnASchemeWithoutScales_Throws()
    {
        Assert.Throws<ArgumentException>(() => EvaluationGenerators.CompleteEvaluations(SchemeFixtures.Scheme, EvaluationMethod.SubComponentGrades));
        Assert.Throws<ArgumentException>(() => EvaluationGenerators.Evaluations(EvaluationSchemes.PermenPanRb12Of2015, EvaluationMethod.SubComponentGrades));
        Assert.Equal([EvaluationMethod.CriterionGrades], EvaluationGenerators.Methods(SchemeFixtures.Scheme).Sample(20).Distinct());
    }

    [Fact]
    public void Improvements_Sample_ImproveCriteriaAndGrades_CountedOrNot()
    {
        var improvements = EvaluationGenerators.Improvements(SchemeFixtures.GradedScheme).Sample(60, 10).ToList();

        Assert.Contains(improvements, i => i.IsSubComponent);
        Assert.Contains(improvements, i => !i.IsSubComponent);
        Assert.Contains(improvements, i => i.Counts);
        Assert.Contains(improvements, i => !i.Counts);
        Assert.All(improvements.Where(i => i.IsSubComponent), i => Assert.Equal(i.To, i.After.GradeOf(i.CriterionId)!.Final));
        Assert.All(improvements, i => Assert.Equal(i.Counts, i.IsSubComponent == (i.Before.Method == EvaluationMethod.SubComponentGrades)));
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
        var scheme = SchemeFixtures.GradedScheme;
        var best = Evaluation.Create(scheme, "Uji", 2024, scheme.Criteria.Select(k => new CriterionAnswer(k.Id, null, k.Scale.Best.Code))).GetValueOrThrow();
        var bestGrades = best.WithGrades(scheme.SubComponents.Select(s => new SubComponentAnswer(s.Id, null, s.Scale!.Best.Code))).GetValueOrThrow();
        var oneGradeBelow = best.WithGrades(new SubComponentAnswer("2a", null, "B")).GetValueOrThrow();

        Assert.Throws<ArgumentException>(() => EvaluationGenerators.ImprovementOf(best));
        Assert.Throws<ArgumentException>(() => EvaluationGenerators.ImprovementOf(bestGrades));
        var improvement = EvaluationGenerators.ImprovementOf(oneGradeBelow).Sample(1).Single();
        Assert.Equal(("2a", "B", true), (improvement.CriterionId, improvement.From, improvement.IsSubComponent));
    }
}
