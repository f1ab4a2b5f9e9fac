using System.Text.Json;
using Ardalis.GuardClauses;
using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Text;

namespace Sakip.Domain.Analytics.National;

/// <summary>The usual ways to list the regions of a <see cref="NationalRun"/>: every document in a folder, or the
/// files a manifest names. Nothing is read until the run loads each region.</summary>
public static class RegionSources
{
    /// <summary>The default file name pattern of <see cref="Folder"/>: <c>*.sakip.json</c>.</summary>
    public const string DocumentPattern = "*.sakip.json";

    /// <summary>Every document file in a folder and its subfolders, in ordinal order of their paths relative to the
    /// folder (so the same folder gives the same order, and a layout of one folder per province keeps a province's
    /// regions together).</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="pattern">The file name pattern; <see cref="DocumentPattern"/> by default.</param>
    /// <param name="options">The reader's limits; <see langword="null"/> means <see cref="NationalRunOptions.DocumentLimits"/>.</param>
    /// <param name="schemes">Finds an evaluation scheme by id; <see langword="null"/> means the built-in schemes.</param>
    /// <returns>The sources (their province taken from each region's code), or the problem that the folder does not
    /// exist or cannot be listed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> or <paramref name="pattern"/> is null.</exception>
    public static Result<ValueList<RegionSource>> Folder(string folder, string pattern = DocumentPattern, DocumentReadOptions? options = null, Func<string, EvaluationScheme?>? schemes = null)
    {
        Guard.Against.Null(folder);
        Guard.Against.Null(pattern);
        if (!Directory.Exists(folder))
        {
            return Result<ValueList<RegionSource>>.Failure(new Problem("folder", NationalMessages.FolderMissing));
        }

        try
        {
            var files = Directory.EnumerateFiles(folder, pattern, new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive })
                .Select(path => (Relative: Path.GetRelativePath(folder, path).Replace('\\', '/'), Path: path))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
                .Select(f => RegionSource.File(f.Relative, f.Path, provinceCode: null, options, schemes))
                .ToList();
            return Result<ValueList<RegionSource>>.Success([.. files]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<ValueList<RegionSource>>.Failure(new Problem("folder", NationalMessages.FileUnreadable(folder, FailureText.Of(e))));
        }
    }

    /// <summary>The files a manifest lists, in its order: a JSON object
    /// <c>{"regions": [{"file": "33/33.01.sakip.json", "province": "33"}, …]}</c>, each file relative to the
    /// manifest's folder, each province optional (taken from the region's code when absent).</summary>
    /// <param name="manifest">The manifest's path.</param>
    /// <param name="options">The reader's limits; <see langword="null"/> means <see cref="NationalRunOptions.DocumentLimits"/>.</param>
    /// <param name="schemes">Finds an evaluation scheme by id; <see langword="null"/> means the built-in schemes.</param>
    /// <returns>The sources, or every problem of the manifest with its path (<c>regions[3].file</c>). A listed file
    /// that is missing is not a problem of the manifest: the run reports and skips that region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is null.</exception>
    public static Result<ValueList<RegionSource>> Manifest(string manifest, DocumentReadOptions? options = null, Func<string, EvaluationScheme?>? schemes = null)
    {
        Guard.Against.Null(manifest);
        JsonDocument json;
        try
        {
            using var stream = File.OpenRead(manifest);
            json = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or JsonException)
        {
            return Result<ValueList<RegionSource>>.Failure(new Problem("manifest", NationalMessages.ManifestUnreadable(FailureText.Of(e))));
        }

        using (json)
        {
            return Manifest(json.RootElement, Path.GetDirectoryName(Path.GetFullPath(manifest)) ?? ".", options, schemes);
        }
    }

    private static Result<ValueList<RegionSource>> Manifest(JsonElement root, string folder, DocumentReadOptions? options, Func<string, EvaluationScheme?>? schemes)
    {
        if (root.ValueKind != JsonValueKind.Object
            || root.EnumerateObject().Any(p => p.Name != "regions")
            || !root.TryGetProperty("regions", out var regions)
            || regions.ValueKind != JsonValueKind.Array)
        {
            return Result<ValueList<RegionSource>>.Failure(new Problem("", NationalMessages.ManifestShape));
        }

        var problems = new List<Problem>();
        var sources = new List<RegionSource>();
        var seen = new Dictionary<string, int>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var index = 0;
        foreach (var region in regions.EnumerateArray())
        {
            var path = $"regions[{index}]";
            if (region.ValueKind != JsonValueKind.Object || region.EnumerateObject().Any(p => p.Name is not ("file" or "province")))
            {
                problems.Add(new Problem(path, NationalMessages.ManifestShape));
            }
            else if (!region.TryGetProperty("file", out var file) || file.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(file.GetString()))
            {
                problems.Add(new Problem(path + ".file", NationalMessages.ManifestFileMissing));
            }
            else if (region.TryGetProperty("province", out var province) && province.ValueKind != JsonValueKind.String)
            {
                problems.Add(new Problem(path + ".province", NationalMessages.ManifestShape));
            }
            else if (province.ValueKind == JsonValueKind.String && !RegionFacts.IsProvinceCode(province.GetString()!))
            {
                problems.Add(new Problem(path + ".province", AnalyticsMessages.ProvinceCodeInvalid));
            }
            else
            {
                var full = Path.GetFullPath(Path.Combine(folder, file.GetString()!));
                if (seen.TryGetValue(full, out var first))
                {
                    problems.Add(new Problem(path + ".file", NationalMessages.ManifestFileTwice(first)));
                }
                else
                {
                    seen.Add(full, index);
                    var code = province.ValueKind == JsonValueKind.String ? province.GetString() : null;
                    sources.Add(RegionSource.File(file.GetString()!, full, code, options, schemes));
                }
            }

            index++;
        }

        if (index == 0)
        {
            problems.Add(new Problem("regions", NationalMessages.ManifestEmpty));
        }

        return problems.Count > 0 ? Result<ValueList<RegionSource>>.Failure(problems) : Result<ValueList<RegionSource>>.Success([.. sources]);
    }
}
