using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>Reads and writes a <see cref="MetricCode"/> as its text, also as a dictionary key. Bad input gives a <see cref="JsonException"/>.</summary>
internal sealed class MetricCodeJsonConverter : JsonConverter<MetricCode>
{
    public override MetricCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? ReadCode(ref reader)
            : throw new JsonException($"Expected a metric code string such as \"supervision.sessions\", found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, MetricCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Text(value));
    }

    public override MetricCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCode(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, MetricCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Text(value));
    }

    /// <summary>Reads the current string token as a code; the one place metric codes are read from JSON.</summary>
    internal static MetricCode ReadCode(ref Utf8JsonReader reader)
    {
        string? text;
        try
        {
            text = reader.GetString();
        }
        catch (InvalidOperationException exception)
        {
            throw new JsonException("Expected a metric code string.", exception);
        }

        return MetricCode.TryParse(text, out var code, out var error) ? code : throw new JsonException(error.EnglishMessage);
    }

    private static string Text(MetricCode value) =>
        value.IsDefault ? throw new JsonException("default(MetricCode) is not a metric code and cannot be written.") : value.ToString();
}
