using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Bands;
using Sakip.Domain.Collections;
using Sakip.Domain.Efficiency;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Explanations;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Testing;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Tests.Planning;

/// <summary>
/// Issue 11, "no invalid instances": validated models and computed results have no public way to be changed (no
/// public or protected setter, so no <c>with</c>); builder inputs may, because their builder checks them; and no
/// review rule, measurement or tree operation throws on any document a user can build, however its parts were edited.
/// </summary>
public class NoInvalidInstanceTests
{
    /// <summary>Validated aggregates and computed results: made only by their builders or computations.</summary>
    private static readonly Type[] Closed =
    [
        typeof(SakipDocument), // built by SakipDocumentBuilder; change through ToBuilder()
        typeof(ReviewReport), // computed by AlignmentReview.Run
        typeof(MeasurementReport), // computed by PerformanceMeasurement.Measure
        typeof(EvaluationResult), // computed by Evaluation.Score
        typeof(EvaluationComparison), // computed by EvaluationComparison.Compare / WhatIf
        typeof(GradeRoad), // computed by GradeRoad.Find
        typeof(Evaluation), // validated by Evaluation.Create
        typeof(EvaluationScheme), // validated by EvaluationScheme.Create; change through ToDefinition()
        typeof(GradeTable), // its public constructor checks its grades (throws on a bad table)
        typeof(BandSet), // its public constructor checks its bands (throws on a bad scale)
        typeof(PerformanceTree), // built by PerformanceTreeBuilder; change through ToBuilder()
        typeof(TreeEvaluation), // computed by TreeEvaluator.Evaluate
        typeof(CompiledEvaluation), // computed by CompiledTree
        typeof(AlignmentReview), // changed only through With/Without
    ];

    /// <summary>
    /// Public types that may have public setters, each with why: inputs a builder or factory checks before they are
    /// part of a model, builders themselves, options, and rows of computed results (a changed copy of a row is a
    /// free-standing value: it cannot be put back into the closed result it came from).
    /// </summary>
    private static readonly Dictionary<Type, string> Open = new()
    {
        // Builders and options.
        [typeof(SakipDocumentBuilder)] = "builder: Build() checks",
        [typeof(PerformanceTreeBuilder)] = "builder: Build() checks",
        [typeof(RollUpOptions)] = "options: every value is checked where the evaluator takes it",
        [typeof(RollUpItem)] = "input of a roll-up strategy (IRollUpStrategy.Combine)",
        [typeof(RuleSet)] = "documented with-derivation; every setter guards its value",

        // Planning parts: SakipDocumentBuilder.Build checks them when they are put into a document.
        [typeof(Region)] = "document builder input",
        [typeof(Misi)] = "document builder input",
        [typeof(RpjmdTujuan)] = "document builder input",
        [typeof(RpjmdSasaran)] = "document builder input",
        [typeof(Strategi)] = "document builder input",
        [typeof(ArahKebijakan)] = "document builder input",
        [typeof(RpjmdProgram)] = "document builder input",
        [typeof(Rpjmd)] = "document builder input",
        [typeof(Agency)] = "document builder input",
        [typeof(RenstraTujuan)] = "document builder input",
        [typeof(RenstraSasaran)] = "document builder input",
        [typeof(PlanItem)] = "document builder input",
        [typeof(Renstra)] = "document builder input",
        [typeof(IndicatorDefinition)] = "document builder input",
        [typeof(YearTarget)] = "document builder input",
        [typeof(YearAmount)] = "document builder input",
        [typeof(PlannedIndicator)] = "document builder input",
        [typeof(PkTarget)] = "document builder input",
        [typeof(PkProgram)] = "document builder input",
        [typeof(PerjanjianKinerja)] = "document builder input",
        [typeof(PeriodTarget)] = "document builder input",
        [typeof(RencanaAksi)] = "document builder input",
        [typeof(IndicatorRealisation)] = "document builder input",
        [typeof(BudgetRealisation)] = "document builder input",

        // Tree parts: PerformanceTreeBuilder.Build checks them.
        [typeof(NodeIndicator)] = "tree builder input",
        [typeof(TreeNode)] = "tree builder input",
        [typeof(TreeLink)] = "tree builder input",
        [typeof(ContributionShare)] = "tree builder input",
        [typeof(SharedIndicator)] = "tree builder input",

        // Evaluation parts: EvaluationScheme.Create and Evaluation.Create check them.
        [typeof(AnswerOption)] = "scheme input",
        [typeof(AnswerScale)] = "scheme input",
        [typeof(Criterion)] = "scheme input",
        [typeof(SubComponent)] = "scheme input",
        [typeof(Component)] = "scheme input",
        [typeof(Grade)] = "scheme input",
        [typeof(SchemeDefinition)] = "scheme input: EvaluationScheme.Create checks",
        [typeof(SchemeChange)] = "scheme input",
        [typeof(CriterionAnswer)] = "evaluation input: Evaluation.Create/With check",
        [typeof(SubComponentAnswer)] = "evaluation input: Evaluation.Create/WithGrades check",

        // Calculator inputs: the calculator checks them and reports InvalidInput, never throws.
        [typeof(AchievementInput)] = "calculator input",
        [typeof(AggregationItem)] = "aggregator input",
        [typeof(RencanaAksiInput)] = "calculator input",
        [typeof(PeriodValue)] = "calculator input",
        [typeof(EkaOutput)] = "calculator input",
    };

