using Sakip.Domain.Text;

namespace Sakip.Domain;

internal static partial class Messages
{
    // Loading plugins (Plugins/): each names the file.
    public static Reason PluginNotFound(string path) => new(
        "plugin-not-found",
        $"no plugin assembly or folder at '{path}'",
        $"tidak ada rakitan atau folder plugin di '{path}'");

    public static Reason PluginNotLoaded(string path, string detail) => new(
        "plugin-not-loaded",
        $"'{path}' could not be loaded as a .NET assembly: {detail}",
        $"'{path}' tidak dapat dimuat sebagai rakitan .NET: {detail}");

    public static Reason PluginNoEntry(string path) => new(
        "plugin-no-entry",
        $"'{path}' has no public class implementing ISakipPlugin with a public parameterless constructor",
        $"'{path}' tidak memiliki kelas publik yang mengimplementasikan ISakipPlugin dengan konstruktor publik tanpa parameter");

    public static Reason PluginNotCreated(string type, string detail) => new(
        "plugin-not-created",
        $"the plugin '{type}' could not be created: {detail}",
        $"plugin '{type}' tidak dapat dibuat: {detail}");

    public static Reason PluginFolderEmpty(string path) => new(
        "plugin-folder-empty",
        $"the folder '{path}' holds no plugin: expected <name>/<name>.dll, or an assembly with its .deps.json",
        $"folder '{path}' tidak berisi plugin: diharapkan <nama>/<nama>.dll, atau rakitan dengan .deps.json-nya");
}
