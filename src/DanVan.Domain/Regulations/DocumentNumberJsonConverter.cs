using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Regulations;

/// <summary>
/// Reads a <see cref="DocumentNumber"/> from a string (leniently, as <see cref="DocumentNumber.Parse(string)"/> does) and
/// writes its canonical form, also as a dictionary key. Bad input gives a <see cref="JsonException"/>, nothing else.
/// </summary>
internal sealed class DocumentNumberJsonConverter : JsonConverter<DocumentNumber>
{
    public override DocumentNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a document number string such as \"290-QĐ/TW\", found {reader.TokenType}.");
        }

        return Parse(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, DocumentNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Canonical(value));
    }

    public override DocumentNumber ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, DocumentNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Canonical(value));
    }

    // default(DocumentNumber) prints as "", which could not be read back: refused as a value and as a key alike.
    private static string Canonical(DocumentNumber value) =>
        value.IsDefault
            ? throw new JsonException("default(DocumentNumber) is not a document number and cannot be written.")
            : value.ToString();

    private static DocumentNumber Parse(ref Utf8JsonReader reader)
    {
        string? text;
        try
        {
            text = reader.GetString();
        }
        catch (InvalidOperationException exception)
        {
            throw new JsonException("Expected a document number string.", exception);
        }

        return DocumentNumber.TryParse(text, out var number, out var error)
            ? number
            : throw new JsonException(error.EnglishMessage);
    }
}
