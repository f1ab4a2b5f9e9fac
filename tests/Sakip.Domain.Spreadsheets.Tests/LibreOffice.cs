using System.Diagnostics;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>Runs LibreOffice headless to convert workbooks, which recalculates their formulas.</summary>
internal static class LibreOffice
{
    /// <summary>The <c>soffice</c> program on the PATH, or null.</summary>
    public static string? Path { get; } = Find();

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => System.IO.Path.Combine(d, "soffice"))
            .FirstOrDefault(File.Exists);

    /// <summary>Converts each file to .xlsx in <paramref name="outputDirectory"/> with one run of LibreOffice (a
    /// profile of its own, so that it never waits on another instance) and returns the converted files.</summary>
    public static IReadOnlyList<string> ConvertToXlsx(IReadOnlyList<string> files, string outputDirectory)
    {
        var program = Path ?? throw new InvalidOperationException("soffice is not on the PATH (SAKIP_REQUIRE_LIBREOFFICE=1 requires it).");
        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sakip-lo-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outputDirectory }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("LibreOffice did not finish converting in 3 minutes.");
            }

            var converted = files.Select(f => System.IO.Path.Combine(outputDirectory, System.IO.Path.GetFileName(f))).ToList();
            var missing = converted.Where(f => !File.Exists(f)).ToList();
            if (process.ExitCode != 0 || missing.Count > 0)
            {
                throw new InvalidOperationException($"LibreOffice exited with {process.ExitCode}; not converted: {string.Join(", ", missing)}\n{output.Result}\n{error.Result}");
            }

            return converted;
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }
}
