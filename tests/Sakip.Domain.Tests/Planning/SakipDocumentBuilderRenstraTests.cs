using Sakip.Domain.Codes;
using Sakip.Domain.Planning;
using static Sakip.Domain.Tests.Planning.BuilderFixture;

namespace Sakip.Domain.Tests.Planning;

/// <summary>
/// The Renstra checks of <see cref="SakipDocumentBuilder"/>: the agency, texts, ids, references within the Renstra and
/// to the RPJMD, target and budget years, and the items' codes; every problem pinned in
/// <c>SakipDocumentBuilderRenstraTests.approved.txt</c>.
/// </summary>
public class SakipDocumentBuilderRenstraTests
{
    [Fact]
    public void Renstra_BlankIdAndAgencyName_AreEachRequired()
    {
        Approved.Check(Problems(b => b.Renstra(r => r with { Id = "", Agency = r.Agency with { Name = " " } })));
    }

    [Fact]
    public void Renstra_SecondRenstraWithProblems_IsReportedAtItsIndex()
    {
        Approved.Check(Problems(b => b.Renstras.Add(Renstra() with { Id = " ", Agency = new Agency(Disdik, "") })));
    }

    [Fact]
    public void Renstra_AgencyMissing_IsRequired_AndTheRenstraIsNotAnAgencysPlan()
    {
        // Nothing else of the Renstra is checked; the agreement, realisation and budget realisation of its agency then
        // name an agency without a Renstra.
        Approved.Check(Problems(b => b.Renstra(r => r with { Agency = null!, Tujuan = r.Tujuan.Replace(0, t => t with { Text = "" }) })));
    }

    [Fact]
    public void Renstra_SameAgencyTwice_IsADuplicateAtTheSecond()
    {
        Approved.Check(Problems(b => b.Renstras.Add(Renstra() with { Id = "RENSTRA-DINKES-2" })));
    }

    [Fact]
    public void Renstra_OfAnotherAgency_IsValid()
    {
        AssertValid(b => b.Renstras.Add(Renstra() with { Id = "RENSTRA-DISDIK", Agency = new Agency(Disdik, "Dinas Pendidikan") }));
    }

    [Fact]
    public void Renstra_BlankTexts_AreEachRequired()
    {
        Approved.Check(Problems(b => b.Renstra(r => r with
        {
            Tujuan = r.Tujuan.Replace(0, t => t with { Text = "" }),
            Sasaran = r.Sasaran.Replace(0, s => s with { Text = " " }),
            Strategi = r.Strategi.Replace(0, s => s with { Text = "" }),
            ArahKebijakan = r.ArahKebijakan.Replace(0, a => a with { Text = "" }),
            Items = r.Items.Replace(2, it => it with { Name = "", ResponsibleUnit = LoneSurrogate }),
        })));
    }

    [Fact]
    public void Renstra_BlankIds_AreEachRequired()
    {
        Approved.Check(Problems(b => b.Renstra(r => r with
        {
            Tujuan = r.Tujuan.Plus(new RenstraTujuan("", "Tujuan dua")),
            Sasaran = r.Sasaran.Plus(new RenstraSasaran(" ", "Sasaran dua", "DT1")),
            Strategi = r.Strategi.Plus(new Strategi("", "Strategi dua", "DS1")),
            ArahKebijakan = r.ArahKebijakan.Plus(new ArahKebijakan("", "Arah dua", "DST1")),
        })));
    }

    [Fact]
    public void Renstra_IdUsedTwice_IsADuplicate()
    {
        Approved.Check(Cases(
            ("two tujuan", b => b.Renstra(r => r with { Tujuan = r.Tujuan.Plus(new RenstraTujuan("DT1", "Tujuan dua")) })),
            ("sasaran with a tujuan's id", b => b.Renstra(r => r with { Sasaran = r.Sasaran.Plus(new RenstraSasaran("DT1", "Sasaran dua", "DT1")) })),
            ("strategi with a sasaran's id", b => b.Renstra(r => r with { Strategi = r.Strategi.Plus(new Strategi("DS1", "Strategi dua", "DS1")) })),
            ("arah kebijakan with a strategi's id", b => b.Renstra(r => r with { ArahKebijakan = r.ArahKebijakan.Plus(new ArahKebijakan("DST1", "Arah dua", "DST1")) }))));
    }

    [Fact]
    public void Renstra_IdsAlsoUsedInTheRpjmdOrAnotherRenstra_AreValid()
    {
        // Ids are unique within one plan only.
        AssertValid(b =>
        {
            b.Renstra(r => r with { Strategi = r.Strategi.Plus(new Strategi("ST1", "Strategi seperti RPJMD", "DS1")) });
            b.Renstras.Add(Renstra() with { Id = "RENSTRA-DISDIK", Agency = new Agency(Disdik, "Dinas Pendidikan") });
        });
    }

    [Fact]
    public void Renstra_UnknownReferences_AreEachReported()
    {
        Approved.Check(Problems(b => b.Renstra(r => r with
        {
            Tujuan = r.Tujuan.Replace(0, t => t with { SupportsRpjmdTujuan = ["T1", "T9"], Indicators = t.Indicators.Plus(Planned("X-1")) }),
            Sasaran = r.Sasaran.Replace(0, s => s with { TujuanId = "DT9", SupportsRpjmdSasaran = ["S9"], Indicators = s.Indicators.Plus(Planned("X-2")) }),
            Strategi = r.Strategi.Replace(0, s => s with { SasaranId = "DS9" }),
            ArahKebijakan = r.ArahKebijakan.Replace(0, a => a with { StrategiId = "DST9" }),
            Items = r.Items.Replace(1, it => it with { SasaranIds = ["DS1", "DS9"], Indicators = [Planned("X-3")] }),
        })));
    }

