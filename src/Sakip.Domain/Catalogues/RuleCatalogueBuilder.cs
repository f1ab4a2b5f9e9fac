using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Plugins;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Catalogues;

/// <summary>
/// Collects the rules of a <see cref="RuleCatalogue"/>: the built-ins it starts from, then rules added one by one or
/// by plugins; <see cref="Build"/> checks them all together.
/// </summary>
/// <remarks>
/// <para>Adding the same item twice (the same instance, or an equal rule set) keeps one. A rule set's band set and
/// aggregation strategy are added with it when no other has their id. Not thread-safe: build on one thread, then
/// share the immutable catalogue.</para>
/// <example>
/// <code>
/// var built = RuleCatalogue.CreateBuilder()
///     .Add(RuleSets.Inverse with { Id = "provinsi-contoh-2025", Name = "Provinsi Contoh", LegalBasis = "Pergub 7/2025", Cap = 120m })
///     .Build();
/// if (!built.TryGetValue(out var catalogue)) { /* built.Problems lists every problem */ }
/// </code>
/// </example>
/// </remarks>
public sealed class RuleCatalogueBuilder
{
    private static readonly BilingualText BuiltInSource = new("the library", "pustaka");

    private static readonly BilingualText CodeSource = new("code", "kode");

    private static readonly BilingualText BandSetFamily = new("band set", "skala predikat");

    private static readonly BilingualText StrategyFamily = new("roll-up strategy", "strategi agregasi");

    private readonly Family<IAchievementFormula> _formulas = new(new("formula", "rumus"), "formulas", static f => f.Id);
    private readonly Family<RuleSet> _ruleSets = new(new("rule set", "aturan capaian"), "ruleSets", static r => r.Id);
    private readonly Family<BandSet> _bandSets = new(BandSetFamily, "bandSets", static b => b.Id);
    private readonly Family<IRollUpStrategy> _strategies = new(StrategyFamily, "rollUpStrategies", static s => s.Id);
    private readonly Family<IAlignmentRule> _rules = new(new("alignment rule", "aturan keselarasan"), "alignmentRules", static r => r.Id);
    private readonly Family<EvaluationScheme> _schemes = new(new("evaluation scheme", "skema evaluasi"), "evaluationSchemes", static s => s.Id);
    private readonly Family<AnswerScale> _scales = new(new("answer scale", "skala jawaban"), "answerScales", static s => s.Id);
    private readonly List<string> _plugins = [];
    private readonly HashSet<ISakipPlugin> _pluginInstances = new(ReferenceEqualityComparer.Instance);
    private readonly List<Problem> _pluginProblems = [];
    private BilingualText _source = CodeSource;

    internal RuleCatalogueBuilder(RuleCatalogue start)
    {
        var builtIn = RuleCatalogue.BuiltIn;
        Seed(_formulas, start.Formulas.All, builtIn.Formulas.All, start.Sources);
        Seed(_ruleSets, start.RuleSets.All, builtIn.RuleSets.All, start.Sources);
        Seed(_bandSets, start.BandSets.All, builtIn.BandSets.All, start.Sources);
        Seed(_strategies, start.RollUpStrategies.All, builtIn.RollUpStrategies.All, start.Sources);
        Seed(_rules, start.AlignmentRules.All, builtIn.AlignmentRules.All, start.Sources);
        Seed(_schemes, start.EvaluationSchemes.All, builtIn.EvaluationSchemes.All, start.Sources);
        Seed(_scales, start.AnswerScales.All, builtIn.AnswerScales.All, start.Sources);
        _plugins.AddRange(start.Plugins);
    }

    /// <summary>Adds a capaian formula.</summary>
    /// <param name="formula">The formula.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="formula"/> is null.</exception>
    public RuleCatalogueBuilder Add(IAchievementFormula formula) => Add(_formulas, formula);

    /// <summary>Adds a rule set, with its band set and aggregation strategy when no other has their id.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public RuleCatalogueBuilder Add(RuleSet ruleSet) => Add(_ruleSets, ruleSet);

    /// <summary>Adds a band set.</summary>
    /// <param name="bandSet">The band set.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bandSet"/> is null.</exception>
    public RuleCatalogueBuilder Add(BandSet bandSet) => Add(_bandSets, bandSet);

