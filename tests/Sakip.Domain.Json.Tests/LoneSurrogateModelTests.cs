using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Json.Tests;

/// <summary>The model refuses lone surrogates (issue 10): no file can hold them, so read(write(x)) = x for every model
/// that builds.</summary>
public class LoneSurrogateModelTests
{
    [Fact]
    public void DocumentBuilder_LoneSurrogateInRegionNameAndIndicatorText_IsAProblemAtItsPath()
    {
        var document = SampleDocument.Create();
        var builder = document.ToBuilder();
        builder.Region = document.Region with { Name = "Kabupaten \uD800" };
        builder.Indicators[0] = builder.Indicators[0] with { Name = "Angka\uDC00", Definition = "x\uD800" };

        var built = builder.Build();

        Assert.Contains(built.Problems, p => p.Path == "region.name" && p.Reason.Code == "invalid-unicode");
        Assert.Contains(built.Problems, p => p.Path == "indicators[0].name" && p.Reason.Code == "invalid-unicode");
        Assert.Contains(built.Problems, p => p.Path == "indicators[0].definition" && p.Reason.Code == "invalid-unicode");
        Assert.All(built.Problems, p => Assert.False(string.IsNullOrEmpty(p.Reason.Message.Indonesian)));
    }

    [Fact]
    public void DocumentBuilder_SurrogatePair_IsKeptAndSurvivesARoundTrip()
    {
        var document = SampleDocument.Create();
        var builder = document.ToBuilder();
        builder.Region = document.Region with { Name = "Kabupaten \U0001F600" };

        var built = builder.Build();
        var read = SakipDocumentJson.Read(SakipDocumentJson.Write(built.GetValueOrThrow()));

        Assert.True(read.IsSuccess, string.Join("; ", read.Problems));
        Assert.Equal("Kabupaten \U0001F600", read.GetValueOrThrow().Region.Name);
    }

    [Fact]
    public void EvaluationCreate_LoneSurrogateInSubjectNoteOrEvidence_IsAProblemAtItsPath()
    {
        var created = Evaluation.Create(
            EvaluationSchemes.PermenPanRb88Of2021,
            "Kab\uD800",
            2025,
            EvaluationMethod.SubComponentGrades,
            [new CriterionAnswer("1a.1", "AA", "A") { Note = "\uDC00", Evidence = ["ok", "x\uD800"] }],
            [new SubComponentAnswer("1a", "AA", "A") { Note = "a\uD800" }]);

        Assert.Equal(
            ["subject", "answers[0].note", "answers[0].evidence[1]", "grades[0].note"],
            created.Problems.Where(p => p.Reason.Code == "invalid-unicode").Select(p => p.Path));
    }

    [Fact]
    public void SchemeCreate_LoneSurrogateInANameOrTitle_IsAProblemAtItsPath()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021.ToDefinition();
        var component = scheme.Components[0];
        var sub = component.SubComponents[0];
        var criterion = sub.Criteria[0] with { Title = "T\uDC00" };
        var changed = scheme with
        {
            Name = "Skema \uD800",
            Components = [component with { SubComponents = [sub with { Criteria = [criterion, .. sub.Criteria.Skip(1)] }, .. component.SubComponents.Skip(1)] }, .. scheme.Components.Skip(1)],
        };

        var created = EvaluationScheme.Create(changed);

        Assert.Contains(created.Problems, p => p.Path == "name" && p.Reason.Code == "invalid-unicode");
        Assert.Contains(created.Problems, p => p.Path == "components[0].subComponents[0].criteria[0].title" && p.Reason.Code == "invalid-unicode");
    }
}
