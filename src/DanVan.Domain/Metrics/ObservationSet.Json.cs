using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Serialization;

namespace DanVan.Domain.Metrics;

// JSON files of observations (docs/metrics-io.md): a top-level array of flat objects, read and written row by row.
[JsonConverter(typeof(ObservationSetJsonConverter))]
public sealed partial class ObservationSet
{
    /// <summary>
    /// Reads a UTF-8 JSON array of observations, streaming: the document is never held in memory, only one buffer of
    /// it, so files of millions of rows read in the memory of the set they make.
    /// </summary>
    /// <param name="utf8Json">The JSON, UTF-8 (a byte-order mark is skipped). The stream is read to its end and left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or a row is not an observation; <see cref="JsonException.Path"/>
    /// is the row (<c>$[12]</c>) and the message names the property (<c>'value': …</c>).</exception>
    /// <example>
    /// <code>
    /// using var file = File.OpenRead("observations.json");
    /// ObservationSet set = ObservationSet.ReadJson(file);
    /// </code>
    /// </example>
    public static ObservationSet ReadJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return ObservationSetJson.Read(utf8Json);
    }

    /// <summary>Writes the set as a UTF-8 JSON array of observations, row by row, in the set's order; the stream is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public void WriteJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Encoder = DanVanJson.Encoder });
        ObservationSetJson.Write(writer, this, flush: true);
        writer.Flush();
    }
}
