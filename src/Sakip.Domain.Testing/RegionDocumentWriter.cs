using System.Globalization;
using Sakip.Domain.Codes;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Testing;

/// <summary>Writes one region's SAKIP document into a builder, drawing every value from one seeded
/// <see cref="Random"/> and every deliberate problem from a second one.</summary>
internal sealed partial class RegionDocumentWriter
{
    private const string Penunjang = "Program Penunjang Urusan Pemerintahan Daerah";

    private readonly Random _random;
    private readonly Random _problemDraws;
    private readonly DocumentShape _shape;
    private readonly Authority _authority;
    private readonly int[] _years;
    private readonly Dictionary<string, int> _indicatorIndex = new(StringComparer.Ordinal);
    private readonly List<Reported> _reported = [];
    private readonly List<(OrganisationCode Agency, ProgramCode Code, decimal[] Budget)> _programBudgets = [];
    private readonly int _problemThreshold;

    public RegionDocumentWriter(int seed, Region region, DocumentShape shape)
    {
        _random = new Random(seed);
        _problemDraws = new Random(unchecked(seed ^ 0x5EED_0001));
        _shape = shape;
        _authority = region.Kind == RegionKind.Province ? Authority.Province : Authority.RegencyCity;
        _years = [.. Enumerable.Range(shape.FirstYear, shape.PlanYears)];
        _problemThreshold = (int)(shape.ProblemRate * 1_000_000m);
        Region = region;
        Builder = new SakipDocumentBuilder { Region = region };
    }

    public Region Region { get; }

    public SakipDocumentBuilder Builder { get; }

    public List<DeliberateProblem> Problems { get; } = [];

    private YearSpan Period => new(_years[0], _years[^1]);

    public void Write()
    {
        var rpjmd = WriteRpjmd();
        var agencies = WriteRenstras(rpjmd);
        Builder.Rpjmd = rpjmd.Plan with { Programs = [.. agencies.SelectMany(a => a.RpjmdPrograms)] };
        for (var m = 0; m < _shape.MeasuredYears; m++)
        {
            WriteYear(_years[m], rpjmd, agencies);
        }

        if (_shape.Evaluations)
        {
            for (var m = 0; m < _shape.MeasuredYears; m++)
            {
                Builder.Evaluations.Add(Lke(_years[m]));
            }
        }
    }

    /// <summary>Whether the next candidate place gets a deliberate problem (always false at rate 0, drawing
    /// nothing).</summary>
    private bool Hit() => _problemThreshold > 0 && _problemDraws.Next(1_000_000) < _problemThreshold;

    private void Problem(DeliberateProblemKind kind, string ruleId, string path, string detail) =>
        Problems.Add(new DeliberateProblem(kind, ruleId, path, detail));

    /// <summary>A count around a mean: between n − n/3 and n + n/3.</summary>
    private int Draw(int mean) => _random.Next(mean - (mean / 3), mean + (mean / 3) + 1);

