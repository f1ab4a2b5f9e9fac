using System.Text;
using Sakip.Cli.Demo;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Json.Tests;

/// <summary>The readers' limits (issue 10): each is a problem with a path when exceeded, never an exception, and the
/// defaults read the demo region.</summary>
public class DocumentReadOptionsTests
{
    private static readonly string Demo = SakipDocumentJson.Write(DemoRegion.Create());

    [Fact]
    public void Default_Values_AreTheDocumentedOnes()
    {
        var options = DocumentReadOptions.Default;

        Assert.Equal(64L * 1024 * 1024, options.MaxDocumentBytes);
        Assert.Equal(65_536, options.MaxStringLength);
        Assert.Equal(1_000_000, options.MaxItems);
        Assert.Equal(64, options.MaxDepth);
    }

    [Fact]
    public void Default_DemoRegion_IsRead()
    {
        Assert.True(SakipDocumentJson.Read(Demo, BuiltInSchemes.Find, DocumentReadOptions.Default).IsSuccess);
        Assert.True(SakipDocumentJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(Demo)), BuiltInSchemes.Find, DocumentReadOptions.Default).IsSuccess);
    }

    [Fact]
    public void MaxDocumentBytes_Exceeded_IsAProblemForTextAndStream()
    {
        var options = new DocumentReadOptions { MaxDocumentBytes = 1000 };
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(Demo));

        var fromText = Assert.Single(SakipDocumentJson.Read(Demo, BuiltInSchemes.Find, options).Problems);
        var fromStream = Assert.Single(SakipDocumentJson.Read(stream, BuiltInSchemes.Find, options).Problems);

        Assert.Equal(("document-too-large", "$"), (fromText.Reason.Code, fromText.Path));
        Assert.Equal("document-too-large", fromStream.Reason.Code);
        Assert.Equal(1001, stream.Position);
        Assert.Contains("1000", fromText.Reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxStringLength_Exceeded_IsAProblemAtTheValue()
    {
        var json = Demo.Replace("\"name\": \"Kabupaten Contoh\"", $"\"name\": \"{new string('x', 2000)}\"", StringComparison.Ordinal);
        Assert.NotEqual(Demo, json);

        var problem = Assert.Single(SakipDocumentJson.Read(json, BuiltInSchemes.Find, new DocumentReadOptions { MaxStringLength = 1999 }).Problems);

        Assert.Equal(("string-too-long", "$.region.name"), (problem.Reason.Code, problem.Path));
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void MaxStringLength_EscapedLongString_IsMeasuredAfterUnescaping()
    {
        var escaped = string.Concat(Enumerable.Repeat("\\u0041", 2000));
        var json = Demo.Replace("\"name\": \"Kabupaten Contoh\"", $"\"name\": \"{escaped}\"", StringComparison.Ordinal);

        Assert.True(SakipDocumentJson.Read(json, BuiltInSchemes.Find, new DocumentReadOptions { MaxStringLength = 2000 }).IsSuccess);
        Assert.Equal("string-too-long", Assert.Single(SakipDocumentJson.Read(json, BuiltInSchemes.Find, new DocumentReadOptions { MaxStringLength = 1999 }).Problems).Reason.Code);
    }

    [Fact]
    public void MaxItems_Exceeded_IsOneProblemPerList()
    {
        var answers = EvaluationJson.Template(EvaluationSchemes.PermenPanRb88Of2021, "Kabupaten Contoh", 2025);

        var problems = EvaluationJson.Read(answers, null, new DocumentReadOptions { MaxItems = 10 }).Problems;

        Assert.Equal([("too-many-items", "$.grades"), ("too-many-items", "$.answers")], problems.Select(p => (p.Reason.Code, p.Path)));
        Assert.All(problems, p => Assert.NotNull(p.Line));
        Assert.True(EvaluationJson.Read(answers, null, DocumentReadOptions.Default).IsSuccess);
    }

    [Fact]
    public void MaxDepth_Exceeded_IsAProblemWithItsLine()
    {
        var deep = "{\"formatVersion\": 1,\n\"x\": " + new string('[', 100) + new string(']', 100) + "}";

        var problem = Assert.Single(EvaluationSchemeJson.Read(deep).Problems);
        var shallow = Assert.Single(EvaluationSchemeJson.Read("{\"formatVersion\": 1, \"x\": [[1]]}", new DocumentReadOptions { MaxDepth = 2 }).Problems);

        Assert.Equal(("too-deep", "$", 2), (problem.Reason.Code, problem.Path, problem.Line));
        Assert.Equal("too-deep", shallow.Reason.Code);
    }

    [Fact]
    public void MaxDepth_BracketsInsideStrings_DoNotCount()
    {
        var json = "{\"formatVersion\": 1, \"x\": \"" + new string('[', 100) + "\\\"{{\"}";

        Assert.DoesNotContain(EvaluationSchemeJson.Read(json).Problems, p => p.Reason.Code == "too-deep");
    }

    [Theory]
    [InlineData(0L, 1, 1, 1)]
    [InlineData(1L, 0, 1, 1)]
    [InlineData(1L, 1, 0, 1)]
    [InlineData(1L, 1, 1, 0)]
    [InlineData(1L, 1, 1, 65)]
    [InlineData(1L + int.MaxValue, 1, 1, 1)]
    public void Init_OutOfRange_Throws(long bytes, int length, int items, int depth) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReadOptions { MaxDocumentBytes = bytes, MaxStringLength = length, MaxItems = items, MaxDepth = depth });

    [Theory]
    [InlineData(1L, 1, 1, 1)]
    [InlineData((long)int.MaxValue, int.MaxValue, int.MaxValue, DocumentReadOptions.DefaultMaxDepth)]
    public void Init_AtTheEdges_IsKept(long bytes, int length, int items, int depth)
    {
        var options = new DocumentReadOptions { MaxDocumentBytes = bytes, MaxStringLength = length, MaxItems = items, MaxDepth = depth };

        Assert.Equal((bytes, length, items, depth), (options.MaxDocumentBytes, options.MaxStringLength, options.MaxItems, options.MaxDepth));
    }

    [Fact]
    public void Init_OutOfRange_SaysWhichLimitAndItsRange()
    {
        Assert.StartsWith("The maximum document size is 1 to int.MaxValue bytes.", Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReadOptions { MaxDocumentBytes = 0 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("The maximum string length is at least 1.", Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReadOptions { MaxStringLength = 0 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("The maximum number of items is at least 1.", Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReadOptions { MaxItems = 0 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("The maximum depth is 1 to 64.", Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReadOptions { MaxDepth = 65 }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullOptions_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SakipDocumentJson.Read("{}", BuiltInSchemes.Find, null!));
        Assert.Throws<ArgumentNullException>(() => EvaluationJson.Read("{}", null, null!));
        Assert.Throws<ArgumentNullException>(() => EvaluationSchemeJson.Read(new MemoryStream(), null!));
    }
}
