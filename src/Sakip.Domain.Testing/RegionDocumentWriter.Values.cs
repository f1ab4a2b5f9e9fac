using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Values;

namespace Sakip.Domain.Testing;

/// <content>Indicators, their targets and realisations, the yearly agreements and the evaluations.</content>
internal sealed partial class RegionDocumentWriter
{
    private static readonly string[] OutcomeUnits = ["%", "indeks", "poin", "nilai"];

    private static readonly string[] OutputUnits = ["dokumen", "orang", "unit", "paket", "km", "%", "kegiatan", "laporan"];

    private List<IndicatorPlan> Indicators(string id, int count, string[] names, IndicatorType type, IndicatorPlan? parent, OrganisationCode agency) =>
        [.. Enumerable.Range(1, count).Select(k => NewIndicator(k == 1 ? id : $"{id}-{N(k)}", Pick(names), type, k == 1 ? parent : null, agency))];

    /// <summary>Defines an indicator and plans its yearly targets. Under a direct cascade it takes the parent's unit,
    /// polarity, accumulation and kind of target; otherwise outcomes and impacts are levels (percentages, indices) —
    /// 70 % positive, 20 % negative, 10 % range — and outputs counts added up over the year or percentages averaged,
    /// 10 % negative.</summary>
    private IndicatorPlan NewIndicator(string id, string name, IndicatorType type, IndicatorPlan? parent, OrganisationCode? agency)
    {
        string unit;
        Polarity polarity;
        AccumulationType accumulation;
        bool range;
        if (parent is not null)
        {
            (unit, polarity, accumulation, range) = (parent.Unit, parent.Polarity, parent.Accumulation, parent.IsRange);
        }
        else if (type is IndicatorType.Outcome or IndicatorType.Impact)
        {
            var roll = _random.Next(10);
            range = roll == 9;
            unit = range ? "%" : Pick(OutcomeUnits);
            polarity = roll is 7 or 8 ? Polarity.Negative : Polarity.Positive;
            accumulation = AccumulationType.LastValue;
        }
        else
        {
            unit = Pick(OutputUnits);
            range = unit == "%" && _random.Next(10) == 0;
            polarity = !range && _random.Next(10) == 0 ? Polarity.Negative : Polarity.Positive;
            accumulation = unit == "%" ? AccumulationType.Average : AccumulationType.Cumulative;
        }

        var percent = unit is "%" or "indeks" or "poin" or "nilai";
        var (baseline, targets) = range ? RangeTargets() : percent ? LevelTargets(polarity) : CountTargets(polarity);
        var planned = new PlannedIndicator(id)
        {
            Baseline = baseline,
            Targets = [.. targets.Select((t, y) => new YearTarget(_years[y], t))],
        };
        planned = planned with { DeclaredEndTarget = PlanMath.EndOfPeriodTarget(planned, accumulation) };
        _indicatorIndex.Add(id, Builder.Indicators.Count);
        Builder.Indicators.Add(new IndicatorDefinition
        {
            Id = id,
            Name = name,
            Unit = unit,
            Polarity = polarity,
            Accumulation = accumulation,
            Type = type,
            CascadedFrom = parent?.Id,
        });
        var plan = new IndicatorPlan(id, unit, polarity, accumulation, range, percent, targets, planned);
        _reported.Add(new Reported(plan, agency));
        return plan;
    }

    /// <summary>A level in percent or points: 50–90 rising up to 1.5 a year (capped at 100), or 5–60 falling
    /// by at most half over the plan; the baseline a little worse than the first year.</summary>
    private (decimal Baseline, Target[] Targets) LevelTargets(Polarity polarity)
    {
        var targets = new Target[_years.Length];
        if (polarity == Polarity.Positive)
        {
            var first = _random.Next(5_000, 9_001) / 100m;
            var step = _random.Next(0, 151) / 100m;
            for (var y = 0; y < targets.Length; y++)
            {
                targets[y] = Target.Point(Math.Min(100m, first + (y * step)));
            }

            return (Math.Max(0m, first - step - (_random.Next(0, 101) / 100m)), targets);
        }

        var start = _random.Next(500, 6_001);
        var down = _random.Next(0, (start / (2 * targets.Length)) + 1) / 100m;
        var value = start / 100m;
        for (var y = 0; y < targets.Length; y++)
        {
            targets[y] = Target.Point(value - (y * down));
        }

        return (value + down + (_random.Next(0, 101) / 100m), targets);
    }

