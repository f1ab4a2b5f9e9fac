using Sakip.Domain.Codes;
using Sakip.Domain.Planning;
using static Sakip.Domain.Tests.Planning.BuilderFixture;

namespace Sakip.Domain.Tests.Planning;

/// <summary>
/// The RPJMD checks of <see cref="SakipDocumentBuilder"/>: texts, ids, references, target years, the indicative budget
/// and program codes; every problem pinned in <c>SakipDocumentBuilderRpjmdTests.approved.txt</c>.
/// </summary>
public class SakipDocumentBuilderRpjmdTests
{
    [Fact]
    public void Rpjmd_Absent_IsValid()
    {
        // Without an RPJMD the Renstra supports nothing and the head of region's agreement has no sasaran to target.
        AssertValid(b =>
        {
            b.Rpjmd = null;
            b.Renstra(r => r with
            {
                Tujuan = r.Tujuan.Replace(0, t => t with { SupportsRpjmdTujuan = [] }),
                Sasaran = r.Sasaran.Replace(0, s => s with { SupportsRpjmdSasaran = [] }),
            });
            b.Pk(1, pk => pk with { Targets = [] });
        });
    }

    [Fact]
    public void Rpjmd_BlankTexts_AreEachRequired()
    {
        Approved.Check(Problems(b => b.Rpjmd(r => r with
        {
            Id = "",
            Visi = " ",
            Misi = r.Misi.Replace(0, m => m with { Text = "" }),
            Tujuan = r.Tujuan.Replace(0, t => t with { Text = "" }),
            Sasaran = r.Sasaran.Replace(0, s => s with { Text = "" }),
            Strategi = r.Strategi.Replace(0, s => s with { Text = "" }),
            ArahKebijakan = r.ArahKebijakan.Replace(0, a => a with { Text = "" }),
            Programs = r.Programs.Replace(0, p => p with { Name = "" }),
        })));
    }

    [Fact]
    public void Rpjmd_BlankIds_AreEachRequired()
    {
        Approved.Check(Problems(b => b.Rpjmd(r => r with
        {
            Misi = r.Misi.Plus(new Misi("", "Misi dua")),
            Tujuan = r.Tujuan.Plus(new RpjmdTujuan(" ", "Tujuan dua", "M1")),
            Sasaran = r.Sasaran.Plus(new RpjmdSasaran("", "Sasaran dua", "T1")),
            Strategi = r.Strategi.Plus(new Strategi("", "Strategi dua", "S1")),
            ArahKebijakan = r.ArahKebijakan.Plus(new ArahKebijakan("", "Arah dua", "ST1")),
        })));
    }

    [Fact]
    public void Rpjmd_IdUsedTwiceInOneList_IsADuplicateAtTheSecond()
    {
        Approved.Check(Problems(b => b.Rpjmd(r => r with
        {
            Misi = r.Misi.Plus(new Misi("M1", "Misi dua")),
            ArahKebijakan = r.ArahKebijakan.Plus(new ArahKebijakan("AK1", "Arah dua", "ST1")),
        })));
    }

    [Fact]
    public void Rpjmd_IdOfAnotherKindOfElement_IsADuplicate()
    {
        // Ids are unique across the plan's misi, tujuan, sasaran, strategi and arah kebijakan.
        Approved.Check(Cases(
            ("tujuan with a misi's id", b => b.Rpjmd(r => r with { Tujuan = r.Tujuan.Plus(new RpjmdTujuan("M1", "Tujuan dua", "M1")) })),
            ("sasaran with a tujuan's id", b => b.Rpjmd(r => r with { Sasaran = r.Sasaran.Plus(new RpjmdSasaran("T1", "Sasaran dua", "T1")) })),
            ("strategi with a sasaran's id", b => b.Rpjmd(r => r with { Strategi = r.Strategi.Plus(new Strategi("S1", "Strategi dua", "S1")) })),
            ("arah kebijakan with a strategi's id", b => b.Rpjmd(r => r with { ArahKebijakan = r.ArahKebijakan.Plus(new ArahKebijakan("ST1", "Arah dua", "ST1")) }))));
    }

    [Fact]
    public void Rpjmd_UnknownReferences_AreEachReported()
    {
        Approved.Check(Problems(b => b.Rpjmd(r => r with
        {
            Tujuan = r.Tujuan.Replace(0, t => t with { MisiId = "M9", Indicators = t.Indicators.Plus(Planned("X-1")) }),
            Sasaran = r.Sasaran.Replace(0, s => s with { TujuanId = "T9", Indicators = s.Indicators.Plus(Planned("X-2")) }),
            Strategi = r.Strategi.Replace(0, s => s with { SasaranId = "S9" }),
            ArahKebijakan = r.ArahKebijakan.Replace(0, a => a with { StrategiId = "ST9" }),
            Programs = r.Programs.Replace(0, p => p with { SasaranIds = ["S1", "S9"], Indicators = p.Indicators.Plus(Planned("X-3")) }),
            Iku = ["IKU-2", "X-4"],
        })));
    }

