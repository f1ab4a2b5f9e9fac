using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Values;

namespace Sakip.Domain.Testing;

/// <summary>
/// FsCheck generators of valid <see cref="SakipDocument"/>s: small regions with an indicator catalogue, usually an
/// RPJMD (missions, goals, objectives, strategies, policy directions, programs, IKU), one to three Renstras whose
/// items are program → kegiatan → sub kegiatan trees (codes parent and child by prefix, both sub kegiatan widths),
/// Perjanjian Kinerja of the agencies and of the head of region, quarterly Rencana Aksi and realisations. Every
/// reference resolves, so <see cref="SakipDocumentBuilder.Build"/> accepts each document; decimals have up to four
/// decimals (trailing zeros included), targets are points or ranges, texts include quotes, backslashes and non-ASCII.
/// </summary>
/// <remarks>Valid starting points for <see cref="MalformedJson.Corpus{T}"/>: write a document as JSON and damage it to
/// fuzz a reader or an upload endpoint. Thread-safe.</remarks>
public static class DocumentGenerators
{
    private static readonly int[] KegiatanNumbers = [1, 2, 99];

    private static readonly int[] SubKegiatanNumbers = [1, 2, 9999];

    private static readonly int[] Quarters = [1, 2, 3, 4];

    /// <summary>Signed decimals with 0 to 4 decimals, up to about ±200,000.</summary>
    public static Gen<decimal> Decimal4 { get; } =
        from units in Gen.Choose(-2_000_000_000, 2_000_000_000)
        from scale in Gen.Choose(0, 4)
        select GeneratorParts.Scale(units, scale);

