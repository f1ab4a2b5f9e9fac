namespace Sakip.Domain.Tests;

/// <summary>Trait values (<c>[Trait("Category", …)]</c>) that let a run leave some tests out.</summary>
internal static class TestCategories
{
    /// <summary>The trait name.</summary>
    public const string Name = "Category";

    /// <summary>
    /// Robustness tests: hundreds of generated or damaged documents, or a 100,000-node chain, checked only for
    /// not throwing (or not recursing). They cover most of the library, so a mutation run (<c>eng/mutation.sh</c>)
    /// would run them for nearly every mutant while they assert no figure; it leaves them out
    /// (<c>--test-case-filter "Category!=Robustness"</c>). Leaving tests out can only lower the mutation score,
    /// never raise it. CI runs them.
    /// </summary>
    public const string Robustness = "Robustness";
}
