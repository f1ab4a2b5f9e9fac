using System.Reflection;
using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;
using static Sakip.Domain.Tests.Catalogues.CatalogueFixtures;

namespace Sakip.Domain.Tests.Catalogues;

/// <summary>The messages of the catalogue and the plugin loader: a kebab-case code, English and Indonesian that differ,
/// and every id, path and detail they are given shown in both.</summary>
public class CatalogueMessagesTests
{
    public static TheoryData<string> Methods() =>
    [
        "DuplicateId", "BuiltInIdTaken", "BlankId", "UnknownFormula", "UnknownRuleSet", "FormulaPolarity", "ConflictingPart",
        "BadFormula", "BadRule", "PluginFailed", "PluginNotFound", "PluginNotLoaded", "PluginNoEntry", "PluginNotCreated",
        "PluginFolderEmpty",
    ];

    [Theory]
    [MemberData(nameof(Methods))]
    public void Message_HasCodeAndBothLanguages_WithEveryFigure(string name)
    {
        var methods = typeof(Messages).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == name).ToList();
        Assert.NotEmpty(methods);
        foreach (var method in methods)
        {
            Check(method);
        }
    }

    private static void Check(MethodInfo method)
    {
        // A plain text figure must appear in both wordings; a bilingual one, each wording in its own language only.
        var english = new List<string>();
        var indonesian = new List<string>();
        var arguments = method.GetParameters().Select((p, i) =>
        {
            if (p.ParameterType == typeof(Polarity))
            {
                return (object)(i == 1 ? Polarity.Negative : Polarity.Positive);
            }

            if (p.ParameterType == typeof(BilingualText))
            {
                english.Add($"e{i}q");
                indonesian.Add($"i{i}q");
                return new BilingualText($"e{i}q", $"i{i}q");
            }

            var text = $"x{i}q";
            english.Add(text);
            indonesian.Add(text);
            return text;
        }).ToArray();

        var reason = (Reason)method.Invoke(null, arguments)!;

        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", reason.Code);
        Assert.NotEqual(reason.Message.English, reason.Message.Indonesian);
        Assert.All(english, f => Assert.Contains(f, reason.Message.English, StringComparison.Ordinal));
        Assert.All(indonesian, f => Assert.Contains(f, reason.Message.Indonesian, StringComparison.Ordinal));
        Assert.DoesNotContain(indonesian.Except(english), f => reason.Message.English.Contains(f, StringComparison.Ordinal));
        Assert.DoesNotContain(english.Except(indonesian), f => reason.Message.Indonesian.Contains(f, StringComparison.Ordinal));
        Assert.True(reason.Message.English.Length > 10 + english.Sum(f => f.Length), reason.Message.English);
        Assert.True(reason.Message.Indonesian.Length > 10 + indonesian.Sum(f => f.Length), reason.Message.Indonesian);
    }

    [Fact]
    public void FormulaPolarity_NamesBothPolaritiesInEachLanguage()
    {
        var reason = Messages.FormulaPolarity("f", Polarity.Positive, Polarity.Negative);

        Assert.Equal("the formula 'f' is for negative indicators, not positive ones", reason.Message.English);
        Assert.Equal("rumus 'f' untuk indikator negatif, bukan positif", reason.Message.Indonesian);
    }

    [Fact]
    public void CapBelowHundred_IsWordedInBothLanguages()
    {
        Assert.Contains("at least 100", Messages.CapBelowHundred.Message.English, StringComparison.Ordinal);
        Assert.Contains("paling sedikit 100", Messages.CapBelowHundred.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_NameTheFamilyAndWhereEachItemCameFrom()
    {
        var problems = RuleCatalogue.CreateBuilder()
            .Add(new Plugin("P", c => c.Add(new HalfFormula(" "))))
            .Add(Regional() with { Aggregation = new MedianStrategy("worst") })
            .Build()
            .Problems;

        Assert.Contains("every formula needs an id, but one from plugin 'P' has none", problems[0].Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("the roll-up strategy 'worst' of rule set 'provinsi-contoh-2025' differs", problems[1].Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ToBuilder_KeepsEveryFamilyAndThePluginsWithTheirSources()
    {
        var bands = BandSet.Create("dua", 1, "Dua", "contoh", EdgeSemantics.LowerInclusive, [new Band(1, 50m, new("High", "Tinggi"), null), new Band(2, null, new("Low", "Rendah"), null)]);
        var scale = new AnswerScale("dua-tingkat", "Dua", [new AnswerOption("Y", 1m, new("Yes", "Ya")), new AnswerOption("T", 0m, new("No", "Tidak"))]);
        var scheme = EvaluationScheme.Create(EvaluationSchemes.PermenPanRb88Of2021.ToDefinition() with { Id = "lke-contoh", Version = 1, Changes = [] }).GetValueOrThrow();
        var first = RuleCatalogue.CreateBuilder()
            .Add(new Plugin("P", c => c.Add(bands).Add(scale).Add(scheme).Add(new HalfFormula()).Add(new MedianStrategy()).Add(new NoteRule())))
            .Build()
            .GetValueOrThrow();

        var second = first.ToBuilder().Build().GetValueOrThrow();

        Assert.Equal(["P"], second.Plugins);
        Assert.Same(bands, second.BandSets.Get("dua"));
        Assert.Same(scale, second.AnswerScales.Get("dua-tingkat"));
        Assert.Same(scheme, second.EvaluationSchemes.Get("lke-contoh"));
        Assert.Equal("half-ratio", second.Formulas.Get("half-ratio").Id);
        // What each family says when the same id comes again: CatalogueProblemTextTests.SameIdInEveryFamily_….
    }
}
