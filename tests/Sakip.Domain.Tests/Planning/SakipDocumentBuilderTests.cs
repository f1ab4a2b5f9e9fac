using Sakip.Domain.Achievement;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using static Sakip.Domain.Tests.Planning.BuilderFixture;

namespace Sakip.Domain.Tests.Planning;

/// <summary>
/// The checks of <see cref="SakipDocumentBuilder"/> on the whole document, the region, the rule set id, the indicator
/// catalogue and the nulls inside the parts: each test breaks the valid <see cref="BuilderFixture"/> and pins every
/// problem (path, code, both wordings) in <c>SakipDocumentBuilderTests.approved.txt</c>.
/// </summary>
public class SakipDocumentBuilderTests
{
    [Fact]
    public void Build_TheFixture_IsADocumentOfEveryPart()
    {
        var document = Valid().Build().GetValueOrThrow();

        Assert.Equal("Kabupaten Contoh", document.Region.Name);
        Assert.Equal(5, document.Indicators.Count);
        Assert.NotNull(document.Rpjmd);
        Assert.Single(document.Renstras);
        Assert.Equal(2, document.PerjanjianKinerja.Count);
        Assert.Single(document.RencanaAksi);
        Assert.Equal(2, document.Realisations.Count);
        Assert.Single(document.BudgetRealisations);
        Assert.Single(document.Evaluations);
    }

    [Fact]
    public void Build_OneProblemInEveryPart_ListsThemAllInTheOrderOfTheParts()
    {
        var problems = Problems(b =>
        {
            b.Evaluations.Add(Evaluation(EvaluationSchemes.PermenPanRb88Of2021, "Kabupaten Contoh", PkYear));
            b.BudgetRealisations[0] = b.BudgetRealisations[0] with { Amount = -1m };
            b.Realisations[1] = b.Realisations[1] with { Agency = Disdik };
            b.RencanaAksi[0] = b.RencanaAksi[0] with { IndicatorId = "IKU-1" };
            b.Pk(1, pk => pk with { Official = "" });
            b.Renstra(r => r with { Id = "" });
            b.Rpjmd(r => r with { Visi = "" });
            b.Indicator(0, i => i with { Unit = "" });
            b.RuleSetId = " ";
            b.Region = b.Region! with { Name = "" };
        });

        Approved.Check(problems);
    }

    [Fact]
    public void Region_Missing_IsRequired()
    {
        Approved.Check(Problems(b => b.Region = null));
    }

    [Fact]
    public void Region_BlankCodeAndNameAndUnknownKind_AreEachReported()
    {
        Approved.Check(Problems(b => b.Region = new Region("", " ", (RegionKind)3)));
    }

    [Fact]
    public void Region_CodeNotUnicode_IsInvalidUnicode()
    {
        Approved.Check(Problems(b => b.Region = b.Region! with { Code = LoneSurrogate }));
    }

    [Fact]
    public void RuleSetId_BlankOrNotUnicode_IsReported_NullIsNot()
    {
        AssertValid(b => b.RuleSetId = null);
        AssertValid(b => b.RuleSetId = "permenpanrb-53-2014");
        Approved.Check(Cases(
            ("blank", b => b.RuleSetId = " "),
            ("not Unicode", b => b.RuleSetId = LoneSurrogate)));
    }

    [Fact]
    public void Indicator_Null_IsRequiredAndTheOthersAreStillChecked()
    {
        Approved.Check(Problems(b =>
        {
            b.Indicators.Insert(1, null!);
            b.Indicators.Add(Indicator("X-1", ""));
        }));
    }

    [Fact]
    public void Indicator_BlankRequiredTexts_AreEachRequired()
    {
        Approved.Check(Problems(b => b.Indicators.Add(new IndicatorDefinition { Id = " ", Name = "", Unit = null! })));
    }

    [Fact]
    public void Indicator_TextsNotUnicode_AreEachInvalidUnicode()
    {
        Approved.Check(Problems(b => b.Indicators.Add(new IndicatorDefinition
        {
            Id = "X-1",
            Name = LoneSurrogate,
            Unit = LoneSurrogate,
            Objective = LoneSurrogate,
            Rationale = LoneSurrogate,
            Definition = LoneSurrogate,
            FormulaText = LoneSurrogate,
            DataSource = LoneSurrogate,
            ResponsibleUnit = LoneSurrogate,
            CascadedFrom = LoneSurrogate,
            FormulaId = LoneSurrogate,
        })));
    }

    [Fact]
    public void Indicator_OptionalTextsGiven_AreValid()
    {
        AssertValid(b => b.Indicator(0, i => i with
        {
            Objective = "Tujuan",
            Rationale = "Alasan",
            Definition = "Definisi",
            FormulaText = "R / T",
            DataSource = "BPS",
            ResponsibleUnit = "Bidang",
            FormulaId = "any-formula",
        }));
    }

    [Fact]
    public void Indicator_FormulaIdBlank_IsRequired()
    {
        Approved.Check(Problems(b => b.Indicator(0, i => i with { FormulaId = " " })));
    }

    [Fact]
    public void Indicator_UnknownEnumValues_AreEachReported()
    {
        Approved.Check(Problems(b => b.Indicator(0, i => i with
        {
            Polarity = (Polarity)2,
            Accumulation = (AccumulationType)9,
            Type = (IndicatorType)4,
            ReportingFrequency = (PeriodKind)9,
        })));
    }

