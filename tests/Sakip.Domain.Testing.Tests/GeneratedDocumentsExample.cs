#pragma warning disable IDE0005
using Sakip.Domain.Review;
#pragma warning restore IDE0005

namespace Sakip.Domain.Testing.Tests;

/// <summary>The Sakip.Domain.Testing README's generated-documents example, verbatim between the markers (checked by
/// <see cref="GeneratedDocumentsReadmeTests"/>).</summary>
internal static class GeneratedDocumentsExample
{
    public static void Run()
    {
        // begin-generated-documents-example
        // A regency's documents, the same for the same seed: RPJMD, Renstras down to sub kegiatan, PK, Rencana Aksi,
        // realisations and LKE evaluations. DocumentShape.Regency (the default) has 32 agencies, about 40,000 plan elements.
        var regency = RegionDocumentGenerator.Regency(seed: 7, DocumentShape.Tiny);
        Console.WriteLine(AlignmentReview.Default.Run(regency).ErrorCount == 0);      // True: valid under the review

        // One region of the country with deliberate problems, each recorded where the review reports it.
        var region = RegionDocumentGenerator.RegionOf(seed: 7, provinceCode: 32, number: 5, DocumentShape.Tiny with { ProblemRate = 0.5m });
        var errors = AlignmentReview.Default.Run(region.Document).Findings.Where(f => f.Severity == Severity.Error);
        Console.WriteLine(region.Problems.All(p => errors.Any(f => f.RuleId == p.RuleId && f.Path == p.Path))); // True

        // The whole country, 552 regions generated one at a time as they are enumerated.
        Console.WriteLine(RegionDocumentGenerator.Country(seed: 7, DocumentShape.Tiny).Take(3).Last().Code); // 11.02
        // end-generated-documents-example
    }
}
