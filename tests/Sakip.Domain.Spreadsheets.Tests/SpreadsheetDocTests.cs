using System.Reflection;
using System.Text.RegularExpressions;
using Sakip.Domain.Tests;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>docs/spreadsheets.md names every problem code the reader reports and every option.</summary>
public partial class SpreadsheetDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "spreadsheets.md"));

    [Fact]
    public void Doc_EveryProblemCode_IsNamed()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "Sakip.Domain.Spreadsheets", "SpreadsheetMessages.cs"));
        var codes = Code().Matches(source).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(codes.Count >= 15, $"only {codes.Count} codes found");
        Assert.All(codes, code => Assert.Contains($"`{code}`", Doc, StringComparison.Ordinal));
    }

    [Fact]
    public void Doc_EveryReadLimit_IsNamed() =>
        Assert.All(
            typeof(LkeReadOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Where(n => n != "EqualityContract"),
            name => Assert.Contains(name, Doc, StringComparison.Ordinal));

    [GeneratedRegex("\"(workbook-[a-z-]+)\"")]
    private static partial Regex Code();
}
