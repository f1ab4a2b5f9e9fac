using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Text;

/// <summary>The languages in which the library words its messages and explanations.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<Language>))]
public enum Language
{
    /// <summary>English.</summary>
    English = 0,

    /// <summary>Indonesian (Bahasa Indonesia), the language of SAKIP documents.</summary>
    Indonesian = 1,
}