    [Fact]
    public void Rpjmd_ReferenceToAnElementOfAnotherKind_IsUnknown()
    {
        Approved.Check(Cases(
            ("tujuan's misi is a tujuan", b => b.Rpjmd(r => r with { Tujuan = r.Tujuan.Replace(0, t => t with { MisiId = "T1" }) })),
            ("sasaran's tujuan is a misi", b => b.Rpjmd(r => r with { Sasaran = r.Sasaran.Replace(0, s => s with { TujuanId = "M1" }) })),
            ("strategi's sasaran is a tujuan", b => b.Rpjmd(r => r with { Strategi = r.Strategi.Replace(0, s => s with { SasaranId = "T1" }) })),
            ("arah kebijakan's strategi is a sasaran", b => b.Rpjmd(r => r with { ArahKebijakan = r.ArahKebijakan.Replace(0, a => a with { StrategiId = "S1" }) })),
            ("program's sasaran is a Renstra's", b => b.Rpjmd(r => r with { Programs = r.Programs.Replace(0, p => p with { SasaranIds = ["DS1"] }) })),
            ("IKU is a sasaran", b => b.Rpjmd(r => r with { Iku = ["S1"] }))));
    }

    [Fact]
    public void Rpjmd_BlankReferences_AreRequiredOnly()
    {
        // A blank reference is not also looked up.
        Approved.Check(Problems(b => b.Rpjmd(r => r with
        {
            Tujuan = r.Tujuan.Replace(0, t => t with { MisiId = "" }),
            Sasaran = r.Sasaran.Replace(0, s => s with { TujuanId = " " }),
            Strategi = r.Strategi.Replace(0, s => s with { SasaranId = null! }),
            ArahKebijakan = r.ArahKebijakan.Replace(0, a => a with { StrategiId = "" }),
            Programs = r.Programs.Replace(0, p => p with { SasaranIds = [""], Indicators = p.Indicators.Plus(Planned(" ")) }),
            Iku = [""],
        })));
    }

    [Fact]
    public void Rpjmd_ReferencesNotUnicode_AreInvalidUnicodeOnly()
    {
        Approved.Check(Problems(b => b.Rpjmd(r => r with
        {
            Tujuan = r.Tujuan.Replace(0, t => t with { MisiId = LoneSurrogate }),
            Iku = [LoneSurrogate],
        })));
    }

    [Fact]
    public void Rpjmd_TargetYearsOutsideThePeriodOrRepeated_AreEachReported()
    {
        Approved.Check(Problems(b => b.Rpjmd(r => r with
        {
            Tujuan = r.Tujuan.Replace(0, t => t with { Indicators = t.Indicators.Replace(0, p => p with { Targets = p.Targets.Plus(new YearTarget(2020, 1m)).Plus(new YearTarget(2026, 1m)) }) }),
            Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Replace(0, p => p with { Targets = p.Targets.Plus(new YearTarget(2021, 1m)) }) }),
            Programs = r.Programs.Replace(0, p => p with { Indicators = p.Indicators.Replace(0, i => i with { Targets = i.Targets.Plus(new YearTarget(2026, 1m)).Plus(new YearTarget(2026, 2m)) }) }),
        })));
    }

    [Fact]
    public void Rpjmd_IndicativeBudgetOutsideThePeriodRepeatedOrNegative_IsReported()
    {
        Approved.Check(Problems(b => b.Rpjmd(r => r with
        {
            Programs = r.Programs.Replace(0, p => p with
            {
                IndicativeBudget = p.IndicativeBudget.Plus(new YearAmount(2020, 1m)).Plus(new YearAmount(2021, 5m)).Plus(new YearAmount(2022, -0.01m)),
            }),
        })));
    }

    [Fact]
    public void Rpjmd_ProgramCodeAtAnotherLevelOrRepeated_IsReported()
    {
        Approved.Check(Problems(b => b.Rpjmd(r => r with
        {
            Programs = r.Programs
                .Plus(new RpjmdProgram(Kegiatan, "Kegiatan sebagai program"))
                .Plus(new RpjmdProgram(ProgramCode.Parse("1.02", null), "Bidang sebagai program"))
                .Plus(new RpjmdProgram(Program, "Program yang sama")),
        })));
    }

    [Fact]
    public void Rpjmd_ProgramOfAnotherCode_IsValid()
    {
        AssertValid(b => b.Rpjmd(r => r with { Programs = r.Programs.Plus(new RpjmdProgram(ProgramCode.Parse("1.02.03", null), "Program lain")) }));
    }
}
