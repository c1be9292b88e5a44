using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>
/// JSON for <see cref="ObservationSet"/> through the serializer (<c>DanVanJson.Serialize</c>/<c>Deserialize</c>): an
/// array of flat observation objects, in the set's order. For files, <see cref="ObservationSet.ReadJson"/> and
/// <see cref="ObservationSet.WriteJson"/> stream the same format without holding the document.
/// </summary>
internal sealed class ObservationSetJsonConverter : JsonConverter<ObservationSet>
{
    public override ObservationSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ObservationSetJson.ReadArray(ref reader);

    public override void Write(Utf8JsonWriter writer, ObservationSet value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ObservationSetJson.Write(writer, value, flush: false);
    }
}