    /// <summary>A count per year: 1–500 growing by up to a tenth (and one) a year, or falling by at most half over the
    /// plan.</summary>
    private (decimal Baseline, Target[] Targets) CountTargets(Polarity polarity)
    {
        var targets = new Target[_years.Length];
        var first = _random.Next(1, 501);
        if (polarity == Polarity.Positive)
        {
            var step = _random.Next(0, (first / 10) + 2);
            for (var y = 0; y < targets.Length; y++)
            {
                targets[y] = Target.Point(first + (y * step));
            }

            // The baseline is the first year's count: below it, a small count growing for ten years could pass ten
            // times its baseline (ALN-008).
            return (first, targets);
        }

        var down = _random.Next(0, (first / (2 * targets.Length)) + 1);
        for (var y = 0; y < targets.Length; y++)
        {
            targets[y] = Target.Point(first - (y * down));
        }

        return (first + down, targets);
    }

    /// <summary>A range in percent, 60–80 wide 5–15, moving up to 1 a year; the baseline at most 2 below the first
    /// year's midpoint.</summary>
    private (decimal Baseline, Target[] Targets) RangeTargets()
    {
        var targets = new Target[_years.Length];
        var lower = _random.Next(6_000, 8_001) / 100m;
        var width = _random.Next(5, 16);
        var step = _random.Next(0, 101) / 100m;
        for (var y = 0; y < targets.Length; y++)
        {
            targets[y] = Target.Range(lower + (y * step), lower + (y * step) + width);
        }

        return (lower + (width / 2m) - (_random.Next(0, 201) / 100m), targets);
    }

    // ----- One measured year ---------------------------------------------------------------------------------------

    private void WriteYear(int year, RpjmdParts rpjmd, List<AgencyParts> agencies)
    {
        var y = year - _years[0];
        var head = new List<PkTarget>();
        for (var s = 0; s < rpjmd.Plan.Sasaran.Count; s++)
        {
            head.AddRange(rpjmd.Indicators[s].Select(i => new PkTarget(rpjmd.Plan.Sasaran[s].Id, i.Id, i.Targets[y])));
        }

        var headTitle = Region.Kind switch
        {
            RegionKind.Province => "Gubernur",
            RegionKind.City => "Wali Kota",
            _ => "Bupati",
        };
        AddAgreement(new PerjanjianKinerja
        {
            Id = $"PK-{N(year)}-KDH",
            Year = year,
            Official = Pick(Names.Officials),
            Position = $"{headTitle} {Region.Name[(Region.Name.IndexOf(' ', StringComparison.Ordinal) + 1)..]}",
            Level = OfficialLevel.HeadOfRegion,
            Targets = [.. head],
        });

        foreach (var agency in agencies)
        {
            var p = Builder.PerjanjianKinerja.Count;
            var targets = new List<PkTarget>();
            foreach (var (sasaranId, indicator) in agency.SasaranIndicators)
            {
                var target = indicator.Targets[y];
                if (Hit())
                {
                    var changed = Changed(target);
                    Problem(DeliberateProblemKind.PkTargetDiffersFromRenstra, "ALN-004", $"perjanjianKinerja[{p}].targets[{targets.Count}]", $"target {N(year)} of {indicator.Id} in the agreement of {agency.Name}: {changed} instead of the Renstra's {target}");
                    target = changed;
                }

                targets.Add(new PkTarget(sasaranId, indicator.Id, target));
            }

            AddAgreement(new PerjanjianKinerja
            {
                Id = $"PK-{N(year)}-PD{N2(agency.Index + 1)}",
                Year = year,
                Agency = agency.Code,
                Official = Pick(Names.Officials),
                Position = "Kepala " + agency.Name,
                Level = OfficialLevel.EchelonII,
                Targets = [.. targets],
                Programs = [.. _programBudgets.Where(b => b.Agency == agency.Code).Select(b => new PkProgram(b.Code, b.Budget[y]))],
            });
        }

        foreach (var (indicator, agency) in _reported)
        {
            Realise(indicator, agency, year, indicator.Targets[y]);
        }

        foreach (var (agency, code, budget) in _programBudgets)
        {
            var spent = Math.Round(budget[y] * _random.Next(80, 100) / 100m / 1_000m, 0, MidpointRounding.AwayFromZero) * 1_000m;
            Builder.BudgetRealisations.Add(new BudgetRealisation(code, agency, ReportingPeriod.OfYear(year), spent));
        }
    }

    /// <summary>A deliberately different target: a point moved 5–20 % (at least 1), a range shifted up 1–5.</summary>
    private Target Changed(Target target)
    {
        if (target.IsRange)
        {
            var shift = _problemDraws.Next(1, 6);
            return Target.Range(target.Lower + shift, target.Upper + shift);
        }

        var percent = _problemDraws.Next(5, 21) * (_problemDraws.Next(2) == 0 ? -1 : 1);
        var moved = Math.Round(target.Lower * (100 + percent) / 100m, 2, MidpointRounding.AwayFromZero);
        return Target.Point(moved == target.Lower || moved < 0m ? target.Lower + 1m : moved);
    }

