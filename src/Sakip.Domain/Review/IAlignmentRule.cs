using Sakip.Domain.Planning;
using Sakip.Domain.Text;

namespace Sakip.Domain.Review;

/// <summary>
/// One alignment or plan-consistency check a reviewer makes on a region's SAKIP documents
/// (<c>docs/planning.md#alignment-checks</c>). The built-in rules are in <see cref="AlignmentReview.Default"/>;
/// implement this interface to add a check of your own and add it with <see cref="AlignmentReview.With"/>.
/// </summary>
/// <remarks>
/// <para>A rule reads a <see cref="SakipDocument"/> that the builder has already checked structurally (every
/// reference resolves), so it may look elements up without guarding against dangling ids. It returns findings, never
/// throws for questionable data, and never changes the document.</para>
/// <para>Implementations must be immutable and thread-safe, and deterministic: the same document gives the same
/// findings in the same order.</para>
/// </remarks>
public interface IAlignmentRule
{
    /// <summary>Stable id, unique within a review, e.g. <c>ALN-001</c>. Stored in findings.</summary>
    string Id { get; }

    /// <summary>The severity of what the rule finds (some findings of the rule may be less serious).</summary>
    Severity Severity { get; }

    /// <summary>What the rule checks, in English and in Indonesian.</summary>
    BilingualText Title { get; }

    /// <summary>The legal or practical basis of the check: the regulation (number, year, part), or the reviewers'
    /// practice it reproduces. The built-in rules then name the page of the project's <c>docs/</c> that restates
    /// it. Shown to users (<c>sakip check --json</c>).</summary>
    string Basis { get; }

    /// <summary>Checks a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The findings, possibly none, each with this rule's <see cref="Id"/>.</returns>
    IEnumerable<ReviewFinding> Check(SakipDocument document);
}
