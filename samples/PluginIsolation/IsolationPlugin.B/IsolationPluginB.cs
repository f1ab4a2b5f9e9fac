using Sakip.Domain.Catalogues;
using Sakip.Domain.Plugins;
using Sakip.Domain.Rules;
using Sakip.Samples.Greeting;

namespace IsolationPlugin.B;

/// <summary>Adds a rule set named after the version of Sakip.Samples.Greeting this plugin sees.</summary>
public sealed class IsolationPluginB : ISakipPlugin
{
    /// <inheritdoc />
    public string Name => "Isolation B";

    /// <inheritdoc />
    public void Register(RuleCatalogueBuilder catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        catalogue.Add(RuleSets.Default with { Id = "isolation-b", Name = "Greeting " + Greeting.Version, LegalBasis = "sample" });
    }
}
