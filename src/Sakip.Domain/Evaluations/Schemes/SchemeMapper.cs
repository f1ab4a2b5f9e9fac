using System.Text.RegularExpressions;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;

namespace Sakip.Domain.Evaluations.Schemes;

/// <summary>
/// Converts between an evaluation scheme and its file. Scales: a criterion or sub-component names its scale by id; the
/// scales that are not the built-in scale of their id are written once under <c>scales</c>. Reading resolves ids among the file's
/// scales first, then the built-in ones, and maps <see cref="EvaluationScheme.Create"/>'s problems to JSON paths (a
/// problem of a file scale is reported once, at the scale). The one mapper of the scheme file: the built-in schemes'
/// resources (<see cref="SchemeFile"/>) and Sakip.Domain.Json's <c>EvaluationSchemeJson</c> both use it.
/// </summary>
internal static partial class SchemeMapper
{
    public static SchemeFileJson ToJson(EvaluationScheme scheme)
    {
        var scales = new Dictionary<string, AnswerScale>(StringComparer.OrdinalIgnoreCase);
        var fileScales = new List<AnswerScaleJson>();
        var used = scheme.SubComponents.Select(s => s.Scale).OfType<AnswerScale>().Concat(scheme.Criteria.Select(k => k.Scale));
        foreach (var scale in used)
        {
            if (scales.TryGetValue(scale.Id, out var known))
            {
                if (known != scale)
                {
                    throw new ArgumentException($"Scheme {scheme.Id} uses two different answer scales with the id '{scale.Id}'; a scheme file names scales by id.", nameof(scheme));
                }

                continue;
            }

            scales.Add(scale.Id, scale);
            if (!AnswerScales.TryGet(scale.Id, out var builtIn) || builtIn != scale)
            {
                fileScales.Add(ToJson(scale));
            }
        }

        return new SchemeFileJson
        {
            FormatVersion = SchemeFile.FormatVersion,
            Id = scheme.Id,
            Version = scheme.Version,
            Name = scheme.Name,
            Basis = scheme.Basis,
            Assumptions = [.. scheme.Assumptions],
            DefaultMethod = scheme.DefaultMethod,
            Changes = [.. scheme.Changes.Select(c => new SchemeChangeJson { Version = c.Version, Change = c.Description.English, Perubahan = c.Description.Indonesian })],
            Scales = fileScales,
            Components = [.. scheme.Components.Select(c => new ComponentJson
            {
                Id = c.Id,
                Name = c.Name,
                Weight = c.Weight,
                SubComponents = [.. c.SubComponents.Select(s => new SubComponentJson
                {
                    Id = s.Id,
                    Name = s.Name,
                    Weight = s.Weight,
                    Method = s.Method,
                    Scale = s.Scale?.Id,
                    DependsOn = s.DependsOn,
                    Criteria = [.. s.Criteria.Select(k => new CriterionJson
                    {
                        Id = k.Id,
                        Title = k.Title,
                        Scale = k.Scale.Id,
                        DependsOn = k.DependsOn,
                        Points = k.Points,
                        Guidance = k.Guidance,
                    })],
                })],
            })],
            Grades = new GradeTableJson
            {
                Edges = scheme.Grades.Edges,
                Deciding = scheme.Grades.Deciding is { } rule ? new RoundingJson { Mode = rule.Mode, Decimals = rule.Decimals } : null,
                Grades = [.. scheme.Grades.Grades.Select(g => new GradeJson { Code = g.Code, LowerEdge = g.LowerEdge, Label = g.Label.Indonesian, EnglishLabel = g.Label.English })],
            },
        };
    }

    /// <summary>A scale as the scheme file (and the answer document's legend) writes it.</summary>
    public static AnswerScaleJson ToJson(AnswerScale scale) => new()
    {
        Id = scale.Id,
        Name = scale.Name,
        Options = [.. scale.Options.Select(o => new AnswerOptionJson
        {
            Code = o.Code,
            Value = o.Value,
            Label = o.Label.Indonesian,
            EnglishLabel = o.Label.English == o.Label.Indonesian ? null : o.Label.English, // read back as the Indonesian
        })],
    };

    /// <summary>Creates the scheme of a deserialized file, adding every problem with its JSON path (from <c>$</c>).</summary>
    /// <returns>The scheme, or <see langword="null"/> when there was a problem (<paramref name="problems"/> starts empty).</returns>
    public static EvaluationScheme? ToModel(SchemeFileJson json, List<SchemeFileProblem> problems)
    {
        var fileScales = new Dictionary<string, (int Index, AnswerScale Scale)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < json.Scales.Count; i++)
        {
            var s = json.Scales[i];
            var scale = new AnswerScale(s.Id, s.Name, s.Options.Select(o => new AnswerOption(o.Code, o.Value, new(o.EnglishLabel ?? o.Label ?? "", o.Label ?? ""))));
            if (string.IsNullOrWhiteSpace(s.Id))
            {
                problems.Add(new($"$.scales[{i}].id", SchemeFileMessages.Required));
            }
            else if (!fileScales.TryAdd(s.Id.Trim(), (i, scale)))
            {
                problems.Add(new($"$.scales[{i}].id", SchemeFileMessages.DuplicateScale(s.Id)));
            }
        }

