using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.DotNet.Interactive.Formatting;
using Sakip.Domain.Text;

namespace Sakip.Domain.Interactive.Tests;

/// <summary>Renders through the real .NET Interactive <see cref="Formatter"/>, as a notebook does, after
/// <see cref="SakipFormatters.Register"/> (Indonesian unless a test says otherwise).</summary>
internal static partial class Rendering
{
    public static string Html(object value, Language language = Language.Indonesian)
    {
        SakipFormatters.Register(language);
        try
        {
            return value.ToDisplayString("text/html");
        }
        finally
        {
            SakipFormatters.Register(Language.Indonesian);
        }
    }

    public static string Plain(object value, Language language = Language.Indonesian)
    {
        SakipFormatters.Register(language);
        try
        {
            return value.ToDisplayString("text/plain");
        }
        finally
        {
            SakipFormatters.Register(Language.Indonesian);
        }
    }

    /// <summary>What a display must never show: OneOf's union members, exception text, stack traces, the formatter's
    /// own property walk, or a figure with many decimals.</summary>
    public static void AssertClean(string output)
    {
        foreach (var noise in new[] { "IsT0", "AsT0", "IsT1", "AsT1", "Exception", "   at ", "StackTrace", "<table><thead><tr><th>" })
        {
            Assert.DoesNotContain(noise, output, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(LongFraction(), output);
    }

    /// <summary>Every <c>&lt;svg&gt;…&lt;/svg&gt;</c> in an output, each parsed as XML.</summary>
    public static IReadOnlyList<XDocument> Svgs(string output) =>
        [.. SvgElement().Matches(output).Select(m => XDocument.Parse(m.Value))];

    [GeneratedRegex(@"\d[.,]\d{7,}")]
    private static partial Regex LongFraction();

    [GeneratedRegex("<svg[ >].*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();
}
