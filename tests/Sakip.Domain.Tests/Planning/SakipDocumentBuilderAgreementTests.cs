using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using static Sakip.Domain.Tests.Planning.BuilderFixture;

namespace Sakip.Domain.Tests.Planning;

/// <summary>
/// The Perjanjian Kinerja and Rencana Aksi checks of <see cref="SakipDocumentBuilder"/>: texts, ids, the year and its
/// edges, the agency's Renstra, target references, program budgets, and the action plans' agreement, indicator and
/// periods; every problem pinned in <c>SakipDocumentBuilderAgreementTests.approved.txt</c>.
/// </summary>
public class SakipDocumentBuilderAgreementTests
{
    [Fact]
    public void Agreement_BlankTextsAndUnknownLevel_AreEachReported()
    {
        Approved.Check(Problems(b => b.Pk(1, pk => pk with { Id = "", Official = " ", Position = "", Level = (OfficialLevel)4 })));
    }

    [Fact]
    public void Agreement_DuplicateId_IsReportedAtTheSecond()
    {
        Approved.Check(Problems(b => b.Pk(1, pk => pk with { Id = "PK-DINKES" })));
    }

    [Fact]
    public void Agreement_YearOutside1900To2200_IsOutOfRange()
    {
        // The head of region's agreement has no Renstra period to be in; the agency's agreement out of range is not
        // also outside its Renstra, nor its action plan's periods outside its year.
        Approved.Check(Cases(
            ("head of region 1899", b => b.Pk(1, pk => pk with { Year = 1899 })),
            ("head of region 2201", b => b.Pk(1, pk => pk with { Year = 2201 })),
            ("agency 1899", b => b.Pk(0, pk => pk with { Year = 1899 })),
            ("agency 2201", b => b.Pk(0, pk => pk with { Year = 2201 }))));
    }

    [Fact]
    public void Agreement_Year1900Or2200_IsInRange()
    {
        AssertValid(b => b.Pk(1, pk => pk with { Year = 1900 }));
        AssertValid(b => b.Pk(1, pk => pk with { Year = 2200 }));

        // The agency's agreement in 1900 or 2200 is in range, so it is compared with its Renstra and its action plan.
        Approved.Check(Cases(
            ("agency 1900", b => b.Pk(0, pk => pk with { Year = 1900 })),
            ("agency 2200", b => b.Pk(0, pk => pk with { Year = 2200 }))));
    }

    [Fact]
    public void Agreement_YearOutsideItsRenstra_IsReported()
    {
        Approved.Check(Cases(
            ("2020", b => AgencyYear(b, 2020)),
            ("2026", b => AgencyYear(b, 2026))));
    }

    [Fact]
    public void Agreement_InTheFirstOrLastYearOfItsRenstra_IsValid()
    {
        AssertValid(b => AgencyYear(b, 2021));
        AssertValid(b => AgencyYear(b, 2025));
    }

    [Fact]
    public void Agreement_AgencyWithoutRenstra_IsUnknown_AndItsTargetsHaveNoSasaran()
    {
        Approved.Check(Problems(b => b.Pk(0, pk => pk with { Agency = Disdik })));
    }

    [Fact]
    public void Agreement_UnknownTargetReferencesAndDeviationReasonNotUnicode_AreEachReported()
    {
        Approved.Check(Problems(b => b.Pk(0, pk => pk with
        {
            Targets = pk.Targets.Plus(new PkTarget("DS9", "X-9", 1m) { DeviationReason = LoneSurrogate }).Plus(new PkTarget("", " ", 1m)),
        })));
    }

    [Fact]
    public void Agreement_TargetSasaranOfTheOtherPlan_IsUnknown()
    {
        // An agency's agreement targets its Renstra's sasaran; the head of region's, the RPJMD's.
        Approved.Check(Cases(
            ("agency targets an RPJMD sasaran", b => b.Pk(0, pk => pk with { Targets = [new PkTarget("S1", "DK-S1", 1m)] })),
            ("head of region targets a Renstra sasaran", b => b.Pk(1, pk => pk with { Targets = [new PkTarget("DS1", "IKU-2", 1m)] }))));
    }

    [Fact]
    public void Agreement_OfTheHeadOfRegionWithoutAnRpjmd_TargetsNoKnownSasaran()
    {
        Approved.Check(Problems(b =>
        {
            b.Rpjmd = null;
            b.Renstra(r => r with
            {
                Tujuan = r.Tujuan.Replace(0, t => t with { SupportsRpjmdTujuan = [] }),
                Sasaran = r.Sasaran.Replace(0, s => s with { SupportsRpjmdSasaran = [] }),
            });
        }));
    }

    [Fact]
    public void Agreement_NegativeProgramBudget_IsReported_ZeroIsNot()
    {
        AssertValid(b => b.Pk(0, pk => pk with { Programs = pk.Programs.Plus(new PkProgram(Kegiatan, 0m)) }));
        Approved.Check(Problems(b => b.Pk(0, pk => pk with { Programs = pk.Programs.Plus(new PkProgram(Kegiatan, -0.01m)) })));
    }

    [Fact]
    public void ActionPlan_UnknownAgreement_IsReported_AndNothingElseOfThePlan()
    {
        Approved.Check(Cases(
            ("unknown id", b => b.RencanaAksi[0] = b.RencanaAksi[0] with { PerjanjianKinerjaId = "PK-9", IndicatorId = "X-9" }),
            ("null id", b => b.RencanaAksi[0] = b.RencanaAksi[0] with { PerjanjianKinerjaId = null!, IndicatorId = "X-9" }),
            ("blank id", b => b.RencanaAksi[0] = b.RencanaAksi[0] with { PerjanjianKinerjaId = "", IndicatorId = "X-9" })));
    }

    [Fact]
    public void ActionPlan_IndicatorNotInItsAgreement_IsReported()
    {
        Approved.Check(Problems(b => b.RencanaAksi[0] = b.RencanaAksi[0] with { IndicatorId = "IKU-2" }));
    }

    [Fact]
    public void ActionPlan_OfTheHeadOfRegionsAgreement_IsValid()
    {
        AssertValid(b => b.RencanaAksi.Add(new RencanaAksi("PK-BUPATI", "IKU-2") { Targets = [new PeriodTarget(ReportingPeriod.OfSemester(PkYear, 1), 5m)] }));
    }

    [Fact]
    public void ActionPlan_PeriodOutsideTheAgreementsYearOrRepeated_IsReported()
    {
        Approved.Check(Problems(b => b.RencanaAksi[0] = b.RencanaAksi[0] with
        {
            Targets = b.RencanaAksi[0].Targets
                .Plus(new PeriodTarget(ReportingPeriod.OfQuarter(PkYear + 1, 1), 1m))
                .Plus(new PeriodTarget(ReportingPeriod.OfQuarter(PkYear, 2), 1m))
                .Plus(new PeriodTarget(ReportingPeriod.OfMonth(PkYear - 1, 12), 1m))
                .Plus(new PeriodTarget(ReportingPeriod.OfMonth(PkYear - 1, 12), 1m)),
        }));
    }

    /// <summary>Moves Dinkes's agreement and its action plan to <paramref name="year"/>.</summary>
    private static void AgencyYear(SakipDocumentBuilder b, int year)
    {
        b.Pk(0, pk => pk with { Year = year });
        b.RencanaAksi[0] = b.RencanaAksi[0] with { Targets = [.. Enumerable.Range(1, 4).Select(q => new PeriodTarget(ReportingPeriod.OfQuarter(year, q), 10m))] };
    }
}
