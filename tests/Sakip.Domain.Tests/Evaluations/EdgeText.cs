using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Renders what the edge tests compare whole with approved texts: problems (path, code and both wordings)
/// and the private <c>ToDump()</c> views LINQPad shows (every property, figures in the invariant culture).</summary>
internal static class EdgeText
{
    /// <summary>One line per problem: path, code, English and Indonesian message.</summary>
    public static string Problems(IEnumerable<Problem> problems) =>
        string.Join('\n', problems.Select(p => $"{p.Path} | {p.Reason.Code} | {p.Reason.Message.English} | {p.Reason.Message.Indonesian}"));

    /// <summary>The <c>ToDump()</c> view of <paramref name="value"/>, one property a line, nested rows indented.</summary>
    public static string Dump(object value)
    {
        var method = value.GetType().GetMethod("ToDump", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly, Type.EmptyTypes);
        Assert.NotNull(method);
        var text = new StringBuilder();
        Write(method.Invoke(value, null), string.Empty, text);
        return text.ToString().TrimEnd('\n');
    }

    private static void Write(object? view, string indent, StringBuilder text)
    {
        foreach (var property in view!.GetType().GetProperties())
        {
            var value = property.GetValue(view);
            text.Append(indent).Append(property.Name).Append(':');
            if (value is IEnumerable rows and not string)
            {
                text.Append('\n');
                foreach (var row in rows)
                {
                    text.Append(indent).Append("  -\n");
                    Write(row, indent + "    ", text);
                }
            }
            else
            {
                text.Append(' ').Append(Scalar(value)).Append('\n');
            }
        }
    }

    private static string Scalar(object? value) => value switch
    {
        null => "null",
        string s => '"' + s + '"',
        decimal d => d.ToString(CultureInfo.InvariantCulture) + "m",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
