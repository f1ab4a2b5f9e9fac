using System.Globalization;
using System.Text;
using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>
/// The built-in tables whole: every answer scale (id, name, each option's code, value and both labels), both grade
/// tables (edges, deciding rounding, each grade's code, edge and labels), the graded-answer thresholds of component E,
/// and every built-in scheme as the core maps it from its data file (id, version, name, basis, method, grade table,
/// assumptions, changes, and every component, sub-component and criterion with its weight, method, scale, dependency,
/// points and wording). Compared with committed approved texts: a change to a table is a change to what users are
/// scored by, reviewed like code (<c>SAKIP_APPROVE=1</c> rewrites a block).
/// </summary>
public class BuiltInTablesTests
{
    [Fact]
    public void AnswerScales_Whole() =>
        Approved.Check(string.Join("\n", AnswerScales.All.Select(Render)));

    [Fact]
    public void GradeTables_Whole() =>
        Approved.Check(string.Join("\n", GradeTables.All.Select(Render)));

    [Fact]
    public void CapaianKinerjaThresholds_Whole() =>
        Approved.Check(Render(CapaianKinerjaAnswers.Thresholds));

    [Theory]
    [InlineData("permenpanrb-88-2021")]
    [InlineData("permenpanrb-88-2021-layout-b")]
    [InlineData("permenpanrb-12-2015")]
    [InlineData("permenpanrb-12-2015-apip")]
    public void Scheme_Whole(string id) =>
        Approved.Check(Render(EvaluationSchemes.Get(id)), $"Scheme_{id}");

    private static string Render(AnswerScale scale)
    {
        var text = new StringBuilder($"{scale.Id} | {scale.Name}\n");
        foreach (var option in scale.Options)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {option.Code} = {option.Value} | {option.Label.English} | {option.Label.Indonesian}\n");
        }

        return text.ToString();
    }

    private static string Render(GradeTable table)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{table.Edges}, deciding {table.Deciding?.ToString() ?? "unrounded"}: {table}\n");
        foreach (var grade in table.Grades)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {grade.Code} {(grade.LowerEdge is { } edge ? $"{table.EdgeSign()} {edge.ToString(CultureInfo.InvariantCulture)}" : "otherwise")} | {grade.Label.English} | {grade.Label.Indonesian}\n");
        }

        return text.ToString();
    }

    private static string Render(BandSet bands)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{bands.Id} v{bands.Version} | {bands.Name} | {bands.Edges}\n  {bands.Basis}\n");
        foreach (var band in bands.Bands)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {band.Rank} {band.LowerEdge?.ToString(CultureInfo.InvariantCulture) ?? "-"} | {band.Label.English} | {band.Label.Indonesian}\n");
        }

        return text.ToString();
    }

    private static string Render(EvaluationScheme scheme)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{scheme.Id} v{scheme.Version} | {scheme.Name}\n");
        text.Append(CultureInfo.InvariantCulture, $"basis: {scheme.Basis}\n");
        text.Append(CultureInfo.InvariantCulture, $"method: {scheme.DefaultMethod}; grades: {Render(scheme.Grades).Split('\n')[0]}; sub-component grades: {scheme.SupportsSubComponentGrades}\n");
        foreach (var assumption in scheme.Assumptions)
        {
            text.Append(CultureInfo.InvariantCulture, $"assumption: {assumption}\n");
        }

        foreach (var change in scheme.Changes)
        {
            text.Append(CultureInfo.InvariantCulture, $"change v{change.Version}: {change.Description.English} | {change.Description.Indonesian}\n");
        }

        foreach (var component in scheme.Components)
        {
            text.Append(CultureInfo.InvariantCulture, $"{component.Id} {component.Name} ({component.Weight})\n");
            foreach (var sub in component.SubComponents)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {sub.Id} {sub.Name} ({sub.Weight}) {sub.Method}{(sub.Scale is { } s ? $" scale {s.Id}" : "")}{(sub.DependsOn is { } d ? $" after {d}" : "")}\n");
                foreach (var criterion in sub.Criteria)
                {
                    var extras = (criterion.DependsOn is { } on ? $" after {on}" : "") + (criterion.Points is { } p ? $" points {p.ToString(CultureInfo.InvariantCulture)}" : "");
                    text.Append(CultureInfo.InvariantCulture, $"    {criterion.Id} [{criterion.Scale.Id}]{extras} {criterion.Title}\n");
                    if (criterion.Guidance is { } guidance)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"      guidance: {guidance}\n");
                    }
                }
            }
        }

        return text.ToString();
    }
}
