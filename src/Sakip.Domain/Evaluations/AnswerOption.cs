using System.Globalization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Evaluations;

/// <summary>One answer a criterion can take, e.g. <c>B</c> worth 0.75 on the A–E scale.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Code">The code the worksheet writes, e.g. <c>Y</c>, <c>T</c>, <c>A</c> … <c>E</c>; compared
/// case-insensitively.</param>
/// <param name="Value">The value of the answer between 0 and 1 (1 = fully met).</param>
/// <param name="Label">What the answer means, e.g. <c>Ya</c> / <c>Yes</c>. A scale file that words an option only in
/// Indonesian gives the Indonesian wording in both languages.</param>
public sealed record AnswerOption(string Code, decimal Value, BilingualText Label)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} ({Value})");
}
