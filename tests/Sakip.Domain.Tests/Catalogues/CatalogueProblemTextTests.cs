using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using static Sakip.Domain.Tests.Catalogues.CatalogueFixtures;

namespace Sakip.Domain.Tests.Catalogues;

/// <summary>Every catalogue problem rendered whole (path, code, English, Indonesian) and compared with
/// <c>CatalogueProblemTextTests.approved.txt</c>: each family named in each language, where each item came from in each
/// language, and the details of an unusable formula or rule; no line mixes the two languages.</summary>
public class CatalogueProblemTextTests
{
    [Fact]
    public void SameIdInEveryFamily_NamesTheFamilyAndBothSources()
    {
        var bands = BandSet.Create("dua", 1, "Dua", "contoh", EdgeSemantics.LowerInclusive, [new Band(1, 50m, new("High", "Tinggi"), null), new Band(2, null, new("Low", "Rendah"), null)]);
        var scale = new AnswerScale("dua-tingkat", "Dua", [new AnswerOption("Y", 1m, new("Yes", "Ya")), new AnswerOption("T", 0m, new("No", "Tidak"))]);
        var scheme = EvaluationScheme.Create(EvaluationSchemes.PermenPanRb88Of2021.ToDefinition() with { Id = "lke-contoh", Version = 1, Changes = [] }).GetValueOrThrow();
        var first = RuleCatalogue.CreateBuilder()
            .Add(new Plugin("P", c => c.Add(bands).Add(scale).Add(scheme).Add(new HalfFormula()).Add(new MedianStrategy()).Add(new NoteRule()).Add(Regional())))
            .Build()
            .GetValueOrThrow();

        var problems = first.ToBuilder()
            .Add(new HalfFormula(expression: "other"))
            .Add(Regional() with { Cap = 130m })
            .Add(BandSet.Create("dua", 1, "Lain", "", EdgeSemantics.LowerInclusive, [new Band(1, 60m, new("H", "T"), null), new Band(2, null, new("L", "R"), null)]))
            .Add(new MedianStrategy())
            .Add(new NoteRule())
            .Add(EvaluationScheme.Create(scheme.ToDefinition() with { Name = "Lain" }).GetValueOrThrow())
            .Add(new AnswerScale("dua-tingkat", "Lain", [new AnswerOption("Y", 1m, new("Yes", "Ya")), new AnswerOption("N", 0m, new("No", "Tidak"))]))
            .Build()
            .Problems;

        Assert.Equal(7, problems.Count);
        Approved.Check(Render(problems));
    }

    [Fact]
    public void BuiltInIdAndBlankIds_NameTheLibraryAndThePlugin() =>
        Approved.Check(Render(RuleCatalogue.CreateBuilder()
            .Add(RuleSets.Reflected with { Cap = 300m })
            .Add(new Plugin("P", c => c.Add(new HalfFormula(" ")).Add(new NoteRule(" ")).Add(new MedianStrategy(""))))
            .Build()
            .Problems));

    [Fact]
    public void UnusableFormulaAndRule_SayWhyInEachLanguage() =>
        Approved.Check(Render(RuleCatalogue.CreateBuilder()
            .Add(new HalfFormula("bad-formula", version: 0, polarity: (Polarity)7, expression: " "))
            .Add(new Plugin("P", c => c.Add(new NoteRule("BAD-001", new BilingualText("", "Judul"), (Severity)9, " "))))
            .Build()
            .Problems));

    [Fact]
    public void ConflictingParts_NameThePartAndItsRuleSet()
    {
        var other = BandSet.Create(BandSets.Kemendagri5.Id, 1, "Tiruan", "", EdgeSemantics.LowerExclusive, [
            new Band(1, 50m, new("High", "Tinggi"), null), new Band(2, null, new("Low", "Rendah"), null)]);

        Approved.Check(Render(RuleCatalogue.CreateBuilder()
            .Add(Regional() with { Bands = other })
            .Add(Regional("kabupaten-contoh-2025") with { Aggregation = new MedianStrategy("mean") })
            .Build()
            .Problems));
    }

    private static string Render(IEnumerable<Problem> problems) => Evaluations.EdgeText.Problems(problems);
}
