using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Planning;
using Sakip.Domain.Testing;
using Sakip.Domain.Tests;

namespace Sakip.Domain.Json.Tests;

/// <summary>
/// The committed docs/sakip-document.schema.json is the generated schema, and the schema agrees with the model.
/// After a deliberate format change, regenerate the file with <c>eng/update-schema.sh</c> (it runs
/// <see cref="Schema_CommittedFile_IsTheGeneratedSchema"/> with <c>SAKIP_UPDATE_SCHEMA=1</c>) and review the diff.
/// </summary>
public class SakipDocumentJsonSchemaTests
{
    private const string UpdateVariable = "SAKIP_UPDATE_SCHEMA";

    private static readonly JsonObject Schema = JsonNode.Parse(SakipDocumentJson.Schema())!.AsObject();

    [Fact]
    public void Schema_CommittedFile_IsTheGeneratedSchema()
    {
        var path = Path.Combine(RepositoryFiles.Root, "docs", "sakip-document.schema.json");
        var generated = SakipDocumentJson.Schema();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(
            committed == generated,
            $"docs/sakip-document.schema.json differs from the schema the serialization types generate. If the format change is deliberate, run eng/update-schema.sh (or set {UpdateVariable}=1 and run this test), review the diff and commit it.");
    }

    [Fact]
    public void Schema_Root_IsDraft202012WithTheFormatVersion()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)Schema["$schema"]);
        Assert.Equal(SakipDocumentJson.FormatVersion, (int?)Schema["properties"]!["formatVersion"]!["const"]);
        Assert.Equal(["formatVersion", "region"], Schema["required"]!.AsArray().Select(n => (string?)n));
        Assert.False((bool?)Schema["additionalProperties"]);
    }

    [Theory]
    [InlineData(typeof(SakipDocument), null)]
    [InlineData(typeof(Region), "region")]
    [InlineData(typeof(IndicatorDefinition), "indicatorDefinition")]
    [InlineData(typeof(PlannedIndicator), "plannedIndicator")]
    [InlineData(typeof(YearTarget), "yearTarget")]
    [InlineData(typeof(YearAmount), "yearAmount")]
    [InlineData(typeof(YearSpan), "yearSpan")]
    [InlineData(typeof(Rpjmd), "rpjmd")]
    [InlineData(typeof(Misi), "misi")]
    [InlineData(typeof(RpjmdTujuan), "rpjmdTujuan")]
    [InlineData(typeof(RpjmdSasaran), "rpjmdSasaran")]
    [InlineData(typeof(Strategi), "strategi")]
    [InlineData(typeof(ArahKebijakan), "arahKebijakan")]
    [InlineData(typeof(RpjmdProgram), "rpjmdProgram")]
    [InlineData(typeof(Renstra), "renstra")]
    [InlineData(typeof(Agency), "agency")]
    [InlineData(typeof(RenstraTujuan), "renstraTujuan")]
    [InlineData(typeof(RenstraSasaran), "renstraSasaran")]
    [InlineData(typeof(PlanItem), "planItem")]
    [InlineData(typeof(PerjanjianKinerja), "perjanjianKinerja")]
    [InlineData(typeof(PkTarget), "pkTarget")]
    [InlineData(typeof(PkProgram), "pkProgram")]
    [InlineData(typeof(RencanaAksi), "rencanaAksi")]
    [InlineData(typeof(PeriodTarget), "periodTarget")]
    [InlineData(typeof(IndicatorRealisation), "indicatorRealisation")]
    [InlineData(typeof(BudgetRealisation), "budgetRealisation")]
    public void Schema_PropertyNames_AreTheModelsPropertyNamesInCamelCase(Type model, string? definition)
    {
        // The builder's problem paths use the model's names; the JSON paths must be the same.
        var schema = definition is null ? Schema : Schema["$defs"]![definition]!.AsObject();
        var stored = model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null
                || model.GetField($"<{p.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is not null
                || (model.IsValueType && model.GetConstructors().Any(c => c.GetParameters().Any(a => string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase)))))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
        var expected = definition is null ? stored.Prepend("formatVersion") : stored;

        Assert.Equal(expected.Order(), schema["properties"]!.AsObject().Select(p => p.Key).Order());
    }

    [Property]
    public Property Patterns_CanonicalTextOfGeneratedValues_Match() =>
        Prop.ForAll(
            CodeGenerators.AnyProgramCode.ToArbitrary(),
            CodeGenerators.Organisation.ToArbitrary(),
            Generators.Period.ToArbitrary(),
            (code, organisation, period) =>
                Pattern("planItem", "code").IsMatch(code.ToString())
                && Pattern("agency", "code").IsMatch(organisation.ToString())
                && Pattern("periodTarget", "period").IsMatch(period.ToString()));

    [Theory]
    [InlineData("planItem", "code", "1.02.02.2")]
    [InlineData("planItem", "code", "1.02.02.3.01")]
    [InlineData("planItem", "code", "1.02.02.2.01.001")]
    [InlineData("agency", "code", "1.02.0.00.01.0000")]
    [InlineData("periodTarget", "period", "2025-Q5")]
    [InlineData("periodTarget", "period", "2025-TW3")]
    public void Patterns_NonCanonicalText_DoNotMatch(string definition, string property, string text) =>
        Assert.DoesNotMatch(Pattern(definition, property), text);

    [Fact]
    public void Schema_Definitions_AllHaveDescriptions()
    {
        foreach (var (name, definition) in Schema["$defs"]!.AsObject())
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)definition!["description"]), name);
            foreach (var (property, value) in definition["properties"]!.AsObject())
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)value!["description"]), $"{name}.{property}");
            }
        }
    }

    private static Regex Pattern(string definition, string property) =>
        new((string)Schema["$defs"]![definition]!["properties"]![property]!["pattern"]!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
