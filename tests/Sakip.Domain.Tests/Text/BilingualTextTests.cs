using Sakip.Domain.Explanations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Text;

public class BilingualTextTests
{
    private static readonly BilingualText High = new("Very high", "Sangat Tinggi");

    [Fact]
    public void In_GivesTheWordingOfThatLanguage()
    {
        Assert.Equal("Very high", High.In(Language.English));
        Assert.Equal("Sangat Tinggi", High.In(Language.Indonesian));
        Assert.Equal("Very high", High.ToString());
    }

    [Fact]
    public void Equality_IsByBothWordings()
    {
        Assert.Equal(High, new BilingualText("Very high", "Sangat Tinggi"));
        Assert.Equal(High.GetHashCode(), new BilingualText("Very high", "Sangat Tinggi").GetHashCode());
        Assert.NotEqual(High, new BilingualText("Very high", "Tinggi"));
        Assert.NotEqual(High, new BilingualText("High", "Sangat Tinggi"));
    }

    [Fact]
    public void Create_NullWording_Throws()
    {
        Assert.Equal("english", Assert.Throws<ArgumentNullException>(() => new BilingualText(null!, "x")).ParamName);
        Assert.Equal("indonesian", Assert.Throws<ArgumentNullException>(() => new BilingualText("x", null!)).ParamName);
    }

    [Fact]
    public void Reason_FromWordings_EqualsReasonFromText()
    {
        var reason = new Reason("zero-target", "the target is 0", "target 0");

        Assert.Equal(new Reason("zero-target", new BilingualText("the target is 0", "target 0")), reason);
        Assert.Equal("target 0", reason.In(Language.Indonesian));
        Assert.Equal("the target is 0", reason.Message.English);
        Assert.Equal("zero-target: the target is 0", reason.ToString());
        Assert.NotEqual(new Reason("other", reason.Message), reason);
    }

    [Fact]
    public void Reason_BlankCodeOrNullMessage_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Reason(" ", High));
        Assert.Throws<ArgumentNullException>(() => new Reason("code", (BilingualText)null!));
    }

    [Fact]
    public void ExplanationStep_RendersTheTemplateOfTheLanguage()
    {
        var step = new ExplanationStep("cap", new BilingualText("capped at {0}", "dibatasi pada {0}"), 120.5m);

        Assert.Equal("capped at 120.5", step.Render(Language.English));
        Assert.Equal("dibatasi pada 120,5", step.Render(Language.Indonesian));
        Assert.Equal(new ExplanationStep("cap", "capped at {0}", "dibatasi pada {0}", 120.5m), step);
        Assert.NotEqual(new ExplanationStep("cap", "capped at {0}", "dibatasi pada {0}", 120.6m), step);
    }

    [Fact]
    public void ExplanationStep_BlankTemplateWording_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ExplanationStep("cap", new BilingualText("", "dibatasi"), 1m));
        Assert.Throws<ArgumentException>(() => new ExplanationStep("cap", new BilingualText("capped", " "), 1m));
    }
}
