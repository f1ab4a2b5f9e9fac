using Sakip.Domain.Codes;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Review.Rules;

/// <summary>Where a planned indicator sits in the plans.</summary>
internal enum SiteKind
{
    RpjmdTujuan,
    RpjmdSasaran,
    RpjmdProgram,
    RenstraTujuan,
    RenstraSasaran,
    Program,
    Kegiatan,
    SubKegiatan,
}

/// <summary>A planned indicator with its place, path and definition.</summary>
internal sealed record IndicatorSite(string Path, SiteKind Kind, PlannedIndicator Planned, IndicatorDefinition Definition)
{
    public string Subject => Sites.Subject(Definition);
}

/// <summary>Walks a document's planned indicators and words its elements for findings.</summary>
internal static class Sites
{
    public static string Subject(IndicatorDefinition indicator) => $"{indicator.Name} ({indicator.Id})";

    public static string Subject(PlanItem item) => $"{item.Code} {item.Name}";

    public static string Subject(RpjmdProgram program) => $"{program.Code} {program.Name}";

    public static string RenstraPath(int index) => $"renstras[{index}]";

    /// <summary>Every planned indicator of the RPJMD and the Renstras, in document order.</summary>
    public static IEnumerable<IndicatorSite> Indicators(SakipDocument document)
    {
        var definitions = document.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        if (document.Rpjmd is { } rpjmd)
        {
            for (var i = 0; i < rpjmd.Tujuan.Count; i++)
            {
                foreach (var site in Planned($"rpjmd.tujuan[{i}]", SiteKind.RpjmdTujuan, rpjmd.Tujuan[i].Indicators, definitions))
                {
                    yield return site;
                }
            }

            for (var i = 0; i < rpjmd.Sasaran.Count; i++)
            {
                foreach (var site in Planned($"rpjmd.sasaran[{i}]", SiteKind.RpjmdSasaran, rpjmd.Sasaran[i].Indicators, definitions))
                {
                    yield return site;
                }
            }

            for (var i = 0; i < rpjmd.Programs.Count; i++)
            {
                foreach (var site in Planned($"rpjmd.programs[{i}]", SiteKind.RpjmdProgram, rpjmd.Programs[i].Indicators, definitions))
                {
                    yield return site;
                }
            }
        }

        for (var r = 0; r < document.Renstras.Count; r++)
        {
            var renstra = document.Renstras[r];
            var path = RenstraPath(r);
            for (var i = 0; i < renstra.Tujuan.Count; i++)
            {
                foreach (var site in Planned($"{path}.tujuan[{i}]", SiteKind.RenstraTujuan, renstra.Tujuan[i].Indicators, definitions))
                {
                    yield return site;
                }
            }

            for (var i = 0; i < renstra.Sasaran.Count; i++)
            {
                foreach (var site in Planned($"{path}.sasaran[{i}]", SiteKind.RenstraSasaran, renstra.Sasaran[i].Indicators, definitions))
                {
                    yield return site;
                }
            }

            for (var i = 0; i < renstra.Items.Count; i++)
            {
                var item = renstra.Items[i];
                foreach (var site in Planned($"{path}.items[{i}]", Kind(item.Code.Level), item.Indicators, definitions))
                {
                    yield return site;
                }
            }
        }
    }

    public static SiteKind Kind(CodeLevel level) => level switch
    {
        CodeLevel.Kegiatan => SiteKind.Kegiatan,
        CodeLevel.SubKegiatan => SiteKind.SubKegiatan,
        _ => SiteKind.Program,
    };

    /// <summary>Units compared as a reader would: trimmed, inner spaces collapsed, case ignored.</summary>

    private static IEnumerable<IndicatorSite> Planned(string owner, SiteKind kind, Collections.ValueList<PlannedIndicator> planned, Dictionary<string, IndicatorDefinition> definitions)
    {
        for (var i = 0; i < planned.Count; i++)
        {
            if (definitions.TryGetValue(planned[i].IndicatorId, out var definition))
            {
                yield return new IndicatorSite($"{owner}.indicators[{i}]", kind, planned[i], definition);
            }
        }
    }
}
