using System.Runtime.CompilerServices;
using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Values;
using static Sakip.Domain.Tests.Review.ReviewFixtures;

namespace Sakip.Domain.Tests.Review;

/// <summary>Each built-in rule: one change to the clean fixture triggers exactly that rule's finding, at the right
/// path.</summary>
public class AlignmentRuleTests
{
    [Fact]
    public void Aln001_AgencySasaranSupportingNoRpjmdSasaran_ReportsErrorOnThatSasaran()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Sasaran = r.Sasaran.Plus(new RenstraSasaran("DS2", "Meningkatnya gizi balita", "DT1")),
            Items = r.Items.Replace(0, p => p with { SasaranIds = p.SasaranIds.Plus("DS2") }),
        }));

        var finding = Single(document, "ALN-001", "renstras[0].sasaran[1]", Severity.Error);

        Assert.Equal("Meningkatnya gizi balita", finding.Subject);
        Assert.Equal("agency-sasaran-unsupported", finding.Reason.Code);
    }

    [Fact]
    public void Aln001_NoRpjmd_IsSkipped()
    {
        var builder = WithoutRpjmd();

        var report = AlignmentReview.Default.Run(builder.Build().GetValueOrThrow());

        Assert.Empty(report.FindingsOf("ALN-001"));
        Assert.False(report.Coverage.AgencySasaranAligned.IsApplicable);
    }

    [Fact]
    public void Aln002_RpjmdSasaranNoAgencySupports_ReportsWarningOnThatSasaran()
    {
        var document = With(b => b.Rpjmd(r => r with
        {
            Sasaran = r.Sasaran.Plus(new RpjmdSasaran("S1.2", "Menurunnya prevalensi stunting", "T1")),
            Programs = r.Programs.Replace(0, p => p with { SasaranIds = p.SasaranIds.Plus("S1.2") }),
        }));

        var finding = Single(document, "ALN-002", "rpjmd.sasaran[2]", Severity.Warning);

        Assert.Equal("Menurunnya prevalensi stunting", finding.Subject);
    }

    [Fact]
    public void Aln003_AgencySasaranServedByNoItem_ReportsErrorOnThatSasaran()
    {
        var document = With(b => b.Renstra(1, r => r with { Items = r.Items.Replace(0, p => p with { SasaranIds = [] }) }));

        var finding = Single(document, "ALN-003", "renstras[1].sasaran[0]", Severity.Error);

        Assert.Equal("Meningkatnya partisipasi sekolah dasar", finding.Subject);
    }

    [Fact]
    public void Aln003_RpjmdSasaranServedByNoProgram_ReportsErrorOnThatSasaran()
    {
        var document = With(b => b.Rpjmd(r => r with { Programs = r.Programs.Replace(1, p => p with { SasaranIds = [] }) }));

        Single(document, "ALN-003", "rpjmd.sasaran[1]", Severity.Error);
    }

    [Fact]
    public void Aln003_SasaranServedByKegiatanOnly_IsServed()
    {
        var document = With(b => b.Renstra(1, r => r with
        {
            Items = r.Items.Replace(0, p => p with { SasaranIds = [] }).Replace(1, k => k with { SasaranIds = ["PS1"] }),
        }));

        Assert.Empty(AlignmentReview.Default.Run(document).Findings);
    }

    [Fact]
    public void Aln004_PkTargetDiffersWithoutReason_ReportsErrorWithBothValues()
    {
        var document = With(b => b.Pk(0, pk => pk with { Targets = pk.Targets.Replace(0, t => t with { Target = 10m }) }));

        var finding = Single(document, "ALN-004", "perjanjianKinerja[0].targets[0]", Severity.Error);

        Assert.Equal("pk-target-differs", finding.Reason.Code);
        Assert.Equal([new FindingFigure("pkTarget", 10m), new FindingFigure("planTarget", 10.4m)], finding.Figures);
        Assert.Contains("10,4", finding.Reason.Message.Indonesian, StringComparison.Ordinal);
        Assert.Contains("10.4", finding.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Aln004_PkTargetDiffersWithReason_ReportsInfoOnly()
    {
        var document = With(b => b.Pk(0, pk => pk with
        {
            Targets = pk.Targets.Replace(0, t => t with { Target = 10m, DeviationReason = "Penyesuaian RKPD 2023" }),
        }));

        var finding = Single(document, "ALN-004", "perjanjianKinerja[0].targets[0]", Severity.Info);

        Assert.Equal("pk-target-differs-explained", finding.Reason.Code);
        Assert.Contains("Penyesuaian RKPD 2023", finding.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Aln004_HeadOfRegionTargetDiffersFromRpjmd_ReportsError()
    {
        var document = With(b => b.Pk(2, pk => pk with { Targets = pk.Targets.Replace(1, t => t with { Target = Target.Range(96m, 97m) }) }));

        var finding = Single(document, "ALN-004", "perjanjianKinerja[2].targets[1]", Severity.Error);

        Assert.Equal(
            [new FindingFigure("pkTarget.lower", 96m), new FindingFigure("pkTarget.upper", 97m), new FindingFigure("planTarget", 96.5m)],
            finding.Figures);
        Assert.Contains("RPJMD RPJMD-2021-2025", finding.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Aln004_PointTargetEqualToOneValueRange_IsNotADifference()
    {
        var document = With(b => b.Pk(0, pk => pk with { Targets = pk.Targets.Replace(0, t => t with { Target = Target.Range(10.4m, 10.4m) }) }));

        Assert.Empty(AlignmentReview.Default.Run(document).Findings);
    }

    [Fact]
    public void Aln004_PkIndicatorWithoutPlanTarget_ReportsWarning()
    {
        var document = With(b =>
        {
            b.Renstra(0, r => r with { Items = r.Items.Replace(0, p => p with { Indicators = p.Indicators.Replace(0, i => i with { Targets = i.Targets.Without(2) }) }) });
            b.Pk(0, pk => pk with { Level = OfficialLevel.EchelonIII, Targets = [new PkTarget("DS1", "DINKES-P1", 75m)] });
        });

        Single(document, "ALN-004", "perjanjianKinerja[0].targets[0]", Severity.Warning);
    }

    [Fact]
    public void Aln005_SasaranIndicatorTypedOutput_ReportsWarningOnThePlannedIndicator()
    {
        var document = With(b => b.Indicator("DINKES-SS1", d => d with { Type = IndicatorType.Output }));

        var finding = Single(document, "ALN-005", "renstras[0].sasaran[0].indicators[0]", Severity.Warning);

        Assert.Equal("Angka kematian bayi (Dinkes) (DINKES-SS1)", finding.Subject);
        Assert.Equal("sasaran-indicator-type", finding.Reason.Code);
    }

    [Fact]
    public void Aln005_TujuanIndicatorTypedOutput_ReportsWarning()
    {
        var document = With(b => b.Indicator("IKU-UHH", d => d with { Type = IndicatorType.Output }));

        Single(document, "ALN-005", "rpjmd.tujuan[0].indicators[0]", Severity.Warning);
    }

    [Fact]
    public void Aln005_TujuanIndicatorTypedOutcome_IsAccepted()
    {
        var document = With(b => b.Indicator("IKU-UHH", d => d with { Type = IndicatorType.Outcome }));

        Assert.Empty(AlignmentReview.Default.Run(document).Findings);
    }

    [Fact]
    public void Aln006_KegiatanIndicatorTypedOutcome_ReportsWarningOnTheItemIndicator()
    {
        var document = With(b => b.Indicator("DINKES-K1", d => d with { Type = IndicatorType.Outcome }));

        var finding = Single(document, "ALN-006", "renstras[0].items[1].indicators[0]", Severity.Warning);

        Assert.Equal("item-indicator-type", finding.Reason.Code);
    }

    [Fact]
    public void Aln006_RpjmdProgramIndicatorTypedOutput_ReportsWarning()
    {
        var document = With(b => b.Indicator("RP-DIK", d => d with { Type = IndicatorType.Output }));

        Single(document, "ALN-006", "rpjmd.programs[1].indicators[0]", Severity.Warning);
    }

    [Fact]
    public void Aln007_NegativeIndicatorTargetRises_ReportsWarningWithTheYears()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Replace(0, i => i.WithTarget(2022, 11.9m)) }),
        }));

        var finding = Single(document, "ALN-007", "renstras[0].sasaran[0].indicators[0]", Severity.Warning);

        Assert.Equal(
            [new FindingFigure("fromYear", 2021), new FindingFigure("fromTarget", 11.4m), new FindingFigure("toYear", 2022), new FindingFigure("toTarget", 11.9m)],
            finding.Figures);
    }

    [Fact]
    public void Aln007_PositiveRangeTargetsFallByMidpoint_ReportsWarning()
    {
        var document = With(b => b.Rpjmd(r => r with
        {
            Sasaran = r.Sasaran.Replace(1, s => s with
            {
                Indicators = s.Indicators.Replace(0, i => i.WithTarget(2024, Target.Range(95m, 97m)).WithTarget(2025, Target.Range(97m, 98m)) with { DeclaredEndTarget = Target.Range(97m, 98m) }),
            }),
        }));

        var finding = Single(document, "ALN-007", "rpjmd.sasaran[1].indicators[0]", Severity.Warning);

        Assert.Contains(new FindingFigure("fromYear", 2023), finding.Figures);
        Assert.Contains(new FindingFigure("toTarget.lower", 95m), finding.Figures);
    }

    [Fact]
    public void Aln008_FirstTargetWorseThanBaseline_ReportsWarning()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Replace(0, i => i with { Baseline = 11m }) }),
        }));

        var finding = Single(document, "ALN-008", "renstras[0].sasaran[0].indicators[0]", Severity.Warning);

        Assert.Equal("target-worse-than-baseline", finding.Reason.Code);
    }

    [Fact]
    public void Aln008_TargetAboveTenTimesBaseline_ReportsWarningWithTheFactor()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Items = r.Items.Replace(0, p => p with { Indicators = p.Indicators.Replace(0, i => i with { Baseline = 6m }) }),
        }));

        var finding = Single(document, "ALN-008", "renstras[0].items[0].indicators[0]", Severity.Warning);

        Assert.Equal("target-jump", finding.Reason.Code);
        Assert.Contains(new FindingFigure("factor", 10m), finding.Figures);
        Assert.Contains(new FindingFigure("year", 2021), finding.Figures);
    }

    [Fact]
    public void Aln008_TargetExactlyTenTimesBaseline_IsPlausible()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Items = r.Items.Replace(0, p => p with { Indicators = p.Indicators.Replace(0, i => i with { Baseline = 8.5m }) }),
        }));

        Assert.Empty(AlignmentReview.Default.Run(document).Findings);
    }

    [Fact]
    public void Aln009_CascadedIndicatorWithOtherUnitThanParent_ReportsErrorOnTheCatalogueEntry()
    {
        var document = With(b => b.Indicator("DINKES-SS1", d => d with { Unit = "per 1.000 penduduk" }));

        var finding = Single(document, "ALN-009", "indicators[7]", Severity.Error);

        Assert.Equal("cascaded-unit-differs", finding.Reason.Code);
    }

    [Fact]
    public void Aln009_UnitsDifferingOnlyInCaseAndSpaces_Agree()
    {
        var document = With(b => b.Indicator("DINKES-SS1", d => d with { Unit = " per  1.000 kh " }));

        Assert.Empty(AlignmentReview.Default.Run(document).Findings);
    }

    [Fact]
    public void Aln009_CascadedAgencyIndicatorUnitMatchingNoSupportedRpjmdIndicator_ReportsWarning()
    {
        var document = With(b =>
        {
            b.Indicators.Add(new IndicatorDefinition { Id = "IKU-ANGKA", Name = "Angka partisipasi (provinsi)", Unit = "persen", Type = IndicatorType.Outcome });
            b.Indicator("DISDIK-SS1", d => d with { Unit = "persen", CascadedFrom = "IKU-ANGKA" });
        });

        Single(document, "ALN-009", "renstras[1].sasaran[0].indicators[0]", Severity.Warning);
    }

    [Fact]
    public void Aln010_SubKegiatanBudgetChangedInOneYear_ReportsErrorOnTheKegiatanForThatYear()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Items = r.Items.Replace(2, s => s with { Budget = s.Budget.Replace(1, a => a with { Amount = a.Amount + 1m }) }),
        }));

        var finding = Single(document, "ALN-010", "renstras[0].items[1]", Severity.Error);

        Assert.Equal([new FindingFigure("year", 2022), new FindingFigure("budget", 165_000_000m), new FindingFigure("sumOfChildren", 165_000_001m)], finding.Figures);
        Assert.Equal("1.02.02.2.01 Penyediaan Fasilitas Pelayanan Kesehatan", finding.Subject);
        Assert.Contains("165.000.001", finding.Reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Aln010_ProgramBudgetMissingAYear_ReportsErrorOnTheProgram()
    {
        var document = With(b => b.Renstra(1, r => r with { Items = r.Items.Replace(0, p => p with { Budget = p.Budget.Without(4) }) }));

        var finding = Single(document, "ALN-010", "renstras[1].items[0]", Severity.Error);

        Assert.Contains(new FindingFigure("budget", 0m), finding.Figures);
    }

    [Fact]
    public void Aln011_RenstraProgramWithoutIndicator_ReportsErrorOnTheProgram()
    {
        var document = With(b => b.Renstra(1, r => r with { Items = r.Items.Replace(0, p => p with { Indicators = [] }) }));

        var finding = Single(document, "ALN-011", "renstras[1].items[0]", Severity.Error);

        Assert.Equal("1.01.02 Program Pengelolaan Pendidikan", finding.Subject);
    }

    [Fact]
    public void Aln011_RpjmdProgramWithoutIndicator_ReportsError()
    {
        var document = With(b => b.Rpjmd(r => r with { Programs = r.Programs.Replace(0, p => p with { Indicators = [] }) }));

        Single(document, "ALN-011", "rpjmd.programs[0]", Severity.Error);
    }

    [Fact]
    public void Aln012_SubKegiatanWithIndicatorButNoBudget_ReportsWarning()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Items = r.Items.Plus(new PlanItem(Code("1.02.02.2.01.0003"), "Pelayanan Kesehatan Balita")
            {
                Indicators = [Planned("DINKES-SK2", FirstYear, 900m, 50m, start: 900m)],
                Budget = Budget(FirstYear, 0m, 0m),
            }),
        }));

        var finding = Single(document, "ALN-012", "renstras[0].items[4]", Severity.Warning);

        Assert.Equal("indicators-without-budget", finding.Reason.Code);
    }

    [Fact]
    public void Aln012_BudgetedSubKegiatanWithoutIndicator_ReportsWarning()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Items = r.Items
                .Replace(0, p => p with { Budget = Budget(FirstYear, 160_000_000m, 15_000_000m) })
                .Replace(1, k => k with { Budget = Budget(FirstYear, 160_000_000m, 15_000_000m) })
                .Plus(new PlanItem(Code("1.02.02.2.01.0003"), "Pelayanan Kesehatan Balita") { Budget = Budget(FirstYear, 10_000_000m, 0m) }),
        }));

        var finding = Single(document, "ALN-012", "renstras[0].items[4]", Severity.Warning);

        Assert.Equal("budget-without-indicator", finding.Reason.Code);
        Assert.Equal([new FindingFigure("budget", 50_000_000m)], finding.Figures);
    }

    [Fact]
    public void Aln013_RenstraSharingNoYearWithRpjmd_ReportsError()
    {
        var builder = Builder(disdikFirstYear: 2026);

        var report = AlignmentReview.Default.Run(builder.Build().GetValueOrThrow());

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("ALN-013", "renstras[1]", Severity.Error), (finding.RuleId, finding.Path, finding.Severity));
        Assert.Equal("period-no-overlap", finding.Reason.Code);
    }

    [Fact]
    public void Aln013_ShiftedRenstra_ReportsInfoNamingTheOverlap()
    {
        var report = AlignmentReview.Default.Run(Builder(disdikFirstYear: 2022).Build().GetValueOrThrow());

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("ALN-013", "renstras[1]", Severity.Info), (finding.RuleId, finding.Path, finding.Severity));
        Assert.Contains("2022-2025", finding.Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("irisannya 2022-2025", finding.Reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Aln013_HeadOfRegionAgreementOutsideRpjmd_ReportsError()
    {
        var document = With(b => b.Pk(2, pk => pk with { Year = 2026, Targets = [] }));

        Single(document, "ALN-013", "perjanjianKinerja[2]", Severity.Error);
    }

    [Fact]
    public void Aln014_DeclaredEndTargetDisagrees_ReportsWarningWithBothValues()
    {
        var document = With(b => b.Rpjmd(r => r with
        {
            Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Replace(0, i => i with { DeclaredEndTarget = 10m }) }),
        }));

        var finding = Single(document, "ALN-014", "rpjmd.sasaran[0].indicators[0]", Severity.Warning);

        Assert.Equal([new FindingFigure("declared", 10m), new FindingFigure("derived", 9.5m)], finding.Figures);
    }

    [Fact]
    public void Aln014_CumulativeIndicatorDeclaredAsFinalYear_ReportsTheSum()
    {
        var document = With(b => b.Renstra(0, r => r with
        {
            Items = r.Items.Replace(1, k => k with { Indicators = k.Indicators.Replace(0, i => i with { DeclaredEndTarget = 18m }) }),
        }));

        var finding = Single(document, "ALN-014", "renstras[0].items[1].indicators[0]", Severity.Warning);

        Assert.Contains(new FindingFigure("derived", 70m), finding.Figures);
    }

    [Fact]
    public void Aln014_AverageRoundedToDeclaredDecimals_Agrees()
    {
        var document = With(b =>
        {
            b.Indicator("DINKES-T1", d => d with { Accumulation = AccumulationType.Average });
            b.Renstra(0, r => r with
            {
                Tujuan = r.Tujuan.Replace(0, t => t with
                {
                    Indicators = t.Indicators.Replace(0, i => i with
                    {
                        Targets = [new YearTarget(2021, 0.25m), new YearTarget(2022, 0.3m), new YearTarget(2023, 0.36m)],
                        DeclaredEndTarget = 0.303m,
                    }),
                }),
            });
        });

        Assert.Empty(AlignmentReview.Default.Run(document).Findings);
    }

    [Fact]
    public void Aln014_AverageDisagreeingAfterRounding_ReportsWarning()
    {
        var document = With(b =>
        {
            b.Indicator("DINKES-T1", d => d with { Accumulation = AccumulationType.Average });
            b.Renstra(0, r => r with
            {
                Tujuan = r.Tujuan.Replace(0, t => t with
                {
                    Indicators = t.Indicators.Replace(0, i => i with
                    {
                        Targets = [new YearTarget(2021, 0.25m), new YearTarget(2022, 0.3m), new YearTarget(2023, 0.36m)],
                        DeclaredEndTarget = 0.31m,
                    }),
                }),
            });
        });

        var finding = Single(document, "ALN-014", "renstras[0].tujuan[0].indicators[0]", Severity.Warning);

        Assert.Contains(new FindingFigure("declared", 0.31m), finding.Figures);
        Assert.Contains("mean", finding.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Aln015_ResponsibleAgencyRenstraLacksProgram_ReportsWarning()
    {
        var document = With(b => b.Rpjmd(r => r with { Programs = r.Programs.Replace(0, p => p with { ResponsibleAgency = Disdik }) }));

        var finding = Single(document, "ALN-015", "rpjmd.programs[0]", Severity.Warning);

        Assert.Equal("program-not-in-renstra", finding.Reason.Code);
    }

    [Fact]
    public void Aln015_ResponsibleAgencyWithoutRenstraInDocument_ReportsInfo()
    {
        var document = With(b => b.Rpjmd(r => r with
        {
            Programs = r.Programs.Replace(0, p => p with { ResponsibleAgency = OrganisationCode.Parse("1.03.0.00.0.00.01.0000", null) }),
        }));

        Single(document, "ALN-015", "rpjmd.programs[0]", Severity.Info);
    }

    [Fact]
    public void Aln015_ProgramWithoutResponsibleAgency_ReportsWarning()
    {
        var document = With(b => b.Rpjmd(r => r with { Programs = r.Programs.Replace(1, p => p with { ResponsibleAgency = null }) }));

        var finding = Single(document, "ALN-015", "rpjmd.programs[1]", Severity.Warning);

        Assert.Equal("program-without-agency", finding.Reason.Code);
    }

    [Fact]
    public void Aln016_AgencyTujuanSupportingNoRpjmdTujuan_ReportsWarning()
    {
        var document = With(b => b.Renstra(0, r => r with { Tujuan = r.Tujuan.Replace(0, t => t with { SupportsRpjmdTujuan = [] }) }));

        Single(document, "ALN-016", "renstras[0].tujuan[0]", Severity.Warning);
    }

    [Fact]
    public void Aln017_EchelonIIAgreementMissingSasaranIndicator_ReportsWarningOnTheAgreement()
    {
        var document = With(b => b.Pk(1, pk => pk with { Targets = [] }));

        var finding = Single(document, "ALN-017", "perjanjianKinerja[1]", Severity.Warning);

        Assert.Equal("Angka partisipasi murni SD (Disdik) (DISDIK-SS1)", finding.Subject);
        Assert.Equal([new FindingFigure("planTarget", 96.6m)], finding.Figures);
    }

    [Fact]
    public void Aln017_EchelonIIIAgreement_IsNotChecked()
    {
        var document = With(b => b.Pk(1, pk => pk with { Level = OfficialLevel.EchelonIII, Targets = [] }));

        Assert.Empty(AlignmentReview.Default.Run(document).Findings);
    }

    [Fact]
    public void Findings_EveryBuiltInMessage_HasEnglishAndIndonesianText()
    {
        var document = With(b =>
        {
            b.Indicator("DINKES-SS1", d => d with { Type = IndicatorType.Output, Polarity = Polarity.Positive });
            b.Pk(0, pk => pk with { Targets = pk.Targets.Replace(0, t => t with { Target = 1m }) });
        });

        var report = AlignmentReview.Default.Run(document);

        Assert.NotEmpty(report.Findings);
        Assert.All(report.Findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Reason.Message.English));
            Assert.False(string.IsNullOrWhiteSpace(f.Reason.Message.Indonesian));
            Assert.NotEqual(f.Reason.Message.English, f.Reason.Message.Indonesian);
        });
    }

    // The one finding of the document, at the path and severity given, and every word and figure of it as approved
    // in AlignmentRuleTests.approved.txt.
    private static ReviewFinding Single(SakipDocument document, string ruleId, string path, Severity severity, [CallerMemberName] string test = "")
    {
        var report = AlignmentReview.Default.Run(document);
        var finding = Assert.Single(report.Findings);
        Assert.Equal((ruleId, path, severity), (finding.RuleId, finding.Path, finding.Severity));
        Approved.Check(Render(finding), $"{test} {ruleId} {path}");
        return finding;
    }
}
