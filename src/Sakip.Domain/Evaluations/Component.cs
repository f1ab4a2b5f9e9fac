using System.Globalization;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Evaluations;

/// <summary>A component of the worksheet, e.g. <c>1</c> Perencanaan Kinerja, 30 points.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Id">Unique id in the scheme, e.g. <c>1</c> or <c>A</c>.</param>
/// <param name="Name">Name, e.g. <c>Perencanaan Kinerja</c>.</param>
/// <param name="Weight">Weight in points of the 100-point total.</param>
/// <param name="SubComponents">The sub-components; their weights add up to <paramref name="Weight"/>.</param>
public sealed record Component(string Id, string Name, decimal Weight, ValueList<SubComponent> SubComponents)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} {Name} ({Weight})");
}
