using Sakip.Domain.Text;

namespace Sakip.Cli.Output;

/// <summary>Writes a command's output file (<c>tree --output</c>, <c>demo --export</c>, <c>lke template
/// --output</c>), reporting a path that can't be written as a clear error instead of a crash.</summary>
internal static class OutputFile
{
    /// <summary>Writes <paramref name="text"/> (UTF-8) to <paramref name="path"/>, replacing the file; false (and the
    /// reason on <paramref name="error"/>) when the path is a folder, its folder does not exist, or writing
    /// fails.</summary>
    public static bool TryWrite(string path, string text, string command, TextWriter error) =>
        TryWrite(path, full => File.WriteAllText(full, text), command, error);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> (e.g. a workbook), as
    /// <see cref="TryWrite(string, string, string, TextWriter)"/> writes text.</summary>
    public static bool TryWrite(string path, byte[] bytes, string command, TextWriter error) =>
        TryWrite(path, full => File.WriteAllBytes(full, bytes), command, error);

    private static bool TryWrite(string path, Action<string> write, string command, TextWriter error)
    {
        string? reason;
        try
        {
            var full = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(full);
            var context = Commands.CliContext.Current;
            reason = Directory.Exists(full) ? context.T("itu sebuah folder; berikan nama berkas", "it is a folder; give a file name")
                : folder is not null && !Directory.Exists(folder) ? context.T($"folder '{folder}' tidak ada", $"the folder '{folder}' does not exist")
                : null;
            if (reason is null)
            {
                write(full);
                return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            reason = Commands.CliContext.Current.T(FailureText.Of(e));
        }

        error.WriteLine($"sakip {command}: {Commands.CliContext.Current.T("tidak dapat menulis", "cannot write")} '{path}': {reason}");
        return false;
    }
}
