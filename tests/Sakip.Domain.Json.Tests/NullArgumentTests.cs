using System.Reflection;
using Sakip.Domain.Bands;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Json.Tests;

/// <summary>Every public method of the package's readers and writers refuses a null for each parameter that does not
/// accept one, naming that parameter (a programmer's error, thrown at once, before any reading or writing).</summary>
public class NullArgumentTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (method, parameter) in NonNullableParameters())
        {
            data.Add(Name(method), parameter.Name!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Method_NullForAParameterThatRefusesIt_ThrowsNamingIt(string method, string parameter)
    {
        var (info, target) = NonNullableParameters().Single(c => Name(c.Method) == method && c.Parameter.Name == parameter);
        var arguments = info.GetParameters().Select(p => p == target ? null : Sample(p.ParameterType)).ToArray();

        var thrown = Assert.Throws<TargetInvocationException>(() => info.Invoke(null, arguments)).InnerException;

        Assert.Equal(parameter, Assert.IsType<ArgumentNullException>(thrown).ParamName);
    }

    [Fact]
    public void Cases_CoverEveryReaderAndWriter() =>
        Assert.True(NonNullableParameters().Count() >= 50, $"{NonNullableParameters().Count()} cases");

    private static IEnumerable<(MethodInfo Method, ParameterInfo Parameter)> NonNullableParameters()
    {
        var nullability = new NullabilityInfoContext();
        Type[] types = [typeof(BandSetJson), typeof(RuleSetJson), typeof(EvaluationSchemeJson), typeof(EvaluationJson), typeof(SakipDocumentJson)];
        return from type in types
               from method in type.GetMethods(BindingFlags.Public | BindingFlags.Static)
               from parameter in method.GetParameters()
               where !parameter.ParameterType.IsValueType && nullability.Create(parameter).WriteState == NullabilityState.NotNull
               select (method, parameter);
    }

    private static string Name(MethodInfo method) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";

    private static object? Sample(Type type) => type switch
    {
        _ when Nullable.GetUnderlyingType(type) is not null => null,
        _ when type.IsValueType => Activator.CreateInstance(type),
        _ when type == typeof(string) => "{}",
        _ when type == typeof(Stream) => new MemoryStream(),
        _ when type == typeof(DocumentReadOptions) => DocumentReadOptions.Default,
        _ when type == typeof(BandSet) => BandSets.Kemendagri5,
        _ when type == typeof(RuleSet) => RuleSets.Default,
        _ when type == typeof(RuleCatalogue) => RuleCatalogue.BuiltIn,
        _ when type == typeof(EvaluationScheme) => EvaluationSchemes.PermenPanRb88Of2021,
        _ when type == typeof(Evaluation) => EvaluationJson.Read(SampleAnswers.OneGradeA).GetValueOrThrow(),
        _ when type == typeof(SakipDocument) => SampleDocument.Create(),
        _ when type == typeof(Func<string, EvaluationScheme?>) => (Func<string, EvaluationScheme?>)(_ => null),
        _ => throw new InvalidOperationException($"No sample of {type} for the null-argument cases: add one."),
    };
}
