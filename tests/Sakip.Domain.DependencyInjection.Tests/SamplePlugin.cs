using System.Reflection;
using Sakip.Domain.Tests;

namespace Sakip.Domain.DependencyInjection.Tests;

/// <summary>Where the build left the sample plugin (samples/ProvinsiContoh.Plugin), built before these tests.</summary>
internal static class SamplePlugin
{
    private static readonly string Configuration = typeof(SamplePlugin).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    public static string Folder { get; } = Path.Combine(RepositoryFiles.Root, "samples", "ProvinsiContoh.Plugin", "bin", Configuration, "net10.0");

    public static string Assembly { get; } = Path.Combine(Folder, "ProvinsiContoh.Plugin.dll");
}
