using System.Reflection;
using Sakip.Domain.Diagrams;
using Sakip.Domain.Json;
using Sakip.Domain.Periods;
using Sakip.Domain.Rules;
using Sakip.Domain.Testing;
using Sakip.Domain.Tests;
using Sakip.Domain.Values;

namespace Sakip.Cli.Tests;

/// <summary>Every public equatable type of every library package has the operator set that goes with it
/// (engineering habit 3).</summary>
public class TypeConventionTests
{
    /// <summary>The assemblies of the library packages: the core and its satellites.</summary>
    internal static readonly Assembly[] LibraryAssemblies =
    [
        typeof(Measure).Assembly,
        typeof(SakipDocumentJson).Assembly,
        typeof(SvgDiagram).Assembly,
        typeof(TreeGenerators).Assembly,
        typeof(Sakip.Domain.DependencyInjection.SakipOptions).Assembly,
        typeof(Sakip.Domain.Interactive.SakipFormatters).Assembly,
        typeof(Sakip.Domain.Spreadsheets.LkeWorkbook).Assembly,
        typeof(Sakip.Domain.Analytics.RegionFacts).Assembly,
    ];

    private static readonly Type[] PublicTypes = [.. LibraryAssemblies.SelectMany(a => a.GetExportedTypes())];

    private static readonly Type[] Equatable = [.. PublicTypes.Where(t => !t.IsInterface && !t.IsEnum && ImplementsSelf(t, typeof(IEquatable<>)))];

    private static readonly Type[] ComparableStructs = [.. PublicTypes.Where(t => t.IsValueType && !t.IsEnum && ImplementsSelf(t, typeof(IComparable<>)))];

    public static TheoryData<Type> SelfEquatableTypes() => [.. Equatable];

    public static TheoryData<Type> SelfComparableStructs() => [.. ComparableStructs];

    [Fact]
    public void PublicTypes_Scanned_IncludeTheValueTypes()
    {
        Assert.Contains(typeof(Measure), Equatable);
        Assert.Contains(typeof(Percentage), Equatable);
        Assert.Contains(typeof(Target), Equatable);
        Assert.Contains(typeof(ReportingPeriod), Equatable);
        Assert.Contains(typeof(RoundingRule), Equatable);
        Assert.Contains(typeof(RuleSet), Equatable);
        Assert.Subset(ComparableStructs.ToHashSet(), new HashSet<Type> { typeof(Measure), typeof(Percentage), typeof(ReportingPeriod) });
        Assert.DoesNotContain(typeof(Target), ComparableStructs);
        Assert.Contains(typeof(DiagramOptions), Equatable);
    }

    [Fact]
    public void LibraryAssemblies_AreEveryPackableLibrary()
    {
        var packable = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("<IsPackable>true</IsPackable>", StringComparison.Ordinal)
                && !File.ReadAllText(f).Contains("<PackAsTool>true</PackAsTool>", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal);

        Assert.Equal(packable, LibraryAssemblies.Select(a => a.GetName().Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SelfEquatableTypes))]
    public void EquatableType_PublicSelfEquatable_DefinesEqualityOperators(Type type)
    {
        Assert.True(HasOperator(type, "op_Equality"), $"{type} implements IEquatable<{type.Name}> without operator ==");
        Assert.True(HasOperator(type, "op_Inequality"), $"{type} implements IEquatable<{type.Name}> without operator !=");
    }

    [Theory]
    [MemberData(nameof(SelfComparableStructs))]
    public void ComparableStruct_PublicSelfComparable_DefinesOrderingOperators(Type type)
    {
        foreach (var name in new[] { "op_LessThan", "op_GreaterThan", "op_LessThanOrEqual", "op_GreaterThanOrEqual" })
        {
            Assert.True(HasOperator(type, name), $"{type} implements IComparable<{type.Name}> without {name}");
        }
    }

    private static bool ImplementsSelf(Type type, Type openInterface) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface && i.GetGenericArguments()[0] == type);

    private static bool HasOperator(Type type, string name) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Any(m => m.Name == name
                && m.ReturnType == typeof(bool)
                && m.GetParameters() is [var left, var right]
                && left.ParameterType == type
                && right.ParameterType == type);
}