    [Fact]
    public void ClosedTypes_HaveNoPublicOrProtectedSetter()
    {
        var offenders = Closed.SelectMany(t => OpenSetters(t).Select(p => $"{t.Name}.{p.Name}")).ToList();

        Assert.True(offenders.Count == 0, "Settable from outside: " + string.Join(", ", offenders));
    }

    [Fact]
    public void ClosedTypes_HaveNoPublicConstructor()
    {
        var offenders = Closed.Except([typeof(GradeTable), typeof(BandSet)]).Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0).Select(t => t.Name).ToList();

        Assert.True(offenders.Count == 0, "Publicly constructible: " + string.Join(", ", offenders));
    }

    [Fact]
    public void PublicTypesWithSetters_AreClosedOrListedWithAReason()
    {
        var offenders = typeof(SakipDocument).Assembly.GetExportedTypes()
            .Where(t => !Open.ContainsKey(t) && OpenSetters(t).Any() && !IsResultRow(t))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0, "Public setters on a type that is neither a builder input nor a result row: " + string.Join(", ", offenders));
    }

    [Fact]
    public void ClosedTypes_AreNotListedAsOpen() => Assert.DoesNotContain(Closed, Open.ContainsKey);

    [Trait(TestCategories.Name, TestCategories.Robustness)]
    [Property(MaxTest = 150)]
    public Property ReviewMeasurementAndTree_OnGeneratedDocuments_NeverThrow() =>
        Prop.ForAll(DocumentGenerators.Document.ToArbitrary(), document => Exercise(document).Label(Describe(document)));

    [Trait(TestCategories.Name, TestCategories.Robustness)]
    [Property(MaxTest = 300)]
    public Property ReviewMeasurementAndTree_OnDocumentsRebuiltFromEditedParts_NeverThrow() =>
        Prop.ForAll(EditedDocuments.ToArbitrary(), edited =>
        {
            var (document, edits) = edited;
            var builder = document.ToBuilder();
            foreach (var edit in edits)
            {
                edit.Apply(builder);
            }

            var built = builder.Build();
            return (!built.IsSuccess || Exercise(built.GetValueOrThrow()))
                .Classify(built.IsSuccess, "edited document still valid")
                .Label(string.Join(", ", edits.Select(e => e.Name)));
        });

    [Fact]
    public void Aln009_DocumentWithoutTheIndicatorsItPlans_CannotBeMade()
    {
        // The measured bug: `document with { Indicators = [] }` made a document whose planned indicators dangle, and
        // ALN-009 threw KeyNotFoundException. Such a document now can only come from a builder, which refuses it.
        var document = DocumentGenerators.Document.Where(d => d.Rpjmd is { } r && r.Sasaran.Any(s => s.Indicators.Count > 0)).Sample(10, 1).First();
        var builder = document.ToBuilder();
        builder.Indicators.Clear();

        Assert.False(builder.Build().IsSuccess);
    }

    private static bool Exercise(SakipDocument document)
    {
        var report = AlignmentReview.Default.Run(document);
        _ = report.ErrorCount + report.Findings.Count + report.Rules.Count;
        var measurement = new PerformanceMeasurement(RuleSets.Default);
        var tree = TreeEvaluator.Default;
        foreach (var year in Years(document))
        {
            foreach (var asOf in new ReportingPeriod?[] { null, ReportingPeriod.OfQuarter(year, 2) })
            {
                _ = measurement.Measure(document, year, asOf);
                var built = PerformanceTreeFactory.FromDocument(document, year, asOf);
                if (built.IsSuccess)
                {
                    _ = built.GetValueOrThrow().Check();
                    var evaluation = tree.Evaluate(built.GetValueOrThrow());
                    foreach (var node in built.GetValueOrThrow().Nodes)
                    {
                        _ = evaluation.EffectsOn(node.Id);
                        _ = built.GetValueOrThrow().PathOf(node.Id);
                    }
                }
            }
        }

        return true;
    }

    private static IEnumerable<int> Years(SakipDocument document) =>
        document.PerjanjianKinerja.Select(pk => pk.Year)
            .Concat(document.Renstras.SelectMany(r => Enumerable.Range(r.Period.First, r.Period.Last - r.Period.First + 1)))
            .Concat(document.Rpjmd is { } rpjmd ? Enumerable.Range(rpjmd.Period.First, rpjmd.Period.Last - rpjmd.Period.First + 1) : [])
            .Append(1899)
            .Distinct();

    private static string Describe(SakipDocument document) =>
        $"{document.Indicators.Count} indicators, {document.Renstras.Count} Renstras, {document.PerjanjianKinerja.Count} PK";

    private static IEnumerable<PropertyInfo> OpenSetters(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is { } set && (set.IsPublic || set.IsFamily || set.IsFamilyOrAssembly));

    /// <summary>Positional records computed by the library as parts of a closed result (their changed copies are
    /// free-standing values no library operation takes back as that result).</summary>
    private static bool IsResultRow(Type type) => ResultRows.Contains(type);

    private static readonly HashSet<Type> ResultRows =
    [
        typeof(ReviewFinding), typeof(FindingFigure), typeof(ReviewCoverage), typeof(RuleRun),
        typeof(IndicatorMeasurement), typeof(SasaranMeasurement), typeof(AgreementMeasurement),
        typeof(CriterionScore), typeof(SubComponentScore), typeof(ComponentScore), typeof(LogicFinding),
        typeof(ComponentDelta), typeof(CriterionDelta), typeof(SubComponentDelta), typeof(AnswerImprovement),
        typeof(NodeContribution), typeof(ContributionEffect), typeof(NodeResult), typeof(NodeChange), typeof(TreeIssue),
        typeof(Achieved), typeof(NotReported), typeof(NotMeasurable), typeof(InvalidInput), typeof(Problem),
        typeof(FormulaValue), typeof(FormulaNotMeasurable), typeof(Explanation), typeof(ExplanationStep),
        typeof(AggregateContribution), typeof(ExcludedItem), typeof(AggregateValue),
        typeof(AggregateNotAvailable), typeof(InvalidAggregation),
        typeof(EfficiencyComparison), typeof(EkaOutputEfficiency), typeof(EkaScore),
        typeof(Problem), typeof(Reason), typeof(Band),
    ];

    /// <summary>A document and edits of its parts, made through the builder.</summary>
    private static Gen<(SakipDocument Document, Edit[] Edits)> EditedDocuments { get; } =
        from document in DocumentGenerators.Document
        from count in Gen.Choose(1, 4)
        from edits in Gen.ArrayOf(Edits, count)
        select (document, edits);

    private static Gen<Edit> Edits { get; } =
        from kind in Gen.Choose(0, 15)
        from a in Gen.Choose(0, 1000)
        from b in Gen.Choose(0, 1000)
        from unit in Gen.Elements("%", "persen", "km", " % ")
        select Edit.Make(kind, a, b, unit);

    private sealed record Edit(string Name, Action<SakipDocumentBuilder> Apply)
    {
        public static Edit Make(int kind, int a, int b, string unit) => kind switch
        {
            0 => new("remove indicator", d => RemoveAt(d.Indicators, a)),
            1 => new("cascade indicator", d => Replace(d.Indicators, a, i => i with { CascadedFrom = Pick(d.Indicators, b)?.Id })),
            2 => new("change unit", d => Replace(d.Indicators, a, i => i with { Unit = unit })),
            3 => new("flip polarity and type", d => Replace(d.Indicators, a, i => i with { Polarity = (Polarity)(b % 2), Type = (IndicatorType)(b % 4), Accumulation = (AccumulationType)(b % 3) })),
            4 => new("remove Renstra", d => RemoveAt(d.Renstras, a)),
            5 => new("remove RPJMD", d => d.Rpjmd = null),
            6 => new("remove RPJMD sasaran", d => d.Rpjmd = d.Rpjmd is { } r ? r with { Sasaran = Without(r.Sasaran, a) } : null),
            7 => new("PK to head of region", d => Replace(d.PerjanjianKinerja, a, pk => pk with { Agency = null, Level = OfficialLevel.HeadOfRegion })),
            8 => new("PK to another agency", d => Replace(d.PerjanjianKinerja, a, pk => pk with { Agency = Pick(d.Renstras, b)?.Agency.Code ?? pk.Agency })),
            9 => new("PK year", d => Replace(d.PerjanjianKinerja, a, pk => pk with { Year = 2017 + (b % 16) })),
            10 => new("PK target indicator", d => Replace(d.PerjanjianKinerja, a, pk => pk with { Targets = [.. pk.Targets.Select(t => t with { IndicatorId = Pick(d.Indicators, b)?.Id ?? t.IndicatorId })] })),
            11 => new("sasaran supports every RPJMD sasaran", d => Replace(d.Renstras, a, r => r with { Sasaran = [.. r.Sasaran.Select(s => s with { SupportsRpjmdSasaran = [.. d.Rpjmd?.Sasaran.Select(x => x.Id) ?? []] })] })),
            12 => new("Renstra period", d => Replace(d.Renstras, a, r => r with { Period = new YearSpan(2017 + (b % 10), 2017 + (b % 10) + (a % 6)) })),
            13 => new("remove Rencana Aksi and realisations", d => { RemoveAt(d.RencanaAksi, a); RemoveAt(d.Realisations, b); }),
            14 => new("sasaran plans another indicator", d => Replace(d.Renstras, a, r => r with { Sasaran = [.. r.Sasaran.Select(s => s with { Indicators = [.. s.Indicators.Select(p => p with { IndicatorId = Pick(d.Indicators, b)?.Id ?? p.IndicatorId })] })] })),
            _ => new("remove Renstra items", d => Replace(d.Renstras, a, r => r with { Items = Without(r.Items, b) })),
        };

        private static T? Pick<T>(List<T> list, int index)
            where T : class => list.Count == 0 ? null : list[index % list.Count];

        private static void RemoveAt<T>(List<T> list, int index)
        {
            if (list.Count > 0)
            {
                list.RemoveAt(index % list.Count);
            }
        }

        private static void Replace<T>(List<T> list, int index, Func<T, T> change)
        {
            if (list.Count > 0)
            {
                list[index % list.Count] = change(list[index % list.Count]);
            }
        }

        private static ValueList<T> Without<T>(ValueList<T> list, int index) =>
            list.Count == 0 ? list : [.. list.Where((_, i) => i != index % list.Count)];
    }
}

