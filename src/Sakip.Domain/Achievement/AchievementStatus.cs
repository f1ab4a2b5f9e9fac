using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Achievement;

/// <summary>The state of an achievement result. There is no silent 0: each state says what happened.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<AchievementStatus>))]
public enum AchievementStatus
{
    /// <summary>A value was computed.</summary>
    Achieved = 0,

    /// <summary>The realisation was not reported.</summary>
    NotReported = 1,

    /// <summary>The inputs are valid but the formula cannot give a meaningful value (e.g. a zero target on a
    /// positive indicator); the result carries the reason.</summary>
    NotMeasurable = 2,

    /// <summary>The inputs are invalid; the result lists every problem.</summary>
    InvalidInput = 3,
}
