using Sakip.Domain.Collections;
using Sakip.Domain.Text;

namespace Sakip.Domain.Review;

/// <summary>One thing an alignment rule found in a document.</summary>
/// <remarks>Immutable and thread-safe; compared by content.</remarks>
/// <param name="RuleId">The id of the rule that found it, e.g. <c>ALN-001</c>.</param>
/// <param name="Severity">How serious it is. Usually the rule's <see cref="IAlignmentRule.Severity"/>; a rule may
/// report a lesser case with a lower severity.</param>
/// <param name="Path">Where in the document, in the SAKIP document format's camelCase names, e.g.
/// <c>renstras[2].sasaran[0]</c>, <c>rpjmd.sasaran[3].indicators[0]</c> or <c>perjanjianKinerja[1].targets[0]</c>.</param>
/// <param name="Subject">The element in words, for a reader: a sasaran's text, an item's code and name, an
/// indicator's name and id.</param>
/// <param name="Reason">What is wrong, with a stable code, in English and Indonesian.</param>
public sealed record ReviewFinding(string RuleId, Severity Severity, string Path, string Subject, Reason Reason)
{
    /// <summary>The numbers behind the finding (the two targets that differ, the budget and the sum of its parts …),
    /// named; empty when the finding has none.</summary>
    public ValueList<FindingFigure> Figures { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Severity} {Path}: {Reason.Message.English}";

    /// <summary>What LINQPad shows for the finding (it calls <c>ToDump</c> by name): rule, severity, path, subject,
    /// code and message, Indonesian first.</summary>
    internal object ToDump() => new
    {
        Rule = RuleId,
        Severity,
        Path,
        Subject,
        Reason.Code,
        Message = Reason.Message.Indonesian,
        MessageEnglish = Reason.Message.English,
    };
}

/// <summary>A named number behind a finding, e.g. <c>pkTarget</c> = 90 and <c>planTarget</c> = 92.</summary>
/// <remarks>A range target is given as two figures whose names end in <c>.lower</c> and <c>.upper</c>. Immutable and
/// thread-safe.</remarks>
/// <param name="Name">The figure's name in camelCase, stable for a rule.</param>
/// <param name="Value">The value, exact.</param>
public sealed record FindingFigure(string Name, decimal Value);
