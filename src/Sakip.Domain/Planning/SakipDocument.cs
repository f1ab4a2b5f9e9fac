using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Planning;

/// <summary>
/// A region's SAKIP documents in one model: the indicator catalogue, the RPJMD, the agencies' Renstras, the
/// Perjanjian Kinerja, their Rencana Aksi, the reported realisations and the LKE evaluations. Built by <see cref="SakipDocumentBuilder"/>,
/// so every reference in it resolves.
/// </summary>
/// <remarks>Immutable and thread-safe; compared by content.</remarks>
public sealed record SakipDocument
{
    internal SakipDocument()
    {
    }

    /// <summary>The region.</summary>
    public required Region Region { get; init; }

    /// <summary>Every indicator definition, each once.</summary>
    public ValueList<IndicatorDefinition> Indicators { get; init; }

    /// <summary>The RPJMD, when the document has one.</summary>
    public Rpjmd? Rpjmd { get; init; }

    /// <summary>The agencies' Renstras.</summary>
    public ValueList<Renstra> Renstras { get; init; }

    /// <summary>The performance agreements.</summary>
    public ValueList<PerjanjianKinerja> PerjanjianKinerja { get; init; }

    /// <summary>The Rencana Aksi (period targets) of agreement indicators.</summary>
    public ValueList<RencanaAksi> RencanaAksi { get; init; }

    /// <summary>Reported indicator realisations.</summary>
    public ValueList<IndicatorRealisation> Realisations { get; init; }

    /// <summary>Reported budget realisations.</summary>
    public ValueList<BudgetRealisation> BudgetRealisations { get; init; }

    /// <summary>The LKE evaluations (<i>evaluasi AKIP</i>), each of one subject and year under one scheme.</summary>
    public ValueList<Evaluation> Evaluations { get; init; }

    /// <summary>Finds an indicator definition by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    public IndicatorDefinition? Indicator(string id) => Indicators.FirstOrDefault(i => i.Id == id);

    /// <summary>Returns a builder holding this document's contents, to derive a changed document.</summary>
    /// <returns>The builder.</returns>
    public SakipDocumentBuilder ToBuilder() => new()
    {
        Region = Region,
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
