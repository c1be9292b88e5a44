using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>
/// JSON for <see cref="Observation"/>: one flat object, defaults omitted
/// (<c>{"metric":"petitions.received","unit":"246","period":"2021","value":79}</c>; a ratio given as parts has
/// <c>"numerator"</c> and <c>"denominator"</c> instead of <c>"value"</c>). See docs/metrics-io.md.
/// </summary>
internal sealed class ObservationJsonConverter : JsonConverter<Observation>
{
    public override Observation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return ObservationJson.ReadObservation(ref reader);
        }
        catch (ArgumentException exception)
        {
            // The constructor's rules, checked again there; the fields were checked first, so this is a safety net.
            throw new JsonException("Not a valid observation: " + exception.Message, exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, Observation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ObservationJson.WriteObservation(writer, value);
    }
}
