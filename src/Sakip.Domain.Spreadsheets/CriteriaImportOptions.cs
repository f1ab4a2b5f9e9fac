using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Spreadsheets;

/// <summary>How <see cref="CriteriaWorkbook.Read(Stream, CriteriaImportOptions)"/> makes a scheme of a criteria workbook:
/// the new scheme's id, name, version and legal basis, where the criteria table is, and the base scheme whose weights,
/// answer scales, grade table and method fill what the workbook leaves out.</summary>
/// <remarks>Immutable and thread-safe. docs/spreadsheets-criteria.md describes the layout read.</remarks>
public sealed record CriteriaImportOptions
{
    /// <summary>The options every read uses when given none: no base scheme (the workbook must then give every weight
    /// and scale, and <see cref="Grades"/> is needed).</summary>
    public static CriteriaImportOptions Default { get; } = new();

    /// <summary>The new scheme's id; <see langword="null"/> gives <c>&lt;base id&gt;-imported</c>, or
    /// <c>imported-criteria</c> without a base.</summary>
    public string? Id { get; init; }

    /// <summary>The new scheme's name; <see langword="null"/> gives the base's name with "(imported)", or
    /// "Imported criteria".</summary>
    public string? Name { get; init; }

    /// <summary>The new scheme's version, at least 1; <see langword="null"/> gives 1.</summary>
    public int? Version { get; init; }

    /// <summary>The new scheme's legal basis; <see langword="null"/> gives the base's, or the empty text.</summary>
    public string? Basis { get; init; }

    /// <summary>The sheet the criteria table is on; <see langword="null"/> searches every sheet, in workbook order.</summary>
    public string? Sheet { get; init; }

    /// <summary>The scheme whose weights, answer scales, dependencies, points and guidance fill what the workbook
    /// leaves out, matched by id (ignoring case and dots: <c>1.a</c> matches <c>1a</c>), and whose grade table and
    /// default method the new scheme takes unless <see cref="Grades"/> or <see cref="DefaultMethod"/> is given. The new
    /// scheme's assumptions say what was taken from it. <see langword="null"/> for none.</summary>
    public EvaluationScheme? Base { get; init; }

    /// <summary>The grade table; <see langword="null"/> takes the base's.</summary>
    public GradeTable? Grades { get; init; }

    /// <summary>The default method; <see langword="null"/> takes the base's, or without a base grades sub-components
    /// when every sub-component has a scale and criteria otherwise.</summary>
    public EvaluationMethod? DefaultMethod { get; init; }

    /// <summary>The limits on the workbook read (file size, unpacked part size).</summary>
    public LkeReadOptions Limits { get; init; } = LkeReadOptions.Default;
}
