using System.Runtime.CompilerServices;
using Sakip.Domain.Codes;

namespace Sakip.Domain.Planning;

/// <summary>
/// Lookups over one <see cref="SakipDocument"/> (indicators by id, realisations by indicator and year, Rencana Aksi by
/// agreement and indicator, the targets an agency committed to in a year, Renstras by agency), built once per document
/// the first time one is asked for, so that measuring or building the tree of a province costs time in proportion to
/// its size rather than its square. Each lookup answers exactly what the linear search it replaces answered: the first
/// match in document order.
/// </summary>
/// <remarks>Kept beside the document (a <see cref="ConditionalWeakTable{TKey, TValue}"/> keyed by the instance) rather
/// than in it, so the document's value equality stays that of its contents. Immutable once built and thread-safe; the
/// table builds each document's index once even when threads ask together.</remarks>
internal sealed class DocumentIndex
{
    private static readonly ConditionalWeakTable<SakipDocument, DocumentIndex> Indexes = [];

    private readonly Dictionary<string, IndicatorDefinition> _indicators = new(StringComparer.Ordinal);

    private readonly Dictionary<(string IndicatorId, int Year), IndicatorRealisation[]> _realisations = [];

    private readonly Dictionary<(string AgreementId, string IndicatorId), RencanaAksi> _actionPlans = [];

    private readonly Dictionary<(int Year, OrganisationCode? Agency, string IndicatorId), PkTarget> _committed = [];

    private readonly Dictionary<OrganisationCode, Renstra> _renstras = [];

    private DocumentIndex(SakipDocument document)
    {
        foreach (var indicator in document.Indicators)
        {
            _indicators.TryAdd(indicator.Id, indicator);
        }

        var realisations = new Dictionary<(string, int), List<IndicatorRealisation>>();
        foreach (var realisation in document.Realisations)
        {
            var key = (realisation.IndicatorId, realisation.Period.Year);
            if (!realisations.TryGetValue(key, out var list))
            {
                realisations.Add(key, list = []);
            }

            list.Add(realisation);
        }

        foreach (var (key, list) in realisations)
        {
            _realisations.Add(key, [.. list]);
        }

        foreach (var plan in document.RencanaAksi)
        {
            _actionPlans.TryAdd((plan.PerjanjianKinerjaId, plan.IndicatorId), plan);
        }

        foreach (var agreement in document.PerjanjianKinerja)
        {
            foreach (var target in agreement.Targets)
            {
                _committed.TryAdd((agreement.Year, agreement.Agency, target.IndicatorId), target);
            }
        }

        foreach (var renstra in document.Renstras)
        {
            _renstras.TryAdd(renstra.Agency.Code, renstra);
        }
    }

    /// <summary>The index of a document, built the first time it is asked for.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Its index.</returns>
    public static DocumentIndex Of(SakipDocument document) => Indexes.GetValue(document, static d => new DocumentIndex(d));

    /// <summary>The definition with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first definition with the id.</returns>
    public IndicatorDefinition? Indicator(string? id) => id is not null && _indicators.TryGetValue(id, out var found) ? found : null;

    /// <summary>The realisations of an indicator in a year, in document order (empty when none).</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="year">The year.</param>
    /// <returns>The realisations.</returns>
    public IndicatorRealisation[] Realisations(string indicatorId, int year) =>
        _realisations.TryGetValue((indicatorId, year), out var found) ? found : [];

    /// <summary>The first Rencana Aksi of an indicator in an agreement, or <see langword="null"/>.</summary>
    /// <param name="agreementId">The agreement's id.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <returns>The plan.</returns>
    public RencanaAksi? ActionPlan(string agreementId, string indicatorId) =>
        _actionPlans.TryGetValue((agreementId, indicatorId), out var found) ? found : null;

    /// <summary>The first target an agency (<see langword="null"/>: the head of region) committed to for an indicator in
    /// its agreements of a year, in document order, or <see langword="null"/>.</summary>
    /// <param name="year">The agreements' year.</param>
    /// <param name="agency">The agency, or <see langword="null"/> for the head of region.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <returns>The target.</returns>
    public PkTarget? Committed(int year, OrganisationCode? agency, string indicatorId) =>
        _committed.TryGetValue((year, agency, indicatorId), out var found) ? found : null;

    /// <summary>The first Renstra of an agency, or <see langword="null"/>.</summary>
    /// <param name="agency">The agency.</param>
    /// <returns>The Renstra.</returns>
    public Renstra? RenstraOf(OrganisationCode agency) => _renstras.TryGetValue(agency, out var found) ? found : null;
}
