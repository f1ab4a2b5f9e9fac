using Sakip.Domain.Catalogues;

namespace Sakip.Domain.Plugins;

/// <summary>
/// A plugin: code in its own assembly that adds a region's rules — capaian formulas, rule sets, band sets, roll-up
/// strategies, alignment rules, LKE schemes — to a <see cref="RuleCatalogue"/>, so they work everywhere a built-in
/// rule does.
/// </summary>
/// <remarks>
/// <para>An assembly makes a plugin by having a public, non-abstract class with a public parameterless constructor
/// that implements this interface; <see cref="PluginLoader"/> finds and creates it. The plugin references the
/// <c>Sakip.Domain</c> package without copying it (<c>PrivateAssets="all"</c> / <c>ExcludeAssets="runtime"</c>):
/// the host's copy is shared, so its types are the host's.</para>
/// <para><see cref="Register"/> should only add rules (it may be called more than once, on different builders); the
/// rules must be immutable and thread-safe, and should return results rather than throw. Loading a plugin runs its
/// code with the host's rights: load only assemblies you trust (docs/security.md).</para>
/// </remarks>
public interface ISakipPlugin
{
    /// <summary>The plugin's name, shown in problems and in <see cref="RuleCatalogue.Plugins"/>, e.g.
    /// <c>Provinsi Contoh</c>.</summary>
    string Name { get; }

    /// <summary>Adds the plugin's rules to a catalogue being built.</summary>
    /// <param name="catalogue">The builder to add to.</param>
    void Register(RuleCatalogueBuilder catalogue);
}