    /// <summary>Adds a roll-up strategy.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strategy"/> is null.</exception>
    public RuleCatalogueBuilder Add(IRollUpStrategy strategy) => Add(_strategies, strategy);

    /// <summary>Adds an alignment rule; the catalogue's <see cref="RuleCatalogue.Review"/> runs it after the built-in
    /// rules.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public RuleCatalogueBuilder Add(IAlignmentRule rule) => Add(_rules, rule);

    /// <summary>Adds an LKE evaluation scheme.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public RuleCatalogueBuilder Add(EvaluationScheme scheme) => Add(_schemes, scheme);

    /// <summary>Adds an answer scale.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public RuleCatalogueBuilder Add(AnswerScale scale) => Add(_scales, scale);

    /// <summary>Adds what a plugin contributes: the plugin's <see cref="ISakipPlugin.Register"/> is called with this
    /// builder (once: adding the same plugin instance again does nothing), and every rule it adds is attributed to it
    /// in problems. A plugin that throws while registering is
    /// reported by <see cref="Build"/> (what it added before it threw is kept).</summary>
    /// <param name="plugin">The plugin.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plugin"/> is null.</exception>
    public RuleCatalogueBuilder Add(ISakipPlugin plugin)
    {
        Guard.Against.Null(plugin);
        if (!_pluginInstances.Add(plugin))
        {
            return this;
        }

        var name = string.IsNullOrWhiteSpace(plugin.Name) ? plugin.GetType().FullName ?? "plugin" : plugin.Name.Trim();
        var previous = _source;
        _source = new($"plugin '{name}'", $"plugin '{name}'");
        try
        {
            plugin.Register(this);
        }
#pragma warning disable CA1031 // A plugin is someone else's code: whatever it throws is reported as a problem.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _pluginProblems.Add(new Problem($"plugins[{name}]", Messages.PluginFailed(name, FailureText.Of(e))));
        }
        finally
        {
            _source = previous;
        }

