using Sakip.Domain.Achievement;

namespace Sakip.Domain.Tree;

/// <content>Own indicator items and link weights: the arrays a compilation shares, and a what-if's changes beside
/// them.</content>
public sealed partial class CompiledTree
{
    /// <summary>What a roll-up does with one own indicator, decided from its result and the missing-item policy.</summary>
    internal enum ItemState : byte
    {
        /// <summary>It enters the figure (achieved, or missing and counted as zero).</summary>
        Counted = 0,

        /// <summary>It is missing and left out.</summary>
        Skipped = 1,

        /// <summary>It is missing, left out, and marks the node incomplete.</summary>
        MarksIncomplete = 2,
    }

    /// <summary>One own indicator slot: its input, and its item as <see cref="TreeEvaluator"/> forms it.</summary>
    internal readonly record struct OwnSlot(AchievementInput Input, decimal Value, decimal Numerator, decimal Denominator, ItemState State)
    {
        /// <summary>An achieved indicator gives its exact capaian and its ratio-of-sums amounts; a missing one counts
        /// as 0 (with no amounts), is skipped, or marks its node incomplete, by the policy.</summary>
        public static OwnSlot Of(AchievementInput input, AchievementCalculator calculator, MissingItemPolicy missing)
        {
            // Most inputs are measured without a result object (a million of them on a province with its regencies);
            // the rest (invalid, not measurable, a special rule, a plugin formula) as TreeEvaluator measures them.
            if (calculator.TryFastPercent(input, out var fast))
            {
                if (fast is { } value)
                {
                    var (numerator, denominator) = TreeEvaluation.RatioOf(input.Polarity, input.Target, input.Realisation);
                    return new OwnSlot(input, value, numerator, denominator, ItemState.Counted);
                }
            }
            else
            {
                var result = calculator.Calculate(input);
                if (result.Percent is { } percent)
                {
                    var (numerator, denominator) = TreeEvaluation.RatioOf(result);
                    return new OwnSlot(input, percent.Value, numerator, denominator, ItemState.Counted);
                }
            }

            var state = missing switch
            {
                MissingItemPolicy.CountAsZero => ItemState.Counted,
                MissingItemPolicy.MarkIncomplete => ItemState.MarksIncomplete,
                _ => ItemState.Skipped,
            };
            return new OwnSlot(input, 0m, 0m, 0m, state);
        }
    }

    /// <summary>Every own indicator slot and link weight in flat arrays. Filled once, then never changed.</summary>
    internal sealed class TreeData
    {
        public TreeData(int slots, decimal[] childWeights)
        {
            Inputs = new AchievementInput[slots];
            Values = new decimal[slots];
            Numerators = new decimal[slots];
            Denominators = new decimal[slots];
            States = new ItemState[slots];
            ChildWeights = childWeights;
        }

        private TreeData(TreeData other)
        {
            Inputs = (AchievementInput[])other.Inputs.Clone();
            Values = (decimal[])other.Values.Clone();
            Numerators = (decimal[])other.Numerators.Clone();
            Denominators = (decimal[])other.Denominators.Clone();
            States = (ItemState[])other.States.Clone();
            ChildWeights = (decimal[])other.ChildWeights.Clone();
        }

        public AchievementInput[] Inputs { get; }

        public decimal[] Values { get; }

        public decimal[] Numerators { get; }

        public decimal[] Denominators { get; }

        public ItemState[] States { get; }

        /// <summary>Link weights by child entry (as <see cref="Layout.Children"/>).</summary>
        public decimal[] ChildWeights { get; }

        public OwnSlot this[int slot] => new(Inputs[slot], Values[slot], Numerators[slot], Denominators[slot], States[slot]);

        public void Set(int slot, OwnSlot value)
        {
            Inputs[slot] = value.Input;
            Values[slot] = value.Value;
            Numerators[slot] = value.Numerator;
            Denominators[slot] = value.Denominator;
            States[slot] = value.State;
        }

        /// <summary>A copy with a what-if's changes applied.</summary>
        public TreeData With(Overlay overlay)
        {
            var copy = new TreeData(this);
            foreach (var (slot, value) in overlay.Slots)
            {
                copy.Set(slot, value);
            }

            foreach (var (link, weight) in overlay.Weights)
            {
                copy.ChildWeights[link] = weight;
            }

            return copy;
        }
    }

    /// <summary>A what-if's changed slots and link weights, kept beside the shared <see cref="TreeData"/>. Never
    /// changed once made.</summary>
    internal sealed class Overlay(Dictionary<int, OwnSlot> slots, Dictionary<int, decimal> weights)
    {
        public static Overlay Empty { get; } = new([], []);

        public Dictionary<int, OwnSlot> Slots { get; } = slots;

        public Dictionary<int, decimal> Weights { get; } = weights;

        public int Count => Slots.Count + Weights.Count;

        public bool IsEmpty => Count == 0;
    }
}
