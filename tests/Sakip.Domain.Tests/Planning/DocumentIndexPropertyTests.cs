using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Codes;
using Sakip.Domain.Planning;
using Sakip.Domain.Testing;

namespace Sakip.Domain.Tests.Planning;

/// <summary>A document's lookups (<see cref="DocumentIndex"/>) answer exactly what a search through the document in
/// order answers, for every id the document holds and for ids it does not; and indexing a document leaves its value
/// equality alone.</summary>
public class DocumentIndexPropertyTests
{
    private static readonly int[] Years = [2020, 2021, 2023, 2025, 2030];

    [Property(MaxTest = 150)]
    public Property Index_AnswersAsTheLinearSearch() =>
        Prop.ForAll(DocumentGenerators.Document.ToArbitrary(), document =>
        {
            var index = DocumentIndex.Of(document);
            var ids = document.Indicators.Select(i => i.Id).Append("no-such-indicator").ToArray();
            var agencies = document.Renstras.Select(r => (OrganisationCode?)r.Agency.Code).Append(null).ToArray();
            var agreementIds = document.PerjanjianKinerja.Select(pk => pk.Id).Append("no-such-agreement").ToArray();
            var problems = new List<string>();

            foreach (var id in ids)
            {
                Expect(problems, $"indicator {id}", document.Indicators.FirstOrDefault(i => i.Id == id), index.Indicator(id));
                foreach (var year in Years.Concat(document.PerjanjianKinerja.Select(pk => pk.Year)).Distinct())
                {
                    var linear = document.Realisations.Where(r => r.IndicatorId == id && r.Period.Year == year).ToArray();
                    if (!linear.SequenceEqual(index.Realisations(id, year)))
                    {
                        problems.Add($"realisations of {id} in {year}");
                    }

                    foreach (var agency in agencies)
                    {
                        var committed = document.PerjanjianKinerja.Where(pk => pk.Year == year && pk.Agency == agency)
                            .SelectMany(pk => pk.Targets).FirstOrDefault(t => t.IndicatorId == id);
                        Expect(problems, $"target of {id} in {year} for {agency}", committed, index.Committed(year, agency, id));
                    }
                }

                foreach (var agreementId in agreementIds)
                {
                    var plan = document.RencanaAksi.FirstOrDefault(ra => ra.PerjanjianKinerjaId == agreementId && ra.IndicatorId == id);
                    Expect(problems, $"plan of {id} in {agreementId}", plan, index.ActionPlan(agreementId, id));
                }
            }

            foreach (var agency in agencies.OfType<OrganisationCode>())
            {
                Expect(problems, $"Renstra of {agency}", document.Renstras.FirstOrDefault(r => r.Agency.Code == agency), index.RenstraOf(agency));
            }

            return (problems.Count == 0).Label(string.Join("; ", problems));
        });

    [Property(MaxTest = 50)]
    public Property Index_LeavesEqualityAlone() =>
        Prop.ForAll(DocumentGenerators.Document.ToArbitrary(), document =>
        {
            var copy = document.ToBuilder().Build().GetValueOrThrow();
            _ = document.Indicator(document.Indicators.Count > 0 ? document.Indicators[0].Id : "x");
            return document == copy && copy == document && document.GetHashCode() == copy.GetHashCode();
        });

    [Fact]
    public void Index_OfOneDocument_IsBuiltOnce()
    {
        var document = Review.ReviewFixtures.Clean();

        Assert.Same(DocumentIndex.Of(document), DocumentIndex.Of(document));
        Assert.NotSame(DocumentIndex.Of(document), DocumentIndex.Of(document.ToBuilder().Build().GetValueOrThrow()));
    }

    private static void Expect<T>(List<string> problems, string what, T? linear, T? indexed)
        where T : class
    {
        if (!ReferenceEquals(linear, indexed))
        {
            problems.Add($"{what}: {linear} vs {indexed}");
        }
    }
}
