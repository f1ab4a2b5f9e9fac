using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Writes a workbook so that the same content gives the same bytes on every machine and at every time: the
/// workbook part's relationship id is fixed (the SDK draws random ones; writers give their own parts fixed ids too),
/// and the package is copied entry by entry with one fixed time stamp (1980-01-01, the zip format's first date; the
/// packaging layer would stamp the clock's time).</summary>
internal static class WorkbookPackage
{
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private static readonly DateTimeOffset Stamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Builds a workbook in memory with <paramref name="build"/> (given the package and its workbook part,
    /// relationship id <c>rId1</c>) and writes it to <paramref name="output"/>.</summary>
    public static void Write(Stream output, Action<SpreadsheetDocument, WorkbookPart> build)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            build(document, document.AddNewPart<WorkbookPart>(WorkbookContentType, "rId1"));
        }

        buffer.Position = 0;
        using var source = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Stamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
