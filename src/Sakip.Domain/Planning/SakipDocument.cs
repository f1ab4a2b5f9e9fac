using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Planning;

/// <summary>
/// A region's SAKIP documents in one model: the indicator catalogue, the RPJMD, the agencies' Renstras, the
/// Perjanjian Kinerja, their Rencana Aksi, the reported realisations and the LKE evaluations. Built by <see cref="SakipDocumentBuilder"/>,
/// so every reference in it resolves.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe; compared by content. Its properties have no setters, so no <c>with</c>
/// expression can skip the builder's checks: to change a document, take <see cref="ToBuilder"/>, change the
/// builder's contents and <see cref="SakipDocumentBuilder.Build"/> again, which checks them again.</para>
/// </remarks>
public sealed record SakipDocument
{
    /// <summary>Creates a document from contents <see cref="SakipDocumentBuilder"/> has checked.</summary>
    internal SakipDocument(
        Region region,
        ValueList<IndicatorDefinition> indicators,
        Rpjmd? rpjmd,
        ValueList<Renstra> renstras,
        ValueList<PerjanjianKinerja> perjanjianKinerja,
        ValueList<RencanaAksi> rencanaAksi,
        ValueList<IndicatorRealisation> realisations,
        ValueList<BudgetRealisation> budgetRealisations,
        ValueList<Evaluation> evaluations,
        string? ruleSetId = null)
    {
        RuleSetId = ruleSetId;
        Region = region;
        Indicators = indicators;
        Rpjmd = rpjmd;
        Renstras = renstras;
        PerjanjianKinerja = perjanjianKinerja;
        RencanaAksi = rencanaAksi;
        Realisations = realisations;
        BudgetRealisations = budgetRealisations;
        Evaluations = evaluations;
    }

    /// <summary>The region.</summary>
    public Region Region { get; }

    /// <summary>Every indicator definition, each once.</summary>
    public ValueList<IndicatorDefinition> Indicators { get; }

    /// <summary>The RPJMD, when the document has one.</summary>
    public Rpjmd? Rpjmd { get; }

    /// <summary>The agencies' Renstras.</summary>
    public ValueList<Renstra> Renstras { get; }

    /// <summary>The performance agreements.</summary>
    public ValueList<PerjanjianKinerja> PerjanjianKinerja { get; }

    /// <summary>The Rencana Aksi (period targets) of agreement indicators.</summary>
    public ValueList<RencanaAksi> RencanaAksi { get; }

    /// <summary>Reported indicator realisations.</summary>
    public ValueList<IndicatorRealisation> Realisations { get; }

    /// <summary>Reported budget realisations.</summary>
    public ValueList<BudgetRealisation> BudgetRealisations { get; }

    /// <summary>The LKE evaluations (<i>evaluasi AKIP</i>), each of one subject and year under one scheme.</summary>
    public ValueList<Evaluation> Evaluations { get; }

    /// <summary>The id of the rule set the region measures its capaian under (e.g. <c>provinsi-contoh-2025</c>), when
    /// the document states one; <see langword="null"/> when it leaves the choice to the program. A program resolves
    /// it in its <see cref="Catalogues.RuleCatalogue"/> (<see cref="Catalogues.RuleCatalogue.Check"/> says whether it
    /// is there); <c>sakip measure</c>, <c>tree</c> and <c>whatif</c> use it unless <c>--rule-set</c> is given.</summary>
    public string? RuleSetId { get; }

    /// <summary>Finds an indicator definition by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    /// <remarks>A dictionary lookup: the document indexes its indicators the first time one is looked up.</remarks>
    public IndicatorDefinition? Indicator(string id) => DocumentIndex.Of(this).Indicator(id);

    /// <summary>The realisations that measure an indicator for an agency in a year: those the agency reported itself
    /// when there are any, else those reported without an agency (region-wide). Used alike by the capaian table
    /// (<see cref="PerformanceMeasurement"/>) and the performance tree (<see cref="Tree.PerformanceTreeFactory"/>).</summary>
    internal IndicatorRealisation[] RealisationsFor(string indicatorId, int year, OrganisationCode? agency)
    {
        // Counted first, so that the usual case (every entry the agency's own, or every one the region's) gives the
        // index's array itself: the callers only read it. A province's tree asks this of every indicator.
        var reported = DocumentIndex.Of(this).Realisations(indicatorId, year);
        var (own, region) = (0, 0);
        foreach (var r in reported)
        {
            if (r.Agency is null)
            {
                region++;
            }
            else if (r.Agency == agency)
            {
                own++;
            }
        }

        var pickOwn = own > 0;
        var count = pickOwn ? own : region;
        if (count == reported.Length)
        {
            return reported;
        }

        var picked = new IndicatorRealisation[count];
        var next = 0;
        foreach (var r in reported)
        {
            if (pickOwn ? r.Agency is not null && r.Agency == agency : r.Agency is null)
            {
                picked[next++] = r;
            }
        }

        return picked;
    }

    /// <summary>Returns a builder holding this document's contents, to derive a changed document.</summary>
    /// <returns>The builder.</returns>
    public SakipDocumentBuilder ToBuilder() => new()
    {
        Region = Region,
        RuleSetId = RuleSetId,
        Indicators = [.. Indicators],
        Rpjmd = Rpjmd,
        Renstras = [.. Renstras],
        PerjanjianKinerja = [.. PerjanjianKinerja],
        RencanaAksi = [.. RencanaAksi],
        Realisations = [.. Realisations],
        BudgetRealisations = [.. BudgetRealisations],
        Evaluations = [.. Evaluations],
    };
}
