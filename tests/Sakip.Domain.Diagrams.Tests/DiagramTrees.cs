using System.Globalization;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Codes;
using Sakip.Domain.Rules;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;

namespace Sakip.Domain.Diagrams.Tests;

/// <summary>A generated tree with the band set it is evaluated under and the diagram options.</summary>
internal sealed record DiagramCase(PerformanceTree Tree, BandSet Bands, DiagramOptions Options)
{
    public override string ToString() =>
        $"{Tree.Nodes.Count} nodes, links [{string.Join(", ", Tree.Links.Select(l => l.ParentId + ">" + l.ChildId))}], {Bands.Id}, depth ≤ {Options.MaxDepth}, agency {Options.Agency}, stack {Options.StackLeaves}";
}

/// <summary>Small performance trees for the diagram tests, and an FsCheck generator of trees up to 60 nodes.</summary>
internal static class DiagramTrees
{
    public static readonly OrganisationCode Dinkes = OrganisationCode.Parse("1.02.0.00.0.00.01.0000", null);
    public static readonly OrganisationCode Disdik = OrganisationCode.Parse("1.01.2.22.0.00.01.0000", null);

    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>
    /// T1 → S1, S2; Dinkes: D-SS1 (under S1 and, crosscutting, S2) → D-P1 → D-K1, D-K2, D-K3 (not reported, no
    /// data); D-SS2 under S1; Disdik: E-SS1 under S2 → E-P1. Depths: T1 0, S 1, SS 2, P 3, K 4.
    /// </summary>
    public static PerformanceTree Sample(string? dinkesSasaranName = null)
    {
        var builder = new PerformanceTreeBuilder();
        Node(builder, "T1", "Meningkatkan kualitas hidup manusia", TreeLevel.HeadOfRegion, NodeKind.Tujuan, null, null, Indicator("IKU-01", "Indeks Pembangunan Manusia", "nilai", 72m, 72.5m));
        Node(builder, "S1", "Meningkatnya derajat kesehatan masyarakat", TreeLevel.HeadOfRegion, NodeKind.Sasaran, null, null, Indicator("IKU-02", "Angka kematian bayi", "per 1.000 KH", 12m, 10.4m, Polarity.Negative));
        Node(builder, "S2", "Meningkatnya kualitas pendidikan", TreeLevel.HeadOfRegion, NodeKind.Sasaran, null, null, Indicator("IKU-03", "Angka partisipasi murni SD", "%", 98m, 60m));
        Node(builder, "D-SS1", dinkesSasaranName ?? "Meningkatnya kesehatan ibu, anak, dan gizi masyarakat", TreeLevel.EchelonII, NodeKind.AgencySasaran, Dinkes, null, Indicator("D-01", "Cakupan pelayanan kesehatan anak sekolah", "%", 90m, null));
        Node(builder, "D-SS2", "Menurunnya angka kesakitan penyakit menular", TreeLevel.EchelonII, NodeKind.AgencySasaran, Dinkes, null, Indicator("D-02", "Insidensi DBD", "per 100.000 penduduk", 50m, 47.5m, Polarity.Negative));
        Node(builder, "D-P1", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", TreeLevel.EchelonIII, NodeKind.Program, Dinkes, "1.02.02", Indicator("D-03", "Persentase capaian SPM kesehatan", "%", 50m, 45m));
        Node(builder, "D-K1", "Penyediaan Fasilitas Pelayanan Kesehatan", TreeLevel.EchelonIV, NodeKind.Kegiatan, Dinkes, "1.02.02.2.01", Indicator("D-04", "Jumlah fasilitas yang ditingkatkan", "unit", 10m, 10m));
        Node(builder, "D-K2", "Penyediaan Layanan Kesehatan Rujukan", TreeLevel.EchelonIV, NodeKind.Kegiatan, Dinkes, "1.02.02.2.02", Indicator("D-05", "Jumlah layanan rujukan", "layanan", 20m, 8m));
        Node(builder, "D-K3", "Pengelolaan Surveilans Kesehatan", TreeLevel.EchelonIV, NodeKind.Kegiatan, Dinkes, "1.02.02.2.03", Indicator("D-06", "Jumlah dokumen surveilans", "dokumen", 12m, null));
        Node(builder, "E-SS1", "Meningkatnya akses pendidikan dasar", TreeLevel.EchelonII, NodeKind.AgencySasaran, Disdik, null, Indicator("E-01", "APK SD", "%", 100m, 70m));
        Node(builder, "E-P1", "Program Pengelolaan Pendidikan", TreeLevel.EchelonIII, NodeKind.Program, Disdik, "1.01.02", Indicator("E-02", "Persentase sekolah terakreditasi", "%", 10m, 7.777m));
        Link(builder, "T1", "S1");
        Link(builder, "T1", "S2");
        Link(builder, "S1", "D-SS1");
        Link(builder, "S1", "D-SS2");
        Link(builder, "S2", "D-SS1");
        Link(builder, "S2", "E-SS1");
        Link(builder, "D-SS1", "D-P1");
        Link(builder, "D-P1", "D-K1");
        Link(builder, "D-P1", "D-K2");
        Link(builder, "D-P1", "D-K3");
        Link(builder, "E-SS1", "E-P1");
        return builder.Build().GetValueOrThrow();
    }

    public static TreeEvaluation Evaluate(PerformanceTree tree, BandSet? bands = null, RoundingRule? rounding = null)
    {
        var rules = RuleSets.Default with { Bands = bands ?? BandSets.Kemendagri5, Rounding = rounding ?? RoundingRule.TwoDecimalsHalfUp };
        return new TreeEvaluator(new RollUpOptions { Rules = rules }).Evaluate(tree);
    }

    public static NodeIndicator Indicator(string id, string name, string unit, decimal target, decimal? realisation, Polarity polarity = Polarity.Positive) =>
        new(id, name, unit, new AchievementInput(Target.Point(target), realisation is { } r ? new Measure(r) : null, polarity));

    public static void Node(PerformanceTreeBuilder builder, string id, string name, TreeLevel level, NodeKind kind, OrganisationCode? agency, string? code, params NodeIndicator[] indicators) =>
        builder.Nodes.Add(new TreeNode(id, name, level, kind)
        {
            Agency = agency,
            Code = code is null ? null : ProgramCode.Parse(code, CultureInfo.InvariantCulture),
            Indicators = indicators,
        });

    public static void Link(PerformanceTreeBuilder builder, string parent, string child) => builder.Links.Add(new TreeLink(parent, child));

    /// <summary>The node boxes of an SVG diagram: node id → (x, y, width, height).</summary>
    public static Dictionary<string, (double X, double Y, double Width, double Height)> Boxes(XDocument svg) =>
        svg.Descendants(Svg + "g")
            .Where(g => g.Attribute("data-id") is not null)
            .ToDictionary(
                g => g.Attribute("data-id")!.Value,
                g =>
                {
                    var rect = g.Elements(Svg + "rect").Single(r => (string?)r.Attribute("class") == "box");
                    return (D(rect, "x"), D(rect, "y"), D(rect, "width"), D(rect, "height"));
                },
                StringComparer.Ordinal);

    public static double D(XElement element, string attribute) => double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    /// <summary>All text of a node's box (its text elements, not its tooltip).</summary>
    public static string BoxText(XDocument svg, string nodeId) =>
        string.Join("\n", svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-id") == nodeId).Descendants(Svg + "text").Select(t => t.Value));

    // --- Generator -------------------------------------------------------------------------------------------

    private static readonly string[] Names =
    [
        "Meningkatnya derajat kesehatan masyarakat",
        "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya dibawah 1000 Ha dalam 1 (satu) Daerah Kabupaten/Kota",
        "Normalisasi/Restorasi/Rehabilitasi/Pemeliharaan/Pembangunan/Peningkatan/Sungai/Danau/Embung",
        "Tom & Jerry <b>\"kutip\"</b> 'tunggal'",
        "X",
        "Ünïcödé ✓ 😀 emoji",
        "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
    ];

    private static readonly OrganisationCode?[] Agencies = [null, Dinkes, Disdik, OrganisationCode.Parse("1.03.0.00.0.00.01.0000", null)];

    private sealed record NodeSpec(int Parent, int ExtraParent, string Name, int AgencyIndex, NodeIndicator[] Indicators);

    private static Gen<NodeIndicator> IndicatorGen(int node, int k) =>
        from name in Gen.Elements(Names)
        from target in Gen.Choose(1, 20_000).Select(i => i / 100m)
        from reported in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from realisation in Gen.Choose(0, 30_000).Select(i => i / 100m)
        from polarity in Gen.Elements(Polarity.Positive, Polarity.Negative)
        select Indicator($"I{node}-{k}", name, "%", target, reported ? realisation : null, polarity);

    private static Gen<NodeSpec> NodeGen(int i) =>
        from root in i == 0 ? Gen.Constant(true) : Gen.Frequency((1, Gen.Constant(true)), (9, Gen.Constant(false)))
        from uniform in i == 0 ? Gen.Constant(0) : Gen.Choose(0, i - 1)
        from recent in i == 0 ? Gen.Constant(0) : Gen.Choose(Math.Max(0, i - 4), i - 1)
        from useRecent in Gen.Elements(true, false)
        from cross in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
        from extra in i == 0 ? Gen.Constant(0) : Gen.Choose(0, i - 1)
        from name in Gen.Elements(Names)
        from agency in Gen.Choose(0, Agencies.Length - 1)
        from count in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Constant(1)), (2, Gen.Constant(2)))
        from indicators in Gen.CollectToArray(Enumerable.Range(0, count), k => IndicatorGen(i, k))
        let parent = root ? -1 : useRecent ? recent : uniform
        select new NodeSpec(parent, cross && parent >= 0 && extra != parent ? extra : -1, name, agency, indicators);

