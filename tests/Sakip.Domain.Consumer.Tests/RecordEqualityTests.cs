using System.Collections;
using System.Reflection;
using Sakip.Domain.Collections;
using Sakip.Domain.Values;

namespace Sakip.Domain.Consumer.Tests;

/// <summary>
/// Value equality of every public record and result of the Sakip.Domain assembly, found by reflection so that a new
/// type can't be forgotten: a record compares its members with their own <c>Equals</c>, so a member holding a plain
/// list or array would make two equal results unequal (as <c>Calculate(32, 4.88, Negative)</c> twice once was). Every
/// collection a record holds is a <see cref="ValueList{T}"/>.
/// </summary>
public class RecordEqualityTests
{
    public static TheoryData<string> Records() =>
        [.. PublicRecords().Select(t => t.FullName!)];

    [Fact]
    public void Reflection_FindsTheKnownRecords()
    {
        var names = PublicRecords().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Achieved", names);
        Assert.Contains("InvalidInput", names);
        Assert.Contains("Explanation", names);
        Assert.Contains("Problem", names);
        Assert.Contains("AggregateValue", names);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Record_HoldsNoCollectionComparedByReference(string name)
    {
        var type = PublicRecords().Single(t => t.FullName == name);
        // A record's equality compares its instance fields (the backing fields of its properties), its own and its
        // base records'; computed properties such as Renstra.Programs hold nothing and are not compared.
        var offending = Fields(type)
            .Where(f => IsReferenceCollection(f.FieldType))
            .Select(f => $"{f.Name}: {f.FieldType.Name}")
            .ToArray();

        Assert.True(offending.Length == 0, $"{name} holds collections compared by reference: {string.Join(", ", offending)}");
    }

    [Fact]
    public void Calculate_Twice_GivesEqualResults()
    {
        var calculator = Achievement.AchievementCalculator.Default;

        foreach (var (target, realisation, polarity) in new[] { (32m, 4.88m, Achievement.Polarity.Negative), (0m, 5m, Achievement.Polarity.Positive), (-1m, 5m, Achievement.Polarity.Positive) })
        {
            var first = calculator.Calculate(new Achievement.AchievementInput(Target.Point(target), new Measure(realisation), polarity));
            var second = calculator.Calculate(new Achievement.AchievementInput(Target.Point(target), new Measure(realisation), polarity));

            Assert.Equal(first, second);
            Assert.True(first == second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
        }
    }

    private static IEnumerable<Type> PublicRecords() =>
        typeof(Measure).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && t.GetMethod("<Clone>$") is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static IEnumerable<FieldInfo> Fields(Type? type)
    {
        for (; type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                yield return field;
            }
        }
    }

    private static bool IsReferenceCollection(Type type) =>
        type != typeof(string)
        && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        && typeof(IEnumerable).IsAssignableFrom(type);
}
