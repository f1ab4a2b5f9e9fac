using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Ardalis.GuardClauses;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Plugins;

/// <summary>
/// Loads plugin assemblies at run time, each into its own <see cref="AssemblyLoadContext"/>: a plugin's own
/// dependencies are its own (two plugins may use different versions of one library), while <c>Sakip.Domain</c> and
/// the libraries it is built on are the host's, so the plugin's rules are the host's types.
/// </summary>
/// <remarks>
/// <para>The loader uses the framework's <see cref="AssemblyLoadContext"/> and <see cref="AssemblyDependencyResolver"/>
/// (which reads the plugin's <c>.deps.json</c>), the mechanism loader libraries such as McMaster.NETCore.Plugins wrap,
/// so the core takes no new dependency. Contexts are not collectible: a loaded plugin stays for the life of the
/// process.</para>
/// <para>Loading runs the plugin's code with the host's rights. Load only assemblies you trust; see
/// docs/security.md.</para>
/// </remarks>
public static class PluginLoader
{
    private static readonly HashSet<string> Shared = SharedAssemblies();

    // One load per assembly file for the life of the process: loading a path again gives the same plugins (the same
    // types and instances), not a second copy in a second context.
    private static readonly ConcurrentDictionary<string, Lazy<(ValueList<ISakipPlugin> Plugins, ValueList<Problem> Problems)>> Loaded = new(StringComparer.Ordinal);

    /// <summary>Loads the plugins of an assembly file, or of a folder.</summary>
    /// <param name="path">A plugin assembly (<c>.dll</c>; its dependencies beside it, as <c>dotnet build</c> or
    /// <c>dotnet publish</c> leaves them), or a folder holding plugins: each <c>&lt;name&gt;/&lt;name&gt;.dll</c>, and
    /// each assembly of the folder itself that has a <c>.deps.json</c> beside it.</param>
    /// <returns>The plugins, one instance of each public <see cref="ISakipPlugin"/> class, in path and type-name order;
    /// or the problems, each with the file as its path: <c>plugin-not-found</c>, <c>plugin-not-loaded</c> (not a .NET
    /// assembly, or a dependency is missing), <c>plugin-no-entry</c>, <c>plugin-not-created</c> (its constructor
    /// failed) and <c>plugin-folder-empty</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    public static Result<ValueList<ISakipPlugin>> Load(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return LoadAssemblies([full]);
        }

        if (!Directory.Exists(full))
        {
            return Result<ValueList<ISakipPlugin>>.Failure(new Problem(path, Messages.PluginNotFound(path)));
        }

        var assemblies = Directory.EnumerateDirectories(full)
            .Select(folder => Path.Combine(folder, Path.GetFileName(folder) + ".dll"))
            .Where(File.Exists)
            .Concat(Directory.EnumerateFiles(full, "*.dll").Where(dll => File.Exists(Path.ChangeExtension(dll, ".deps.json"))))
            .Order(StringComparer.Ordinal)
            .ToList();
        return assemblies.Count == 0
            ? Result<ValueList<ISakipPlugin>>.Failure(new Problem(path, Messages.PluginFolderEmpty(path)))
            : LoadAssemblies(assemblies);
    }

    private static Result<ValueList<ISakipPlugin>> LoadAssemblies(IReadOnlyList<string> paths)
    {
        var plugins = new List<ISakipPlugin>();
        var problems = new List<Problem>();
        foreach (var path in paths)
        {
            var (loaded, failed) = Loaded.GetOrAdd(path, static p => new(() => LoadAssembly(p))).Value;
            plugins.AddRange(loaded);
            problems.AddRange(failed);
        }

        return problems.Count == 0 ? Result<ValueList<ISakipPlugin>>.Success([.. plugins]) : Result<ValueList<ISakipPlugin>>.Failure(problems);
    }

    private static (ValueList<ISakipPlugin> Plugins, ValueList<Problem> Problems) LoadAssembly(string path)
    {
        Type[] types;
        try
        {
            types = new PluginLoadContext(path).LoadFromAssemblyPath(path).GetExportedTypes();
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or UnauthorizedAccessException or NotSupportedException or ReflectionTypeLoadException or TypeLoadException or InvalidOperationException or ArgumentException)
        {
            return ([], [new Problem(path, Messages.PluginNotLoaded(path, $"{e.GetType().Name}: {e.Message}"))]);
        }

        var entries = types
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISakipPlugin).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        if (entries.Count == 0)
        {
            return ([], [new Problem(path, Messages.PluginNoEntry(path))]);
        }

        var plugins = new List<ISakipPlugin>();
        var problems = new List<Problem>();
        foreach (var type in entries)
        {
            try
            {
                plugins.Add((ISakipPlugin)Activator.CreateInstance(type)!);
            }
            catch (Exception e) when (e is TargetInvocationException or MemberAccessException or TypeLoadException)
            {
                var inner = e is TargetInvocationException { InnerException: { } thrown } ? thrown : e;
                problems.Add(new Problem(path, Messages.PluginNotCreated(type.FullName ?? type.Name, $"{inner.GetType().Name}: {inner.Message}")));
            }
        }

        return ([.. plugins], [.. problems]);
    }

    // Sakip.Domain and the assemblies it references (OneOf, NodaTime, Ardalis.GuardClauses, the framework) come from
    // the host, so that a plugin's types are the host's.
    private static HashSet<string> SharedAssemblies()
    {
        var core = typeof(ISakipPlugin).Assembly;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { core.GetName().Name! };
        foreach (var reference in core.GetReferencedAssemblies())
        {
            names.Add(reference.Name!);
        }

        return names;
    }

    /// <summary>One plugin's context: its dependencies from its own folder (by its <c>.deps.json</c>), the shared
    /// assemblies from the host.</summary>
    private sealed class PluginLoadContext(string mainAssembly)
        : AssemblyLoadContext("sakip-plugin:" + Path.GetFileNameWithoutExtension(mainAssembly), isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is { } name && Shared.Contains(name))
            {
                return null;
            }

            return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}
