namespace Sakip.Cli.Demo;

/// <summary>The demo's files embedded in this assembly (see Sakip.Cli.csproj), by their logical names.</summary>
internal static class DemoResources
{
    /// <summary>The demo region as a SAKIP document (<c>Demo/kabupaten-contoh.sakip.json</c>).</summary>
    public const string Document = "Sakip.Cli.Demo.kabupaten-contoh.sakip.json";

    /// <summary>The 2024 AKIP evaluation as an LKE answer document (<c>Demo/kabupaten-contoh-lke-2024.json</c>).</summary>
    public const string Evaluation2024 = "Sakip.Cli.Demo.kabupaten-contoh-lke-2024.json";

    /// <summary>The 2025 AKIP evaluation as an LKE answer document (<c>Demo/kabupaten-contoh-lke-2025.json</c>).</summary>
    public const string Evaluation2025 = "Sakip.Cli.Demo.kabupaten-contoh-lke-2025.json";

    /// <summary>Every embedded demo file.</summary>
    public static IReadOnlyList<string> All { get; } = [Document, Evaluation2024, Evaluation2025];

    /// <summary>Opens an embedded demo file.</summary>
    /// <param name="name">Its logical name.</param>
    /// <returns>The stream of its UTF-8 bytes; the caller disposes it.</returns>
    /// <exception cref="InvalidOperationException">The assembly has no such resource (a build bug).</exception>
    public static Stream Open(string name) =>
        typeof(DemoResources).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded demo file '{name}' is missing from {typeof(DemoResources).Assembly.GetName().Name}.");
}