    /// <summary>Adds an agreement and its indicators' quarterly Rencana Aksi.</summary>
    private void AddAgreement(PerjanjianKinerja pk)
    {
        Builder.PerjanjianKinerja.Add(pk);
        foreach (var target in pk.Targets)
        {
            var accumulation = Builder.Indicators[_indicatorIndex[target.IndicatorId]].Accumulation;
            var quarters = Quarters(target.Target, accumulation, _random.Next(80, 96) / 100m);
            Builder.RencanaAksi.Add(new RencanaAksi(pk.Id, target.IndicatorId)
            {
                Targets = [.. quarters.Select((t, q) => new PeriodTarget(ReportingPeriod.OfQuarter(pk.Year, q + 1), t))],
            });
        }
    }

    /// <summary>A year's target or value split into quarters by its accumulation: counts added up (whole numbers),
    /// averages equal in every quarter, levels rising (or falling) towards the year's value in the fourth.</summary>
    private static Target[] Quarters(Target year, AccumulationType accumulation, decimal start)
    {
        if (year.IsRange || accumulation == AccumulationType.Average)
        {
            return [year, year, year, year];
        }

        var value = year.Lower;
        if (accumulation == AccumulationType.Cumulative)
        {
            var part = Math.Floor(value / 4m);
            return [Target.Point(part), Target.Point(part), Target.Point(part), Target.Point(value - (3m * part))];
        }

        return
        [
            Target.Point(Math.Round(value * start, 2, MidpointRounding.AwayFromZero)),
            Target.Point(Math.Round(value * (start + ((1m - start) / 3m)), 2, MidpointRounding.AwayFromZero)),
            Target.Point(Math.Round(value * (start + (2m * (1m - start) / 3m)), 2, MidpointRounding.AwayFromZero)),
            Target.Point(value),
        ];
    }

    /// <summary>Reports an indicator's realisation of a year near its target (a factor of 0.55–1.25 on a point
    /// target, most often near 0.9; up to 10 outside a range), annual or by quarter, or leaves it unreported.</summary>
    private void Realise(IndicatorPlan indicator, OrganisationCode? agency, int year, Target target)
    {
        if (Roll(_shape.NotReportedShare))
        {
            return;
        }

        decimal value;
        if (target.IsRange)
        {
            value = _random.Next((int)(target.Lower * 100m) - 1_000, (int)(target.Upper * 100m) + 1_001) / 100m;
        }
        else
        {
            var factor = (_random.Next(55, 126) + _random.Next(55, 126)) / 200m;
            var raw = indicator.Polarity == Polarity.Positive ? target.Lower * factor : target.Lower * (2m - factor);
            value = Math.Round(raw, indicator.Decimals ? 2 : 0, MidpointRounding.AwayFromZero);
        }

        value = Math.Max(0m, indicator.Unit == "%" ? Math.Min(100m, value) : value);
        if (Roll(_shape.QuarterlyShare))
        {
            var quarters = Quarters(Target.Point(value), indicator.Accumulation, _random.Next(85, 100) / 100m);
            for (var q = 0; q < 4; q++)
            {
                Builder.Realisations.Add(new IndicatorRealisation(indicator.Id, ReportingPeriod.OfQuarter(year, q + 1), quarters[q].Lower) { Agency = agency });
            }
        }
        else
        {
            Builder.Realisations.Add(new IndicatorRealisation(indicator.Id, ReportingPeriod.OfYear(year), value) { Agency = agency });
        }
    }

    /// <summary>The region's LKE evaluation of a year under PermenPAN-RB 88/2021, one grade per sub-component: the
    /// evaluator's final grade most often in the middle of the scale, the self-assessment one level better.</summary>
    private Evaluation Lke(int year)
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        var grades = new List<SubComponentAnswer>();
        foreach (var sub in scheme.SubComponents)
        {
            var options = sub.Scale!.Options;
            var final = (_random.Next(options.Count) + _random.Next(options.Count)) / 2;
            grades.Add(new SubComponentAnswer(sub.Id, options[Math.Max(0, final - 1)].Code, options[final].Code));
        }

        return Evaluation.Create(scheme, Region.Name, year, EvaluationMethod.SubComponentGrades, [], grades).GetValueOrThrow();
    }

    /// <summary>A planned indicator with what realisations and agreements need.</summary>
    private sealed record IndicatorPlan(string Id, string Unit, Polarity Polarity, AccumulationType Accumulation, bool IsRange, bool Decimals, Target[] Targets, PlannedIndicator Planned);

    private sealed record Reported(IndicatorPlan Indicator, OrganisationCode? Agency);

    private sealed record RpjmdParts(Rpjmd Plan, List<IndicatorPlan>[] Indicators);

    private sealed record AgencyParts(int Index, OrganisationCode Code, string Name, List<(string SasaranId, IndicatorPlan Indicator)> SasaranIndicators, List<RpjmdProgram> RpjmdPrograms);
}
