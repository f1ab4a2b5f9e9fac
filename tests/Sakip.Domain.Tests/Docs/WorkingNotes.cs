namespace Sakip.Domain.Tests.Docs;

/// <summary>The project's working notes, which are not in the repository or the packages: nothing users read may
/// cite them.</summary>
internal static class WorkingNotes
{
    /// <summary>How citations of the working notes were written. Spelled in parts, so that a search of the sources for
    /// such citations does not find these.</summary>
    public static readonly string[] Citations = ["sakip-" + "reference", "reference" + " §"];
}
