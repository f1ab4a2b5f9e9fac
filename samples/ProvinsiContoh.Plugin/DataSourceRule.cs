using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Text;

namespace ProvinsiContoh.Plugin;

/// <summary>PROV-001: every indicator names its data source (sumber data), as the province's measurement regulation
/// requires of every indicator it consolidates.</summary>
public sealed class DataSourceRule : IAlignmentRule
{
    /// <inheritdoc />
    public string Id => "PROV-001";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public BilingualText Title { get; } = new("Every indicator names its data source", "Setiap indikator menyebutkan sumber datanya");

    /// <inheritdoc />
    public string Basis => "Pergub Provinsi Contoh 7/2025, Pasal 5 (example)";

    /// <inheritdoc />
    public IEnumerable<ReviewFinding> Check(SakipDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (var i = 0; i < document.Indicators.Count; i++)
        {
            var indicator = document.Indicators[i];
            if (string.IsNullOrWhiteSpace(indicator.DataSource))
            {
                yield return new ReviewFinding(
                    Id,
                    Severity,
                    $"indicators[{i}]",
                    $"{indicator.Name} ({indicator.Id})",
                    new Reason("no-data-source", $"{indicator.Id} names no data source", $"{indicator.Id} tidak menyebutkan sumber data"));
            }
        }
    }
}