    [Fact]
    public void Indicator_DuplicateId_IsReportedAtTheSecond()
    {
        Approved.Check(Problems(b => b.Indicators.Add(Indicator("IKU-1", "Usia harapan hidup lagi"))));
    }

    [Fact]
    public void Indicator_IdNotUnicode_IsNotAnId()
    {
        // Two indicators with the same invalid id: each is invalid Unicode, neither is registered, so no duplicate.
        Approved.Check(Problems(b =>
        {
            b.Indicators.Add(Indicator(LoneSurrogate, "Satu"));
            b.Indicators.Add(Indicator(LoneSurrogate, "Dua"));
        }));
    }

    [Fact]
    public void Indicator_CascadedFromUnknown_IsAnUnknownReference()
    {
        Approved.Check(Problems(b => b.Indicator(4, i => i with { CascadedFrom = "IKU-9" })));
    }

    [Fact]
    public void Indicator_CascadedFromALaterIndicator_IsValid()
    {
        AssertValid(b => b.Indicator(0, i => i with { CascadedFrom = "DK-S1" }));
    }

    [Fact]
    public void MissingParts_NullsInsideTheRpjmd_AreEachRequired_AndNothingElseIsChecked()
    {
        // The region is missing too: the nulls are reported alone, before any other check runs.
        Approved.Check(Problems(b =>
        {
            b.Region = null;
            b.Rpjmd(r => r with
            {
                Misi = r.Misi.Plus(null!),
                Strategi = r.Strategi.Plus(null!),
                ArahKebijakan = r.ArahKebijakan.Plus(null!),
                Tujuan = r.Tujuan.Replace(0, t => t with { Indicators = t.Indicators.Plus(null!).Replace(0, p => p with { Targets = p.Targets.Plus(null!) }) }).Plus(null!),
                Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Plus(null!).Replace(0, p => p with { Targets = p.Targets.Plus(null!) }) }).Plus(null!),
                Programs = r.Programs.Replace(0, p => p with
                {
                    Indicators = p.Indicators.Plus(null!).Replace(0, i => i with { Targets = i.Targets.Plus(null!) }),
                    IndicativeBudget = p.IndicativeBudget.Plus(null!),
                }).Plus(null!),
            });
        }));
    }

    [Fact]
    public void MissingParts_NullsInsideARenstra_AreEachRequired()
    {
        // A null Renstra before it is skipped here (reported with the Renstras' other checks); so is a null item.
        Approved.Check(Problems(b =>
        {
            b.Renstra(r => r with
            {
                Strategi = r.Strategi.Plus(null!),
                ArahKebijakan = r.ArahKebijakan.Plus(null!),
                Tujuan = r.Tujuan.Replace(0, t => t with { Indicators = t.Indicators.Plus(null!).Replace(0, p => p with { Targets = p.Targets.Plus(null!) }) }).Plus(null!),
                Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Plus(null!).Replace(0, p => p with { Targets = p.Targets.Plus(null!) }) }).Plus(null!),
                Items = r.Items.Replace(1, it => it with
                {
                    Indicators = [null!, Planned("RP-1") with { Targets = [null!] }],
                    Budget = it.Budget.Plus(null!),
                }).Plus(null!),
            });
            b.Renstras.Insert(0, null!);
        }));
    }

    [Fact]
    public void MissingParts_NullsInsideAgreementsAndActionPlans_AreEachRequired()
    {
        Approved.Check(Problems(b =>
        {
            b.PerjanjianKinerja.Insert(0, null!);
            b.Pk(2, pk => pk with { Targets = pk.Targets.Plus(null!), Programs = [null!] });
            b.Pk(1, pk => pk with { Programs = pk.Programs.Plus(null!) });
            b.RencanaAksi.Insert(0, null!);
            b.RencanaAksi[1] = b.RencanaAksi[1] with { Targets = b.RencanaAksi[1].Targets.Plus(null!) };
        }));
    }

    [Fact]
    public void NullElementsOfTheParts_AreRequiredWhereTheyAreRead_AndTheRestIsChecked()
    {
        Approved.Check(Problems(b =>
        {
            b.Indicators.Add(null!);
            b.Renstras.Add(null!);
            b.PerjanjianKinerja.Add(null!);
            b.RencanaAksi.Add(null!);
            b.Realisations.Add(null!);
            b.BudgetRealisations.Add(null!);
            b.Evaluations.Add(null!);

            // A problem after each null shows the check went on.
            b.Indicators.Add(Indicator("X-1", ""));
            b.Renstras.Add(Renstra() with { Id = "", Agency = new Agency(Disdik, "Dinas Pendidikan") });
            b.PerjanjianKinerja.Add(b.PerjanjianKinerja[1] with { Id = "PK-2", Official = "" });
            b.RencanaAksi.Add(new RencanaAksi("PK-9", "DK-S1"));
            b.Realisations.Add(new IndicatorRealisation("X-9", ReportingPeriod.OfYear(PkYear), 1m));
            b.BudgetRealisations.Add(new BudgetRealisation(Program, Dinkes, ReportingPeriod.OfYear(PkYear), -1m));
            b.Evaluations.Add(b.Evaluations[0]);
        }));
    }
}
