namespace Sakip.Domain.Tests;

/// <summary>Files of the repository the tests run in (docs, the committed schema).</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder holding Sakip.Domain.sln, above the test output folder.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sakip.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Sakip.Domain.sln not found above the test output folder.");
    }
}
