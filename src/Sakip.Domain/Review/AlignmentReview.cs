using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Sakip.Domain.Planning;
using Sakip.Domain.Review.Rules;

namespace Sakip.Domain.Review;

/// <summary>
/// An immutable set of alignment rules that reviews a region's SAKIP documents (the checks and their bases:
/// <c>docs/planning.md#alignment-checks</c>): are the agencies' Renstras aligned to the RPJMD, do the Perjanjian
/// Kinerja follow the plans, are the plans consistent and plausible. <see cref="Default"/> holds the built-in rules
/// <c>ALN-001</c> to <c>ALN-018</c>; a plugin adds its own with <see cref="With"/>, which returns a new review.
/// </summary>
/// <remarks>The review never changes the document: it reports. Immutable and thread-safe.</remarks>
public sealed class AlignmentReview
{
    private readonly ImmutableArray<IAlignmentRule> _rules;

    internal AlignmentReview(ImmutableArray<IAlignmentRule> rules) => _rules = rules;

    /// <summary>The built-in rules, in id order (see <c>docs/alignment-review.md</c>).</summary>
    public static AlignmentReview Default { get; } = new([.. BuiltInRules.All]);

    /// <summary>A review with no rule, to assemble one's own set with <see cref="With"/>.</summary>
    public static AlignmentReview Empty { get; } = new([]);

    /// <summary>The rules, in the order they run.</summary>
    public IReadOnlyList<IAlignmentRule> Rules => _rules;

    /// <summary>Returns a review that also runs <paramref name="rule"/> (after the others).</summary>
    /// <param name="rule">The rule to add.</param>
    /// <returns>A new review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The rule's id is empty, or a rule with the same id (ignoring case) is
    /// already in the review.</exception>
    public AlignmentReview With(IAlignmentRule rule)
    {
        Guard.Against.Null(rule);
        Guard.Against.NullOrWhiteSpace(rule.Id, nameof(rule));
        Guard.Against.InvalidInput(rule, nameof(rule), r => Find(r.Id) is null, $"A rule with id '{rule.Id}' is already in the review.");
        return new(_rules.Add(rule));
    }

    /// <summary>Returns a review without the rule of the given id (to replace a built-in rule with one's own).</summary>
    /// <param name="ruleId">The id (ignoring case).</param>
    /// <returns>A new review; this one when no rule has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    public AlignmentReview Without(string ruleId)
    {
        Guard.Against.Null(ruleId);
        return Find(ruleId) is { } rule ? new(_rules.Remove(rule)) : this;
    }

    /// <summary>Finds a rule by id (ignoring case).</summary>
    /// <param name="ruleId">The id.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    public IAlignmentRule? Find(string ruleId)
    {
        Guard.Against.Null(ruleId);
        return _rules.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Runs every rule on a document.</summary>
    /// <param name="document">The document, as built by <see cref="SakipDocumentBuilder"/>.</param>
    /// <returns>The report: findings in a fixed order, counts, the rules that ran, coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A rule returned a null finding sequence or a null finding.</exception>
    public ReviewReport Run(SakipDocument document)
    {
        Guard.Against.Null(document);
        var findings = new List<ReviewFinding>();
        var runs = new List<RuleRun>(_rules.Length);
        foreach (var rule in _rules)
        {
            var before = findings.Count;
            var found = rule.Check(document) ?? throw new InvalidOperationException($"Rule '{rule.Id}' returned no finding sequence (null).");
            foreach (var finding in found)
            {
                findings.Add(finding ?? throw new InvalidOperationException($"Rule '{rule.Id}' returned a null finding."));
            }

            runs.Add(new RuleRun(rule.Id, rule.Severity, rule.Title, rule.Basis, findings.Count - before));
        }

        return new ReviewReport
        {
            Findings = [.. findings
                .OrderBy(f => f.Severity)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ThenBy(f => f.Path, PathComparer.Instance)],
            Rules = [.. runs],
            Coverage = ReviewCoverage.Of(document),
        };
    }
}
