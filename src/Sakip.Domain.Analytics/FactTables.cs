using Parquet.Schema;

namespace Sakip.Domain.Analytics;

/// <summary>A fact table: its folder name under the root and its columns (the partition keys <c>year</c> and
/// <c>province</c> are folders, not columns).</summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class FactTable<T>
{
    public FactTable(string name, params FactColumn<T>[] columns)
    {
        Name = name;
        Columns = columns;
        Schema = new ParquetSchema(columns.Select(c => (Field)c.Field).ToArray());
    }

    public string Name { get; }

    public IReadOnlyList<FactColumn<T>> Columns { get; }

    public ParquetSchema Schema { get; }

    public void Check(IReadOnlyList<T> rows, List<Problem> problems)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var column in Columns)
            {
                if (column.Check(rows[i], $"{Name}[{i}]") is { } problem)
                {
                    problems.Add(problem);
                }
            }
        }
    }
}

/// <summary>The three fact tables and their columns, in file order (documented in <c>docs/analytics.md</c>).</summary>
internal static class FactTables
{
    public static FactTable<CapaianFact> Capaian { get; } = new(
        "capaian",
        FactColumn.Text<CapaianFact>("region_code", r => r.RegionCode),
        FactColumn.Text<CapaianFact>("region_name", r => r.RegionName),
        FactColumn.Text<CapaianFact>("region_kind", r => r.RegionKind),
        FactColumn.Text<CapaianFact>("as_of", r => r.AsOf),
        FactColumn.Text<CapaianFact>("agreement_id", r => r.AgreementId),
        FactColumn.OptionalText<CapaianFact>("agency_code", r => r.AgencyCode),
        FactColumn.Text<CapaianFact>("agency_name", r => r.AgencyName),
        FactColumn.Text<CapaianFact>("sasaran_id", r => r.SasaranId),
        FactColumn.Text<CapaianFact>("indicator_id", r => r.IndicatorId),
        FactColumn.Text<CapaianFact>("indicator_name", r => r.IndicatorName),
        FactColumn.Text<CapaianFact>("unit", r => r.Unit),
        FactColumn.Text<CapaianFact>("polarity", r => r.Polarity),
        FactColumn.Measure<CapaianFact>("target_lower", r => r.TargetLower, nullable: false),
        FactColumn.Measure<CapaianFact>("target_upper", r => r.TargetUpper, nullable: false),
        FactColumn.Measure<CapaianFact>("realisation", r => r.Realisation, nullable: true),
        FactColumn.Text<CapaianFact>("status", r => r.Status),
        FactColumn.OptionalText<CapaianFact>("reason_code", r => r.ReasonCode),
        FactColumn.Score<CapaianFact>("capaian_exact", r => r.CapaianExact, nullable: true),
        FactColumn.Score<CapaianFact>("capaian_presented", r => r.CapaianPresented, nullable: true),
        FactColumn.OptionalInt<CapaianFact>("band_rank", r => r.BandRank),
        FactColumn.OptionalText<CapaianFact>("band_label", r => r.BandLabel),
        FactColumn.OptionalText<CapaianFact>("formula_id", r => r.FormulaId),
        FactColumn.OptionalInt<CapaianFact>("formula_version", r => r.FormulaVersion),
        FactColumn.Text<CapaianFact>("rule_set_id", r => r.RuleSetId),
        FactColumn.Int<CapaianFact>("rule_set_version", r => r.RuleSetVersion));

    public static FactTable<TreeNodeFact> Tree { get; } = new(
        "tree",
        FactColumn.Text<TreeNodeFact>("region_code", r => r.RegionCode),
        FactColumn.Text<TreeNodeFact>("node_id", r => r.NodeId),
        FactColumn.OptionalText<TreeNodeFact>("parent_id", r => r.ParentId),
        FactColumn.Int<TreeNodeFact>("parent_count", r => r.ParentCount),
        FactColumn.Int<TreeNodeFact>("depth", r => r.Depth),
        FactColumn.Text<TreeNodeFact>("name", r => r.Name),
        FactColumn.Text<TreeNodeFact>("level", r => r.Level),
        FactColumn.Text<TreeNodeFact>("kind", r => r.Kind),
        FactColumn.OptionalText<TreeNodeFact>("agency_code", r => r.AgencyCode),
        FactColumn.OptionalText<TreeNodeFact>("program_code", r => r.ProgramCode),
        FactColumn.Text<TreeNodeFact>("status", r => r.Status),
        FactColumn.Score<TreeNodeFact>("value_exact", r => r.ValueExact, nullable: true),
        FactColumn.Score<TreeNodeFact>("value_presented", r => r.ValuePresented, nullable: true),
        FactColumn.OptionalInt<TreeNodeFact>("band_rank", r => r.BandRank),
        FactColumn.OptionalText<TreeNodeFact>("band_label", r => r.BandLabel),
        FactColumn.Text<TreeNodeFact>("roll_up", r => r.RollUp),
        FactColumn.Text<TreeNodeFact>("rule_set_id", r => r.RuleSetId),
        FactColumn.Int<TreeNodeFact>("rule_set_version", r => r.RuleSetVersion));

    public static FactTable<EvaluationFact> Evaluation { get; } = new(
        "evaluation",
        FactColumn.Text<EvaluationFact>("region_code", r => r.RegionCode),
        FactColumn.Text<EvaluationFact>("subject", r => r.Subject),
        FactColumn.Text<EvaluationFact>("scheme_id", r => r.SchemeId),
        FactColumn.Int<EvaluationFact>("scheme_version", r => r.SchemeVersion),
        FactColumn.Text<EvaluationFact>("method", r => r.Method),
        FactColumn.Text<EvaluationFact>("component_id", r => r.ComponentId),
        FactColumn.Text<EvaluationFact>("component_name", r => r.ComponentName),
        FactColumn.Score<EvaluationFact>("component_weight", r => r.ComponentWeight, nullable: false),
        FactColumn.Score<EvaluationFact>("component_score", r => r.ComponentScore, nullable: true),
        FactColumn.Score<EvaluationFact>("component_score_presented", r => r.ComponentScorePresented, nullable: true),
        FactColumn.Text<EvaluationFact>("sub_component_id", r => r.SubComponentId),
        FactColumn.Text<EvaluationFact>("sub_component_name", r => r.SubComponentName),
        FactColumn.Score<EvaluationFact>("sub_component_weight", r => r.SubComponentWeight, nullable: false),
        FactColumn.Score<EvaluationFact>("sub_component_score", r => r.SubComponentScore, nullable: true),
        FactColumn.Score<EvaluationFact>("sub_component_score_presented", r => r.SubComponentScorePresented, nullable: true),
        FactColumn.Score<EvaluationFact>("total", r => r.Total, nullable: true),
        FactColumn.Score<EvaluationFact>("total_presented", r => r.TotalPresented, nullable: true),
        FactColumn.OptionalText<EvaluationFact>("grade_code", r => r.GradeCode),
        FactColumn.OptionalText<EvaluationFact>("grade_label", r => r.GradeLabel),
        FactColumn.Bool<EvaluationFact>("is_complete", r => r.IsComplete));
}
