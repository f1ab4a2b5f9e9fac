using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sakip.Cli.Output;

/// <summary>Writes command output as JSON text (readable non-ASCII, indented when asked).</summary>
internal static class JsonOutput
{
    public static string Write(Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
