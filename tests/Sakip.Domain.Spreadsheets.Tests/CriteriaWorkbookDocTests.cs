using System.Reflection;
using System.Text.RegularExpressions;
using Sakip.Domain.Tests;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>docs/spreadsheets-criteria.md names every problem code of the criteria reader, every heading the writer
/// writes and every import option.</summary>
public partial class CriteriaWorkbookDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "spreadsheets-criteria.md"));

    [Fact]
    public void Doc_EveryProblemCode_IsNamed()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "Sakip.Domain.Spreadsheets", "SpreadsheetMessages.Criteria.cs"));
        var codes = Code().Matches(source).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(codes.Count >= 19, $"only {codes.Count} codes found");
        Assert.All(codes, code => Assert.Contains($"`{code}`", Doc, StringComparison.Ordinal));
    }

    [Fact]
    public void Doc_EveryHeadingTheWriterWrites_IsNamed() =>
        Assert.All(
            CriteriaLayout.CriteriaHeadings.Concat(CriteriaLayout.WeightHeadings).Concat(CriteriaLayout.ScaleHeadings).Select(h => h.Heading),
            heading => Assert.Contains(heading, Doc, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Doc_EveryImportOption_IsNamed() =>
        Assert.All(
            typeof(CriteriaImportOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Where(n => n != "EqualityContract"),
            name => Assert.Contains(name, Doc, StringComparison.Ordinal));

    [GeneratedRegex("\"(criteria-[a-z-]+)\"")]
    private static partial Regex Code();
}
