using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json.Reading;
using Sakip.Domain.Json.Serialization;
using Sakip.Domain.Rules;
using Sakip.Domain.Testing;

namespace Sakip.Domain.Json.Tests;

/// <summary>The check builds a clean text's value in its own pass; that value is what System.Text.Json reads from the
/// same text, to every property, list and scale.</summary>
public class SinglePassTests
{
    // Every property written, nulls and empty lists included, so that a null where the serializer has an empty list
    // (or the reverse) shows.
    // (The scheme file's types are the core's: its resolver comes second.)
    private static readonly JsonSerializerOptions Everything = new(SakipJsonContext.Default.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(SakipJsonContext.Default, JsonFormat.SchemeInfo.Options.TypeInfoResolver),
    };

    [Property(MaxTest = 200)]
    public Property Document_BuiltByTheCheck_IsWhatTheSerializerReads() =>
        Prop.ForAll(DocumentGenerators.Document.ToArbitrary(), document =>
        {
            var text = SakipDocumentJson.Write(document);
            var (built, problems) = Pass(text, JsonFormat.DocumentInfo);
            return (built is not null && All(built) == All(JsonSerializer.Deserialize(text, (JsonTypeInfo)JsonFormat.DocumentInfo)!)).Label(problems);
        });

    public static TheoryData<string> Numbers() => ["61.2500", "0", "-0", "-0.00", "1E2", "1.5e+3", "12.5E-1", "0.000001", "79228162514264337593543950335", "1e-28"];

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Document_NumberInAnyForm_IsBuiltAsTheSerializerReadsIt(string number)
    {
        var text = SakipDocumentJson.Write(SampleDocument.Create()).Replace("\"value\": 61.2500", $"\"value\": {number}", StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);

        AssertBuiltAsTheSerializerReads(text, JsonFormat.DocumentInfo);
    }

    [Fact]
    public void Document_EscapedText_IsBuiltAsTheSerializerReadsIt()
    {
        var text = SakipDocumentJson.Write(SampleDocument.Create())
            .Replace("\"name\": \"Kabupaten Contoh\"", "\"name\": \"Kabupaten \\u0043ontoh \\\"baru\\\" \\ud83d\\ude00\"", StringComparison.Ordinal)
            .Replace("\"kind\": \"regency\"", "\"kind\": \"r\\u0065gency\"", StringComparison.Ordinal)
            .Replace("\"period\": \"2025-Q3\"", "\"period\": \"2025-\\u00513\"", StringComparison.Ordinal);
        Assert.Contains("\\u0043ontoh", text, StringComparison.Ordinal);
        Assert.Contains("r\\u0065gency", text, StringComparison.Ordinal);
        Assert.Contains("2025-\\u00513", text, StringComparison.Ordinal);

        AssertBuiltAsTheSerializerReads(text, JsonFormat.DocumentInfo);
        Assert.Equal("Kabupaten Contoh \"baru\" \U0001F600", ((DocumentJson)Pass(text, JsonFormat.DocumentInfo).Built!).Region.Name);
    }

    [Fact]
    public void Document_WithAProblem_IsNotBuilt()
    {
        var text = SakipDocumentJson.Write(SampleDocument.Create()).Replace("\"kind\": \"regency\"", "\"kind\": \"kabupaten\"", StringComparison.Ordinal);

        var (built, problems) = Pass(text, JsonFormat.DocumentInfo);

        Assert.Null(built);
        Assert.Contains("unknown-value", problems, StringComparison.Ordinal);
    }

    public static TheoryData<string> RuleSetIds() => [.. RuleSets.All.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void RuleSetFile_BuiltByTheCheck_IsWhatTheSerializerReads(string id)
    {
        var text = RuleSetJson.Write(RuleSets.All.Single(r => r.Id == id));

        AssertBuiltAsTheSerializerReads(text, JsonFormat.RuleSetInfo);
    }

    public static TheoryData<string> BandSetIds() => [.. BandSets.All.Select(b => b.Id)];

    [Theory]
    [MemberData(nameof(BandSetIds))]
    public void BandSetFile_BuiltByTheCheck_IsWhatTheSerializerReads(string id)
    {
        var text = BandSetJson.Write(BandSets.All.Single(b => b.Id == id));

        AssertBuiltAsTheSerializerReads(text, JsonFormat.BandSetInfo);
    }

    public static TheoryData<string> SchemeIds() => [.. EvaluationSchemes.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(SchemeIds))]
    public void SchemeFile_BuiltByTheCheck_IsWhatTheSerializerReads(string id)
    {
        var text = EvaluationSchemeJson.Write(EvaluationSchemes.All.First(s => s.Id == id));

        AssertBuiltAsTheSerializerReads(text, JsonFormat.SchemeInfo);
    }

    [Fact]
    public void AnswerDocument_BuiltByTheCheck_IsWhatTheSerializerReads()
    {
        var text = SampleAnswers.OneGradeA;

        AssertBuiltAsTheSerializerReads(text, JsonFormat.AnswerDocumentInfo, newest: EvaluationJson.FormatVersion);
    }

    [Fact]
    public void Read_TypeThePassCannotBuild_IsDeserialized()
    {
        // A deserialization callback makes the document's type one the pass leaves to the serializer.
        var calls = 0;
        var options = new JsonSerializerOptions(JsonFormat.Options)
        {
            TypeInfoResolver = JsonFormat.Options.TypeInfoResolver!.WithAddedModifier(info =>
            {
                if (info.Type == typeof(DocumentJson))
                {
                    info.OnDeserialized = _ => calls++;
                }
            }),
        };
        var info = (JsonTypeInfo<DocumentJson>)options.GetTypeInfo(typeof(DocumentJson));
        var text = SakipDocumentJson.Write(SampleDocument.Create());

        var (value, outcome) = JsonText.Read(JsonText.Utf8(text, DocumentReadOptions.Default), DocumentReadOptions.Default, info, SakipDocumentJson.FormatVersion);

        Assert.Empty(outcome.Problems);
        Assert.Equal(1, calls);
        Assert.Equal(All(JsonSerializer.Deserialize(text, JsonFormat.DocumentInfo)!), All(value!));
    }

    private static void AssertBuiltAsTheSerializerReads(string text, JsonTypeInfo info, int newest = 1)
    {
        var (built, problems) = Pass(text, info, newest: newest);

        Assert.True(built is not null, problems);
        Assert.Equal(All(JsonSerializer.Deserialize(text, info)!), All(built));
    }

    private static (object? Built, string Problems) Pass(string text, JsonTypeInfo info, int oldest = 1, int newest = 1)
    {
        var outcome = DocumentValidator.Validate(Encoding.UTF8.GetBytes(text), info, oldest, newest, DocumentReadOptions.Default, out var built);
        return (built, string.Join("\n", outcome.Problems.Select(p => $"{p.Reason.Code}: {p}")));
    }

    private static string All(object value) => JsonSerializer.Serialize(value, value.GetType(), Everything);
}
