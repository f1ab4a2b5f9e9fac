using Ardalis.GuardClauses;
using Sakip.Domain.Planning;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Review.Rules;

/// <summary>A built-in rule's metadata as data: id, severity, title (English and Indonesian) and basis.</summary>
internal sealed record RuleInfo(string Id, Severity Severity, BilingualText Title, string Basis);

/// <summary>Base of the built-in rules: metadata from a <see cref="RuleInfo"/>, findings materialised in document
/// order.</summary>
internal abstract class AlignmentRule(RuleInfo info) : IAlignmentRule
{
    public RuleInfo Info { get; } = info;

    public string Id => Info.Id;

    public Severity Severity => Info.Severity;

    public BilingualText Title => Info.Title;

    public string Basis => Info.Basis;

    public IEnumerable<ReviewFinding> Check(SakipDocument document)
    {
        Guard.Against.Null(document);
        return [.. Find(document)];
    }

    protected abstract IEnumerable<ReviewFinding> Find(SakipDocument document);

    protected ReviewFinding Finding(string path, string subject, Reason message, params FindingFigure[] figures) =>
        Finding(Severity, path, subject, message, figures);

    protected ReviewFinding Finding(Severity severity, string path, string subject, Reason message, params FindingFigure[] figures) =>
        new(Id, severity, path, subject, message) { Figures = [.. figures] };
}

/// <summary>Helpers shared by the rules.</summary>
internal static class Figures
{
    /// <summary>A target as figures: one for a point, <c>name.lower</c> and <c>name.upper</c> for a range.</summary>
    public static FindingFigure[] Of(string name, Target target) => target.IsRange
        ? [new(name + ".lower", target.Lower), new(name + ".upper", target.Upper)]
        : [new(name, target.Lower)];

    /// <summary>A target's midpoint (the value itself for a point target): how ranges are compared.</summary>
    public static decimal Midpoint(Target target) => target.IsRange ? (target.Lower / 2m) + (target.Upper / 2m) : target.Lower;
}
