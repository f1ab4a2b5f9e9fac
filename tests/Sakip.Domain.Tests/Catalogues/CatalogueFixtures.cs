using Sakip.Domain.Achievement;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Planning;
using Sakip.Domain.Plugins;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Tests.Catalogues;

/// <summary>Rules a region adds in code, for the catalogue's tests.</summary>
internal static class CatalogueFixtures
{
    public static RuleSet Regional(string id = "provinsi-contoh-2025") => RuleSets.Inverse with
    {
        Id = id,
        Name = "Provinsi Contoh",
        LegalBasis = "Pergub Contoh 7/2025 (example)",
        Cap = 120m,
    };

    /// <summary>Capaian = R / T × 100 capped nowhere, for positive indicators, under its own id.</summary>
    internal sealed class HalfFormula(string id = "half-ratio", int version = 1, Polarity polarity = Polarity.Positive, string expression = "C = R / T × 50") : IAchievementFormula
    {
        public string Id => id;

        public int Version => version;

        public Polarity Polarity => polarity;

        public string Expression => expression;

        public FormulaOutcome Evaluate(decimal target, decimal realisation, RuleSet rules) =>
            target == 0m ? FormulaOutcome.NotMeasurable(new Reason("zero-target", "T = 0", "T = 0")) : FormulaOutcome.Measured(realisation / target * 50m);
    }

    internal sealed class NoteRule(string id = "PROV-001", BilingualText? title = null, Severity severity = Severity.Info, string basis = "Pergub Contoh 7/2025 (example)") : IAlignmentRule
    {
        public string Id => id;

        public Severity Severity => severity;

        public BilingualText Title { get; } = title ?? new("Every agency has a Renstra", "Setiap perangkat daerah memiliki Renstra");

        public string Basis => basis;

        public IEnumerable<ReviewFinding> Check(SakipDocument document) => [];
    }

    internal sealed class MedianStrategy(string id = "median") : IRollUpStrategy
    {
        public string Id => id;

        public decimal? Combine(ReadOnlySpan<RollUpItem> items)
        {
            var values = items.ToArray().Select(i => i.Value).Order().ToArray();
            return values.Length == 0 ? null : values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2m;
        }
    }

    internal sealed class Plugin(string name, Action<RuleCatalogueBuilder> register) : ISakipPlugin
    {
        public string Name => name;

        public void Register(RuleCatalogueBuilder catalogue) => register(catalogue);
    }
}