    /// <summary>Rupiah amounts: 0 to about 10^13 with 0 to 4 decimals, whole amounts frequent.</summary>
    public static Gen<decimal> Amount { get; } =
        from high in Gen.Choose(0, 99_999)
        from low in Gen.Choose(0, 99_999_999)
        from scale in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 4)))
        select GeneratorParts.Scale((high * 100_000_000m) + low, scale);

    /// <summary>Point and range targets.</summary>
    public static Gen<Target> AnyTarget { get; } = Gen.OneOf(
        Decimal4.Select(Target.Point),
        from a in Decimal4
        from b in Decimal4
        select Target.Range(Math.Min(a, b), Math.Max(a, b)));

    /// <summary>Non-blank texts, some with characters that JSON must escape or that are not ASCII.</summary>
    public static Gen<string> Text { get; } = Gen.Elements(
        "Angka kematian bayi",
        "Indeks Pembangunan Manusia (IPM)",
        "Persentase jalan kabupaten dalam kondisi mantap",
        "Meningkatnya derajat kesehatan masyarakat – “sehat”",
        "Rasio \"gini\" \\ kabupaten/kota",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Ünïcödé ✓ 😀 <b>&amp;</b>",
        " padded ");

    /// <summary>Whole documents.</summary>
    public static Gen<SakipDocument> Document =>
        from region in AnyRegion
        from indicatorCount in Gen.Choose(0, 6)
        from indicators in Gen.CollectToArray(Enumerable.Range(1, indicatorCount), Indicator)
        let ids = indicators.Select(i => i.Id).ToArray()
        from hasRpjmd in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from rpjmd in hasRpjmd ? RpjmdOf(ids).Select(r => (Rpjmd?)r) : Gen.Constant<Rpjmd?>(null)
        from agencyCount in Gen.Choose(1, 3)
        from agencies in Gen.ListOf(CodeGenerators.Organisation, agencyCount)
        from renstras in Gen.CollectToArray(agencies.Distinct().Select((code, i) => (code, i)), a => RenstraOf(a.i + 1, a.code, rpjmd, ids))
        from agreements in Agreements(renstras, rpjmd, ids)
        from actionPlans in Gen.CollectToArray(agreements, RencanaAksiOf)
        from realisations in Realisations(indicators, renstras)
        from budgets in BudgetRealisations(renstras)
        from evaluations in Evaluations
        from ruleSetId in Gen.Elements<string?>(null, null, "sakip-reflected", "sakip-inverse")
        select Build(new SakipDocumentBuilder
        {
            RuleSetId = ruleSetId,
            Evaluations = [.. evaluations],
            Region = region,
            Indicators = [.. indicators],
            Rpjmd = rpjmd,
            Renstras = [.. renstras],
            PerjanjianKinerja = [.. agreements],
            RencanaAksi = [.. actionPlans.SelectMany(a => a)],
            Realisations = [.. realisations],
            BudgetRealisations = [.. budgets],
        });

    /// <summary>0–2 evaluations under the built-in schemes (the reader resolves built-in ids), complete or not,
    /// graded by either method the scheme takes, with proposed and final answers and sub-component grades, evidence and
    /// notes; distinct years so no two clash.</summary>
    private static Gen<Evaluation[]> Evaluations { get; } =
        from count in Gen.Choose(0, 2)
        from list in Gen.CollectToArray(Enumerable.Range(0, count), i =>
            from scheme in Gen.Elements(EvaluationSchemes.All.ToArray())
            from evaluation in EvaluationGenerators.Evaluations(scheme)
            from subject in Text
            from evidence in Gen.Elements<string[]>([], ["LHE AKIP 2025"], ["Dokumen \"Renstra\" 2021–2026", "https://example.org/lke?id=1&x=2"])
            from note in OptionalText
            let answered = Evaluation.Create(scheme, subject.Trim(), 2020 + i, evaluation.Answers.Select(a => a with { Evidence = [.. evidence], Note = note })).GetValueOrThrow()
            from graded in GradeGenerators.Graded(answered)
            select graded)
        select list;

    private static Gen<string?> OptionalText { get; } = Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text.Select(s => (string?)s)));

    private static Gen<Region> AnyRegion { get; } =
        from code in Gen.Elements("33.99", "18", "18.71")
        from name in Text
        from kind in Gen.Elements(RegionKind.Province, RegionKind.Regency, RegionKind.City)
        select new Region(code, name, kind);

    private static Gen<YearSpan> Span { get; } =
        from first in Gen.Choose(2019, 2026)
        from length in Gen.Choose(1, 6)
        select new YearSpan(first, first + length - 1);

    private static Gen<ReportingPeriod> Period { get; } = GeneratorParts.Periods(2019, 2031);

    private static Gen<IndicatorDefinition> Indicator(int number) =>
        from name in Text
        from unit in Gen.Elements("%", "per 1.000 KH", "Rp", "km", "indeks")
        from polarity in Gen.Elements(Polarity.Positive, Polarity.Negative)
        from accumulation in GeneratorParts.Accumulation
        from type in Gen.Elements(IndicatorType.Input, IndicatorType.Output, IndicatorType.Outcome, IndicatorType.Impact)
        from objective in OptionalText
        from rationale in OptionalText
        from definition in OptionalText
        from formula in OptionalText
        from source in OptionalText
        from unitName in OptionalText
        from frequency in Gen.Elements(PeriodKind.Year, PeriodKind.Semester, PeriodKind.Quarter, PeriodKind.Month)
        from negative in Gen.Elements(false, false, true)
        from parent in Gen.Choose(0, number - 1)
        from ownFormula in Gen.Elements(false, false, false, true)
        select new IndicatorDefinition
        {
            Id = $"IND-{number:D2}",
            Name = name,
            Unit = unit,
            Polarity = polarity,
            Accumulation = accumulation,
            Type = type,
            Objective = objective,
            Rationale = rationale,
            Definition = definition,
            FormulaText = formula,
            DataSource = source,
            ResponsibleUnit = unitName,
            ReportingFrequency = frequency,
            AllowsNegativeValues = negative,
            CascadedFrom = parent == 0 ? null : $"IND-{parent:D2}",
            FormulaId = !ownFormula ? null : polarity == Polarity.Negative ? "negative-inverse" : "positive-ratio",
        };

    private static Gen<ValueList<PlannedIndicator>> Planned(string[] indicatorIds, YearSpan period) =>
        indicatorIds.Length == 0
            ? Gen.Constant(ValueList<PlannedIndicator>.Empty)
            : from count in Gen.Choose(0, 2)
              from items in Gen.ListOf(PlannedOne(indicatorIds, period), count)
              select new ValueList<PlannedIndicator>(items);

    private static Gen<PlannedIndicator> PlannedOne(string[] indicatorIds, YearSpan period) =>
        from id in Gen.Elements(indicatorIds)
        from baseline in Gen.OneOf(Gen.Constant<decimal?>(null), Decimal4.Select(d => (decimal?)d))
        from years in Gen.SubListOf(period.Years.ToArray())
        from targets in Gen.CollectToArray(years, y => AnyTarget.Select(t => new YearTarget(y, t)))
        from end in Gen.OneOf(Gen.Constant<Target?>(null), AnyTarget.Select(t => (Target?)t))
        select new PlannedIndicator(id) { Baseline = baseline, Targets = targets, DeclaredEndTarget = end };

    private static Gen<ValueList<YearAmount>> Budget(YearSpan period) =>
        from years in Gen.SubListOf(period.Years.ToArray())
        from amounts in Gen.CollectToArray(years, y => Amount.Select(a => new YearAmount(y, a)))
        select (ValueList<YearAmount>)amounts;

    private static Gen<ValueList<string>> Subset(IEnumerable<string> ids) => Gen.SubListOf(ids.ToArray()).Select(l => new ValueList<string>(l));

    private static Gen<Rpjmd> RpjmdOf(string[] indicatorIds) =>
        from period in Span
        from visi in Text
        from misiTexts in Gen.ListOf(Text, 3)
        from misiCount in Gen.Choose(1, 3)
        from tujuanCount in Gen.Choose(0, 3)
        from tujuan in Gen.CollectToArray(Enumerable.Range(1, tujuanCount), i =>
            from misi in Gen.Choose(1, misiCount)
            from text in Text
            from planned in Planned(indicatorIds, period)
            select new RpjmdTujuan($"T{i}", text, $"M{misi}") { Indicators = planned })
        from sasaranCount in Gen.Choose(0, tujuanCount == 0 ? 0 : 4)
        from sasaran in Gen.CollectToArray(Enumerable.Range(1, sasaranCount), i =>
            from t in Gen.Choose(1, tujuanCount)
            from text in Text
            from planned in Planned(indicatorIds, period)
            select new RpjmdSasaran($"S{i}", text, $"T{t}") { Indicators = planned })
        from strategiCount in Gen.Choose(0, sasaranCount == 0 ? 0 : 2)
        from strategi in Gen.CollectToArray(Enumerable.Range(1, strategiCount), i =>
            from s in Gen.Choose(1, sasaranCount)
            from text in Text
            select new Strategi($"ST{i}", text, $"S{s}"))
        from arahCount in Gen.Choose(0, strategiCount == 0 ? 0 : 2)
        from arah in Gen.CollectToArray(Enumerable.Range(1, arahCount), i =>
            from s in Gen.Choose(1, strategiCount)
            from text in Text
            select new ArahKebijakan($"AK{i}", text, $"ST{s}"))
        from programCount in Gen.Choose(0, 3)
        from programCodes in Gen.ListOf(CodeGenerators.Program, programCount)
        from programs in Gen.CollectToArray(programCodes.Distinct(), code =>
            from name in Text
            from sasaranIds in Subset(sasaran.Select(s => s.Id))
            from planned in Planned(indicatorIds, period)
            from budget in Budget(period)
            from agency in Gen.OneOf(Gen.Constant<OrganisationCode?>(null), CodeGenerators.Organisation.Select(o => (OrganisationCode?)o))
            select new RpjmdProgram(code, name) { SasaranIds = sasaranIds, Indicators = planned, IndicativeBudget = budget, ResponsibleAgency = agency })
        from iku in Subset(indicatorIds)
        select new Rpjmd
        {
            Id = $"RPJMD-{period}",
            Period = period,
            Visi = visi,
            Misi = [.. misiTexts.Take(misiCount).Select((text, i) => new Misi($"M{i + 1}", text))],
            Tujuan = tujuan,
            Sasaran = sasaran,
            Strategi = strategi,
            ArahKebijakan = arah,
            Programs = programs,
            Iku = iku,
        };

    private static Gen<Renstra> RenstraOf(int number, OrganisationCode agency, Rpjmd? rpjmd, string[] indicatorIds) =>
        from period in Span
        from name in Text
        from tujuanCount in Gen.Choose(0, 2)
        from tujuan in Gen.CollectToArray(Enumerable.Range(1, tujuanCount), i =>
            from text in Text
            from planned in Planned(indicatorIds, period)
            from supports in Subset(rpjmd?.Tujuan.Select(t => t.Id) ?? [])
            select new RenstraTujuan($"RT{i}", text) { Indicators = planned, SupportsRpjmdTujuan = supports })
        from sasaranCount in Gen.Choose(0, tujuanCount == 0 ? 0 : 3)
        from sasaran in Gen.CollectToArray(Enumerable.Range(1, sasaranCount), i =>
            from t in Gen.Choose(1, tujuanCount)
            from text in Text
            from planned in Planned(indicatorIds, period)
            from supports in Subset(rpjmd?.Sasaran.Select(s => s.Id) ?? [])
            select new RenstraSasaran($"RS{i}", text, $"RT{t}") { Indicators = planned, SupportsRpjmdSasaran = supports })
        from strategiCount in Gen.Choose(0, sasaranCount == 0 ? 0 : 2)
        from strategi in Gen.CollectToArray(Enumerable.Range(1, strategiCount), i =>
            from s in Gen.Choose(1, sasaranCount)
            from text in Text
            select new Strategi($"RST{i}", text, $"RS{s}"))
        from arahCount in Gen.Choose(0, strategiCount == 0 ? 0 : 2)
        from arah in Gen.CollectToArray(Enumerable.Range(1, arahCount), i =>
            from s in Gen.Choose(1, strategiCount)
            from text in Text
            select new ArahKebijakan($"RAK{i}", text, $"RST{s}"))
        from codes in ItemCodes
        from items in Gen.CollectToArray(codes, code =>
            from itemName in Text
            from sasaranIds in Subset(sasaran.Select(s => s.Id))
            from planned in Planned(indicatorIds, period)
            from budget in Budget(period)
            from unit in OptionalText
            select new PlanItem(code, itemName) { SasaranIds = sasaranIds, Indicators = planned, Budget = budget, ResponsibleUnit = unit })
        select new Renstra
        {
            Id = $"RENSTRA-{number}",
            Agency = new Agency(agency, name),
            Period = period,
            Tujuan = tujuan,
            Sasaran = sasaran,
            Strategi = strategi,
            ArahKebijakan = arah,
            Items = items,
        };

    /// <summary>Program → kegiatan → sub kegiatan trees, each item after its parent.</summary>
    private static Gen<ProgramCode[]> ItemCodes { get; } =
        from count in Gen.Choose(0, 2)
        from programs in Gen.ListOf(CodeGenerators.Program, count)
        from trees in Gen.CollectToArray(programs.Distinct(), Tree)
        select trees.SelectMany(t => t).ToArray();

    private static Gen<ProgramCode[]> Tree(ProgramCode program) =>
        from authority in Gen.Elements(Authority.Province, Authority.RegencyCity)
        from kegiatan in Gen.SubListOf(KegiatanNumbers)
        from children in Gen.CollectToArray(kegiatan, k =>
            from subs in Gen.SubListOf(SubKegiatanNumbers)
            from digits in Gen.Elements(2, 4)
            let code = program.WithKegiatan(authority, k)
            select new[] { code }.Concat(subs.Where(s => digits == 4 || s <= 99).Select(s => code.WithSubKegiatan(s, digits))).ToArray())
        select new[] { program }.Concat(children.SelectMany(c => c)).ToArray();

    private static Gen<PerjanjianKinerja[]> Agreements(Renstra[] renstras, Rpjmd? rpjmd, string[] indicatorIds)
    {
        var plans = renstras
            .Select(r => (Agency: (OrganisationCode?)r.Agency.Code, Years: r.Period.Years.ToArray(), Sasaran: r.Sasaran.Select(s => s.Id).ToArray(), Codes: r.Items.Select(i => i.Code).ToArray(), Name: r.Id))
            .Append((Agency: null, Years: rpjmd?.Period.Years.ToArray() ?? [2025], Sasaran: rpjmd?.Sasaran.Select(s => s.Id).ToArray() ?? [], Codes: [], Name: "KDH"));
        return Gen.CollectToArray(plans, plan =>
                from count in Gen.Choose(0, 2)
                from agreements in Gen.CollectToArray(Enumerable.Range(1, count), i =>
                    from year in Gen.Elements(plan.Years)
                    from official in Text
                    from position in Text
                    from level in Gen.Elements(OfficialLevel.HeadOfRegion, OfficialLevel.EchelonII, OfficialLevel.EchelonIII, OfficialLevel.EchelonIV)
                    from targetCount in Gen.Choose(0, plan.Sasaran.Length == 0 || indicatorIds.Length == 0 ? 0 : 3)
                    from targets in Gen.ListOf(
                        from sasaran in Gen.Elements(plan.Sasaran.DefaultIfEmpty("-"))
                        from indicator in Gen.Elements(indicatorIds.DefaultIfEmpty("-"))
                        from target in AnyTarget
                        from reason in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, OptionalText))
                        select new PkTarget(sasaran, indicator, target) { DeviationReason = reason },
                        targetCount)
                    from programCodes in Gen.SubListOf(plan.Codes)
                    from programs in Gen.CollectToArray(programCodes, c => Amount.Select(a => new PkProgram(c, a)))
                    select new PerjanjianKinerja
                    {
                        Id = $"PK-{plan.Name}-{i}",
                        Year = year,
                        Agency = plan.Agency,
                        Official = official,
                        Position = position,
                        Level = level,
                        Targets = [.. targets],
                        Programs = programs,
                    })
                select agreements)
            .Select(all => all.SelectMany(a => a).ToArray());
    }

    private static Gen<RencanaAksi[]> RencanaAksiOf(PerjanjianKinerja pk) =>
        pk.Targets.Count == 0
            ? Gen.Constant(Array.Empty<RencanaAksi>())
            : from indicators in Gen.SubListOf(pk.Targets.Select(t => t.IndicatorId).Distinct().ToArray())
              from plans in Gen.CollectToArray(indicators, indicator =>
                  from quarters in Gen.SubListOf(Quarters)
                  from targets in Gen.CollectToArray(quarters, q => AnyTarget.Select(t => new PeriodTarget(ReportingPeriod.OfQuarter(pk.Year, q), t)))
                  select new RencanaAksi(pk.Id, indicator) { Targets = targets })
              select plans;

    private static Gen<IndicatorRealisation[]> Realisations(IndicatorDefinition[] indicators, Renstra[] renstras) =>
        indicators.Length == 0
            ? Gen.Constant(Array.Empty<IndicatorRealisation>())
            : from count in Gen.Choose(0, 5)
              from realisations in Gen.ListOf(
                  from indicator in Gen.Elements(indicators)
                  from period in Period
                  from value in indicator.AllowsNegativeValues ? Decimal4 : Decimal4.Select(Math.Abs)
                  from agency in Gen.OneOf(Gen.Constant<OrganisationCode?>(null), Gen.Elements(renstras.Select(r => (OrganisationCode?)r.Agency.Code)))
                  select new IndicatorRealisation(indicator.Id, period, new Measure(value)) { Agency = agency },
                  count)
              select realisations.DistinctBy(r => (r.IndicatorId, r.Agency, r.Period)).ToArray();

    private static Gen<BudgetRealisation[]> BudgetRealisations(Renstra[] renstras)
    {
        var items = renstras.SelectMany(r => r.Items.Select(i => (r.Agency.Code, i.Code))).ToArray();
        return items.Length == 0
            ? Gen.Constant(Array.Empty<BudgetRealisation>())
            : from count in Gen.Choose(0, 4)
              from budgets in Gen.ListOf(
                  from item in Gen.Elements(items)
                  from period in Period
                  from amount in Amount
                  select new BudgetRealisation(item.Item2, item.Item1, period, amount),
                  count)
              select budgets.DistinctBy(b => (b.Code, b.Agency, b.Period)).ToArray();
    }

    private static SakipDocument Build(SakipDocumentBuilder builder)
    {
        var built = builder.Build();
        return built.IsSuccess
            ? built.GetValueOrThrow()
            : throw new InvalidOperationException("The generator made an invalid document: " + string.Join("; ", built.Problems));
    }
}
