using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Organizations;

namespace DanVan.Domain.Metrics;

/// <summary>JSON for <see cref="MetricRelation"/>: <c>{"lesser":"petitions.within-jurisdiction","greater":"petitions.received"}</c>; both required.</summary>
internal sealed class MetricRelationJsonConverter : JsonConverter<MetricRelation>
{
    private static readonly byte[][] Names = ["lesser"u8.ToArray(), "greater"u8.ToArray()];

    public override MetricRelation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        OrganizationJson.ExpectStartObject(ref reader, "a metric relation");
        MetricCode? lesser = null, greater = null;
        OrganizationJson.ReadProperties(ref reader, Names, (ref Utf8JsonReader r, int property) =>
        {
            var code = r.TokenType == JsonTokenType.String
                ? MetricCodeJsonConverter.ReadCode(ref r)
                : throw new JsonException($"Expected a metric code string such as \"petitions.received\", found {r.TokenType}.");
            if (property == 0)
            {
                lesser = code;
            }
            else
            {
                greater = code;
            }
        });

        try
        {
            return new MetricRelation(
                lesser ?? throw new JsonException("A metric relation needs a 'lesser' metric."),
                greater ?? throw new JsonException("A metric relation needs a 'greater' metric."));
        }
        catch (ArgumentException exception)
        {
            throw OrganizationJson.Invalid("metric relation", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, MetricRelation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("lesser"u8, value.Lesser.ToString());
        writer.WriteString("greater"u8, value.Greater.ToString());
        writer.WriteEndObject();
    }
}
