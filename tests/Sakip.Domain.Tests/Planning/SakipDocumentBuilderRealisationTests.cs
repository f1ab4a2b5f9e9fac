using Sakip.Domain.Evaluations;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using static Sakip.Domain.Tests.Planning.BuilderFixture;

namespace Sakip.Domain.Tests.Planning;

/// <summary>
/// The realisation and evaluation checks of <see cref="SakipDocumentBuilder"/>: indicator and budget realisations'
/// references, signs and duplicates, and one evaluation per scheme, subject and year; every problem pinned in
/// <c>SakipDocumentBuilderRealisationTests.approved.txt</c>.
/// </summary>
public class SakipDocumentBuilderRealisationTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.OfYear(PkYear);

    [Fact]
    public void Realisation_UnknownIndicator_IsReported()
    {
        Approved.Check(Cases(
            ("unknown id", b => b.Realisations[1] = b.Realisations[1] with { IndicatorId = "X-9" }),
            ("null id", b => b.Realisations[1] = b.Realisations[1] with { IndicatorId = null! }),
            ("unknown id, negative value", b => b.Realisations[1] = b.Realisations[1] with { IndicatorId = "X-9", Value = -1m })));
    }

    [Fact]
    public void Realisation_NegativeValue_IsReported_UnlessTheIndicatorAllowsIt()
    {
        AssertValid(b => b.Realisations[0] = b.Realisations[0] with { Value = 0m });
        AssertValid(b =>
        {
            b.Indicator(4, i => i with { AllowsNegativeValues = true });
            b.Realisations[0] = b.Realisations[0] with { Value = -1m };
        });
        Approved.Check(Problems(b => b.Realisations[0] = b.Realisations[0] with { Value = -0.01m }));
    }

    [Fact]
    public void Realisation_AgencyWithoutRenstra_IsUnknown()
    {
        Approved.Check(Problems(b => b.Realisations[0] = b.Realisations[0] with { Agency = Disdik }));
    }

    [Fact]
    public void Realisation_SameIndicatorAgencyAndPeriodTwice_IsADuplicateAtTheSecond()
    {
        Approved.Check(Cases(
            ("an agency's", b => b.Realisations.Add(b.Realisations[0] with { Value = 8m })),
            ("the region's", b => b.Realisations.Add(b.Realisations[1] with { Value = 8m })),
            ("two without an indicator", b => b.Realisations.AddRange([new IndicatorRealisation(null!, Year, 1m), new IndicatorRealisation(null!, Year, 2m)]))));
    }

    [Fact]
    public void Realisation_SameIndicatorForAnotherAgencyOrPeriod_IsValid()
    {
        AssertValid(b => b.Realisations.Add(b.Realisations[0] with { Agency = null }));
        AssertValid(b => b.Realisations.Add(b.Realisations[0] with { Period = ReportingPeriod.OfYear(PkYear + 1) }));
        AssertValid(b => b.Realisations.Add(b.Realisations[0] with { Period = ReportingPeriod.OfSemester(PkYear, 1) }));
    }

    [Fact]
    public void BudgetRealisation_AgencyWithoutRenstra_IsUnknown()
    {
        Approved.Check(Problems(b => b.BudgetRealisations[0] = b.BudgetRealisations[0] with { Agency = Disdik }));
    }

    [Fact]
    public void BudgetRealisation_CodeNotInTheAgencysRenstra_IsUnknown()
    {
        AssertValid(b => b.BudgetRealisations.Add(new BudgetRealisation(SubKegiatan, Dinkes, Year, 1m)));
        Approved.Check(Problems(b => b.BudgetRealisations[0] = b.BudgetRealisations[0] with { Code = Sakip.Domain.Codes.ProgramCode.Parse("1.02.03", null) }));
    }

    [Fact]
    public void BudgetRealisation_NegativeAmount_IsReported_ZeroIsNot()
    {
        AssertValid(b => b.BudgetRealisations[0] = b.BudgetRealisations[0] with { Amount = 0m });
        Approved.Check(Problems(b => b.BudgetRealisations[0] = b.BudgetRealisations[0] with { Amount = -0.01m }));
    }

    [Fact]
    public void BudgetRealisation_SameCodeAgencyAndPeriodTwice_IsADuplicateAtTheSecond()
    {
        AssertValid(b => b.BudgetRealisations.Add(b.BudgetRealisations[0] with { Period = ReportingPeriod.OfQuarter(PkYear, 1) }));
        AssertValid(b => b.BudgetRealisations.Add(b.BudgetRealisations[0] with { Code = Kegiatan }));
        Approved.Check(Problems(b => b.BudgetRealisations.Add(b.BudgetRealisations[0] with { Amount = 10m })));
    }

    [Fact]
    public void BudgetRealisation_UnknownAgencyTwice_IsBothUnknownAndADuplicate()
    {
        Approved.Check(Problems(b =>
        {
            b.BudgetRealisations.Add(new BudgetRealisation(Program, Disdik, Year, 1m));
            b.BudgetRealisations.Add(new BudgetRealisation(Program, Disdik, Year, -1m));
        }));
    }

    [Fact]
    public void Evaluation_SameSchemeSubjectAndYear_IsADuplicate_WhateverTheCase()
    {
        Approved.Check(Problems(b => b.Evaluations.Add(Evaluation(EvaluationSchemes.PermenPanRb88Of2021, "KABUPATEN CONTOH", PkYear))));
    }

    [Fact]
    public void Evaluation_OfAnotherYearOrSubject_IsValid()
    {
        AssertValid(b => b.Evaluations.Add(Evaluation(EvaluationSchemes.PermenPanRb88Of2021, "Kabupaten Contoh", PkYear + 1)));
        AssertValid(b => b.Evaluations.Add(Evaluation(EvaluationSchemes.PermenPanRb88Of2021, "Dinas Kesehatan", PkYear)));
    }
}
