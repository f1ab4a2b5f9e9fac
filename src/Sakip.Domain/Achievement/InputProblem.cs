using Sakip.Domain.Text;

namespace Sakip.Domain.Achievement;

/// <summary>One problem with an input: where it is and why it is a problem.</summary>
/// <param name="Path">Where, e.g. <c>realisation</c>, <c>target</c>, <c>formula</c>, or a path into a collection
/// such as <c>periods[2].realisation</c>.</param>
/// <param name="Reason">Why.</param>
public sealed record InputProblem(string Path, Reason Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Reason.English}";
}
