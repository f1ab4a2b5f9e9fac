using Sakip.Domain.Catalogues;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Plugins;
using Sakip.Domain.Rules;

namespace ProvinsiContoh.Plugin;

/// <summary>
/// The rules of Provinsi Contoh, an example province: its own rule set (capaian capped at 120 %, the inverse formula
/// T / R for negative indicators), the median as a roll-up strategy, an alignment rule of its own and an adapted LKE
/// worksheet. The legal bases are examples, not real regulations.
/// </summary>
public sealed class ProvinsiContohPlugin : ISakipPlugin
{
    /// <summary>The id of the province's rule set.</summary>
    public const string RuleSetId = "provinsi-contoh-2025";

    /// <summary>The id of the province's adapted LKE worksheet.</summary>
    public const string SchemeId = "provinsi-contoh-lke-2025";

    /// <inheritdoc />
    public string Name => "Provinsi Contoh";

    /// <inheritdoc />
    public void Register(RuleCatalogueBuilder catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        catalogue
            .Add(MedianStrategy.Instance)
            .Add(RuleSets.Inverse with
            {
                Id = RuleSetId,
                Name = "Provinsi Contoh 2025 (cap 120 %, invers T / R)",
                LegalBasis = "Pergub Provinsi Contoh 7/2025 tentang Pengukuran Kinerja (example)",
                Cap = 120m,
                Aggregation = MedianStrategy.Instance,
            })
            .Add(new DataSourceRule())
            .Add(AdaptedWorksheet());
    }

    // The KemenPAN-RB 88/2021 worksheet under the province's own id, graded per sub-component (as the province's
    // inspectorate does), with the adaptation recorded as an assumption.
    private static EvaluationScheme AdaptedWorksheet()
    {
        var builtIn = EvaluationSchemes.PermenPanRb88Of2021;
        var definition = builtIn.ToDefinition() with
        {
            Id = SchemeId,
            Version = 1,
            Name = "LKE Inspektorat Provinsi Contoh 2025",
            Basis = builtIn.Basis + "; adapted by Pergub Provinsi Contoh 7/2025 (example)",
            DefaultMethod = EvaluationMethod.SubComponentGrades,
            Assumptions = [.. builtIn.Assumptions, "Provinsi Contoh grades each sub-component (AA–E) rather than each criterion."],
            Changes = [],
        };
        return EvaluationScheme.Create(definition).GetValueOrThrow();
    }
}
