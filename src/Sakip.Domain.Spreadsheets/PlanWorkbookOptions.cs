using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>How <see cref="PlanWorkbook"/> writes a workbook: the language of its headings, labels and dropdown
/// words.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PlanWorkbookOptions
{
    /// <summary>The options used when none are given: Indonesian.</summary>
    public static PlanWorkbookOptions Default { get; } = new();

    /// <summary>The language of the titles, headings, labels and dropdown words (sheet names are the same in both
    /// languages; the reader accepts either language's headings and words). It also names the number format of the
    /// workbook's numbers typed as text: <c>id-ID</c> for Indonesian, <c>invariant</c> for English. Default
    /// <see cref="Language.Indonesian"/>.</summary>
    public Language Language { get; init; } = Language.Indonesian;
}