        var known = fileScales.Keys.Concat(AnswerScales.All.Select(s => s.Id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var used = new HashSet<int>();
        var scaleOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var components = new List<Component>();
        for (var c = 0; c < json.Components.Count; c++)
        {
            var component = json.Components[c];
            var subComponents = new List<SubComponent>();
            for (var s = 0; s < component.SubComponents.Count; s++)
            {
                var sub = component.SubComponents[s];
                var criteria = new List<Criterion>();
                for (var k = 0; k < sub.Criteria.Count; k++)
                {
                    var criterion = sub.Criteria[k];
                    var path = $"components[{c}].subComponents[{s}].criteria[{k}]";
                    var scale = Resolve(criterion.Scale, path) ?? AnswerScales.YesNo; // a stand-in, so that the other rules are still checked
                    criteria.Add(new Criterion(criterion.Id, criterion.Title, scale)
                    {
                        DependsOn = criterion.DependsOn,
                        Points = criterion.Points,
                        Guidance = criterion.Guidance,
                    });
                }

                subComponents.Add(new SubComponent(sub.Id, sub.Name, sub.Weight, sub.Method, [.. criteria])
                {
                    Scale = sub.Scale is null ? null : Resolve(sub.Scale, $"components[{c}].subComponents[{s}]") ?? AnswerScales.YesNo,
                    DependsOn = sub.DependsOn,
                });
            }

            components.Add(new Component(component.Id, component.Name, component.Weight, [.. subComponents]));
        }

        foreach (var (index, _) in fileScales.Values.Where(f => !used.Contains(f.Index)).OrderBy(f => f.Index))
        {
            problems.Add(new($"$.scales[{index}]", SchemeFileMessages.UnusedScale));
        }

        var grades = new GradeTable(
            json.Grades.Edges,
            json.Grades.Deciding is { } d ? new RoundingRule(d.Mode, d.Decimals) : null,
            json.Grades.Grades.Select(g => new Grade(g.Code, g.LowerEdge, new(g.EnglishLabel ?? "", g.Label ?? ""))));
        grades = GradeTables.All.FirstOrDefault(builtIn => builtIn == grades) ?? grades; // a regulation's table is the built-in one
        var definition = new SchemeDefinition(json.Id, json.Version, json.Name, json.Basis, [.. components], grades)
        {
            Assumptions = [.. json.Assumptions],
            DefaultMethod = json.DefaultMethod ?? EvaluationMethod.CriterionGrades,
            Changes = [.. json.Changes.Select(c => new SchemeChange(c.Version, new(c.Change ?? "", c.Perubahan ?? "")))],
        };
        var created = EvaluationScheme.Create(definition);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var problem in created.Problems)
        {
            var path = "$." + problem.Path;
            if (ScalePath().Match(problem.Path) is { Success: true } match && scaleOf.TryGetValue(match.Groups["owner"].Value, out var index))
            {
                // A file scale's problem belongs to the scale, once, not to every criterion or sub-component using it.
                path = $"$.scales[{index}]{match.Groups["rest"].Value}";
            }

            if (reported.Add($"{path} {problem.Reason.Code} {problem.Reason.Message.English}"))
            {
                problems.Add(new(path, problem.Reason));
            }
        }

        return problems.Count == 0 ? created.GetValueOrThrow() : null;

        // The scale of a criterion or sub-component (path: its path without the $.), or null when unknown (reported).
        AnswerScale? Resolve(string id, string path)
        {
            if (fileScales.TryGetValue(id.Trim(), out var file))
            {
                used.Add(file.Index);
                scaleOf[path] = file.Index;
                return file.Scale;
            }

            if (AnswerScales.TryGet(id, out var builtIn))
            {
                return builtIn;
            }

            problems.Add(new($"$.{path}.scale", SchemeFileMessages.UnknownScale(id, known)));
            return null;
        }
    }

    [GeneratedRegex(@"^(?<owner>components\[\d+\]\.subComponents\[\d+\](?:\.criteria\[\d+\])?)\.scale(?<rest>(?:\.|\[).*)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScalePath();
}

/// <summary>A problem of a scheme file found by <see cref="SchemeMapper.ToModel"/>.</summary>
/// <param name="Path">The JSON path, e.g. <c>$.components[1].subComponents[0].weight</c>.</param>
/// <param name="Reason">Why.</param>
internal readonly record struct SchemeFileProblem(string Path, Reason Reason);

/// <summary>The messages of the scheme file's own rules (Sakip.Domain.Json reports them with paths and lines).</summary>
internal static class SchemeFileMessages
{
    public static readonly Reason Required = new("required", "a value is required", "nilai wajib diisi");
    public static readonly Reason UnusedScale = new("unused-scale", "no criterion uses this scale; remove it or use it", "tidak ada kriteria yang menggunakan skala ini; hapus atau gunakan");

    public static Reason UnknownScale(string id, IEnumerable<string> known)
    {
        var list = string.Join(", ", known);
        return new("unknown-scale", $"no answer scale with id '{id}' exists; the scales are {list}", $"tidak ada skala jawaban dengan id '{id}'; skalanya {list}");
    }

    public static Reason DuplicateScale(string id) => new("duplicate-id", $"the scale id '{id}' is used more than once", $"id skala '{id}' digunakan lebih dari sekali");
}
