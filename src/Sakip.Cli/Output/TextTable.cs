using System.Text;

namespace Sakip.Cli.Output;

/// <summary>A plain-text table with columns sized to their widest cell.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row; each cell is made safe to print and cut to <see cref="TerminalText.MaxLength"/>.</summary>
    public void Add(params string[] cells) => _rows.Add([.. cells.Select(c => TerminalText.Safe(c))]);

    public string Render(string indent = "")
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        void Line(string[] cells) => text.Append((indent + string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i])))).TrimEnd()).Append('\n');
        Line(headers);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in _rows)
        {
            Line(row);
        }

        return text.ToString().TrimEnd('\n');
    }
}
