using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Testing;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;

namespace Sakip.Domain.Consumer.Tests;

/// <summary>Generated values and edge cases of one value type (its <c>default</c> is always added).</summary>
/// <param name="Generated">Generated values.</param>
/// <param name="Edges">Edge cases beside <c>default</c>.</param>
internal sealed record Sample(Gen<object> Generated, IReadOnlyList<object> Edges);

/// <summary>A sample for every public value type. A new public struct needs an entry here: the tests fail until it
/// has one. Enums need none: their defined values are their samples.</summary>
internal static class Samples
{
    private static readonly Gen<decimal> AnyDecimal = GeneratorParts.AnyDecimal;

    private static readonly Gen<decimal> NonNegative = AnyDecimal.Select(Math.Abs);

    private static readonly Dictionary<Type, Sample> Structs = new()
    {
        [typeof(Measure)] = Of(
            AnyDecimal.Select(d => new Measure(d)),
            new Measure(4.880m), new Measure(-1.41m), new Measure(decimal.MaxValue), new Measure(decimal.MinValue), new Measure(0.0000000000000000000000000001m)),
        [typeof(Percentage)] = Of(
            AnyDecimal.Select(d => new Percentage(d)),
            new Percentage(85.38m), new Percentage(100.00m), new Percentage(-70.50m), new Percentage(decimal.MaxValue)),
        [typeof(Target)] = Of(
            Gen.OneOf(
                AnyDecimal.Select(Target.Point),
                from a in AnyDecimal
                from b in AnyDecimal
                select Target.Range(Math.Min(a, b), Math.Max(a, b))),
            Target.Point(32m), Target.Range(30m, 40m), Target.Range(8m, 8m), Target.Range(-5.0m, 5.00m), Target.Point(decimal.MinValue)),
        [typeof(ReportingPeriod)] = Of(
            GeneratorParts.Periods(1, 9999),
            ReportingPeriod.OfYear(1), ReportingPeriod.OfMonth(9999, 12), ReportingPeriod.OfQuarter(2025, 3), ReportingPeriod.OfSemester(2025, 2)),
        [typeof(ProgramCode)] = Of(
            CodeGenerators.AnyProgramCode,
            ProgramCode.Parse("1.02.02.2.01.0001", null), ProgramCode.Parse("X.XX", null), ProgramCode.Parse("9", null)),
        [typeof(OrganisationCode)] = Of(
            CodeGenerators.Organisation,
            OrganisationCode.Parse("1.01.2.22.0.00.02.0000", null), OrganisationCode.Parse("X.XX.0.00.0.00.99.9999", null)),
        [typeof(YearSpan)] = Of(
            from first in Gen.Choose(1, 9999)
            from last in Gen.Choose(first, 9999)
            select new YearSpan(first, last),
            new YearSpan(2021, 2026), new YearSpan(1, 9999), new YearSpan(9999, 9999)),
        [typeof(AchievementFigures)] = Of(
            from target in Gen.Choose(1, 100_000)
            from realisation in Gen.Choose(0, 200_000)
            from polarity in Gen.Elements(Polarity.Positive, Polarity.Negative)
            select AchievementCalculator.Default.CalculateFigures([new AchievementInput(Target.Point(target / 100m), new Measure(realisation / 100m), polarity)])[0],
            default(AchievementFigures),
            AchievementFigures.Of(AchievementCalculator.Default.Calculate(80m, new Measure(100m))),
            AchievementFigures.Of(AchievementCalculator.Default.Calculate(80m, null)),
            AchievementFigures.Of(AchievementCalculator.Default.Calculate(0m, new Measure(3m)))),
        [typeof(RoundingRule)] = Of(
            from mode in Gen.Elements(Enum.GetValues<RoundingMode>())
            from decimals in Gen.Choose(0, 28)
            select new RoundingRule(mode, decimals),
            RoundingRule.TwoDecimalsHalfUp, RoundingRule.TwoDecimalsTruncate, new RoundingRule(RoundingMode.HalfEven, 28)),
        [typeof(CoverageShare)] = Of(
            from whole in NonNegative
            from part in NonNegative
            select new CoverageShare(Math.Min(part, whole), Math.Max(part, whole)),
            new CoverageShare(3m, 4m), new CoverageShare(0m, 0m), new CoverageShare(2_400_000_000.00m, 2_400_000_000.00m)),
        [typeof(RollUpItem)] = Of(
            from value in AnyDecimal
            from weight in AnyDecimal
            from numerator in AnyDecimal
            from denominator in AnyDecimal
            select new RollUpItem(value, weight, numerator, denominator),
            new RollUpItem(87.5m, 0.25m, 7m, 8m)),
        [typeof(ValueList<ProgramCode>)] = Of(
            Gen.ListOf(CodeGenerators.AnyProgramCode).Select(codes => new ValueList<ProgramCode>(codes)),
            ValueList<ProgramCode>.Empty,
            new ValueList<ProgramCode>([ProgramCode.Parse("1.02", null), ProgramCode.Parse("1.02.02", null)])),
    };

    /// <summary>The sample of a type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The sample, or <see langword="null"/> when the type has none.</returns>
    public static Sample? For(Type type) =>
        type.IsEnum
            ? new Sample(Gen.Elements(Enum.GetValues(type).Cast<object>().ToArray()), [.. Enum.GetValues(type).Cast<object>()])
            : Structs.GetValueOrDefault(type);

    /// <summary>Closes a generic value type over the sample item type it is tested with.</summary>
    /// <param name="definition">The generic type definition.</param>
    /// <returns>The closed type, or the definition itself when it has no sample (the tests then say so).</returns>
    public static Type Close(Type definition) =>
        Structs.Keys.SingleOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == definition) ?? definition;

    private static Sample Of<T>(Gen<T> generated, params T[] edges)
        where T : struct => new(generated.Select(v => (object)v), [.. edges.Select(e => (object)e)]);

}