        _plugins.Add(name);
        return this;
    }

    /// <summary>Checks every rule together and makes the catalogue.</summary>
    /// <returns>The catalogue, or every problem: two items of a family with one id (<c>duplicate-id</c>), an item that
    /// carries a built-in's id but differs from it (<c>built-in-id</c>), an item without an id (<c>blank-id</c>), a
    /// rule set whose formula the catalogue lacks (<c>unknown-formula</c>) or is for the other polarity
    /// (<c>formula-polarity</c>), whose cap is below 100 (<c>cap-below-100</c>), or whose band set or strategy
    /// differs from the catalogue's of that id (<c>conflicting-part</c>), a formula or alignment rule that cannot be
    /// used (<c>bad-formula</c>, <c>bad-rule</c>), and a plugin that failed (<c>plugin-failed</c>). Each problem's
    /// path names the family and id, e.g. <c>ruleSets[provinsi-contoh-2025].negativeFormulaId</c>.</returns>
    public Result<RuleCatalogue> Build()
    {
        var problems = new List<Problem>(_pluginProblems);
        var formulas = _formulas.Resolve(problems);
        foreach (var (formula, source) in formulas)
        {
            CheckFormula(formula, source, problems);
        }

        var ruleSets = _ruleSets.Resolve(problems);
        var bandSets = _bandSets.Clone();
        var strategies = _strategies.Clone();
        foreach (var (ruleSet, source) in ruleSets)
        {
            bandSets.AddPart(ruleSet.Bands, Owner(ruleSet));
            strategies.AddPart(ruleSet.Aggregation, Owner(ruleSet));
        }

        var resolvedBands = bandSets.Resolve(problems);
        var resolvedStrategies = strategies.Resolve(problems);
        var formulaIndex = formulas.GroupBy(f => Family<IAchievementFormula>.Key(f.Item.Id)).ToDictionary(g => g.Key, g => g.First().Item, StringComparer.OrdinalIgnoreCase);
        foreach (var (ruleSet, _) in ruleSets)
        {
            CheckRuleSet(ruleSet, formulaIndex, resolvedBands, resolvedStrategies, problems);
        }

        var rules = _rules.Resolve(problems);
        foreach (var (rule, source) in rules)
        {
            CheckRule(rule, source, problems);
        }

        var schemes = _schemes.Resolve(problems);
        var scales = _scales.Resolve(problems);
        if (problems.Count > 0)
        {
            return Result<RuleCatalogue>.Failure(problems);
        }

        var sources = new Dictionary<object, BilingualText>(ReferenceEqualityComparer.Instance);
        Remember(sources, formulas);
        Remember(sources, ruleSets);
        Remember(sources, resolvedBands);
        Remember(sources, resolvedStrategies);
        Remember(sources, rules);
        Remember(sources, schemes);
        Remember(sources, scales);
        return Result<RuleCatalogue>.Success(new RuleCatalogue(
            Items(formulas), Items(ruleSets), Items(resolvedBands), Items(resolvedStrategies), Items(rules), Items(schemes), Items(scales), [.. _plugins], sources));
    }

    private static T[] Items<T>(List<(T Item, BilingualText Source)> entries) => [.. entries.Select(e => e.Item)];

    private static void Seed<T>(Family<T> family, IReadOnlyList<T> items, IReadOnlyList<T> builtIn, IReadOnlyDictionary<object, BilingualText> sources)
        where T : class
    {
        foreach (var item in items)
        {
            family.Entries.Add((item, builtIn.Contains(item) ? BuiltInSource : sources.GetValueOrDefault(item, CodeSource)));
        }
    }

    private static void Remember<T>(Dictionary<object, BilingualText> sources, List<(T Item, BilingualText Source)> entries)
        where T : class
    {
        foreach (var (item, source) in entries)
        {
            if (source != BuiltInSource)
            {
                sources.TryAdd(item, source);
            }
        }
    }

    /// <summary>Where a rule set's band set or strategy came from, when the catalogue has none of that id.</summary>
    private static BilingualText Owner(RuleSet ruleSet) => new($"rule set '{ruleSet.Id}'", $"aturan capaian '{ruleSet.Id}'");

    private static void CheckFormula(IAchievementFormula formula, BilingualText source, List<Problem> problems)
    {
        var path = $"formulas[{formula.Id}]";
        if (formula.Version < 1)
        {
            problems.Add(new Problem(path + ".version", Messages.BadFormula(new(
                $"its version is {formula.Version}, and must be 1 or more ({source.English})",
                $"versinya {formula.Version}, padahal harus 1 atau lebih ({source.Indonesian})"))));
        }

        if (string.IsNullOrWhiteSpace(formula.Expression))
        {
            problems.Add(new Problem(path + ".expression", Messages.BadFormula(new(
                $"it has no expression ({source.English})",
                $"rumus itu tidak memiliki ekspresi ({source.Indonesian})"))));
        }

        if (!Enum.IsDefined(formula.Polarity))
        {
            problems.Add(new Problem(path + ".polarity", Messages.BadFormula(new(
                $"its polarity {(int)formula.Polarity} is neither positive nor negative ({source.English})",
                $"polaritasnya {(int)formula.Polarity} bukan positif maupun negatif ({source.Indonesian})"))));
        }
    }

    private static void CheckRuleSet(
        RuleSet ruleSet,
        Dictionary<string, IAchievementFormula> formulas,
        List<(BandSet Item, BilingualText Source)> bandSets,
        List<(IRollUpStrategy Item, BilingualText Source)> strategies,
        List<Problem> problems)
    {
        var path = $"ruleSets[{ruleSet.Id}]";
        foreach (var (field, id, polarity) in new[] { ("positiveFormulaId", ruleSet.PositiveFormulaId, Polarity.Positive), ("negativeFormulaId", ruleSet.NegativeFormulaId, Polarity.Negative) })
        {
            if (!formulas.TryGetValue(Family<IAchievementFormula>.Key(id), out var formula))
            {
                problems.Add(new Problem($"{path}.{field}", Messages.UnknownFormula(id, string.Join(", ", formulas.Values.Select(f => f.Id)))));
            }
            else if (formula.Polarity != polarity && Enum.IsDefined(formula.Polarity))
            {
                problems.Add(new Problem($"{path}.{field}", Messages.FormulaPolarity(id, polarity, formula.Polarity)));
            }
        }

        if (ruleSet.Cap is < 100m)
        {
            problems.Add(new Problem(path + ".cap", Messages.CapBelowHundred));
        }

        if (bandSets.FirstOrDefault(b => Family<BandSet>.Key(b.Item.Id) == Family<BandSet>.Key(ruleSet.Bands.Id)).Item is { } bands && !Equals(bands, ruleSet.Bands))
        {
            problems.Add(new Problem(path + ".bands", Messages.ConflictingPart(BandSetFamily, ruleSet.Bands.Id, Owner(ruleSet))));
        }

        if (strategies.FirstOrDefault(s => Family<IRollUpStrategy>.Key(s.Item.Id) == Family<IRollUpStrategy>.Key(ruleSet.Aggregation.Id)).Item is { } strategy && !Equals(strategy, ruleSet.Aggregation))
        {
            problems.Add(new Problem(path + ".aggregation", Messages.ConflictingPart(StrategyFamily, ruleSet.Aggregation.Id, Owner(ruleSet))));
        }
    }

    private static void CheckRule(IAlignmentRule rule, BilingualText source, List<Problem> problems)
    {
        var path = $"alignmentRules[{rule.Id}]";
        if (rule.Title is not { } title || string.IsNullOrWhiteSpace(title.English) || string.IsNullOrWhiteSpace(title.Indonesian))
        {
            problems.Add(new Problem(path + ".title", Messages.BadRule(new(
                $"it needs a title in English and in Indonesian ({source.English})",
                $"aturan itu memerlukan judul dalam bahasa Inggris dan bahasa Indonesia ({source.Indonesian})"))));
        }

        if (!Enum.IsDefined(rule.Severity))
        {
            problems.Add(new Problem(path + ".severity", Messages.BadRule(new(
                $"its severity {(int)rule.Severity} is not error, warning or info ({source.English})",
                $"tingkat keparahannya {(int)rule.Severity} bukan error, warning, atau info ({source.Indonesian})"))));
        }

        if (string.IsNullOrWhiteSpace(rule.Basis))
        {
            problems.Add(new Problem(path + ".basis", Messages.BadRule(new(
                $"it needs a basis: the regulation or practice it checks ({source.English})",
                $"aturan itu memerlukan dasar: regulasi atau praktik yang diperiksanya ({source.Indonesian})"))));
        }
    }

    private RuleCatalogueBuilder Add<T>(Family<T> family, T item)
        where T : class
    {
        family.Entries.Add((Guard.Against.Null(item), _source));
        return this;
    }

    /// <summary>One family's items in the order added, with where each came from.</summary>
    private sealed class Family<T>(BilingualText name, string path, Func<T, string?> idOf)
        where T : class
    {
        public List<(T Item, BilingualText Source)> Entries { get; } = [];

        public static string Key(string? id) => (id ?? "").Trim().ToUpperInvariant();

        public Family<T> Clone()
        {
            var copy = new Family<T>(name, path, idOf);
            copy.Entries.AddRange(Entries);
            return copy;
        }

        /// <summary>A part of another item (a rule set's band set): added when no item has its id yet.</summary>
        public void AddPart(T item, BilingualText source)
        {
            var key = Key(idOf(item));
            if (!Entries.Exists(e => Key(idOf(e.Item)) == key))
            {
                Entries.Add((item, source));
            }
        }

        /// <summary>The items with unique ids, adding a problem for each blank or repeated id.</summary>
        public List<(T Item, BilingualText Source)> Resolve(List<Problem> problems)
        {
            var kept = new List<(T Item, BilingualText Source)>();
            var byId = new Dictionary<string, (T Item, BilingualText Source)>();
            foreach (var ((item, source), index) in Entries.Select((e, i) => (e, i)))
            {
                var id = idOf(item);
                if (string.IsNullOrWhiteSpace(id))
                {
                    problems.Add(new Problem($"{path}[{index}]", Messages.BlankId(name, source)));
                    continue;
                }

                if (byId.TryGetValue(Key(id), out var first))
                {
                    if (!ReferenceEquals(first.Item, item) && !Equals(first.Item, item))
                    {
                        problems.Add(new Problem(
                            $"{path}[{id.Trim()}]",
                            first.Source == BuiltInSource ? Messages.BuiltInIdTaken(name, id.Trim(), source) : Messages.DuplicateId(name, id.Trim(), first.Source, source)));
                    }

                    continue;
                }

                byId.Add(Key(id), (item, source));
                kept.Add((item, source));
            }

            return kept;
        }
    }
}
