using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Text;

/// <summary>
/// Reads and writes a <see cref="PartialDate"/> as its strict ISO string (<c>"2021"</c>, <c>"2021-06"</c>,
/// <c>"2021-06-11"</c>), also as a dictionary key. Any bad input gives a <see cref="JsonException"/>, nothing else.
/// </summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string such as \"2021\", \"2021-06\" or \"2021-06-11\", found {reader.TokenType}.");
        }

        return Parse(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[10];
        value.TryFormat(buffer, out var written, default, null);
        writer.WriteStringValue(buffer[..written]);
    }

    public override PartialDate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[10];
        value.TryFormat(buffer, out var written, default, null);
        writer.WritePropertyName(buffer[..written]);
    }

    private static PartialDate Parse(ref Utf8JsonReader reader)
    {
        string? text;
        try
        {
            text = reader.GetString();
        }
        catch (InvalidOperationException exception)
        {
            throw new JsonException("Expected a date string.", exception);
        }

        return PartialDate.TryParse(text, out var date, out var error)
            ? date
            : throw new JsonException(error.EnglishMessage);
    }
}
