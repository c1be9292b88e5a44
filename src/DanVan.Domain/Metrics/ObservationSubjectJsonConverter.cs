using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>
/// JSON for <see cref="ObservationSubject"/>: <c>{"unit":"246","unitDate":"2021-12-31","organization":"246/danvan-commission"}</c>,
/// absent parts omitted. An observation writes the same properties inline.
/// </summary>
internal sealed class ObservationSubjectJsonConverter : JsonConverter<ObservationSubject>
{
    public override ObservationSubject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ObservationJson.ReadSubject(ref reader);

    public override void Write(Utf8JsonWriter writer, ObservationSubject value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ObservationJson.WriteSubject(writer, value);
    }
}
