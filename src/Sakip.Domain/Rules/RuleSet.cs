using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Bands;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Rules;

/// <summary>
/// A named, versioned bundle of the choices the sources disagree on, with its legal or practical basis:
/// which negative formula, what zero targets and zero realisations give, the cap, presentation rounding,
/// the band scale and the default aggregation. Every result records the rule set it was computed under.
/// </summary>
/// <remarks>
/// <para>Built-in presets are in <see cref="RuleSets"/>. Derive a regional variant with a <c>with</c> expression
/// and give it its own <see cref="Id"/> and <see cref="LegalBasis"/>:</para>
/// <code>var mine = RuleSets.Default with { Id = "kab-contoh-2025", Cap = 120m, LegalBasis = "Perbup 12/2025" };</code>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record RuleSet
{
    private readonly string _id = "";
    private readonly int _version = 1;
    private readonly decimal? _cap;
    private readonly IRollUpStrategy _aggregation = RollUpStrategies.Mean;
    private readonly BandBasis _bandBasis = BandBasis.PresentedValue;
    private readonly BandSet _bands = BandSets.Kemendagri5;
    private readonly InverseZeroRealisationRule _inverseZeroRealisation = InverseZeroRealisationRule.Hundred;
    private readonly NegativeZeroTargetRule _negativeZeroTarget = NegativeZeroTargetRule.Binary;
    private readonly string _negativeFormulaId = "";
    private readonly string _positiveFormulaId = PositiveRatioFormula.FormulaId;

    /// <summary>Stable id, e.g. <c>sakip-reflected</c>.</summary>
    /// <exception cref="ArgumentException">Set to null or white space.</exception>
    public required string Id
    {
        get => _id;
        init => _id = Guard.Against.NullOrWhiteSpace(value);
    }

    /// <summary>Version of this rule set; changed choices get a new version. At least 1.</summary>
    /// <exception cref="ArgumentException">Set below 1.</exception>
    public int Version
    {
        get => _version;
        init => _version = Guard.Against.NegativeOrZero(value);
    }

    /// <summary>Human-readable name.</summary>
    public required string Name { get; init; }

    /// <summary>The regulation or practice the choices rest on.</summary>
    public required string LegalBasis { get; init; }

    /// <summary>The formula for positive indicators. Default <c>positive-ratio</c>.</summary>
    /// <exception cref="ArgumentException">Set to null or white space.</exception>
    public string PositiveFormulaId
    {
        get => _positiveFormulaId;
        init => _positiveFormulaId = Guard.Against.NullOrWhiteSpace(value);
    }

    /// <summary>The formula for negative indicators: <c>negative-reflected</c> or <c>negative-inverse</c>,
    /// <c>negative-plain-ratio</c> to reproduce reports that divide R / T ignoring polarity, or a plugin's.</summary>
    /// <exception cref="ArgumentException">Set to null or white space.</exception>
    public required string NegativeFormulaId
    {
        get => _negativeFormulaId;
        init => _negativeFormulaId = Guard.Against.NullOrWhiteSpace(value);
    }

    /// <summary>What a negative indicator with T = 0 achieves. Default <see cref="NegativeZeroTargetRule.Binary"/>.</summary>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">Set to a value the enum does not define.</exception>
    public NegativeZeroTargetRule NegativeZeroTarget
    {
        get => _negativeZeroTarget;
        init => _negativeZeroTarget = Guard.Against.EnumOutOfRange(value);
    }

    /// <summary>What the inverse formula gives at R = 0. Default <see cref="InverseZeroRealisationRule.Hundred"/>.</summary>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">Set to a value the enum does not define.</exception>
    public InverseZeroRealisationRule InverseZeroRealisation
    {
        get => _inverseZeroRealisation;
        init => _inverseZeroRealisation = Guard.Against.EnumOutOfRange(value);
    }

    /// <summary>The highest achievement reported, applied after the formula; <see langword="null"/> (the default)
    /// means no cap, as published LKjIPs do. Must be positive when set.</summary>
    /// <exception cref="ArgumentException">Set to zero or a negative value.</exception>
    public decimal? Cap
    {
        get => _cap;
        init => _cap = value is { } v ? Guard.Against.NegativeOrZero(v, nameof(Cap)) : null;
    }

    /// <summary>How values are rounded for presentation. Default two decimals, half up.</summary>
    public RoundingRule Rounding { get; init; } = RoundingRule.TwoDecimalsHalfUp;

    /// <summary>The band scale. Default <see cref="BandSets.Kemendagri5"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public BandSet Bands
    {
        get => _bands;
        init => _bands = Guard.Against.Null(value);
    }

    /// <summary>Which value decides the band. Default <see cref="BandBasis.PresentedValue"/>.</summary>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">Set to a value the enum does not define.</exception>
    public BandBasis BandBasis
    {
        get => _bandBasis;
        init => _bandBasis = Guard.Against.EnumOutOfRange(value);
    }

    /// <summary>How several indicators' achievements are combined by default (a sasaran's, by
    /// <see cref="Sakip.Domain.Aggregation.AchievementAggregator"/>): a built-in from <see cref="RollUpStrategies"/> or a user's own
    /// strategy. Default <see cref="RollUpStrategies.Mean"/>, as LKjIPs do.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IRollUpStrategy Aggregation
    {
        get => _aggregation;
        init => _aggregation = Guard.Against.Null(value);
    }

    /// <summary>The formula id this rule set uses for a polarity.</summary>
    /// <param name="polarity">The polarity.</param>
    /// <returns>The formula id.</returns>
    public string FormulaFor(Polarity polarity) => polarity == Polarity.Negative ? NegativeFormulaId : PositiveFormulaId;

    /// <summary>Rounds a value as this rule set presents it.</summary>
    /// <param name="value">The exact value.</param>
    /// <returns>The presented value.</returns>
    public decimal Present(decimal value) => Rounding.Apply(value);

    /// <summary>The band of an exact achievement, on the basis this rule set states.</summary>
    /// <param name="exact">The exact achievement in percent.</param>
    /// <returns>The band.</returns>
    public Band BandOf(decimal exact) => Bands.Classify(BandBasis == BandBasis.ExactValue ? exact : Present(exact));

    /// <summary>The band of an exact achievement whose presented value is already known (it is not rounded again).</summary>
    /// <param name="exact">The exact achievement in percent.</param>
    /// <param name="presented">The same value as <see cref="Present"/> gives it.</param>
    /// <returns>The band.</returns>
    internal Band BandOf(decimal exact, decimal presented) => Bands.Classify(BandBasis == BandBasis.ExactValue ? exact : presented);

    /// <inheritdoc />
    public override string ToString() => $"{Id} v{Version}";
}
