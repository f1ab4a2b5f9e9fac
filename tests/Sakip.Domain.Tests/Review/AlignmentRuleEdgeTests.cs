using Sakip.Domain.Codes;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Values;
using static Sakip.Domain.Tests.Review.ReviewFixtures;

namespace Sakip.Domain.Tests.Review;

/// <summary>The edges of the built-in rules: equal values that are not findings, the lookups that locate a plan or an
/// element, the second branch of a rule, and every word and figure of the findings (approved in
/// <c>AlignmentRuleEdgeTests.approved.txt</c>).</summary>
public class AlignmentRuleEdgeTests
{
    private static readonly OrganisationCode OtherAgency = OrganisationCode.Parse("1.03.0.00.0.00.01.0000", null);

    // ALN-004 and ALN-017 skip an agreement without a plan: a document cannot hold one with targets (an agency's
    // agreement needs its Renstra, the head of region's targets need the RPJMD's sasaran), so that branch is not
    // tested.

    [Fact]
    public void Aln004_RangeTargetsSharingTheLowerBoundOnly_Differ()
    {
        var document = With(b =>
        {
            b.Renstra(0, r => r with
            {
                Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Replace(0, i => i.WithTarget(PkYear, Target.Range(10m, 10.8m))) }),
            });
            b.Pk(0, pk => pk with { Targets = pk.Targets.Replace(0, t => t with { Target = Target.Range(10m, 10.6m) }) });
        });

        var finding = Assert.Single(AlignmentReview.Default.Run(document).FindingsOf("ALN-004"));

        Assert.Equal("perjanjianKinerja[0].targets[0]", finding.Path);
        Approved.Check(Render(finding));
    }

    [Fact]
    public void Aln004_RangeTargetsSharingTheUpperBoundOnly_Differ()
    {
        var document = With(b =>
        {
            b.Renstra(0, r => r with
            {
                Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Replace(0, i => i.WithTarget(PkYear, Target.Range(10m, 10.8m))) }),
            });
            b.Pk(0, pk => pk with { Targets = pk.Targets.Replace(0, t => t with { Target = Target.Range(10.2m, 10.8m) }) });
        });

        Assert.Single(AlignmentReview.Default.Run(document).FindingsOf("ALN-004"));
    }

    [Theory]
    [InlineData("DINKES-P1", 75)] // a program indicator of the Renstra: 60 + 5 + 2 × 5
    [InlineData("DINKES-K1", 14)] // a kegiatan indicator: 10 + 2 × 2
    [InlineData("DINKES-T1", 0.35)] // the Renstra tujuan's indicator: 0.25 + 2 × 0.05
    public void Aln004_TargetOfAnIndicatorPlannedOffTheSasaran_IsComparedWithItsPlan(string indicator, double planned)
    {
        var agrees = With(b => b.Pk(0, pk => pk with { Targets = pk.Targets.Plus(new PkTarget("DS1", indicator, (decimal)planned)) }));
        var differs = With(b => b.Pk(0, pk => pk with { Targets = pk.Targets.Plus(new PkTarget("DS1", indicator, (decimal)planned + 1m)) }));

        Assert.Empty(AlignmentReview.Default.Run(agrees).FindingsOf("ALN-004"));
        var finding = Assert.Single(AlignmentReview.Default.Run(differs).FindingsOf("ALN-004"));
        Assert.Equal(("perjanjianKinerja[0].targets[1]", Severity.Error), (finding.Path, finding.Severity));
        Assert.Contains(new FindingFigure("planTarget", (decimal)planned), finding.Figures);
    }

    [Theory]
    [InlineData("RP-KES", 75)] // an RPJMD program's indicator: 60 + 5 + 2 × 5
    [InlineData("IKU-UHH", 70.7)] // an RPJMD tujuan's indicator: 70.3 + 2 × 0.2
    public void Aln004_HeadOfRegionTargetOfAnIndicatorOffTheSasaran_IsComparedWithTheRpjmd(string indicator, double planned)
    {
        var agrees = With(b => b.Pk(2, pk => pk with { Targets = pk.Targets.Plus(new PkTarget("S1.1", indicator, (decimal)planned)) }));
        var differs = With(b => b.Pk(2, pk => pk with { Targets = pk.Targets.Plus(new PkTarget("S1.1", indicator, (decimal)planned + 1m)) }));

        Assert.Empty(AlignmentReview.Default.Run(agrees).FindingsOf("ALN-004"));
        var finding = Assert.Single(AlignmentReview.Default.Run(differs).FindingsOf("ALN-004"));
        Assert.Equal("perjanjianKinerja[2].targets[2]", finding.Path);
        Assert.Contains(new FindingFigure("planTarget", (decimal)planned), finding.Figures);
    }

    [Fact]
    public void Aln004_IndicatorOnTwoSasaran_IsComparedWithTheTargetOfTheAgreementsSasaran()
    {
        // DS2 plans the same indicator as DS1 with other targets (12 + 1 each year); the agreement's target for DS2
        // is DS2's, which differs from DS1's.
        var document = With(b =>
        {
            b.Renstra(0, r => r with
            {
                Sasaran = r.Sasaran.Plus(new RenstraSasaran("DS2", "Menurunnya kematian bayi di daerah terpencil", "DT1")
                {
                    SupportsRpjmdSasaran = ["S1.1"],
                    Indicators = [Planned("DINKES-SS1", FirstYear, 12m, -1m)],
                }),
                Items = r.Items.Replace(0, p => p with { SasaranIds = p.SasaranIds.Plus("DS2") }),
            });
            b.Pk(0, pk => pk with { Targets = pk.Targets.Plus(new PkTarget("DS2", "DINKES-SS1", 9m)) });
        });

        Assert.Empty(AlignmentReview.Default.Run(document).FindingsOf("ALN-004"));
    }

    [Theory]
    [InlineData("DISDIK-SS1", IndicatorType.Impact, "renstras[1].sasaran[0].indicators[0]")] // a sasaran's: outcomes
    [InlineData("IKU-HLS", IndicatorType.Output, "rpjmd.tujuan[1].indicators[0]")] // a tujuan's: impacts or outcomes
    [InlineData("IKU-AKB", IndicatorType.Output, "rpjmd.sasaran[0].indicators[0]")]
    [InlineData("DINKES-T1", IndicatorType.Input, "renstras[0].tujuan[0].indicators[0]")]
    public void Aln005_IndicatorOfTheWrongType_NamesTheExpectedTypes(string indicator, IndicatorType type, string path)
    {
        var document = With(b => b.Indicator(indicator, d => d with { Type = type }));

        var finding = Assert.Single(AlignmentReview.Default.Run(document).FindingsOf("ALN-005"));

        Assert.Equal(path, finding.Path);
        Approved.Check(Render(finding), $"{nameof(Aln005_IndicatorOfTheWrongType_NamesTheExpectedTypes)} {indicator}");
    }

    [Theory]
    [InlineData("DINKES-K1", "renstras[0].items[1].indicators[0]")]
    [InlineData("DINKES-SK1", "renstras[0].items[2].indicators[0]")]
    [InlineData("DINKES-P1", "renstras[0].items[0].indicators[0]")]
    [InlineData("DINKES-SK2", "renstras[0].items[3].indicators[0]", IndicatorType.Input)]
    public void Aln006_ItemIndicatorOfTheWrongType_IsReportedWithTheExpectedType(string indicator, string path, IndicatorType? type = null)
    {
        var document = With(b => b.Indicator(indicator, d => d with { Type = type ?? (d.Type == IndicatorType.Output ? IndicatorType.Impact : IndicatorType.Output) }));

        var finding = Assert.Single(AlignmentReview.Default.Run(document).FindingsOf("ALN-006"));

        Assert.Equal(path, finding.Path);
        Approved.Check(Render(finding), $"{nameof(Aln006_ItemIndicatorOfTheWrongType_IsReportedWithTheExpectedType)} {indicator}");
    }

    [Theory]
    [InlineData("DINKES-SS1")] // negative polarity
    [InlineData("DISDIK-SS1")] // positive polarity
    public void Aln007_FlatTargets_FollowEitherPolarity(string indicator)
    {
        var document = With(b => b.Renstra(indicator.StartsWith("DINKES", StringComparison.Ordinal) ? 0 : 1, r => r with
        {
            Sasaran = r.Sasaran.Replace(0, s => s with
            {
                Indicators = s.Indicators.Replace(0, i => i with
                {
                    Targets = [.. i.Targets.Select(t => t with { Target = i.Targets[0].Target })],
                    DeclaredEndTarget = i.Targets[0].Target,
                }),
            }),
        }));

        Assert.Empty(AlignmentReview.Default.Run(document).FindingsOf("ALN-007"));
    }

    [Fact]
    public void Aln007_RangeWhoseLowerBoundFallsButMidpointRises_FollowsPolarity()
    {
        // IKU-APM (positive): 96.5 in 2023, then 96..97.2 in 2024 (midpoint 96.6), then 97.5.
        var document = With(b => b.Rpjmd(r => r with
        {
            Sasaran = r.Sasaran.Replace(1, s => s with { Indicators = s.Indicators.Replace(0, i => i.WithTarget(2024, Target.Range(96m, 97.2m))) }),
        }));

        Assert.Empty(AlignmentReview.Default.Run(document).FindingsOf("ALN-007"));
    }

    [Fact]
    public void Aln007_TwoTurnsAgainstPolarity_AreOneFindingAtTheFirst()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Replace(0, i => i.WithTarget(2022, 11.9m).WithTarget(2024, 10.9m)) }),
        }));

        var finding = Assert.Single(AlignmentReview.Default.Run(document).FindingsOf("ALN-007"));

        Assert.Contains(new FindingFigure("toYear", 2022), finding.Figures);
    }

    [Fact]
    public void Aln008_NegativeFirstTargetEqualToBaseline_IsNotWorse()
    {
        // DINKES-SS1: baseline 12, negative; a first target of 12 keeps the level.
        var document = With(b => b.Renstra(0, r => r with
        {
            Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Replace(0, i => i.WithTarget(2021, 12m)) }),
        }));

        Assert.Empty(AlignmentReview.Default.Run(document).FindingsOf("ALN-008"));
    }

    [Fact]
    public void Aln008_PositiveFirstTargetBelowBaseline_IsWorseAsHigherIsBetter()
    {
        // DISDIK-SS1 (higher is better) starts at 95.6 in 2021; a baseline of 96 is above it.
        var document = With(b => b.Renstra(1, r => r with
        {
            Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Replace(0, i => i with { Baseline = 96m }) }),
        }));

        Approved.Check(Render(Assert.Single(AlignmentReview.Default.Run(document).FindingsOf("ALN-008"))));
    }

    [Fact]
    public void Aln008_ZeroBaseline_IsNoJump()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Items = r.Items.Replace(0, p => p with { Indicators = p.Indicators.Replace(0, i => i with { Baseline = 0m }) }),
        }));

        Assert.Empty(AlignmentReview.Default.Run(document).FindingsOf("ALN-008"));
    }

    [Fact]
    public void Aln008_NegativeFirstTargetAboveBaseline_IsWorse()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Replace(0, i => i with { Baseline = 11m }) }),
        }));

        var finding = Assert.Single(AlignmentReview.Default.Run(document).FindingsOf("ALN-008"));

        Assert.Equal([new FindingFigure("baseline", 11m), new FindingFigure("year", 2021), new FindingFigure("target", 11.4m)], finding.Figures);
    }

    [Fact]
    public void Aln010_KegiatanWithUnequalSubKegiatan_NamesSubKegiatanAndTheYearsInOrder()
    {
        // Both sub kegiatan of Dinkes one rupiah up in 2022 and 2024: the kegiatan differs from its parts in those
        // two years, reported in year order.
        var document = With(b => b.Renstra(0, r => r with
        {
            Items = r.Items.Replace(2, s => s with { Budget = s.Budget.Replace(1, a => a with { Amount = a.Amount + 1m }).Replace(3, a => a with { Amount = a.Amount + 1m }) }),
        }));

        var findings = AlignmentReview.Default.Run(document).FindingsOf("ALN-010");

        Assert.Equal([2022, 2024], findings.Select(f => f.Figures.Single(x => x.Name == "year").Value));
        Approved.Check(Render(findings));
    }

    [Fact]
    public void Aln010_ProgramWithUnequalKegiatan_NamesKegiatan()
    {
        var document = With(b => b.Renstra(1, r => r with
        {
            Items = r.Items.Replace(0, p => p with { Budget = p.Budget.Replace(0, a => a with { Amount = a.Amount - 1m }) }),
        }));

        var finding = Assert.Single(AlignmentReview.Default.Run(document).FindingsOf("ALN-010"));

        Assert.Equal("renstras[1].items[0]", finding.Path);
        Approved.Check(Render(finding));
    }

    [Fact]
    public void Aln010_ChildlessKegiatanAndSubKegiatan_AreNotSums()
    {
        // A kegiatan with no sub kegiatan below it carries a budget of its own (the program's grows by the same
        // rupiah); nothing to add up.
        var document = With(b => b.Renstra(0, r => r with
        {
            Items = r.Items
                .Replace(0, p => p with { Budget = Budget(FirstYear, 150_000_001m, 15_000_000m) })
                .Plus(new PlanItem(Code("1.02.02.2.02"), "Administrasi Keuangan") { Indicators = [Planned("DINKES-K1", FirstYear, 10m, 2m, start: 10m)], Budget = Budget(FirstYear, 1m, 0m) }),
        }));

        Assert.Empty(AlignmentReview.Default.Run(document).FindingsOf("ALN-010"));
    }

    [Fact]
    public void Aln012_RpjmdProgramWithIndicatorsAndOnlyZeroBudgets_IsReported()
    {
        var document = With(b => b.Rpjmd(r => r with
        {
            Programs = r.Programs.Replace(1, p => p with { IndicativeBudget = [.. p.IndicativeBudget.Select(a => a with { Amount = 0m })] }),
        }));

        var finding = Assert.Single(AlignmentReview.Default.Run(document).FindingsOf("ALN-012"));

        Assert.Equal("rpjmd.programs[1]", finding.Path);
        Approved.Check(Render(finding));
    }

    [Fact]
    public void Aln012_RpjmdProgramWithoutIndicatorsOrBudget_IsLeftToAln011()
    {
        var document = With(b => b.Rpjmd(r => r with
        {
            Programs = r.Programs.Replace(1, p => p with { Indicators = [], IndicativeBudget = [.. p.IndicativeBudget.Select(a => a with { Amount = 0m })] }),
        }));

        var report = AlignmentReview.Default.Run(document);

        Assert.Empty(report.FindingsOf("ALN-012"));
        Assert.Single(report.FindingsOf("ALN-011"));
    }

    [Fact]
    public void Aln012_SubKegiatanWithoutIndicatorOrBudget_IsNoFinding()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Items = r.Items.Plus(new PlanItem(Code("1.02.02.2.01.0003"), "Pelayanan Kesehatan Balita") { Budget = Budget(FirstYear, 0m, 0m) }),
        }));

        Assert.Empty(AlignmentReview.Default.Run(document).FindingsOf("ALN-012"));
    }

    [Fact]
    public void Aln012_BudgetInOneYearOnly_IsABudget()
    {
        var document = With(b => b.Rpjmd(r => r with
        {
            Programs = r.Programs.Replace(1, p => p with { IndicativeBudget = [.. p.IndicativeBudget.Select((a, i) => a with { Amount = i == 0 ? 1m : 0m })] }),
        }));

        Assert.Empty(AlignmentReview.Default.Run(document).FindingsOf("ALN-012"));
    }

    [Fact]
    public void Aln012_SubKegiatanWithIndicatorAndBudgetInOneYearOnly_IsBudgeted()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Items = r.Items.Plus(new PlanItem(Code("1.02.02.2.02"), "Administrasi Keuangan")
            {
                Indicators = [Planned("DINKES-K1", FirstYear, 10m, 2m, start: 10m)],
                Budget = [.. Budget(FirstYear, 0m, 0m).Select((a, i) => a with { Amount = i == 4 ? 5m : 0m })],
            }),
        }));

        Assert.Empty(AlignmentReview.Default.Run(document).FindingsOf("ALN-012"));
    }

    [Fact]
    public void Aln013_RenstraOutsideRpjmd_GivesBothPeriodsAsFigures()
    {
        var report = AlignmentReview.Default.Run(Builder(disdikFirstYear: 2026).Build().GetValueOrThrow());

        var finding = Assert.Single(report.FindingsOf("ALN-013"));

        Assert.Equal(
            [new FindingFigure("renstraFirstYear", 2026), new FindingFigure("renstraLastYear", 2030), new FindingFigure("rpjmdFirstYear", 2021), new FindingFigure("rpjmdLastYear", 2025)],
            finding.Figures);
        Approved.Check(Render(finding));
    }

    [Fact]
    public void Aln013_ShiftedRenstra_NamesBothPeriodsAndTheOverlap()
    {
        var report = AlignmentReview.Default.Run(Builder(disdikFirstYear: 2022).Build().GetValueOrThrow());

        Approved.Check(Render(Assert.Single(report.FindingsOf("ALN-013"))));
    }

    [Fact]
    public void Aln013_HeadOfRegionAgreementOutsideRpjmd_NamesTheYear()
    {
        var document = With(b => b.Pk(2, pk => pk with { Year = 2026, Targets = [] }));

        Approved.Check(Render(Assert.Single(AlignmentReview.Default.Run(document).FindingsOf("ALN-013"))));
    }

    [Fact]
    public void Aln014_RangeWithTheSameLowerBoundOnly_Disagrees()
    {
        var document = With(b => b.Rpjmd(r => r with
        {
            Sasaran = r.Sasaran.Replace(1, s => s with
            {
                Indicators = s.Indicators.Replace(0, i => i.WithTarget(2025, Target.Range(97m, 98m)) with { DeclaredEndTarget = Target.Range(97m, 99m) }),
            }),
        }));

        var finding = Assert.Single(AlignmentReview.Default.Run(document).FindingsOf("ALN-014"));

        Approved.Check(Render(finding));
    }

    [Fact]
    public void Aln014_YearlyTargetsOverflowingTheSum_AreNoFinding()
    {
        // A cumulative indicator whose yearly targets add up beyond decimal: the derived end target cannot be
        // computed, and the rule says nothing rather than fail.
        var document = With(b => b.Renstra(0, r => r with
        {
            Items = r.Items.Replace(2, s => s with
            {
                Indicators = s.Indicators.Replace(0, i => i with
                {
                    Targets = [.. i.Targets.Select(t => t with { Target = Target.Point(decimal.MaxValue / 2m) })],
                    DeclaredEndTarget = 1m,
                }),
            }),
        }));

        Assert.Empty(AlignmentReview.Default.Run(document).FindingsOf("ALN-014"));
    }

    [Fact]
    public void Aln015_Findings_NameTheAgencyAndRenstra()
    {
        var lacks = With(b => b.Rpjmd(r => r with { Programs = r.Programs.Replace(0, p => p with { ResponsibleAgency = Disdik }) }));
        var without = With(b => b.Rpjmd(r => r with { Programs = r.Programs.Replace(0, p => p with { ResponsibleAgency = OtherAgency }) }));
        var none = With(b => b.Rpjmd(r => r with { Programs = r.Programs.Replace(1, p => p with { ResponsibleAgency = null }) }));

        Approved.Check(Render(
            AlignmentReview.Default.Run(lacks).FindingsOf("ALN-015")
                .Concat(AlignmentReview.Default.Run(without).FindingsOf("ALN-015"))
                .Concat(AlignmentReview.Default.Run(none).FindingsOf("ALN-015"))));
    }

    [Fact]
    public void Aln015_ProgramWithoutAgencyFollowedByAnother_ChecksTheNextProgram()
    {
        // Program 0 has no responsible agency; program 1's agency (Disdik) is given Dinkes's program instead of its
        // own, so both are reported, in order.
        var document = With(b => b.Rpjmd(r => r with
        {
            Programs = r.Programs
                .Replace(0, p => p with { ResponsibleAgency = null })
                .Replace(1, p => p with { ResponsibleAgency = Dinkes }),
        }));

        var findings = AlignmentReview.Default.Run(document).FindingsOf("ALN-015");

        Assert.Equal(["rpjmd.programs[0]", "rpjmd.programs[1]"], findings.Select(f => f.Path));
        Assert.Equal(["program-without-agency", "program-not-in-renstra"], findings.Select(f => f.Reason.Code));
    }

    [Fact]
    public void Aln016_TwoTujuanSupportingNothing_AreBothReported()
    {
        var document = With(b => b.Renstra(1, r => r with
        {
            Tujuan = r.Tujuan.Replace(0, t => t with { SupportsRpjmdTujuan = [] }).Plus(new RenstraTujuan("PT2", "Meningkatkan tata kelola pendidikan")),
        }));

        var findings = AlignmentReview.Default.Run(document).FindingsOf("ALN-016");

        Assert.Equal(["renstras[1].tujuan[0]", "renstras[1].tujuan[1]"], findings.Select(f => f.Path));
        Approved.Check(Render(findings));
    }

    [Fact]
    public void NoRpjmd_TheRulesThatNeedOne_AreSkipped()
    {
        var builder = WithoutRpjmd();

        var report = AlignmentReview.Default.Run(builder.Build().GetValueOrThrow());

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Aln017_MissingIndicator_IsWordedWithItsSasaranText()
    {
        var agency = With(b => b.Pk(0, pk => pk with { Targets = [] }));
        var head = With(b => b.Pk(2, pk => pk with { Targets = pk.Targets.Without(0) }));

        var findings = AlignmentReview.Default.Run(agency).FindingsOf("ALN-017").Concat(AlignmentReview.Default.Run(head).FindingsOf("ALN-017")).ToList();

        Assert.Contains("Menurunnya kematian bayi", findings[0].Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("Menurunnya angka kematian bayi", findings[1].Reason.Message.Indonesian, StringComparison.Ordinal);
        Approved.Check(Render(findings));
    }
}