/// <summary>Defence in depth: the review rules, measurement and tree factory stay total even on a document the builder
/// would refuse (made here through the internal constructor, which no user can call).</summary>
[Trait(TestCategories.Name, TestCategories.Robustness)]
public class UncheckedDocumentTests
{
    [Property(MaxTest = 200)]
    public Property Review_DocumentWithDanglingIndicators_DoesNotThrow() =>
        Prop.ForAll(DocumentGenerators.Document.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (document, keep) =>
        {
            var damaged = new SakipDocument(
                document.Region,
                [.. document.Indicators.Take(keep)],
                document.Rpjmd,
                document.Renstras,
                document.PerjanjianKinerja,
                document.RencanaAksi,
                document.Realisations,
                document.BudgetRealisations,
                document.Evaluations);
            _ = AlignmentReview.Default.Run(damaged);
            var year = document.PerjanjianKinerja.Count > 0 ? document.PerjanjianKinerja[0].Year : 2024;
            _ = new PerformanceMeasurement(RuleSets.Default).Measure(damaged, year);
            if (PerformanceTreeFactory.FromDocument(damaged, year) is { IsSuccess: true } tree)
            {
                _ = TreeEvaluator.Default.Evaluate(tree.GetValueOrThrow());
            }

            return true;
        });
}

