using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Testing;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;
using static Sakip.Domain.Tests.Tree.TreeFixtures;

namespace Sakip.Domain.Tests.Tree;

/// <summary>Laws of the roll-up over generated trees (DAGs with crosscutting links, weights including 0, missing
/// realisations, both polarities, range targets), for the object model and the compiled form.</summary>
public class RollUpPropertyTests
{
    /// <summary>Means are exact sums divided by counts, so a mean may sit one unit of the 28th digit outside its
    /// items' range; nothing else may.</summary>
    private const decimal Rounding = 0.000000000001m;

    private static readonly Arbitrary<PerformanceTree> Trees = TreeGenerators.TreeArbitrary;

    private static readonly Arbitrary<MissingItemPolicy> Policies =
        Gen.Elements(MissingItemPolicy.Skip, MissingItemPolicy.CountAsZero, MissingItemPolicy.MarkIncomplete).ToArbitrary();

    [Property]
    public Property Compiled_EveryStrategyAndPolicy_EqualsObjectModelExactly() =>
        Prop.ForAll(Trees, tree =>
        {
            var differences = AllOptions
                .SelectMany(options => Differences(new TreeEvaluator(options).Evaluate(tree), CompiledTree.Compile(tree, options).Evaluate())
                    .Select(d => $"{options.Strategy.Id}/{options.Missing}: {d}"))
                .ToList();
            return (differences.Count == 0).Label(string.Join("\n", differences.Take(5)));
        });

    [Property]
    public Property Compiled_AnyRuleSet_EqualsObjectModelExactly() =>
        Prop.ForAll(Trees, TreeGenerators.OptionsArbitrary, (tree, options) =>
        {
            var differences = Differences(new TreeEvaluator(options).Evaluate(tree), CompiledTree.Compile(tree, options).Evaluate());
            return (differences.Count == 0).Label(string.Join("\n", differences.Take(5)));
        });

    [Property]
    public Property Recompute_AfterRealisationWhatIf_EqualsFullEvaluationAndObjectModel() =>
        Prop.ForAll(Trees, TreeGenerators.OptionsArbitrary, Changes, (tree, options, change) =>
        {
            var (indicator, realisation) = change;
            var compiled = CompiledTree.Compile(tree, options);
            var before = compiled.Evaluate();
            var changed = compiled.WithRealisation(indicator, realisation);
            var incremental = changed.Recompute(before);
            var explicitly = changed.Recompute(before, changed.ChangedNodes);
            var expected = new TreeEvaluator(options).Evaluate(tree.WithRealisation(indicator, realisation));
            var differences = Differences(changed.Evaluate(), incremental)
                .Concat(Differences(expected, incremental))
                .Concat(Differences(expected, explicitly))
                .ToList();
            return (differences.Count == 0).Label(string.Join("\n", differences.Take(5)));
        });

    [Property]
    public Property Recompute_AfterSeveralWhatIfs_EqualsObjectModel() =>
        Prop.ForAll(Trees, TreeGenerators.OptionsArbitrary, Gen.Choose(0, 1_000).ToArbitrary(), (tree, options, pick) =>
        {
            var node = tree.Nodes[pick % tree.Nodes.Count];
            var link = tree.Links.Count == 0 ? null : tree.Links[pick % tree.Links.Count];
            var compiled = CompiledTree.Compile(tree, options);
            var before = compiled.Evaluate();
            var changedTree = tree;
            var changed = compiled;
            if (node.Indicators.Count > 0)
            {
                var indicator = node.Indicators[pick % node.Indicators.Count].IndicatorId;
                changedTree = changedTree.WithRealisation(node.Id, indicator, pick % 3 == 0 ? null : pick / 10m);
                changed = changed.WithRealisation(node.Id, indicator, pick % 3 == 0 ? null : pick / 10m);
            }

            changedTree = changedTree.WithTarget("IK-2", Target.Point(pick / 7m));
            changed = changed.WithTarget("IK-2", Target.Point(pick / 7m));
            if (link is not null)
            {
                changedTree = changedTree.WithLinkWeight(link.ParentId, link.ChildId, pick % 4);
                changed = changed.WithLinkWeight(link.ParentId, link.ChildId, pick % 4);
            }

            var differences = Differences(new TreeEvaluator(options).Evaluate(changedTree), changed.Recompute(before));
            return (differences.Count == 0).Label(string.Join("\n", differences.Take(5)));
        });