    [Fact]
    public void Renstra_ReferenceToAnElementOfAnotherPlanOrKind_IsUnknown()
    {
        Approved.Check(Cases(
            ("tujuan supports an RPJMD sasaran", b => b.Renstra(r => r with { Tujuan = r.Tujuan.Replace(0, t => t with { SupportsRpjmdTujuan = ["S1"] }) })),
            ("sasaran supports its own tujuan", b => b.Renstra(r => r with { Sasaran = r.Sasaran.Replace(0, s => s with { SupportsRpjmdSasaran = ["DS1"] }) })),
            ("sasaran's tujuan is the RPJMD's", b => b.Renstra(r => r with { Sasaran = r.Sasaran.Replace(0, s => s with { TujuanId = "T1" }) })),
            ("strategi's sasaran is the RPJMD's", b => b.Renstra(r => r with { Strategi = r.Strategi.Replace(0, s => s with { SasaranId = "S1" }) })),
            ("arah kebijakan's strategi is the RPJMD's", b => b.Renstra(r => r with { ArahKebijakan = r.ArahKebijakan.Replace(0, a => a with { StrategiId = "ST1" }) })),
            ("item's sasaran is a tujuan", b => b.Renstra(r => r with { Items = r.Items.Replace(0, it => it with { SasaranIds = ["DT1"] }) }))));
    }

    [Fact]
    public void Renstra_SupportingAnRpjmdThatIsAbsent_IsUnknown()
    {
        Approved.Check(Problems(b =>
        {
            b.Rpjmd = null;
            b.Pk(1, pk => pk with { Targets = [] });
        }));
    }

    [Fact]
    public void Renstra_TargetAndBudgetYearsOutsideThePeriodOrRepeated_AndNegativeBudgets_AreReported()
    {
        Approved.Check(Problems(b => b.Renstra(r => r with
        {
            Tujuan = r.Tujuan.Replace(0, t => t with { Indicators = t.Indicators.Replace(0, p => p with { Targets = p.Targets.Plus(new YearTarget(2026, 1m)).Plus(new YearTarget(2021, 1m)) }) }),
            Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Replace(0, p => p with { Targets = p.Targets.Plus(new YearTarget(2020, 1m)) }) }),
            Items = r.Items.Replace(1, it => it with
            {
                Indicators = [Planned("DK-T1") with { Targets = [new YearTarget(2026, 1m)] }],
                Budget = it.Budget.Plus(new YearAmount(2020, 1m)).Plus(new YearAmount(2021, 1m)).Plus(new YearAmount(2022, -1m)).Plus(new YearAmount(2023, 0m)),
            }),
        })));
    }

    [Fact]
    public void Renstra_YearsRepeatedInALongList_AreReportedAtEachRepeat()
    {
        // Ten years: longer than the few a repeat is looked for among one by one, so a set finds them.
        YearTarget[] targets = [.. Enumerable.Range(0, 10).Select(k => new YearTarget(2021 + (k % 5), k))];
        YearAmount[] budget = [.. Enumerable.Range(0, 10).Select(k => new YearAmount(2021 + (k % 5), k))];

        var problems = Problems(b => b.Renstra(r => r with
        {
            Items = r.Items.Replace(1, it => it with { Indicators = [Planned("DK-T1") with { Targets = [.. targets] }], Budget = [.. budget] }),
        }));

        var paths = problems.Split('\n').Select(line => line.Split(" | ")[0]);
        Assert.Equal(
            Enumerable.Range(5, 5).Select(k => $"renstras[0].items[1].indicators[0].targets[{k}].year")
                .Concat(Enumerable.Range(5, 5).Select(k => $"renstras[0].items[1].budget[{k}].year")),
            paths);
        Assert.All(problems.Split('\n'), line => Assert.Contains("| duplicate-year |", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Renstra_ItemCodesAtAnotherLevelWithoutParentOrRepeated_AreReported()
    {
        Approved.Check(Problems(b => b.Renstra(r => r with
        {
            Items = r.Items
                .Plus(new PlanItem(ProgramCode.Parse("1.02", null), "Bidang"))
                .Plus(new PlanItem(ProgramCode.Parse("1.02.03.2.01", null), "Kegiatan tanpa program"))
                .Plus(new PlanItem(ProgramCode.Parse("1.02.02.2.02.0001", null), "Sub kegiatan tanpa kegiatan"))
                .Plus(new PlanItem(Kegiatan, "Kegiatan yang sama")),
        })));
    }

    [Fact]
    public void Renstra_ParentListedAfterItsChild_IsValid()
    {
        AssertValid(b => b.Renstra(r => r with
        {
            Items = r.Items
                .Plus(new PlanItem(ProgramCode.Parse("1.02.03.2.01", null), "Kegiatan sebelum programnya"))
                .Plus(new PlanItem(ProgramCode.Parse("1.02.03", null), "Program lain")),
        }));
    }

    [Fact]
    public void Renstra_NullItem_IsRequired_AndReportedWithTheOtherNulls()
    {
        // A null item is reported with the nulls inside every part, before the checks that read the items (the
        // repeated sub kegiatan after it is not reported yet); SakipDocumentBuilderNullItemTests has an agency with an
        // agreement and one with a budget realisation, whose checks read the items too.
        Approved.Check(Problems(b => b.Renstras.Add(Renstra() with
        {
            Id = "RENSTRA-DISDIK",
            Agency = new Agency(Disdik, "Dinas Pendidikan"),
            Items = Renstra().Items.Plus(null!).Plus(new PlanItem(SubKegiatan, "Sub kegiatan yang sama")),
        })));
    }
}
