using static Sakip.Domain.Tests.Planning.BuilderFixture;

namespace Sakip.Domain.Tests.Planning;

/// <summary>A null Renstra item is a problem, never a throw, whatever else reads the Renstra's items: it is reported
/// with the other nulls inside the parts, before any check that reads the items (an agreement collecting their sasaran,
/// a budget realisation looking up its code). Before, both threw <see cref="NullReferenceException"/>.</summary>
public class SakipDocumentBuilderNullItemTests
{
    [Fact]
    public void Renstra_NullItemOfAnAgencyWithAnAgreement_IsRequired_NotAThrow()
    {
        // PK-DINKES reads Dinkes's items for their sasaran ids.
        Assert.Equal(
            "renstras[0].items[3] | required | a value is required | nilai wajib diisi",
            Problems(b => b.Renstra(r => r with { Items = r.Items.Plus(null!) })));
    }

    [Fact]
    public void Renstra_NullItemOfAnAgencyWithABudgetRealisation_IsRequired_NotAThrow()
    {
        // The budget realisation looks its code up in Dinkes's items; a code that no item before the null one has
        // reaches it. The nulls are reported alone: no later check runs.
        Assert.Equal(
            "renstras[0].items[3] | required | a value is required | nilai wajib diisi",
            Problems(b =>
            {
                b.PerjanjianKinerja.RemoveAt(0);
                b.RencanaAksi.Clear();
                b.Renstra(r => r with { Items = r.Items.Plus(null!) });
                b.BudgetRealisations[0] = b.BudgetRealisations[0] with { Code = Sakip.Domain.Codes.ProgramCode.Parse("1.02.03", null) };
            }));
    }
}