    [Property]
    public Property Mean_AnyNode_LiesWithinItsCountedItemsRange() =>
        Prop.ForAll(Trees, Policies, (tree, missing) =>
        {
            var evaluation = new TreeEvaluator(new RollUpOptions { Missing = missing }).Evaluate(tree);
            var outside = evaluation.Results
                .Where(r => r.Value is { } v && r.Contributions.Where(c => c.Counted).Select(c => c.Value ?? 0m).ToArray() is { Length: > 0 } items
                    && (v.Value < items.Min() - Rounding || v.Value > items.Max() + Rounding))
                .Select(r => $"{r.NodeId}: {r.Value}")
                .ToList();
            return (outside.Count == 0).Label(string.Join(", ", outside));
        });

    [Property]
    public Property WeightedMean_EqualWeights_EqualsMean() =>
        Prop.ForAll(Trees, Policies, Gen.Elements(0.5m, 1m, 2m, 3.25m).ToArbitrary(), (tree, missing, weight) =>
        {
            var equal = new PerformanceTreeBuilder
            {
                Nodes = [.. tree.Nodes.Select(n => n with { Indicators = [.. n.Indicators.Select(i => i with { Weight = weight })] })],
                Links = [.. tree.Links.Select(l => l with { Weight = weight })],
                Shared = [.. tree.Shared],
            }.Build().GetValueOrThrow();
            var mean = new TreeEvaluator(new RollUpOptions { Missing = missing }).Evaluate(equal);
            var weighted = new TreeEvaluator(new RollUpOptions { Strategy = RollUpStrategies.WeightedMean, Missing = missing }).Evaluate(equal);
            var differ = mean.Results.Zip(weighted.Results)
                .Where(p => p.First.Status != p.Second.Status
                    || (p.First.Value is { } m && (p.Second.Value is not { } w || Math.Abs(m.Value - w.Value) > Rounding))
                    || (weight == 1m && !Identical(p.First.Value?.Value, p.Second.Value?.Value)))
                .Select(p => $"{p.First.NodeId}: mean {p.First.Value}, weighted {p.Second.Value}")
                .ToList();
            return (differ.Count == 0).Label(string.Join(", ", differ));
        });

    [Property]
    public Property Worst_AnyNode_IsAtMostMean() =>
        Prop.ForAll(Trees, Policies, (tree, missing) =>
        {
            var mean = new TreeEvaluator(new RollUpOptions { Missing = missing }).Evaluate(tree);
            var worst = new TreeEvaluator(new RollUpOptions { Strategy = RollUpStrategies.Worst, Missing = missing }).Evaluate(tree);
            var above = mean.Results.Zip(worst.Results)
                .Where(p => p.First.Status != p.Second.Status || (p.First.Value is { } m && p.Second.Value is { } w && w.Value > m.Value + Rounding))
                .Select(p => $"{p.First.NodeId}: mean {p.First.Value}, worst {p.Second.Value}")
                .ToList();
            return (above.Count == 0).Label(string.Join(", ", above));
        });

    [Property]
    public Property WhatIf_ChangingNothing_ChangesNothing() =>
        Prop.ForAll(Trees, TreeGenerators.OptionsArbitrary, Gen.Choose(0, 1_000).ToArbitrary(), (tree, options, pick) =>
        {
            var node = tree.Nodes[pick % tree.Nodes.Count];
            var compiled = CompiledTree.Compile(tree, options);
            var (same, sameCompiled) = (tree, compiled);
            if (node.Indicators.Count > 0)
            {
                var indicator = node.Indicators[pick % node.Indicators.Count];
                same = same.WithRealisation(node.Id, indicator.IndicatorId, indicator.Input.Realisation);
                sameCompiled = sameCompiled.WithRealisation(node.Id, indicator.IndicatorId, indicator.Input.Realisation);
            }

            if (tree.Links.Count > 0)
            {
                var link = tree.Links[pick % tree.Links.Count];
                same = same.WithLinkWeight(link.ParentId, link.ChildId, link.Weight);
                sameCompiled = sameCompiled.WithLinkWeight(link.ParentId, link.ChildId, link.Weight);
            }

            var evaluator = new TreeEvaluator(options);
            var compiledBefore = compiled.Evaluate();
            var changes = TreeEvaluation.Compare(evaluator.Evaluate(tree), evaluator.Evaluate(same));
            var compiledChanges = CompiledEvaluation.Compare(compiledBefore, sameCompiled.Recompute(compiledBefore));
            return (changes.Count == 0 && compiledChanges.Count == 0).Label($"{changes.Count} / {compiledChanges.Count} changes");
        });

    /// <summary>An indicator of the generators' pool and a new realisation for it (sometimes none).</summary>
    private static Arbitrary<(string Indicator, Measure? Realisation)> Changes { get; } = (
        from indicator in Gen.Elements("IK-1", "IK-2", "IK-3")
        from realisation in Gen.Frequency((1, Gen.Constant<Measure?>(null)), (4, TreeGenerators.Realisation.Select(m => (Measure?)m)))
        select (indicator, realisation)).ToArbitrary();
}
