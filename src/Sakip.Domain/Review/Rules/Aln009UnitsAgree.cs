using Sakip.Domain.Planning;
using Sakip.Domain.Text;

namespace Sakip.Domain.Review.Rules;

/// <summary>
/// ALN-009: units agree along cascading and supporting links. Error: an indicator's
/// <see cref="IndicatorDefinition.CascadedFrom"/> parent has another unit (reported on the catalogue entry). Warning:
/// a cascaded indicator of an agency sasaran whose parent is not on the RPJMD sasaran it supports, and whose unit
/// matches none of that RPJMD sasaran's indicators (a cascade that bypasses the alignment link, or a changed unit).
/// Units compare trimmed, with inner spaces collapsed and case ignored; <c>%</c> and <c>persen</c> differ.
/// </summary>
internal sealed class Aln009UnitsAgree() : AlignmentRule(Metadata)
{
    public static readonly RuleInfo Metadata = new(
        "ALN-009",
        Severity.Error,
        Messages.Aln009Title,
        "PermenPAN-RB 8/2021, Lampiran (direct cascading splits a superior's target in its own unit); units agreeing along other links is reviewers' practice; docs/planning.md#cascading-pohon-kinerja.");

    protected override IEnumerable<ReviewFinding> Find(SakipDocument document)
    {
        var definitions = document.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        for (var i = 0; i < document.Indicators.Count; i++)
        {
            var indicator = document.Indicators[i];
            if (indicator.CascadedFrom is { } parentId && definitions.TryGetValue(parentId, out var parent) && !UnitText.Same(indicator.Unit, parent.Unit))
            {
                yield return Finding($"indicators[{i}]", Sites.Subject(indicator), Messages.CascadedUnitDiffers(indicator.Unit, parent.Id, parent.Unit));
            }
        }

        var rpjmd = document.Rpjmd;
        if (rpjmd is null)
        {
            yield break;
        }

        for (var r = 0; r < document.Renstras.Count; r++)
        {
            var renstra = document.Renstras[r];
            for (var s = 0; s < renstra.Sasaran.Count; s++)
            {
                var sasaran = renstra.Sasaran[s];
                var supported = rpjmd.Sasaran
                    .Where(x => sasaran.SupportsRpjmdSasaran.Contains(x.Id))
                    .SelectMany(x => x.Indicators)
                    .Select(p => definitions.GetValueOrDefault(p.IndicatorId))
                    .OfType<IndicatorDefinition>()
                    .ToList();
                if (supported.Count == 0)
                {
                    continue;
                }

                for (var j = 0; j < sasaran.Indicators.Count; j++)
                {
                    if (!definitions.TryGetValue(sasaran.Indicators[j].IndicatorId, out var indicator)
                        || indicator.CascadedFrom is not { } parentId
                        || supported.Any(d => d.Id == parentId)
                        || (definitions.TryGetValue(parentId, out var parent) && !UnitText.Same(indicator.Unit, parent.Unit))
                        || supported.Any(d => UnitText.Same(d.Unit, indicator.Unit)))
                    {
                        continue;
                    }

                    yield return Finding(
                        Severity.Warning,
                        $"{Sites.RenstraPath(r)}.sasaran[{s}].indicators[{j}]",
                        Sites.Subject(indicator),
                        Messages.SupportedSasaranUnitMismatch(
                            indicator.Unit,
                            string.Join(", ", sasaran.SupportsRpjmdSasaran),
                            string.Join(", ", supported.Select(d => d.Unit).Distinct(StringComparer.Ordinal))));
                }
            }
        }
    }
}
