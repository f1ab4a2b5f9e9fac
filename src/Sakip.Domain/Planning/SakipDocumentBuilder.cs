using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Planning;

/// <summary>
/// Collects a region's documents and builds a <see cref="SakipDocument"/> whose every reference resolves, or
/// returns every structural problem with its path (e.g. <c>renstras[1].sasaran[0].tujuanId</c>). It never throws
/// for bad data.
/// </summary>
/// <remarks>
/// <para>Structural problems are those that make the model meaningless: missing names, duplicate ids, references
/// to elements that do not exist, codes at the wrong level, kegiatan without their program, targets outside the
/// plan period, negative budgets. Whether the plans are <i>good</i> (aligned, consistent, plausible) is the
/// alignment review's question, not the builder's.</para>
/// <para>Paths use the property names of the SAKIP document format (camelCase). Not thread-safe while being
/// filled; the built document is immutable.</para>
/// </remarks>
public sealed class SakipDocumentBuilder
{
    /// <summary>The region.</summary>
    public Region? Region { get; set; }

    /// <summary>The id of the rule set the region measures its capaian under, when the document states one
    /// (<see cref="SakipDocument.RuleSetId"/>); not blank.</summary>
    public string? RuleSetId { get; set; }

    /// <summary>The indicator catalogue.</summary>
    public List<IndicatorDefinition> Indicators { get; init; } = [];

    /// <summary>The RPJMD.</summary>
    public Rpjmd? Rpjmd { get; set; }

    /// <summary>The Renstras.</summary>
    public List<Renstra> Renstras { get; init; } = [];

    /// <summary>The performance agreements.</summary>
    public List<PerjanjianKinerja> PerjanjianKinerja { get; init; } = [];

    /// <summary>The Rencana Aksi.</summary>
    public List<RencanaAksi> RencanaAksi { get; init; } = [];

    /// <summary>Indicator realisations.</summary>
    public List<IndicatorRealisation> Realisations { get; init; } = [];

    /// <summary>Budget realisations.</summary>
    public List<BudgetRealisation> BudgetRealisations { get; init; } = [];

    /// <summary>The LKE evaluations; at most one per scheme id, subject and year.</summary>
    public List<Evaluation> Evaluations { get; init; } = [];

    /// <summary>Checks the contents and builds the document.</summary>
    /// <returns>The document, or every structural problem with its path.</returns>
    public Result<SakipDocument> Build()
    {
        var check = new Checker();
        if (check.MissingParts(this))
        {
            // A null inside a part would stop every later check; report each one first.
            return Result<SakipDocument>.Failure(check.Problems);
        }

        check.Region(Region);
        if (RuleSetId is not null)
        {
            check.Required("ruleSetId", RuleSetId);
        }

        var indicators = check.Indicators(Indicators);
        if (Rpjmd is not null)
        {
            check.Rpjmd(Rpjmd, indicators);
        }

        var agencies = new Dictionary<OrganisationCode, Renstra>();
        for (var i = 0; i < Renstras.Count; i++)
        {
            if (check.Renstra($"renstras[{i}]", Renstras[i], indicators, Rpjmd) is { } renstra && !agencies.TryAdd(renstra.Agency.Code, renstra))
            {
                check.Add($"renstras[{i}].agency.code", Messages.DuplicateId(renstra.Agency.Code.ToString()));
            }
        }

        var agreements = check.Agreements(PerjanjianKinerja, indicators, agencies, Rpjmd);
        check.ActionPlans(RencanaAksi, agreements);
        check.Realisations(Realisations, BudgetRealisations, indicators, agencies);
        check.Evaluations(Evaluations);
        if (check.Problems.Count > 0)
        {
            return Result<SakipDocument>.Failure(check.Problems);
        }

        return Result<SakipDocument>.Success(new SakipDocument(
            Region!,
            [.. Indicators],
            Rpjmd,
            [.. Renstras],
            [.. PerjanjianKinerja],
            [.. RencanaAksi],
            [.. Realisations],
            [.. BudgetRealisations],
            [.. Evaluations],
            RuleSetId));
    }

    private sealed class Checker
    {
        // The ids of the document's indicators, once Indicators has checked them: every reference to an indicator is
        // looked up in this one set (a set per reference made building a province quadratic).
        private HashSet<string> _indicatorIds = new(StringComparer.Ordinal);

        public List<Problem> Problems { get; } = [];

