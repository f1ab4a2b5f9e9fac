using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Evaluations;

/// <summary>How a sub-component turns its criterion values into a score.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ScoringMethod>))]
public enum ScoringMethod
{
    /// <summary>The mean of the criterion values times the sub-component weight (the PermenPAN-RB 88/2021 worksheet graded per
    /// criterion, and the 12/2015 worksheets).</summary>
    Mean = 0,

    /// <summary>Each criterion has its own points; the score is the sum of value × points, and the points add up to
    /// the sub-component weight (component E of the PermenPAN-RB 12/2015 worksheets).</summary>
    Points = 1,
}
