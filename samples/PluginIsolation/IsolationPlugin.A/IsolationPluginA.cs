using Sakip.Domain.Catalogues;
using Sakip.Domain.Plugins;
using Sakip.Domain.Rules;
using Sakip.Samples.Greeting;

namespace IsolationPlugin.A;

/// <summary>Adds a rule set named after the version of Sakip.Samples.Greeting this plugin sees.</summary>
public sealed class IsolationPluginA : ISakipPlugin
{
    /// <inheritdoc />
    public string Name => "Isolation A";

    /// <inheritdoc />
    public void Register(RuleCatalogueBuilder catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        catalogue.Add(RuleSets.Default with { Id = "isolation-a", Name = "Greeting " + Greeting.Version, LegalBasis = "sample" });
    }
}