        public void Add(ProblemPath path, Reason reason) => Problems.Add(new Problem(path.ToString(), reason));

        /// <summary>Reports every null element of the parts' lists (the top-level lists are checked where they are
        /// read); whether any was found.</summary>
        // Whether MissingParts makes paths: a first pass without them (a null is rare) only finds whether there is one;
        // a second pass, made only then, makes the paths of the problems.
        private bool _paths;
        private bool _missing;

        /// <summary>Reports every null inside the parts (a null list element), each at its path; whether there was
        /// one.</summary>
        public bool MissingParts(SakipDocumentBuilder b)
        {
            _paths = false;
            FindMissingParts(b);
            if (_missing)
            {
                _paths = true;
                FindMissingParts(b);
            }

            return Problems.Count > 0;
        }

        /// <summary>The text of an element's path, or the empty text when no paths are made (concatenating the empty
        /// text allocates nothing).</summary>
        private string Item(string list, int index, string rest = "") => _paths ? $"{list}[{index}]{rest}" : "";

        private void FindMissingParts(SakipDocumentBuilder b)
        {
            if (b.Rpjmd is { } rpjmd)
            {
                var prefix = _paths ? "rpjmd" : "";
                Nulls(prefix + ".misi", rpjmd.Misi);
                Nulls(prefix + ".strategi", rpjmd.Strategi);
                Nulls(prefix + ".arahKebijakan", rpjmd.ArahKebijakan);
                Each(prefix + ".tujuan", rpjmd.Tujuan, (path, t) => Planned(path + ".indicators", t.Indicators));
                Each(prefix + ".sasaran", rpjmd.Sasaran, (path, s) => Planned(path + ".indicators", s.Indicators));
                Each(prefix + ".programs", rpjmd.Programs, (path, program) =>
                {
                    Planned(path + ".indicators", program.Indicators);
                    Nulls(path + ".indicativeBudget", program.IndicativeBudget);
                });
            }

            for (var r = 0; r < b.Renstras.Count; r++)
            {
                var renstra = b.Renstras[r];
                if (renstra is null)
                {
                    continue;
                }

                var path = Item("renstras", r);
                Nulls(path + ".strategi", renstra.Strategi);
                Nulls(path + ".arahKebijakan", renstra.ArahKebijakan);
                Each(path + ".tujuan", renstra.Tujuan, (p, t) => Planned(p + ".indicators", t.Indicators));
                Each(path + ".sasaran", renstra.Sasaran, (p, s) => Planned(p + ".indicators", s.Indicators));
                Each(path + ".items", renstra.Items, (p, item) =>
                {
                    Planned(p + ".indicators", item.Indicators);
                    Nulls(p + ".budget", item.Budget);
                });
            }

            for (var i = 0; i < b.PerjanjianKinerja.Count; i++)
            {
                if (b.PerjanjianKinerja[i] is { } pk)
                {
                    Nulls(Item("perjanjianKinerja", i, ".targets"), pk.Targets);
                    Nulls(Item("perjanjianKinerja", i, ".programs"), pk.Programs);
                }
            }

            for (var i = 0; i < b.RencanaAksi.Count; i++)
            {
                if (b.RencanaAksi[i] is { } plan)
                {
                    Nulls(Item("rencanaAksi", i, ".targets"), plan.Targets);
                }
            }
        }

        private void Planned(string path, ValueList<PlannedIndicator> planned) =>
            Each(path, planned, (p, indicator) => Nulls(p + ".targets", indicator.Targets));

