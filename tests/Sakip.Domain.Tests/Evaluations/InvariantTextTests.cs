using System.Globalization;
using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>The texts of the scheme parts (for logs and debuggers) are invariant: a decimal comma culture does not turn 0.75
/// into 0,75.</summary>
public class InvariantTextTests
{
    [Fact]
    public void ToStrings_UnderACommaCulture_StayInvariant()
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = Cultures.Indonesian;
        try
        {
            var table = new GradeTable(EdgeSemantics.LowerExclusive, null, [new Grade("A", 62.5m, new("a", "a")), new Grade("B", null, new("b", "b"))]);
            var sub = new SubComponent("1a", "Keberadaan", 7.5m, ScoringMethod.Mean, []);
            Assert.Equal(
                ["B (0.75)", "1 Perencanaan (12.5)", "1a Keberadaan (7.5)", "A > 62.5, B"],
                [AnswerScales.AToE.Options[1].ToString(), new Component("1", "Perencanaan", 12.5m, [sub]).ToString(), sub.ToString(), table.ToString()]);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
