using Sakip.Domain.Achievement;

namespace Sakip.Domain.Tree;

/// <content>Own indicator items, and the two shapes of the evaluation pass.</content>
public sealed partial class CompiledTree
{
    /// <summary>Whether the pass carries ratio-of-sums amounts: a constant per instantiation, so the JIT drops the
    /// other branch.</summary>
    private interface IAmountMode
    {
        static abstract bool Tracks { get; }
    }

    private readonly struct WithAmounts : IAmountMode
    {
        public static bool Tracks => true;
    }

    private readonly struct WithoutAmounts : IAmountMode
    {
        public static bool Tracks => false;
    }

    /// <summary>Every own indicator's item by slot, computed once: value and amounts as
    /// <see cref="TreeEvaluator"/> forms them, and whether it counts. Never changed once shared.</summary>
    private sealed class OwnItems
    {
        public OwnItems(int slots)
        {
            Values = new decimal[slots];
            Numerators = new decimal[slots];
            Denominators = new decimal[slots];
            States = new ItemState[slots];
        }

        private OwnItems(OwnItems other)
        {
            Values = (decimal[])other.Values.Clone();
            Numerators = (decimal[])other.Numerators.Clone();
            Denominators = (decimal[])other.Denominators.Clone();
            States = (ItemState[])other.States.Clone();
        }

        public decimal[] Values { get; }

        public decimal[] Numerators { get; }

        public decimal[] Denominators { get; }

        public ItemState[] States { get; }

        public OwnItems Copy() => new(this);

        /// <summary>Computes one slot: an achieved indicator gives its exact capaian and its ratio-of-sums amounts; a
        /// missing one counts as 0 (with no amounts), is skipped, or marks its node incomplete, by the policy.</summary>
        public void Set(int slot, AchievementCalculator calculator, MissingChildPolicy missing, AchievementInput input)
        {
            var result = calculator.Calculate(input);
            if (result.Percent is { } percent)
            {
                Values[slot] = percent.Value;
                (Numerators[slot], Denominators[slot]) = TreeEvaluation.RatioOf(result);
                States[slot] = ItemState.Counted;
                return;
            }

            Values[slot] = 0m;
            Numerators[slot] = 0m;
            Denominators[slot] = 0m;
            States[slot] = missing switch
            {
                MissingChildPolicy.CountAsZero => ItemState.Counted,
                MissingChildPolicy.MarkIncomplete => ItemState.MarksIncomplete,
                _ => ItemState.Skipped,
            };
        }
    }
}
