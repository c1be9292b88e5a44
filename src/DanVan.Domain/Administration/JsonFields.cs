using System.Text.Json;
using DanVan.Domain.Serialization;
using NodaTime;

namespace DanVan.Domain.Administration;

/// <summary>Reading helpers shared by the hand-written converters of this namespace (they are on the catalog's load path, so they avoid the general machinery).</summary>
internal static class JsonFields
{
    internal static void ExpectStartObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected {what} as a JSON object, found {reader.TokenType}.");
        }
    }

    internal static void ExpectStartArray(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected {what} as a JSON array, found {reader.TokenType}.");
        }
    }

    /// <summary>The index of the current property name in <paramref name="names"/> (escapes honoured), or -1.</summary>
    internal static int PropertyIndex(ref Utf8JsonReader reader, byte[][] names)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var name = reader.ValueSpan;
            for (var i = 0; i < names.Length; i++)
            {
                if (name.SequenceEqual(names[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The error of reading property <paramref name="name"/>, naming it: the serializer's path stops at the object a
    /// hand-written converter reads (<c>$.units[3]</c>), so the message says which of its properties was wrong.
    /// </summary>
    internal static JsonException InProperty(byte[] name, JsonException inner) =>
        new($"'{System.Text.Encoding.UTF8.GetString(name)}': {inner.Message}", inner);

    internal static string ReadString(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"'{property}' must be a string, found {reader.TokenType}.");

    internal static string? ReadOptionalString(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadString(ref reader, property);

    internal static LocalDate? ReadOptionalDate(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : LocalDateJsonConverter.ReadDate(ref reader);

    internal static UnitCode? ReadOptionalCode(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadCode(ref reader);

    internal static UnitCode ReadCode(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? UnitCodeJsonConverter.ReadCode(ref reader)
            : throw new JsonException($"Expected a unit code string such as \"01\" or \"00004\", found {reader.TokenType}.");

    internal static T ReadEnum<T>(ref Utf8JsonReader reader)
        where T : struct, Enum =>
        JsonEnumNames<T>.Read(ref reader);

    internal static void WriteEnum<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> property, T value)
        where T : struct, Enum =>
        JsonEnumNames<T>.Write(writer, property, value);
}
