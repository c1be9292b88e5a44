using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Administration;

/// <summary>
/// Reads and writes a <see cref="UnitCode"/> as its digits in a string (<c>"00004"</c>, never a number: the leading zeros
/// are part of the code), also as a dictionary key. Bad input gives a <see cref="JsonException"/>, nothing else.
/// </summary>
internal sealed class UnitCodeJsonConverter : JsonConverter<UnitCode>
{
    public override UnitCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a unit code string such as \"01\" or \"00004\", found {reader.TokenType}.");
        }

        return ReadCode(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, UnitCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Digits(value));
    }

    public override UnitCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadCode(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, UnitCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Digits(value));
    }

    /// <summary>Reads the current string token as a code; the one place codes are read from JSON.</summary>
    internal static UnitCode ReadCode(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !reader.HasValueSequence && !reader.ValueIsEscaped &&
            reader.ValueSpan.Length is 2 or 3 or 5)
        {
            Span<char> digits = stackalloc char[5];
            var span = reader.ValueSpan;
            for (var i = 0; i < span.Length; i++)
            {
                digits[i] = (char)span[i];
            }

            if (UnitCode.TryRead(digits[..span.Length], out var fast))
            {
                return fast;
            }
        }

        string? text;
        try
        {
            text = reader.GetString();
        }
        catch (InvalidOperationException exception)
        {
            throw new JsonException("Expected a unit code string.", exception);
        }

        return UnitCode.TryParse(text, out var code, out var error) ? code : throw new JsonException(error.EnglishMessage);
    }

    private static string Digits(UnitCode value) =>
        value.IsDefault ? throw new JsonException("default(UnitCode) is not a unit code and cannot be written.") : value.ToString();
}