    private bool Roll(decimal share) => share > 0m && _random.Next(1_000_000) < (int)(share * 1_000_000m);

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string N2(int n) => n.ToString("00", CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    // ----- RPJMD -------------------------------------------------------------------------------------------------

    private RpjmdParts WriteRpjmd()
    {
        var sasaranCount = _shape.RpjmdSasaran;
        var tujuanCount = (sasaranCount + 2) / 3;
        var misiCount = Math.Min(tujuanCount, 5);
        var misi = Enumerable.Range(1, misiCount).Select(m => new Misi("M" + N(m), Pick(Names.Misi))).ToArray();
        var tujuan = new RpjmdTujuan[tujuanCount];
        for (var t = 0; t < tujuanCount; t++)
        {
            var indicator = NewIndicator("IKT-" + N2(t + 1), Pick(Names.ImpactIndicators), IndicatorType.Impact, null, null);
            tujuan[t] = new RpjmdTujuan("T" + N(t + 1), Pick(Names.Tujuan), misi[t % misiCount].Id) { Indicators = [indicator.Planned] };
        }

        var sasaran = new RpjmdSasaran[sasaranCount];
        var indicators = new List<IndicatorPlan>[sasaranCount];
        var iku = new List<string>();
        for (var s = 0; s < sasaranCount; s++)
        {
            var count = _shape.IndicatorsPerItem + (_random.Next(4) == 0 ? 1 : 0);
            indicators[s] = [];
            for (var k = 1; k <= count; k++)
            {
                var id = "IKU-" + N2(iku.Count + 1);
                indicators[s].Add(NewIndicator(id, Pick(Names.OutcomeIndicators), IndicatorType.Outcome, null, null));
                iku.Add(id);
            }

            sasaran[s] = new RpjmdSasaran("S" + N(s + 1), Pick(Names.Sasaran), tujuan[s / 3].Id) { Indicators = [.. indicators[s].Select(i => i.Planned)] };
        }

        var plan = new Rpjmd
        {
            Id = $"RPJMD-{Period.First}-{Period.Last}",
            Period = Period,
            Visi = $"Terwujudnya {Region.Name} yang maju, sejahtera, dan berkelanjutan",
            Misi = [.. misi],
            Tujuan = [.. tujuan],
            Sasaran = [.. sasaran],
            Strategi = [.. sasaran.Select((s, i) => new Strategi("ST" + N(i + 1), Pick(Names.Strategi), s.Id))],
            ArahKebijakan = [.. sasaran.Select((s, i) => new ArahKebijakan("AK" + N(i + 1) + ".1", Pick(Names.ArahKebijakan), "ST" + N(i + 1)))],
            Iku = [.. iku],
        };
        return new RpjmdParts(plan, indicators);
    }

    // ----- Renstras ------------------------------------------------------------------------------------------------

    private List<AgencyParts> WriteRenstras(RpjmdParts rpjmd)
    {
        // Distinct urusan and bidang per agency, so that program codes are unique in the region (the RPJMD lists them all).
        var bidang = Enumerable.Range(1, 8).SelectMany(u => Enumerable.Range(1, 20).Select(b => ProgramCode.OfUrusan(u).WithBidang(b))).ToArray();
        for (var i = bidang.Length - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (bidang[i], bidang[j]) = (bidang[j], bidang[i]);
        }

        var sasaranCounts = Enumerable.Range(0, _shape.Agencies).Select(_ => Draw(_shape.SasaranPerAgency)).ToArray();
        var supports = Supports(sasaranCounts.Sum(), rpjmd.Plan.Sasaran.Count);
        var agencies = new List<AgencyParts>(_shape.Agencies);
        var slot = 0;
        for (var a = 0; a < _shape.Agencies; a++)
        {
            var agencySupports = supports.Skip(slot).Take(sasaranCounts[a]).ToArray();
            slot += sasaranCounts[a];
            agencies.Add(WriteRenstra(a, bidang[a], agencySupports, rpjmd));
        }

        return agencies;
    }

    /// <summary>Which RPJMD sasaran each agency sasaran supports: every RPJMD sasaran by at least one agency sasaran
    /// when there are enough (the rest crosscutting to the last ones when there are not), in a shuffled order, and
    /// about one agency sasaran in eight also supporting a second one.</summary>
    private List<int>[] Supports(int agencySasaran, int rpjmdSasaran)
    {
        var first = Enumerable.Range(0, agencySasaran).Select(g => g % rpjmdSasaran).ToArray();
        for (var i = first.Length - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (first[i], first[j]) = (first[j], first[i]);
        }

        var supports = first.Select(f => new List<int> { f }).ToArray();
        for (var uncovered = agencySasaran; uncovered < rpjmdSasaran; uncovered++)
        {
            supports[uncovered % agencySasaran].Add(uncovered);
        }

        foreach (var list in supports)
        {
            var second = _random.Next(rpjmdSasaran);
            if (_random.Next(8) == 0 && !list.Contains(second))
            {
                list.Add(second);
            }
        }

        return supports;
    }

    private AgencyParts WriteRenstra(int index, ProgramCode bidang, List<int>[] supports, RpjmdParts rpjmd)
    {
        var number = index + 1;
        var code = OrganisationCode.Create(bidang, null, null, number);
        var name = number <= Names.Agencies.Length ? Names.Agencies[number - 1] : "Perangkat Daerah Contoh " + N(number);
        var prefix = "PD" + N2(number);
        var renstraPath = $"renstras[{index}]";

        var supportedTujuan = supports.SelectMany(s => s).Select(s => rpjmd.Plan.Sasaran[s].TujuanId).Distinct(StringComparer.Ordinal).ToArray();
        var tujuanIndicator = NewIndicator(prefix + "-T1-01", Pick(Names.ImpactIndicators), IndicatorType.Impact, null, code);
        var tujuan = new RenstraTujuan("T1", "Meningkatnya kinerja " + name) { Indicators = [tujuanIndicator.Planned], SupportsRpjmdTujuan = [.. supportedTujuan] };

        var sasaran = new List<RenstraSasaran>();
        var sasaranIndicators = new List<(string SasaranId, IndicatorPlan Indicator)>();
        var items = new List<PlanItem>();
        var rpjmdPrograms = new List<RpjmdProgram>();
        var program = 0;
        for (var s = 0; s < supports.Length; s++)
        {
            var sasaranId = "SS" + N(s + 1);
            var supported = supports[s];
            var count = _shape.IndicatorsPerItem + (_random.Next(4) == 0 ? 1 : 0);
            var planned = new List<IndicatorPlan>();
            for (var k = 1; k <= count; k++)
            {
                // About half the agencies' first sasaran indicators are cascaded directly from the first supported
                // RPJMD sasaran's indicator (same unit and direction).
                var parent = k == 1 && _random.Next(2) == 0 ? rpjmd.Indicators[supported[0]][0] : null;
                var indicator = NewIndicator($"{prefix}-{sasaranId}-{N2(k)}", Pick(Names.AgencyOutcomeIndicators), IndicatorType.Outcome, parent, code);
                if (parent is not null)
                {
                    MaybeUnitMismatch(indicator, parent);
                }

                planned.Add(indicator);
                sasaranIndicators.Add((sasaranId, indicator));
            }

            var sasaranPath = $"{renstraPath}.sasaran[{s}]";
            var unsupported = Hit();
            if (unsupported)
            {
                Problem(DeliberateProblemKind.AgencySasaranUnsupported, "ALN-001", sasaranPath, $"sasaran {sasaranId} of {name} supports no RPJMD sasaran (it supported {string.Join(", ", supported.Select(x => rpjmd.Plan.Sasaran[x].Id))})");
            }

            sasaran.Add(new RenstraSasaran(sasaranId, Pick(Names.AgencySasaran), "T1")
            {
                Indicators = [.. planned.Select(i => i.Planned)],
                SupportsRpjmdSasaran = unsupported ? [] : [.. supported.Select(x => rpjmd.Plan.Sasaran[x].Id)],
            });

            var programs = Draw(_shape.ProgramsPerSasaran);
            for (var p = 0; p < programs; p++)
            {
                program++;
                rpjmdPrograms.Add(WriteProgram(renstraPath, code, bidang.WithProgram(program), sasaranId, [.. supported.Select(x => rpjmd.Plan.Sasaran[x].Id)], items));
            }
        }

        var renstra = new Renstra
        {
            Id = $"RENSTRA-{prefix}-{Period.First}-{Period.Last}",
            Agency = new Agency(code, name),
            Period = Period,
            Tujuan = [tujuan],
            Sasaran = [.. sasaran],
            Strategi = [.. sasaran.Select((s, i) => new Strategi("ST" + N(i + 1), Pick(Names.Strategi), s.Id))],
            ArahKebijakan = [.. sasaran.Select((s, i) => new ArahKebijakan("AK" + N(i + 1) + ".1", Pick(Names.ArahKebijakan), "ST" + N(i + 1)))],
            Items = [.. items],
        };
        Builder.Renstras.Add(renstra);
        return new AgencyParts(index, code, name, sasaranIndicators, rpjmdPrograms);
    }

    private RpjmdProgram WriteProgram(string renstraPath, OrganisationCode agency, ProgramCode code, string sasaranId, string[] rpjmdSasaran, List<PlanItem> items)
    {
        var name = code.Program == 1 ? Penunjang : Pick(Names.Programs);
        var indicators = Indicators($"IK-{code}", _shape.IndicatorsPerItem, Names.ProgramIndicators, IndicatorType.Outcome, null, agency);
        var programIndex = items.Count;
        items.Add(null!);
        var budget = new decimal[_years.Length];
        var kegiatan = Draw(_shape.KegiatanPerProgram);
        for (var k = 1; k <= kegiatan; k++)
        {
            var kegiatanCode = code.WithKegiatan(_authority, k);
            var parent = _random.Next(10) < 3 ? indicators[0] : null;
            var kegiatanIndicators = Indicators($"IK-{kegiatanCode}", _shape.IndicatorsPerItem, Names.OutputIndicators, IndicatorType.Output, parent, agency);
            var kegiatanIndex = items.Count;
            items.Add(null!);
            var kegiatanBudget = new decimal[_years.Length];
            var subKegiatan = Draw(_shape.SubKegiatanPerKegiatan);
            for (var s = 1; s <= subKegiatan; s++)
            {
                var subCode = kegiatanCode.WithSubKegiatan(s);
                var subParent = _random.Next(10) < 4 ? kegiatanIndicators[0] : null;
                var subIndicators = Indicators($"IK-{subCode}", _shape.IndicatorsPerItem, Names.OutputIndicators, IndicatorType.Output, subParent, agency);
                if (subParent is not null)
                {
                    MaybeUnitMismatch(subIndicators[0], subParent);
                }

                var subBudget = Budget();
                for (var y = 0; y < _years.Length; y++)
                {
                    kegiatanBudget[y] += subBudget[y];
                }

                if (Hit())
                {
                    var y = _problemDraws.Next(_years.Length);
                    var added = _problemDraws.Next(1, 100) * 1_000_000m;
                    subBudget[y] += added;
                    Problem(DeliberateProblemKind.BudgetNotSumOfParts, "ALN-010", $"{renstraPath}.items[{kegiatanIndex}]", $"budget {_years[y]} of sub kegiatan {subCode} raised by Rp{Text(added)} after its kegiatan {kegiatanCode} was totalled");
                }

                items.Add(new PlanItem(subCode, Pick(Names.SubKegiatan)) { Indicators = [.. subIndicators.Select(i => i.Planned)], Budget = Amounts(subBudget) });
            }

            for (var y = 0; y < _years.Length; y++)
            {
                budget[y] += kegiatanBudget[y];
            }

            items[kegiatanIndex] = new PlanItem(kegiatanCode, Pick(Names.Kegiatan)) { Indicators = [.. kegiatanIndicators.Select(i => i.Planned)], Budget = Amounts(kegiatanBudget) };
        }

        var planned = indicators.Select(i => i.Planned).ToArray();
        var withoutIndicator = Hit();
        if (withoutIndicator)
        {
            Problem(DeliberateProblemKind.ProgramWithoutIndicator, "ALN-011", $"{renstraPath}.items[{programIndex}]", $"program {code} has no indicator in the Renstra (the RPJMD keeps {indicators[0].Id})");
        }

        items[programIndex] = new PlanItem(code, name) { SasaranIds = [sasaranId], Indicators = withoutIndicator ? [] : [.. planned], Budget = Amounts(budget) };
        _programBudgets.Add((agency, code, budget));
        return new RpjmdProgram(code, name)
        {
            SasaranIds = [.. rpjmdSasaran],
            Indicators = [.. planned],
            IndicativeBudget = Amounts(budget),
            ResponsibleAgency = agency,
        };
    }

    /// <summary>A sub kegiatan's yearly budget in rupiah: a base of Rp50 million to Rp2 billion growing 0–8 % a
    /// year, in whole thousands.</summary>
    private decimal[] Budget()
    {
        var amount = _random.Next(50, 2_001) * 1_000_000m;
        var budget = new decimal[_years.Length];
        for (var y = 0; y < budget.Length; y++)
        {
            budget[y] = amount;
            amount = Math.Round(amount * (100 + _random.Next(0, 9)) / 100m / 1_000m, 0, MidpointRounding.AwayFromZero) * 1_000m;
        }

        return budget;
    }

    private Collections.ValueList<YearAmount> Amounts(decimal[] budget) => [.. budget.Select((amount, y) => new YearAmount(_years[y], amount))];

    private void MaybeUnitMismatch(IndicatorPlan indicator, IndicatorPlan parent)
    {
        if (!Hit())
        {
            return;
        }

        var start = _problemDraws.Next(Names.MismatchUnits.Length);
        var unit = Enumerable.Range(0, Names.MismatchUnits.Length)
            .Select(i => Names.MismatchUnits[(start + i) % Names.MismatchUnits.Length])
            .First(u => !string.Equals(u, parent.Unit, StringComparison.OrdinalIgnoreCase));
        var index = _indicatorIndex[indicator.Id];
        Builder.Indicators[index] = Builder.Indicators[index] with { Unit = unit };
        Problem(DeliberateProblemKind.CascadedUnitMismatch, "ALN-009", $"indicators[{index}]", $"{indicator.Id} is in '{unit}', though cascaded directly from {parent.Id} in '{parent.Unit}'");
    }
}
