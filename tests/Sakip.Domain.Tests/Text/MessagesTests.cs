using System.Globalization;
using System.Reflection;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Text;

/// <summary>Every message of the core (each <see cref="Reason"/> field and factory of the internal <c>Messages</c>
/// class), found by reflection so that a new one is checked without being listed: a kebab-case code, an English and an
/// Indonesian wording that are not blank and differ, and every name, number and period it is given shown in both
/// languages.</summary>
public class MessagesTests
{
    /// <summary>Messages whose two wordings are rightly the same text (a JSON shape, which is not translated).</summary>
    private static readonly HashSet<string> SameInBothLanguages = ["JsonRoundingShape"];

    public static TheoryData<string> Fields() =>
        [.. typeof(Messages).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Reason)).Select(f => f.Name)];

    public static TheoryData<string> Factories() =>
        [.. typeof(Messages).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(Reason))
            .Select(m => m.Name).Distinct()];

    [Fact]
    public void TheCoreHasManyMessages_SoTheReflectionFindsThem()
    {
        Assert.True(Fields().Count > 50, $"{Fields().Count} fields");
        Assert.True(Factories().Count > 80, $"{Factories().Count} factories");
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Field_HasCodeAndTwoWordings(string name)
    {
        var reason = (Reason)typeof(Messages).GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        CheckShape(name, reason, []);
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void Factory_HasCodeAndTwoWordings_WithEveryFigureItIsGiven(string name)
    {
        foreach (var method in typeof(Messages).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == name))
        {
            var figures = new List<string>();
            var arguments = method.GetParameters().Select((p, i) => Argument(p.ParameterType, i, figures)).ToArray();

            // A parameter named for one language (expectedEnglish, expectedIndonesian) is shown in that language only.
            var englishOnly = method.GetParameters().Where(p => p.Name!.EndsWith("English", StringComparison.Ordinal)).Select(p => $"x{p.Position}q");
            var indonesianOnly = method.GetParameters().Where(p => p.Name!.EndsWith("Indonesian", StringComparison.Ordinal)).Select(p => $"x{p.Position}q");

            var reason = (Reason)method.Invoke(null, arguments)!;

            CheckShape(name, reason, [.. figures.Except(englishOnly).Except(indonesianOnly)]);
            Assert.All(englishOnly, f => Assert.Contains(f, reason.Message.English, StringComparison.Ordinal));
            Assert.All(indonesianOnly, f => Assert.Contains(f, reason.Message.Indonesian, StringComparison.Ordinal));
        }
    }

    /// <summary>Codes two fields share on purpose: variants of one problem, or one word in two places (renaming a code
    /// breaks the users who match on it).</summary>
    private static readonly HashSet<string> SharedCodes = ["incomplete", "bad-code-shape"];

    [Fact]
    public void Codes_AreSharedOnlyWhereThatIsMeant()
    {
        var codes = typeof(Messages).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Reason))
            .Select(f => (f.Name, ((Reason)f.GetValue(null)!).Code))
            .ToList();

        var shared = codes.GroupBy(c => c.Code).Where(g => g.Count() > 1 && !SharedCodes.Contains(g.Key)).Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Name))}").ToList();

        Assert.Empty(shared);
    }

    private static void CheckShape(string name, Reason reason, IReadOnlyList<string> figures)
    {
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", reason.Code);
        Assert.False(string.IsNullOrWhiteSpace(reason.Message.English), name);
        Assert.False(string.IsNullOrWhiteSpace(reason.Message.Indonesian), name);
        if (!SameInBothLanguages.Contains(name))
        {
            Assert.NotEqual(reason.Message.English, reason.Message.Indonesian);
        }

        var given = figures.Sum(f => f.Length);
        Assert.True(reason.Message.English.Length > 8 + given, $"{name}: {reason.Message.English}");
        Assert.True(reason.Message.Indonesian.Length > 8 + given, $"{name}: {reason.Message.Indonesian}");
        foreach (var figure in figures)
        {
            Assert.True(reason.Message.English.Contains(figure, StringComparison.Ordinal), $"{name}: '{figure}' not in \"{reason.Message.English}\"");
            Assert.True(reason.Message.Indonesian.Contains(figure, StringComparison.Ordinal), $"{name}: '{figure}' not in \"{reason.Message.Indonesian}\"");
        }
    }

    // A value of each parameter type the messages take; the text that must then appear in both wordings is added to
    // figures (whole numbers of three digits, so that no culture groups them).
    private static object? Argument(Type type, int i, List<string> figures)
    {
        object Shown(object value, string text)
        {
            figures.Add(text);
            return value;
        }

        var number = 611 + (i * 7);
        return type switch
        {
            _ when type == typeof(string) => Shown($"x{i}q", $"x{i}q"),
            // A bilingual name (a kind of plan element) is shown in each language's own words; the approved texts of
            // the builder's tests pin which word goes where.
            _ when type == typeof(BilingualText) => Shown(new BilingualText($"x{i}q", $"x{i}q"), $"x{i}q"),
            _ when type == typeof(int) => Shown(number, number.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(decimal) => Shown((decimal)number, number.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(Target) => Shown(Target.Point(number), number.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(ReportingPeriod) => Shown(ReportingPeriod.OfQuarter(2025, 1 + (i % 4)), $"2025-Q{1 + (i % 4)}"),
            _ when type == typeof(IEnumerable<ReportingPeriod>) => Shown(new[] { ReportingPeriod.OfQuarter(2026, 2), ReportingPeriod.OfQuarter(2026, 3) }, "2026-Q3"),
            _ when type == typeof(YearSpan) => Shown(new YearSpan(2000 + i, 2004 + i), (2004 + i).ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(Messages.YearSpanText) => Shown(new Messages.YearSpanText($"span{i}"), $"span{i}"),
            _ when type == typeof(AnswerScaleText) => Shown(new AnswerScaleText($"scale{i}"), $"scale{i}"),
            _ when type == typeof(GradeTable) => GradeTables.PermenPanRb88Of2021,
            _ when type == typeof(IFormatProvider) => CultureInfo.InvariantCulture,
            _ when type == typeof(NumberFormatInfo) => NumberFormatInfo.InvariantInfo,
            _ when type.IsEnum => Enum.GetValues(type).GetValue(Enum.GetValues(type).Length - 1),
            _ => throw new InvalidOperationException($"no argument for a {type}"),
        };
    }
}