        private void Each<T>(string path, ValueList<T> items, Action<string, T> inner)
            where T : class
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is null)
                {
                    _missing = true;
                    if (_paths)
                    {
                        Add($"{path}[{i}]", Messages.Required);
                    }
                }
                else
                {
                    inner(Item(path, i), items[i]);
                }
            }
        }

        private void Nulls<T>(string path, ValueList<T> items)
            where T : class => Each(path, items, (_, _) => { });

        public void Region(Region? region)
        {
            if (region is null)
            {
                Add("region", Messages.Required);
                return;
            }

            Text("region.code", region.Code);
            Text("region.name", region.Name);
            Defined("region.kind", region.Kind);
        }

        public Dictionary<string, IndicatorDefinition> Indicators(List<IndicatorDefinition> indicators)
        {
            var byId = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
            for (var i = 0; i < indicators.Count; i++)
            {
                var path = new ProblemPath("indicators", i);
                var indicator = indicators[i];
                if (indicator is null)
                {
                    Add(path, Messages.Required);
                    continue;
                }

                if (Text(path.Then(".id"), indicator.Id) && !byId.TryAdd(indicator.Id, indicator))
                {
                    Add(path.Then(".id"), Messages.DuplicateId(indicator.Id));
                }

                Text(path.Then(".name"), indicator.Name);
                Text(path.Then(".unit"), indicator.Unit);
                Unicode(path.Then(".objective"), indicator.Objective);
                Unicode(path.Then(".rationale"), indicator.Rationale);
                Unicode(path.Then(".definition"), indicator.Definition);
                Unicode(path.Then(".formulaText"), indicator.FormulaText);
                Unicode(path.Then(".dataSource"), indicator.DataSource);
                Unicode(path.Then(".responsibleUnit"), indicator.ResponsibleUnit);
                Unicode(path.Then(".cascadedFrom"), indicator.CascadedFrom);
                if (indicator.FormulaId is not null)
                {
                    Text(path.Then(".formulaId"), indicator.FormulaId);
                }

                Defined(path.Then(".polarity"), indicator.Polarity);
                Defined(path.Then(".accumulation"), indicator.Accumulation);
                Defined(path.Then(".type"), indicator.Type);
                Defined(path.Then(".reportingFrequency"), indicator.ReportingFrequency);
            }

            for (var i = 0; i < indicators.Count; i++)
            {
                if (indicators[i]?.CascadedFrom is { } parent && !byId.ContainsKey(parent))
                {
                    Add(new ProblemPath("indicators", i, ".cascadedFrom"), Messages.UnknownReference(Messages.Kinds.Indicator, parent));
                }
            }

            _indicatorIds = byId.Keys.ToHashSet(StringComparer.Ordinal);
            return byId;
        }

        public void Rpjmd(Rpjmd rpjmd, Dictionary<string, IndicatorDefinition> indicators)
        {
            const string P = "rpjmd";
            Text(P + ".id", rpjmd.Id);
            Text(P + ".visi", rpjmd.Visi);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var misi = Ids(P + ".misi", rpjmd.Misi, m => m.Id, ids);
            for (var i = 0; i < rpjmd.Misi.Count; i++)
            {
                Text(new ProblemPath(P + ".misi", i, ".text"), rpjmd.Misi[i].Text);
            }

            var tujuan = Ids(P + ".tujuan", rpjmd.Tujuan, t => t.Id, ids);
            var sasaran = Ids(P + ".sasaran", rpjmd.Sasaran, s => s.Id, ids);
            var strategi = Ids(P + ".strategi", rpjmd.Strategi, s => s.Id, ids);
            Ids(P + ".arahKebijakan", rpjmd.ArahKebijakan, a => a.Id, ids);
            for (var i = 0; i < rpjmd.Tujuan.Count; i++)
            {
                var t = rpjmd.Tujuan[i];
                Text(new ProblemPath(P + ".tujuan", i, ".text"), t.Text);
                Reference(new ProblemPath(P + ".tujuan", i, ".misiId"), t.MisiId, misi, Messages.Kinds.Misi);
                Planned(new ProblemPath(P + ".tujuan", i, ".indicators"), t.Indicators, rpjmd.Period);
            }

            for (var i = 0; i < rpjmd.Sasaran.Count; i++)
            {
                var s = rpjmd.Sasaran[i];
                Text(new ProblemPath(P + ".sasaran", i, ".text"), s.Text);
                Reference(new ProblemPath(P + ".sasaran", i, ".tujuanId"), s.TujuanId, tujuan, Messages.Kinds.Tujuan);
                Planned(new ProblemPath(P + ".sasaran", i, ".indicators"), s.Indicators, rpjmd.Period);
            }

            Strategies(P, rpjmd.Strategi, rpjmd.ArahKebijakan, sasaran, strategi);
            var programs = new HashSet<ProgramCode>();
            for (var i = 0; i < rpjmd.Programs.Count; i++)
            {
                var path = new ProblemPath(P + ".programs", i);
                var program = rpjmd.Programs[i];
                Level(path.Then(".code"), program.Code, CodeLevel.Program);
                if (!programs.Add(program.Code))
                {
                    Add(path.Then(".code"), Messages.DuplicateId(program.Code.ToString()));
                }

                Text(path.Then(".name"), program.Name);
                References(path.Then(".sasaranIds"), program.SasaranIds, sasaran, Messages.Kinds.Sasaran);
                Planned(path.Then(".indicators"), program.Indicators, rpjmd.Period);
                Budget(path.Then(".indicativeBudget"), program.IndicativeBudget, rpjmd.Period);
            }

            References(P + ".iku", rpjmd.Iku, _indicatorIds, Messages.Kinds.Indicator);
        }

        public Renstra? Renstra(string path, Renstra? renstra, Dictionary<string, IndicatorDefinition> indicators, Rpjmd? rpjmd)
        {
            if (renstra is null)
            {
                Add(path, Messages.Required);
                return null;
            }

            Text(path + ".id", renstra.Id);
            if (renstra.Agency is null)
            {
                Add(path + ".agency", Messages.Required);
                return null;
            }

            Text(path + ".agency.name", renstra.Agency.Name);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var tujuan = Ids(path + ".tujuan", renstra.Tujuan, t => t.Id, ids);
            var sasaran = Ids(path + ".sasaran", renstra.Sasaran, s => s.Id, ids);
            var strategi = Ids(path + ".strategi", renstra.Strategi, s => s.Id, ids);
            Ids(path + ".arahKebijakan", renstra.ArahKebijakan, a => a.Id, ids);
            var rpjmdTujuan = rpjmd?.Tujuan.Select(t => t.Id).ToHashSet(StringComparer.Ordinal) ?? [];
            var rpjmdSasaran = rpjmd?.Sasaran.Select(s => s.Id).ToHashSet(StringComparer.Ordinal) ?? [];
            var tujuanPath = path + ".tujuan";
            for (var i = 0; i < renstra.Tujuan.Count; i++)
            {
                var t = renstra.Tujuan[i];
                Text(new ProblemPath(tujuanPath, i, ".text"), t.Text);
                Planned(new ProblemPath(tujuanPath, i, ".indicators"), t.Indicators, renstra.Period);
                References(new ProblemPath(tujuanPath, i, ".supportsRpjmdTujuan"), t.SupportsRpjmdTujuan, rpjmdTujuan, Messages.Kinds.RpjmdTujuan);
            }

            var sasaranPath = path + ".sasaran";
            for (var i = 0; i < renstra.Sasaran.Count; i++)
            {
                var s = renstra.Sasaran[i];
                Text(new ProblemPath(sasaranPath, i, ".text"), s.Text);
                Reference(new ProblemPath(sasaranPath, i, ".tujuanId"), s.TujuanId, tujuan, Messages.Kinds.Tujuan);
                Planned(new ProblemPath(sasaranPath, i, ".indicators"), s.Indicators, renstra.Period);
                References(new ProblemPath(sasaranPath, i, ".supportsRpjmdSasaran"), s.SupportsRpjmdSasaran, rpjmdSasaran, Messages.Kinds.RpjmdSasaran);
            }

            Strategies(path, renstra.Strategi, renstra.ArahKebijakan, sasaran, strategi);
            var codes = renstra.Items.Select(i => i.Code).ToHashSet();
            var seen = new HashSet<ProgramCode>();
            var itemsPath = path + ".items";
            for (var i = 0; i < renstra.Items.Count; i++)
            {
                var itemPath = new ProblemPath(itemsPath, i);
                var item = renstra.Items[i];

                if (item.Code.Level is not (CodeLevel.Program or CodeLevel.Kegiatan or CodeLevel.SubKegiatan))
                {
                    Add(itemPath.Then(".code"), Messages.WrongCodeLevel(item.Code.ToString(), Messages.Kinds.PlanItem));
                }
                else if (item.Code.Level != CodeLevel.Program && item.Code.Parent is { } parent && !codes.Contains(parent))
                {
                    Add(itemPath.Then(".code"), Messages.MissingParentItem(item.Code.ToString(), parent.ToString()));
                }

                if (!seen.Add(item.Code))
                {
                    Add(itemPath.Then(".code"), Messages.DuplicateId(item.Code.ToString()));
                }

                Text(itemPath.Then(".name"), item.Name);
                Unicode(itemPath.Then(".responsibleUnit"), item.ResponsibleUnit);
                References(itemPath.Then(".sasaranIds"), item.SasaranIds, sasaran, Messages.Kinds.Sasaran);
                Planned(itemPath.Then(".indicators"), item.Indicators, renstra.Period);
                Budget(itemPath.Then(".budget"), item.Budget, renstra.Period);
            }

            return renstra;
        }

        public Dictionary<string, PerjanjianKinerja> Agreements(List<PerjanjianKinerja> agreements, Dictionary<string, IndicatorDefinition> indicators, Dictionary<OrganisationCode, Renstra> agencies, Rpjmd? rpjmd)
        {
            var byId = new Dictionary<string, PerjanjianKinerja>(StringComparer.Ordinal);
            for (var i = 0; i < agreements.Count; i++)
            {
                var path = new ProblemPath("perjanjianKinerja", i);
                var pk = agreements[i];
                if (pk is null)
                {
                    Add(path, Messages.Required);
                    continue;
                }

                if (Text(path.Then(".id"), pk.Id) && !byId.TryAdd(pk.Id, pk))
                {
                    Add(path.Then(".id"), Messages.DuplicateId(pk.Id));
                }

                Text(path.Then(".official"), pk.Official);
                Text(path.Then(".position"), pk.Position);
                Defined(path.Then(".level"), pk.Level);
                var yearInRange = pk.Year is >= 1900 and <= 2200;
                if (!yearInRange)
                {
                    Add(path.Then(".year"), Messages.YearOutOfRange);
                }

                HashSet<string> sasaran;
                if (pk.Agency is { } agency)
                {
                    if (!agencies.TryGetValue(agency, out var renstra))
                    {
                        Add(path.Then(".agency"), Messages.UnknownReference(Messages.Kinds.RenstraAgency, agency.ToString()));
                        sasaran = [];
                    }
                    else
                    {
                        sasaran = renstra.Sasaran.Select(s => s.Id).Concat(renstra.Items.SelectMany(it => it.SasaranIds)).ToHashSet(StringComparer.Ordinal);
                        if (yearInRange && !renstra.Period.Contains(pk.Year))
                        {
                            Add(path.Then(".year"), Messages.YearOutsidePeriod(pk.Year, new(renstra.Period.ToString())));
                        }
                    }
                }
                else
                {
                    sasaran = rpjmd?.Sasaran.Select(s => s.Id).ToHashSet(StringComparer.Ordinal) ?? [];
                }

                var targetsPath = path.Then(".targets").ToString();
                for (var t = 0; t < pk.Targets.Count; t++)
                {
                    var target = pk.Targets[t];
                    Reference(new ProblemPath(targetsPath, t, ".sasaranId"), target.SasaranId, sasaran, Messages.Kinds.Sasaran);
                    Reference(new ProblemPath(targetsPath, t, ".indicatorId"), target.IndicatorId, _indicatorIds, Messages.Kinds.Indicator);
                    Unicode(new ProblemPath(targetsPath, t, ".deviationReason"), target.DeviationReason);
                }

                for (var p = 0; p < pk.Programs.Count; p++)
                {
                    if (pk.Programs[p].Budget < 0m)
                    {
                        Add($"{path}.programs[{p}].budget", Messages.NegativeAmount);
                    }
                }
            }

            return byId;
        }

        public void ActionPlans(List<RencanaAksi> plans, Dictionary<string, PerjanjianKinerja> agreements)
        {
            // Each agreement's indicators, gathered the first time one of its plans is checked.
            var agreed = new Dictionary<PerjanjianKinerja, HashSet<string?>>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < plans.Count; i++)
            {
                var path = new ProblemPath("rencanaAksi", i);
                var plan = plans[i];
                if (plan is null)
                {
                    Add(path, Messages.Required);
                    continue;
                }

                if (!agreements.TryGetValue(plan.PerjanjianKinerjaId ?? "", out var pk))
                {
                    Add(path.Then(".perjanjianKinerjaId"), Messages.UnknownReference(Messages.Kinds.Agreement, plan.PerjanjianKinerjaId ?? ""));
                    continue;
                }

                if (!agreed.TryGetValue(pk, out var indicatorIds))
                {
                    agreed.Add(pk, indicatorIds = pk.Targets.Select(t => t.IndicatorId).ToHashSet<string?>(StringComparer.Ordinal));
                }

                if (!indicatorIds.Contains(plan.IndicatorId))
                {
                    Add(path.Then(".indicatorId"), Messages.IndicatorNotInAgreement(plan.IndicatorId, pk.Id));
                }

                var periods = new HashSet<Periods.ReportingPeriod>();
                for (var t = 0; t < plan.Targets.Count; t++)
                {
                    var period = plan.Targets[t].Period;
                    if (pk.Year is >= 1900 and <= 2200 && period.Year != pk.Year)
                    {
                        Add($"{path}.targets[{t}].period", Messages.PeriodOutsideYear(period.ToString(), pk.Year));
                    }

                    if (!periods.Add(period))
                    {
                        Add($"{path}.targets[{t}].period", Messages.DuplicatePeriod(period));
                    }
                }
            }
        }

        public void Realisations(List<IndicatorRealisation> realisations, List<BudgetRealisation> budgets, Dictionary<string, IndicatorDefinition> indicators, Dictionary<OrganisationCode, Renstra> agencies)
        {
            var seen = new HashSet<(string, OrganisationCode?, Periods.ReportingPeriod)>(realisations.Count);
            for (var i = 0; i < realisations.Count; i++)
            {
                var path = new ProblemPath("realisations", i);
                var r = realisations[i];
                if (r is null)
                {
                    Add(path, Messages.Required);
                    continue;
                }

                if (!indicators.TryGetValue(r.IndicatorId ?? "", out var indicator))
                {
                    Add(path.Then(".indicatorId"), Messages.UnknownReference(Messages.Kinds.Indicator, r.IndicatorId ?? ""));
                }
                else if (r.Value.IsNegative && !indicator.AllowsNegativeValues)
                {
                    Add(path.Then(".value"), Messages.NegativeNotAllowed);
                }

                if (r.Agency is { } agency && !agencies.ContainsKey(agency))
                {
                    Add(path.Then(".agency"), Messages.UnknownReference(Messages.Kinds.RenstraAgency, agency.ToString()));
                }

                if (!seen.Add((r.IndicatorId ?? "", r.Agency, r.Period)))
                {
                    Add(path, Messages.DuplicateRealisation($"indicator '{r.IndicatorId}'"));
                }
            }

            var seenBudget = new HashSet<(ProgramCode, OrganisationCode, Periods.ReportingPeriod)>(budgets.Count);
            // Each Renstra's plan item codes, gathered the first time one of its budgets is checked.
            var itemCodes = new Dictionary<Renstra, HashSet<ProgramCode>>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < budgets.Count; i++)
            {
                var path = new ProblemPath("budgetRealisations", i);
                var b = budgets[i];
                if (b is null)
                {
                    Add(path, Messages.Required);
                    continue;
                }

                if (!agencies.TryGetValue(b.Agency, out var renstra))
                {
                    Add(path.Then(".agency"), Messages.UnknownReference(Messages.Kinds.RenstraAgency, b.Agency.ToString()));
                }
                else
                {
                    if (!itemCodes.TryGetValue(renstra, out var codes))
                    {
                        itemCodes.Add(renstra, codes = renstra.Items.Select(it => it.Code).ToHashSet());
                    }

                    if (!codes.Contains(b.Code))
                    {
                        Add(path.Then(".code"), Messages.UnknownReference(Messages.Kinds.PlanItem, b.Code.ToString()));
                    }
                }

                if (b.Amount < 0m)
                {
                    Add(path.Then(".amount"), Messages.NegativeAmount);
                }

                if (!seenBudget.Add((b.Code, b.Agency, b.Period)))
                {
                    Add(path, Messages.DuplicateRealisation(b.Code.ToString()));
                }
            }
        }

        public void Evaluations(List<Evaluation> evaluations)
        {
            var seen = new HashSet<(string, string, int)>();
            for (var i = 0; i < evaluations.Count; i++)
            {
                var path = new ProblemPath("evaluations", i);
                var e = evaluations[i];
                if (e is null)
                {
                    Add(path, Messages.Required);
                    continue;
                }

                if (!seen.Add((e.Scheme.Id.ToUpperInvariant(), e.Subject.ToUpperInvariant(), e.Year)))
                {
                    Add(path, Messages.DuplicateEvaluation(e.Scheme.Id, e.Subject, e.Year));
                }
            }
        }

        private void Strategies(string path, ValueList<Strategi> strategi, ValueList<ArahKebijakan> arah, HashSet<string> sasaran, HashSet<string> strategiIds)
        {
            var strategiPath = path + ".strategi";
            for (var i = 0; i < strategi.Count; i++)
            {
                Text(new ProblemPath(strategiPath, i, ".text"), strategi[i].Text);
                Reference(new ProblemPath(strategiPath, i, ".sasaranId"), strategi[i].SasaranId, sasaran, Messages.Kinds.Sasaran);
            }

            var arahPath = path + ".arahKebijakan";
            for (var i = 0; i < arah.Count; i++)
            {
                Text(new ProblemPath(arahPath, i, ".text"), arah[i].Text);
                Reference(new ProblemPath(arahPath, i, ".strategiId"), arah[i].StrategiId, strategiIds, Messages.Kinds.Strategi);
            }
        }

        private void Planned(ProblemPath at, ValueList<PlannedIndicator> planned, YearSpan period)
        {
            var path = at.ToString();
            for (var i = 0; i < planned.Count; i++)
            {
                var p = planned[i];
                Reference(new ProblemPath(path, i, ".indicatorId"), p.IndicatorId, _indicatorIds, Messages.Kinds.Indicator);
                HashSet<int>? years = null;
                for (var t = 0; t < p.Targets.Count; t++)
                {
                    var year = p.Targets[t].Year;
                    if (!period.Contains(year))
                    {
                        Add($"{path}[{i}].targets[{t}].year", Messages.YearOutsidePeriod(year, new(period.ToString())));
                    }

                    if (Repeats.SeenBefore(p.Targets, t, static target => target.Year, ref years))
                    {
                        Add($"{path}[{i}].targets[{t}].year", Messages.DuplicateYear(year));
                    }
                }
            }
        }

        private void Budget(ProblemPath path, ValueList<YearAmount> budget, YearSpan period)
        {
            HashSet<int>? years = null;
            for (var i = 0; i < budget.Count; i++)
            {
                if (!period.Contains(budget[i].Year))
                {
                    Add($"{path}[{i}].year", Messages.YearOutsidePeriod(budget[i].Year, new(period.ToString())));
                }

                if (Repeats.SeenBefore(budget, i, static amount => amount.Year, ref years))
                {
                    Add($"{path}[{i}].year", Messages.DuplicateYear(budget[i].Year));
                }

                if (budget[i].Amount < 0m)
                {
                    Add($"{path}[{i}].amount", Messages.NegativeAmount);
                }
            }
        }

        private HashSet<string> Ids<T>(string path, ValueList<T> items, Func<T, string> id, HashSet<string> planIds)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is null)
                {
                    Add(new ProblemPath(path, i), Messages.Required);
                    continue;
                }

                var value = id(items[i]);
                if (Text(new ProblemPath(path, i, ".id"), value) && (!set.Add(value) || !planIds.Add(value)))
                {
                    Add(new ProblemPath(path, i, ".id"), Messages.DuplicateId(value));
                }
            }

            return set;
        }

        private void Reference(ProblemPath path, string? id, HashSet<string> known, BilingualText kind)
        {
            if (Text(path, id) && !known.Contains(id!))
            {
                Add(path, Messages.UnknownReference(kind, id!));
            }
        }

        private void References(ProblemPath at, ValueList<string> ids, HashSet<string> known, BilingualText kind)
        {
            var path = at.ToString();
            for (var i = 0; i < ids.Count; i++)
            {
                Reference(new ProblemPath(path, i), ids[i], known, kind);
            }
        }

        private void Level(ProblemPath path, ProgramCode code, CodeLevel level)
        {
            if (code.Level != level)
            {
                Add(path, Messages.WrongCodeLevel(code.ToString(), Messages.Kinds.Of(level)));
            }
        }

        public bool Required(ProblemPath path, string? value) => Text(path, value);

        private bool Text(ProblemPath path, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(path, Messages.Required);
                return false;
            }

            return Unicode(path, value);
        }

        /// <summary>Whether a text, required or not, is valid Unicode (a problem when it is not).</summary>
        private bool Unicode(ProblemPath path, string? value)
        {
            if (UnicodeText.IsValid(value))
            {
                return true;
            }

            Add(path, Messages.InvalidUnicode);
            return false;
        }

        private void Defined<TEnum>(ProblemPath path, TEnum value)
            where TEnum : struct, Enum
        {
            if (!Enum.IsDefined(value))
            {
                Add(path, Messages.UnknownEnumValue);
            }
        }
    }
}
