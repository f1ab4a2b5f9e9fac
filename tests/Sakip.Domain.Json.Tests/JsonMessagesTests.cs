using System.Globalization;
using System.Reflection;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Json.Tests;

/// <summary>Every message of the JSON formats, found by reflection: a stable kebab-case code, a message in English and
/// one in Indonesian that differ, and every figure it is given shown in both (a message that lost its wording or its
/// figures fails here).</summary>
public class JsonMessagesTests
{
    public static TheoryData<string> Members() =>
        [.. typeof(JsonMessages).GetMembers(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m is FieldInfo { FieldType: var f } && f == typeof(Reason) || m is MethodInfo { ReturnType: var r } && r == typeof(Reason))
            .Select(m => m.Name)
            .Distinct()
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void Reflection_FindsTheMessages() => Assert.True(Members().Count >= 30, $"only {Members().Count} messages found");

    [Theory]
    [MemberData(nameof(Members))]
    public void Message_HasCodeAndBothLanguages_WithItsFigures(string name)
    {
        foreach (var (reason, figures) in Instances(name))
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", reason.Code);
            Assert.False(string.IsNullOrWhiteSpace(reason.Message.English), $"{name}: no English");
            Assert.False(string.IsNullOrWhiteSpace(reason.Message.Indonesian), $"{name}: no Indonesian");
            Assert.NotEqual(reason.Message.English, reason.Message.Indonesian);
            foreach (var figure in figures)
            {
                Assert.Contains(figure, reason.Message.English, StringComparison.Ordinal);
                Assert.Contains(figure, reason.Message.Indonesian, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The message(s) of a member: a field's value, or a method called with sample arguments, with the
    /// figures (numbers, ids, codes) each must show.</summary>
    private static IEnumerable<(Reason Reason, string[] Figures)> Instances(string name)
    {
        if (typeof(JsonMessages).GetField(name, BindingFlags.Public | BindingFlags.Static) is { } field)
        {
            yield return ((Reason)field.GetValue(null)!, []);
            yield break;
        }

        foreach (var method in typeof(JsonMessages).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == name))
        {
            var figures = new List<string>();
            var arguments = method.GetParameters().Select((p, i) => Sample(p, i, figures)).ToArray();
            yield return ((Reason)method.Invoke(null, arguments)!, [.. figures]);
        }
    }

    private static object Sample(ParameterInfo parameter, int index, List<string> figures)
    {
        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            var text = $"x{index}q";
            figures.Add(text);
            return text;
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(decimal))
        {
            var number = 7 + (index * 10);
            figures.Add(number.ToString(CultureInfo.InvariantCulture));
            return Convert.ChangeType(number, type, CultureInfo.InvariantCulture);
        }

        if (type == typeof(IEnumerable<string>))
        {
            figures.Add($"y{index}a");
            return new[] { $"y{index}a", $"y{index}b" };
        }

        if (type == typeof(EvaluationScheme))
        {
            figures.Add(EvaluationSchemes.Default.Id);
            return EvaluationSchemes.Default;
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(index % Enum.GetValues(type).Length)!;
        }

        throw new InvalidOperationException($"no sample for {parameter.Name}: {type}");
    }
}
