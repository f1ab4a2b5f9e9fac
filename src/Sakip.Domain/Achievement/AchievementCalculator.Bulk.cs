namespace Sakip.Domain.Achievement;

/// <content>Bulk measurement: the figures of many achievements, their explanations left to be asked for.</content>
public sealed partial class AchievementCalculator
{
    /// <summary>
    /// Computes the figures of many achievements (a province's PK, a national table): for each input, the same status,
    /// value, presented value and band as <see cref="Calculate(AchievementInput)"/> gives, written into
    /// <paramref name="figures"/> without making a result object or an explanation for each.
    /// </summary>
    /// <param name="inputs">The indicators' inputs.</param>
    /// <param name="figures">Where the figures go: <c>figures[i]</c> is the figures of <c>inputs[i]</c>; at least as
    /// long as <paramref name="inputs"/> (the rest is left as it was).</param>
    /// <exception cref="ArgumentException"><paramref name="figures"/> is shorter than <paramref name="inputs"/>, or an
    /// input is null.</exception>
    /// <remarks>
    /// <para>The explanation, the reason and the problems of any input are one call away, and are the same as ever:
    /// <c>calculator.Calculate(inputs[i])</c>. An input the figures path cannot measure plainly (invalid input, not
    /// measurable, a formula's special rule, an overflow, a formula from a plugin) is computed by that call, so its
    /// figures are right whatever it is; only its cost differs.</para>
    /// <para>Reads nothing but its arguments: safe to call from several threads on one calculator, each with its own
    /// <paramref name="figures"/>.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// var figures = new AchievementFigures[inputs.Length];
    /// calculator.CalculateFigures(inputs, figures);
    /// var belowTarget = figures.Count(f => f.Presented?.Value &lt; 100m);
    /// </code>
    /// </example>
    public void CalculateFigures(ReadOnlySpan<AchievementInput> inputs, Span<AchievementFigures> figures)
    {
        if (figures.Length < inputs.Length)
        {
            throw new ArgumentException($"The figures span holds {figures.Length} items; the {inputs.Length} inputs need as many.", nameof(figures));
        }

        for (var i = 0; i < inputs.Length; i++)
        {
            var input = inputs[i] ?? throw new ArgumentException($"inputs[{i}] is null.", nameof(inputs));
            if (!TryFastFigures(input, out figures[i]))
            {
                figures[i] = AchievementFigures.Of(CalculateExplained(input));
            }
        }
    }

    /// <summary>Computes the figures of many achievements into a new array: see
    /// <see cref="CalculateFigures(ReadOnlySpan{AchievementInput}, Span{AchievementFigures})"/>.</summary>
    /// <param name="inputs">The indicators' inputs.</param>
    /// <returns>The figures, one per input, in order.</returns>
    /// <exception cref="ArgumentException">An input is null.</exception>
    public AchievementFigures[] CalculateFigures(ReadOnlySpan<AchievementInput> inputs)
    {
        var figures = new AchievementFigures[inputs.Length];
        CalculateFigures(inputs, figures);
        return figures;
    }

    /// <summary>The capaian of an input measured without a result object (a compiled tree measures every indicator
    /// of a province this way): <see langword="true"/> with the value of an achieved input, or with
    /// <see langword="null"/> for one not reported; <see langword="false"/> where
    /// <see cref="Calculate(AchievementInput)"/> must decide. The value is the one that call gives.</summary>
    internal bool TryFastPercent(AchievementInput input, out decimal? percent)
    {
        if (!TryFastFigures(input, out var figures))
        {
            percent = null;
            return false;
        }

        percent = figures.Percent?.Value;
        return true;
    }

    /// <summary>The figures of an input measured without steps; <see langword="false"/> where
    /// <see cref="CalculateExplained"/> must decide.</summary>
    private bool TryFastFigures(AchievementInput input, out AchievementFigures figures)
    {
        if (FastFormula(input) is not { } formula)
        {
            figures = default;
            return false;
        }

        if (input.Realisation is not { } measure)
        {
            figures = AchievementFigures.Without(AchievementStatus.NotReported);
            return true;
        }

        if (formula is Formulas.IValueFormula valueFormula
            && TryMeasure(valueFormula, input.Target, measure.Value, out _, out var value, out var presented, out var band))
        {
            figures = new AchievementFigures(AchievementStatus.Achieved, value, presented, band);
            return true;
        }

        figures = default;
        return false;
    }
}
