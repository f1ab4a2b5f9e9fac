#pragma warning disable IDE0005
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Text;
#pragma warning restore IDE0005

namespace Sakip.Domain.Tests.Review;

/// <summary>The code samples of <c>docs/alignment-review.md</c>, verbatim between the markers (checked by
/// <see cref="AlignmentReviewDocTests"/>).</summary>
internal static class AlignmentReviewDocExample
{
    public static void Run(SakipDocumentBuilder builder)
    {
        // begin-doc-example:run
        var document = builder.Build().GetValueOrThrow();             // structurally valid: every reference resolves
        var report = AlignmentReview.Default.Run(document);

        foreach (var finding in report.Findings)          // errors first, then warnings, then info
        {
            Console.WriteLine($"{finding.RuleId} {finding.Severity} {finding.Path}: {finding.Reason.In(Language.Indonesian)}");
        }

        Console.WriteLine(report.Coverage.RpjmdSasaranSupported);   // 100 % (2/2), or n/a (0/0) without an RPJMD
        // end-doc-example:run
    }

    public static void Plugins(SakipDocument document)
    {
        // begin-doc-example:plugins
        var review = AlignmentReview.Default
            .Without("ALN-008")
            .With(new StricterBaselineRule(jumpFactor: 5m))   // Id => "ALN-008"
            .With(new KabContohIkuRule());                    // Id => "KAB-001"
        var report = review.Run(document);

        Console.WriteLine(report.Rules.Count);                // 19
        // end-doc-example:plugins
    }

    /// <summary>ALN-008 with a stricter jump threshold (the first-target check left out for brevity).</summary>
    private sealed class StricterBaselineRule(decimal jumpFactor) : IAlignmentRule
    {
        public string Id => "ALN-008";

        public Severity Severity => Severity.Warning;

        public BilingualText Title { get; } = new(
            $"No target exceeds {jumpFactor} times the baseline",
            $"Tidak ada target melebihi {jumpFactor} kali kondisi awal");

        public string Basis => "Kabupaten Contoh review guideline (example)";

        public IEnumerable<ReviewFinding> Check(SakipDocument document)
        {
            for (var r = 0; r < document.Renstras.Count; r++)
            {
                var items = document.Renstras[r].Items;
                for (var i = 0; i < items.Count; i++)
                {
                    for (var j = 0; j < items[i].Indicators.Count; j++)
                    {
                        var planned = items[i].Indicators[j];
                        if (planned.Baseline is > 0m and var baseline && planned.Targets.Any(t => t.Target.Upper > jumpFactor * baseline))
                        {
                            yield return new ReviewFinding(Id, Severity, $"renstras[{r}].items[{i}].indicators[{j}]", planned.IndicatorId, new Reason("target-jump", "implausible jump", "lonjakan tidak wajar"));
                        }
                    }
                }
            }
        }
    }

    /// <summary>A region's own check: the RPJMD names at least three IKU.</summary>
    private sealed class KabContohIkuRule : IAlignmentRule
    {
        public string Id => "KAB-001";

        public Severity Severity => Severity.Info;

        public BilingualText Title { get; } = new("The RPJMD names at least three IKU", "RPJMD memuat sedikitnya tiga IKU");

        public string Basis => "Kabupaten Contoh review guideline (example)";

        public IEnumerable<ReviewFinding> Check(SakipDocument document) =>
            document.Rpjmd is { Iku.Count: < 3 } rpjmd
                ? [new ReviewFinding(Id, Severity, "rpjmd.iku", rpjmd.Id, new Reason("few-iku", "fewer than three IKU", "kurang dari tiga IKU"))]
                : [];
    }
}
