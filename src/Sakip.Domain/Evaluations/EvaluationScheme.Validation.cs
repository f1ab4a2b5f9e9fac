using Sakip.Domain.Bands;
using Sakip.Domain.Text;

namespace Sakip.Domain.Evaluations;

public sealed partial class EvaluationScheme
{
    private static List<Problem> Validate(SchemeDefinition d)
    {
        var problems = new List<Problem>();
        void Add(string path, Reason reason) => problems.Add(new Problem(path, reason));
        void Unicode(string path, string? text)
        {
            if (!UnicodeText.IsValid(text))
            {
                Add(path, Messages.InvalidUnicode);
            }
        }

        if (string.IsNullOrWhiteSpace(d.Id))
        {
            Add("id", Messages.Required);
        }

        if (d.Version < 1)
        {
            Add("version", Messages.VersionBelowOne);
        }

        if (string.IsNullOrWhiteSpace(d.Name))
        {
            Add("name", Messages.Required);
        }

        Unicode("id", d.Id);
        Unicode("name", d.Name);
        Unicode("basis", d.Basis);
        for (var a = 0; a < d.Assumptions.Count; a++)
        {
            Unicode($"assumptions[{a}]", d.Assumptions[a]);
        }

        if (d.Components.Count == 0)
        {
            Add("components", Messages.SchemeWithoutComponents);
        }

        var componentIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var subIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var criteria = new Dictionary<string, (string Path, Criterion Criterion)>(StringComparer.OrdinalIgnoreCase);
        var subs = new List<(string Path, SubComponent SubComponent)>();
        var total = 0m;
        if (!Enum.IsDefined(d.DefaultMethod))
        {
            Add("defaultMethod", Messages.UnknownEvaluationMethod);
        }

        for (var v = 0; v < d.Changes.Count; v++)
        {
            var change = d.Changes[v];
            if (change is null)
            {
                Add($"changes[{v}]", Messages.Required);
            }
            else if (change.Version < 2 || change.Version > d.Version)
            {
                Add($"changes[{v}].version", Messages.ChangeVersionOutOfRange(d.Version));
            }
            else if (change.Description is null || string.IsNullOrWhiteSpace(change.Description.English) || string.IsNullOrWhiteSpace(change.Description.Indonesian))
            {
                Add($"changes[{v}]", Messages.Required);
            }
        }

        for (var c = 0; c < d.Components.Count; c++)
        {
            var component = d.Components[c];
            var cPath = $"components[{c}]";
            if (component is null)
            {
                Add(cPath, Messages.Required);
                continue;
            }

            Id(component.Id, cPath, componentIds);
            Unicode($"{cPath}.id", component.Id);
            Unicode($"{cPath}.name", component.Name);
            Weight(component.Weight, cPath);
            total += component.Weight;
            if (component.SubComponents.Count == 0)
            {
                Add($"{cPath}.subComponents", Messages.ComponentWithoutSubComponents);
            }

            var subTotal = 0m;
            for (var s = 0; s < component.SubComponents.Count; s++)
            {
                var sub = component.SubComponents[s];
                var sPath = $"{cPath}.subComponents[{s}]";
                if (sub is null)
                {
                    Add(sPath, Messages.Required);
                    continue;
                }

                Id(sub.Id, sPath, subIds);
                Unicode($"{sPath}.id", sub.Id);
                Unicode($"{sPath}.name", sub.Name);
                Weight(sub.Weight, sPath);
                subs.Add((sPath, sub));
                if (sub.Scale is not null)
                {
                    Scale(sub.Scale, $"{sPath}.scale");
                }
                else if (d.DefaultMethod == EvaluationMethod.SubComponentGrades)
                {
                    Add($"{sPath}.scale", Messages.SubComponentScaleRequired);
                }

                subTotal += sub.Weight;
                if (!Enum.IsDefined(sub.Method))
                {
                    Add($"{sPath}.method", Messages.UnknownScoringMethod);
                }

                if (sub.Criteria.Count == 0)
                {
                    Add($"{sPath}.criteria", Messages.SubComponentWithoutCriteria);
                }

                var points = 0m;
                for (var k = 0; k < sub.Criteria.Count; k++)
                {
                    var criterion = sub.Criteria[k];
                    var kPath = $"{sPath}.criteria[{k}]";
                    if (criterion is null)
                    {
                        Add(kPath, Messages.Required);
                        continue;
                    }

                    Unicode($"{kPath}.id", criterion.Id);
                    Unicode($"{kPath}.title", criterion.Title);

                    if (string.IsNullOrWhiteSpace(criterion.Id))
                    {
                        Add($"{kPath}.id", Messages.Required);
                    }
                    else if (!criteria.TryAdd(criterion.Id.Trim(), (kPath, criterion)))
                    {
                        Add($"{kPath}.id", Messages.DuplicateId(criterion.Id));
                    }

                    if (string.IsNullOrWhiteSpace(criterion.Title))
                    {
                        Add($"{kPath}.title", Messages.Required);
                    }

                    Scale(criterion.Scale, $"{kPath}.scale");
                    if (sub.Method == ScoringMethod.Points)
                    {
                        var p = criterion.Points.GetValueOrDefault();
                        if (criterion.Points is null || p <= 0m)
                        {
                            Add($"{kPath}.points", Messages.PointsRequired);
                        }
                        else
                        {
                            points += p;
                        }
                    }
                    else if (criterion.Points is not null)
                    {
                        Add($"{kPath}.points", Messages.PointsNotAllowed);
                    }
                }

                if (sub.Method == ScoringMethod.Points && sub.Criteria.All(k => k?.Points is > 0m) && points != sub.Weight)
                {
                    Add($"{sPath}.criteria", Messages.PointsDoNotAddUp(points, sub.Weight));
                }
            }

            if (component.SubComponents.Count > 0 && subTotal != component.Weight)
            {
                Add($"{cPath}.subComponents", Messages.WeightsDoNotAddUp(subTotal, component.Weight));
            }
        }

        if (d.Components.Count > 0 && total != 100m)
        {
            Add("components", Messages.WeightsDoNotAddUp(total, 100m));
        }

        Dependencies(criteria);
        SubComponentDependencies();
        GradeTable(d.Grades);
        return problems;

        void Id(string? id, string path, HashSet<string> seen, string field = "id")
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                Add($"{path}.{field}", Messages.Required);
            }
            else if (!seen.Add(id.Trim()))
            {
                Add($"{path}.{field}", Messages.DuplicateId(id));
            }
        }

        void Weight(decimal weight, string path)
        {
            if (weight <= 0m)
            {
                Add($"{path}.weight", Messages.WeightNotPositive);
            }
        }

        void Scale(AnswerScale? scale, string path)
        {
            if (scale is null)
            {
                Add(path, Messages.Required);
                return;
            }

            if (scale.Options.Count < 2)
            {
                Add($"{path}.options", Messages.ScaleTooSmall);
            }

            Unicode($"{path}.id", scale.Id);
            Unicode($"{path}.name", scale.Name);
            foreach (var (option, o) in scale.Options.Select((option, o) => (option, o)))
            {
                Unicode($"{path}.options[{o}].code", option?.Code);
                Unicode($"{path}.options[{o}].label", option?.Label?.Indonesian);
                Unicode($"{path}.options[{o}].englishLabel", option?.Label?.English);
            }

            var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var o = 0; o < scale.Options.Count; o++)
            {
                var option = scale.Options[o];
                var oPath = $"{path}.options[{o}]";
                if (option is null)
                {
                    Add(oPath, Messages.Required);
                    continue;
                }

                if (string.IsNullOrWhiteSpace(option.Code))
                {
                    Add($"{oPath}.code", Messages.Required);
                }
                else if (!codes.Add(option.Code.Trim()))
                {
                    Add($"{oPath}.code", Messages.DuplicateId(option.Code));
                }

                if (option.Value < 0m || option.Value > 1m)
                {
                    Add($"{oPath}.value", Messages.OptionValueOutOfRange);
                }
                else if (o == 0 && option.Value != 1m)
                {
                    Add($"{oPath}.value", Messages.BestOptionNotOne);
                }
                else if (o > 0 && scale.Options[o - 1] is { } previous && option.Value >= previous.Value)
                {
                    Add($"{oPath}.value", Messages.OptionsNotDescending);
                }
            }
        }

        void Dependencies(Dictionary<string, (string Path, Criterion Criterion)> all)
        {
            foreach (var (path, criterion) in all.Values)
            {
                var target = criterion.DependsOn;
                if (target is null)
                {
                    continue;
                }

                if (!all.ContainsKey(target.Trim()))
                {
                    Add($"{path}.dependsOn", Messages.UnknownCriterion(target));
                    continue;
                }

                // Walk the chain; a chain that comes back to the start is a cycle. A chain that runs into a cycle
                // elsewhere stops there: that cycle is reported on its own criteria.
                var start = criterion.Id.Trim();
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { start };
                for (var next = target.Trim(); ;)
                {
                    if (!seen.Add(next))
                    {
                        if (string.Equals(next, start, StringComparison.OrdinalIgnoreCase))
                        {
                            Add($"{path}.dependsOn", Messages.DependencyCycle(criterion.Id));
                        }

                        break;
                    }

                    if (!all.TryGetValue(next, out var step))
                    {
                        break;
                    }

                    var further = step.Criterion.DependsOn;
                    if (further is null)
                    {
                        break;
                    }

                    next = further.Trim();
                }
            }
        }

        // A sub-component may depend on another of the same component that depends on nothing (kualitas and
        // pemanfaatan on keberadaan): one level, so no cycles.
        void SubComponentDependencies()
        {
            var byId = subs.GroupBy(p => p.SubComponent.Id?.Trim() ?? "", StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().SubComponent, StringComparer.OrdinalIgnoreCase);
            foreach (var (path, sub) in subs)
            {
                var target = sub.DependsOn;
                if (target is null)
                {
                    continue;
                }

                if (!byId.TryGetValue(target.Trim(), out var on))
                {
                    Add($"{path}.dependsOn", Messages.UnknownSubComponent(target));
                }
                else if (ReferenceEquals(on, sub) || on.DependsOn is not null)
                {
                    Add($"{path}.dependsOn", Messages.SubComponentDependencyChain(target));
                }
            }
        }

        void GradeTable(GradeTable? table)
        {
            if (table is null)
            {
                Add("grades", Messages.Required);
                return;
            }

            if (!Enum.IsDefined(table.Edges))
            {
                Add("grades.edges", Messages.UnknownEdgeSemantics);
            }

            if (table.Grades.Count < 2)
            {
                Add("grades.grades", Messages.GradeTableTooSmall);
            }

            var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var g = 0; g < table.Grades.Count; g++)
            {
                var grade = table.Grades[g];
                var gPath = $"grades.grades[{g}]";
                if (grade is null)
                {
                    Add(gPath, Messages.Required);
                    continue;
                }

                Id(grade.Code, gPath, codes, "code");
                var order = EdgeLadder.Check(g, table.Grades.Count, grade.LowerEdge, g > 0 ? table.Grades[g - 1]?.LowerEdge : null);
                var reason = order switch
                {
                    EdgeLadder.OrderProblem.LowestHasEdge => Messages.LowestGradeHasEdge,
                    EdgeLadder.OrderProblem.MissingEdge => Messages.GradeWithoutEdge,
                    _ when grade.LowerEdge is <= 0m or >= 100m && g < table.Grades.Count - 1 => Messages.GradeEdgeOutOfRange,
                    EdgeLadder.OrderProblem.NotDescending => Messages.GradeEdgesNotDescending,
                    _ => null,
                };
                if (reason is not null)
                {
                    Add($"{gPath}.lowerEdge", reason);
                }
            }
        }
    }
}