/// <summary>The document builder never throws for bad data: a null anywhere inside a part is a problem with its path.</summary>
public class BuilderMissingPartTests
{
    private static readonly Func<SakipDocumentBuilder, string?>[] Holes =
    [
        b => Edit("rpjmd.misi", () => b.Rpjmd = b.Rpjmd! with { Misi = [.. b.Rpjmd.Misi, null!] }, b.Rpjmd is not null),
        b => Edit("rpjmd.tujuan", () => b.Rpjmd = b.Rpjmd! with { Tujuan = [null!, .. b.Rpjmd.Tujuan] }, b.Rpjmd is not null),
        b => Edit("rpjmd.sasaran", () => b.Rpjmd = b.Rpjmd! with { Sasaran = [.. b.Rpjmd.Sasaran.Select(s => s with { Indicators = [.. s.Indicators, null!] })] }, b.Rpjmd is { Sasaran.Count: > 0 }),
        b => Edit("rpjmd.programs", () => b.Rpjmd = b.Rpjmd! with { Programs = [.. b.Rpjmd.Programs, null!] }, b.Rpjmd is not null),
        b => Edit("rpjmd.strategi", () => b.Rpjmd = b.Rpjmd! with { Strategi = [null!] }, b.Rpjmd is not null),
        b => Edit("renstras[0].sasaran", () => b.Renstras[0] = b.Renstras[0] with { Sasaran = [.. b.Renstras[0].Sasaran, null!] }, b.Renstras.Count > 0),
        b => Edit("renstras[0].tujuan", () => b.Renstras[0] = b.Renstras[0] with { Tujuan = [.. b.Renstras[0].Tujuan.Select(t => t with { Indicators = [null!] })] }, b.Renstras is [{ Tujuan.Count: > 0 }, ..]),
        b => Edit("renstras[0].items", () => b.Renstras[0] = b.Renstras[0] with { Items = [.. b.Renstras[0].Items.Select(i => i with { Budget = [null!] })] }, b.Renstras is [{ Items.Count: > 0 }, ..]),
        b => Edit("renstras[0].arahKebijakan", () => b.Renstras[0] = b.Renstras[0] with { ArahKebijakan = [null!] }, b.Renstras.Count > 0),
        b => Edit("perjanjianKinerja[0].targets", () => b.PerjanjianKinerja[0] = b.PerjanjianKinerja[0] with { Targets = [null!] }, b.PerjanjianKinerja.Count > 0),
        b => Edit("perjanjianKinerja[0].programs", () => b.PerjanjianKinerja[0] = b.PerjanjianKinerja[0] with { Programs = [null!] }, b.PerjanjianKinerja.Count > 0),
        b => Edit("rencanaAksi[0].targets", () => b.RencanaAksi[0] = b.RencanaAksi[0] with { Targets = [null!] }, b.RencanaAksi.Count > 0),
    ];

