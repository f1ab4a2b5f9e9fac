using System.Globalization;
using Ardalis.GuardClauses;
using Sakip.Domain.Codes;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Diagrams;

/// <summary>
/// What a performance-tree diagram shows and how it words it: one agency or the whole region, a depth cut, the
/// language of labels and the culture of numbers. Used by <see cref="SvgDiagram"/>, <see cref="MermaidDiagram"/>
/// and <see cref="DotDiagram"/>.
/// </summary>
/// <remarks>
/// <para>Achievements are rounded by the evaluation's rule set (<see cref="Rules.RuleSet.Rounding"/>) and bands
/// come from its band set, so a diagram prints the figures the reports print.</para>
/// <para>Immutable and thread-safe. <see cref="Default"/> shows the whole tree in Indonesian.</para>
/// </remarks>
public sealed record DiagramOptions
{
    private readonly int? _maxDepth;
    private readonly CultureInfo _culture = Cultures.Indonesian;

    /// <summary>The whole tree, every depth, Indonesian labels and numbers.</summary>
    public static DiagramOptions Default { get; } = new();

    /// <summary>
    /// Shows only this agency's nodes plus their ancestors up to the roots, so the regional context shows. An
    /// organisation code without a sub unit also takes the nodes of its sub units. <see langword="null"/> (the
    /// default) shows every agency.
    /// </summary>
    public OrganisationCode? Agency { get; init; }

    /// <summary>
    /// The deepest depth shown (a root has depth 0, as <see cref="PerformanceTree.DepthOf"/> counts along first
    /// parents); deeper nodes are omitted and a node with omitted children says how many (<c>+N</c>).
    /// <see langword="null"/> (the default) shows every depth.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a negative value.</exception>
    public int? MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is { } v ? Guard.Against.Negative(v, nameof(MaxDepth)) : null;
    }

    /// <summary>The language of the words on the diagram (band labels, "not reported" …). Default Indonesian.</summary>
    public Language Language { get; init; } = Language.Indonesian;

    /// <summary>The culture numbers are written in. Default <see cref="Cultures.Indonesian"/> (decimal comma,
    /// thousands dot).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public CultureInfo Culture
    {
        get => _culture;
        init => _culture = Guard.Against.Null(value);
    }

    /// <summary>
    /// Whether the SVG stacks the children of a node whose children (two or more) are all leaves in a column under
    /// it, as pohon kinerja charts list sub kegiatan under their kegiatan, so that a wide bottom level does not make
    /// the image very wide. Default <see langword="true"/>; <see langword="false"/> lays every node of a layer side
    /// by side. Mermaid and DOT leave layout to their renderers and ignore it.
    /// </summary>
    public bool StackLeaves { get; init; } = true;

    /// <summary>A title printed above the diagram, e.g. <c>Pohon Kinerja Dinas Kesehatan 2025</c>;
    /// <see langword="null"/> (the default) prints none.</summary>
    public string? Title { get; init; }
}
