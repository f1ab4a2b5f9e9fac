using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Periods;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Values;

/// <summary>parse(format(x)) = x for every value type, in the invariant culture and in id-ID.</summary>
public class TextRoundTripPropertyTests
{
    private static readonly Gen<CultureInfo> Culture = Gen.Elements(Cultures.Invariant, Cultures.Indonesian);

    [Property]
    public Property Measure_FormatThenParse_ReturnsSameValue() =>
        Prop.ForAll(Generators.AnyDecimal.ToArbitrary(), Culture.ToArbitrary(), (value, culture) =>
        {
            var measure = new Measure(value);
            var text = measure.ToString(null, culture);
            var parsed = Measure.TryParse(text, culture);
            var viaInterface = Measure.TryParse(text, culture, out var other);
            return (parsed.IsSuccess && parsed.GetValueOrThrow() == measure && viaInterface && other == measure)
                .Label($"{culture.Name}: '{text}' → {parsed}");
        });

    [Property]
    public Property Percentage_FormatThenParse_ReturnsSameValue() =>
        Prop.ForAll(Generators.AnyDecimal.ToArbitrary(), Culture.ToArbitrary(), (value, culture) =>
        {
            var percentage = new Percentage(value);
            var text = percentage.ToString(null, culture);
            var parsed = Percentage.TryParse(text, culture);
            return (parsed.IsSuccess && parsed.GetValueOrThrow() == percentage && Percentage.Parse(text, culture) == percentage)
                .Label($"{culture.Name}: '{text}' → {parsed}");
        });

    [Property]
    public Property PointTarget_FormatThenParse_ReturnsSameTarget() =>
        Prop.ForAll(Generators.AnyDecimal.ToArbitrary(), Culture.ToArbitrary(), (value, culture) =>
        {
            var target = Target.Point(value);
            var text = target.ToString(null, culture);
            var parsed = Target.TryParse(text, culture);
            return (parsed.IsSuccess && parsed.GetValueOrThrow() == target && !parsed.GetValueOrThrow().IsRange)
                .Label($"{culture.Name}: '{text}' → {parsed}");
        });

    [Property]
    public Property RangeTarget_FormatThenParse_ReturnsSameTarget() =>
        Prop.ForAll(Generators.AnyDecimal.ToArbitrary(), Generators.AnyDecimal.ToArbitrary(), Culture.ToArbitrary(), (a, b, culture) =>
        {
            var target = Target.Range(Math.Min(a, b), Math.Max(a, b));
            var text = target.ToString(null, culture);
            var parsed = Target.TryParse(text, culture);
            return (parsed.IsSuccess && parsed.GetValueOrThrow() == target && parsed.GetValueOrThrow().IsRange)
                .Label($"{culture.Name}: '{text}' → {parsed}");
        });

    [Property]
    public Property ReportingPeriod_FormatThenParse_ReturnsSamePeriod() =>
        Prop.ForAll(Generators.Period.ToArbitrary(), Culture.ToArbitrary(), (period, culture) =>
        {
            var text = period.ToString(null, culture);
            var parsed = ReportingPeriod.TryParse(text, culture, out var other);
            return (parsed && other == period && ReportingPeriod.TryParse(text).GetValueOrThrow() == period)
                .Label($"{culture.Name}: '{text}' → {other}");
        });

    [Property]
    public Property Measure_TryFormatThenTryParse_ReturnsSameValue() =>
        Prop.ForAll(Generators.AnyDecimal.ToArbitrary(), Culture.ToArbitrary(), (value, culture) =>
        {
            Span<char> buffer = stackalloc char[64];
            var formatted = new Measure(value).TryFormat(buffer, out var written, default, culture);
            var parsed = Measure.TryParse(buffer[..written], culture, out var other);
            return formatted && parsed && other.Value == value;
        });

    [Property]
    public bool MeasureFromDouble_AnyDouble_ReturnsValueOrReasonWithoutThrowing(double value)
    {
        var result = Measure.FromDouble(value);
        // The shortest round-trip text of the double, read exactly: a value whose digits need more than 28 decimal
        // places (only below 1e-11) is refused as precision-exceeded, never rounded (1e-29 is not 0).
        return result.IsSuccess
            ? double.IsFinite(value) && Math.Abs((double)result.GetValueOrThrow().Value - value) <= Math.Abs(value) * 1e-15
            : result.Problems[0].Reason.Code switch
            {
                "not-finite" => !double.IsFinite(value),
                "out-of-range" => Math.Abs(value) >= (double)decimal.MaxValue,
                "precision-exceeded" => value != 0d && Math.Abs(value) < 1e-11,
                _ => false,
            };
    }
}