    [Property(MaxTest = 300)]
    public Property Build_NullInsideAPart_ReportsItsPathAndDoesNotThrow() =>
        Prop.ForAll(DocumentGenerators.Document.ToArbitrary(), Gen.Choose(0, Holes.Length - 1).ToArbitrary(), (document, hole) =>
        {
            var builder = document.ToBuilder();
            if (Holes[hole](builder) is not { } path)
            {
                return true.Classify(true, "hole not applicable");
            }

            var built = builder.Build();
            return (!built.IsSuccess && built.Problems.Any(p => p.Path.StartsWith(path, StringComparison.Ordinal) && p.Reason.Code == "required"))
                .Label(path + ": " + string.Join("; ", built.Problems));
        });

    private static string? Edit(string path, Action edit, bool applies)
    {
        if (!applies)
        {
            return null;
        }

        edit();
        return path;
    }
}

/// <summary>A rule set derived with <c>with</c> goes through its setters' checks: no value a calculation cannot use.</summary>
public class RuleSetWithTests
{
    [Fact]
    public void With_UndefinedChoicesOrNullBands_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => RuleSets.Default with { Aggregation = null! });
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => RuleSets.Default with { BandBasis = (BandBasis)99 });
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => RuleSets.Default with { NegativeZeroTarget = (NegativeZeroTargetRule)99 });
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => RuleSets.Default with { InverseZeroRealisation = (InverseZeroRealisationRule)99 });
        Assert.Throws<ArgumentNullException>(() => RuleSets.Default with { Bands = null! });
        Assert.ThrowsAny<ArgumentException>(() => RuleSets.Default with { NegativeFormulaId = " " });
        Assert.ThrowsAny<ArgumentException>(() => RuleSets.Default with { PositiveFormulaId = "" });
    }
}
