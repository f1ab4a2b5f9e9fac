using System.Diagnostics;
using Sakip.Domain.Collections;
using Sakip.Domain.Text;

namespace Sakip.Domain.Review;

/// <summary>
/// What an <see cref="AlignmentReview"/> found in a document: the findings in a fixed order (severity, then rule id,
/// then path with indexes compared as numbers), their counts, the rules that ran and the coverage shares.
/// </summary>
/// <remarks>Made only by <see cref="AlignmentReview.Run"/>: its properties cannot be set from outside the library, so no
/// <c>with</c> expression changes what a review found. Immutable and thread-safe; compared by content, so two runs over
/// equal documents give equal reports.</remarks>
[DebuggerDisplay("{ErrorCount} errors, {WarningCount} warnings, {InfoCount} notes")]
public sealed record ReviewReport
{
    internal ReviewReport()
    {
    }

    /// <summary>Every finding, most serious first, then by rule id, then by path.</summary>
    public ValueList<ReviewFinding> Findings { get; internal init; }

    /// <summary>The rules that ran, in the review's order, with how many findings each reported.</summary>
    public ValueList<RuleRun> Rules { get; internal init; }

    /// <summary>The coverage shares of the document.</summary>
    public ReviewCoverage Coverage { get; internal init; } = null!;

    /// <summary>The number of findings of severity <see cref="Severity.Error"/>.</summary>
    public int ErrorCount => Count(Severity.Error);

    /// <summary>The number of findings of severity <see cref="Severity.Warning"/>.</summary>
    public int WarningCount => Count(Severity.Warning);

    /// <summary>The number of findings of severity <see cref="Severity.Info"/>.</summary>
    public int InfoCount => Count(Severity.Info);

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>The number of findings of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>The findings of one rule, in report order.</summary>
    /// <param name="ruleId">The rule id, e.g. <c>ALN-004</c> (ordinal comparison).</param>
    /// <returns>The findings.</returns>
    public IEnumerable<ReviewFinding> FindingsOf(string ruleId) => Findings.Where(f => string.Equals(f.RuleId, ruleId, StringComparison.Ordinal));

    /// <summary>What LINQPad shows for the report (it calls <c>ToDump</c> by name): the counts and one row per finding
    /// (rule, severity, path, subject, code, message), instead of every rule run and the coverage.</summary>
    private object ToDump() => new
    {
        Errors = ErrorCount,
        Warnings = WarningCount,
        Notes = InfoCount,
        Findings = Findings.Select(f => f.ToDump()).ToArray(),
    };
}

/// <summary>A rule that ran in a review: its description and how many findings it reported.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Id">The rule's id.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Title">What it checks.</param>
/// <param name="Basis">Its legal or practical basis.</param>
/// <param name="FindingCount">How many findings it reported.</param>
public sealed record RuleRun(string Id, Severity Severity, BilingualText Title, string Basis, int FindingCount);
