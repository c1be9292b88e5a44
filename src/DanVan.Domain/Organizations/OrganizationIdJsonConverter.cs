using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Organizations;

/// <summary>Reads and writes an <see cref="OrganizationId"/> as its text, also as a dictionary key. Bad input gives a <see cref="JsonException"/>.</summary>
internal sealed class OrganizationIdJsonConverter : JsonConverter<OrganizationId>
{
    public override OrganizationId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? ReadId(ref reader)
            : throw new JsonException($"Expected an organization identifier string such as \"279/party-committee\", found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, OrganizationId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Text(value));
    }

    public override OrganizationId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadId(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, OrganizationId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Text(value));
    }

    private static OrganizationId ReadId(ref Utf8JsonReader reader)
    {
        string? text;
        try
        {
            text = reader.GetString();
        }
        catch (InvalidOperationException exception)
        {
            throw new JsonException("Expected an organization identifier string.", exception);
        }

        return OrganizationId.TryParse(text, out var id, out var error) ? id : throw new JsonException(error.EnglishMessage);
    }

    private static string Text(OrganizationId value) =>
        value.IsDefault ? throw new JsonException("default(OrganizationId) is not an identifier and cannot be written.") : value.ToString();
}
