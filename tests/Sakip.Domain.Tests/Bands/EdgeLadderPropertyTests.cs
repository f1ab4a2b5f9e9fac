using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Tests.Bands;

/// <summary>Capaian bands and LKE grades share one classification: a band set and a grade table with the same edges
/// put every value on the same step, under either edge semantics.</summary>
public class EdgeLadderPropertyTests
{
    /// <summary>Two to six strictly decreasing edges inside 0–100.</summary>
    private static readonly Gen<decimal[]> Edges =
        from count in Gen.Choose(1, 5)
        from raw in Gen.ArrayOf(Gen.Choose(1, 9999), count)
        let distinct = raw.Distinct().OrderDescending().Select(e => e / 100m).ToArray()
        select distinct;

    [Property]
    public Property BandSetAndGradeTable_WithTheSameEdges_ClassifyAlike() =>
        Prop.ForAll(
            Edges.ToArbitrary(),
            Gen.Elements(EdgeSemantics.LowerExclusive, EdgeSemantics.LowerInclusive).ToArbitrary(),
            Gen.Choose(0, 10000).Select(v => v / 100m).ToArbitrary(),
            (edges, semantics, value) =>
            {
                var steps = edges.Select(e => (decimal?)e).Append(null).ToArray();
                var bands = BandSet.Create("uji", 1, "Uji", "", semantics, steps.Select((e, i) => new Band(i + 1, e, new($"B{i + 1}", $"B{i + 1}"), null)));
                var grades = new GradeTable(semantics, null, steps.Select((e, i) => new Grade($"G{i + 1}", e, new($"G{i + 1}", $"G{i + 1}"))));
                var onEdge = edges.Contains(value);

                var band = bands.Classify(value);
                var grade = grades.Classify(value).GetValueOrThrow();
                var expected = 1 + edges.Count(e => semantics == EdgeSemantics.LowerExclusive ? value <= e : value < e);
                return (band.Rank == expected && grade.Code == $"G{expected}")
                    .Classify(onEdge, "on an edge")
                    .Label($"{semantics}, edges {string.Join("/", edges)}, {value}: band {band.Rank}, grade {grade.Code}, expected {expected}");
            });
}
