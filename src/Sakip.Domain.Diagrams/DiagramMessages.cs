using System.Globalization;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Diagrams;

/// <summary>Every word printed on performance-tree diagrams, in English and Indonesian, with its stable code.</summary>
internal static class DiagramMessages
{
    public static readonly Reason Achievement = new("diagram-achievement", "Achievement", "Capaian");
    public static readonly Reason NodeFigure = new("diagram-node-figure", "Node", "Nilai simpul");
    public static readonly Reason NotReported = new("diagram-not-reported", "not reported", "tidak dilaporkan");
    public static readonly Reason NotMeasurable = new("diagram-not-measurable", "not measurable", "tidak terukur");
    public static readonly Reason InvalidInput = new("diagram-invalid-input", "invalid input", "input tidak valid");
    public static readonly Reason NoData = new("diagram-no-data", "no data", "tidak ada data");
    public static readonly Reason NoIndicator = new("diagram-no-indicator", "no indicator", "tanpa indikator");
    public static readonly Reason Legend = new("diagram-legend", "Achievement bands", "Predikat capaian");
    public static readonly Reason Crosscutting = new("diagram-crosscutting", "crosscutting: a further parent", "lintas sektor: induk tambahan");
    public static readonly Reason Incomplete = new("diagram-incomplete", "* incomplete: some items below have no achievement", "* tidak lengkap: sebagian butir di bawahnya belum memiliki capaian");
    public static readonly Reason HiddenNote = new("diagram-hidden-note", "+N: children not shown", "+N: anak yang tidak ditampilkan");
    public static readonly Reason Empty = new("diagram-empty", "no node to show", "tidak ada simpul untuk ditampilkan");
    public static readonly Reason Title = new("diagram-title", "Performance tree", "Pohon kinerja");
    public static readonly Reason RangeTo = new("diagram-range-to", "to", "s.d.");

    public static Reason HiddenChildren(int count) => new(
        "diagram-hidden-children",
        string.Create(CultureInfo.InvariantCulture, $"{count} child(ren) not shown"),
        string.Create(CultureInfo.InvariantCulture, $"{count} anak tidak ditampilkan"));

    public static Reason MoreIndicators(int count) => new(
        "diagram-more-indicators",
        string.Create(CultureInfo.InvariantCulture, $"+{count} more indicator(s)"),
        string.Create(CultureInfo.InvariantCulture, $"+{count} indikator lain"));

    public static Reason Kind(NodeKind kind) => kind switch
    {
        NodeKind.Tujuan => new("kind-tujuan", "Goal (tujuan)", "Tujuan"),
        NodeKind.Sasaran => new("kind-sasaran", "Objective (sasaran)", "Sasaran"),
        NodeKind.AgencySasaran => new("kind-agency-sasaran", "Agency objective", "Sasaran strategis"),
        NodeKind.Program => new("kind-program", "Program", "Program"),
        NodeKind.Kegiatan => new("kind-kegiatan", "Kegiatan", "Kegiatan"),
        NodeKind.SubKegiatan => new("kind-sub-kegiatan", "Sub kegiatan", "Sub kegiatan"),
        _ => new("kind-other", "Node", "Simpul"),
    };
}
