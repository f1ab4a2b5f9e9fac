using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Testing;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Tests.Tree;

/// <summary>A node's presented figure is its exact figure rounded by the rule set's rounding, and a change's presented
/// figures are those of the two evaluations, by the object model and the compiled tree alike.</summary>
public class PresentedNodeTests
{
    [Property]
    public Property EveryNode_PresentedIsTheValueRoundedByTheRuleSet() =>
        Prop.ForAll(TreeGenerators.TreeArbitrary, TreeGenerators.OptionsArbitrary, (tree, options) =>
        {
            var evaluation = new TreeEvaluator(options).Evaluate(tree);
            var wrong = evaluation.Results
                .Where(r => r.Presented != r.Value?.Round(options.Rules.Rounding) || (r.Presented is { } p && p.Value.Scale != options.Rules.Rounding.Decimals))
                .Select(r => $"{r.NodeId}: {r.Value} → {r.Presented}")
                .ToList();
            return (wrong.Count == 0).Label(string.Join("\n", wrong.Take(5)));
        });

    [Property]
    public Property Changes_PresentBothFigures_InTheObjectModelAndTheCompiledTree() =>
        Prop.ForAll(TreeGenerators.TreeArbitrary, TreeGenerators.OptionsArbitrary, (tree, options) =>
        {
            var indicator = tree.Nodes.SelectMany(n => n.Indicators).FirstOrDefault();
            if (indicator is null)
            {
                return true.Label("no indicator");
            }

            var before = new TreeEvaluator(options).Evaluate(tree);
            var after = new TreeEvaluator(options).Evaluate(tree.WithRealisation(indicator.IndicatorId, new Sakip.Domain.Values.Measure(1m)));
            var compiled = CompiledTree.Compile(tree, options);
            var compiledChanges = CompiledEvaluation.Compare(compiled.Evaluate(), compiled.WithRealisation(indicator.IndicatorId, new Sakip.Domain.Values.Measure(1m)).Evaluate());
            var changes = TreeEvaluation.Compare(before, after);
            var wrong = changes.Where(c => c.PresentedBefore != before[c.NodeId].Presented || c.PresentedAfter != after[c.NodeId].Presented
                    || c.PresentedDelta != (c.PresentedAfter is { } a && c.PresentedBefore is { } b ? a.Value - b.Value : null))
                .Select(c => c.NodeId)
                .Concat(compiledChanges.Where(c => c.PresentedBefore != before[c.NodeId].Presented || c.PresentedAfter != after[c.NodeId].Presented).Select(c => "compiled " + c.NodeId))
                .ToList();
            return (wrong.Count == 0).Label(string.Join(", ", wrong.Take(5)));
        });
}