    /// <summary>Trees of 1 to 60 nodes: several roots sometimes, deep chains and wide fans, crosscutting links,
    /// long and special names, indicators not reported.</summary>
    public static Gen<PerformanceTree> Tree { get; } =
        from count in Gen.Choose(1, 60)
        from specs in Gen.CollectToArray(Enumerable.Range(0, count), NodeGen)
        select Build(specs);

    /// <summary>A generated tree with diagram choices: bands, depth cut, agency filter.</summary>
    public static Gen<DiagramCase> Case { get; } =
        from tree in Tree
        from bands in Gen.Elements(BandSets.Kemendagri5, BandSets.Lkjip6)
        from cut in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 6).Select(d => (int?)d)))
        from agency in Gen.Frequency((3, Gen.Constant<OrganisationCode?>(null)), (1, Gen.Elements(Agencies)))
        from stack in Gen.Elements(true, false)
        select new DiagramCase(tree, bands, new DiagramOptions { MaxDepth = cut, Agency = agency, StackLeaves = stack });

    private static PerformanceTree Build(NodeSpec[] specs)
    {
        var builder = new PerformanceTreeBuilder();
        for (var i = 0; i < specs.Length; i++)
        {
            builder.Nodes.Add(new TreeNode($"N{i}", specs[i].Name, TreeLevel.EchelonII, NodeKind.Other)
            {
                Agency = Agencies[specs[i].AgencyIndex],
                Indicators = specs[i].Indicators,
            });
            if (specs[i].Parent >= 0)
            {
                Link(builder, $"N{specs[i].Parent}", $"N{i}");
            }

            if (specs[i].ExtraParent >= 0)
            {
                Link(builder, $"N{specs[i].ExtraParent}", $"N{i}");
            }
        }

        return builder.Build().GetValueOrThrow();
    }
}
