using System.Text.Json;
using DanVan.Domain.Administration;
using DanVan.Domain.Regulations;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Reading and writing helpers shared by the hand-written converters of this namespace. Every failure is a
/// <see cref="JsonException"/>; a failure inside an object names the property path within it ("'events[1].date': …"),
/// because the serializer's own path stops at the object a hand-written converter reads (<c>$.organizations[3]</c>).
/// </summary>
internal static class OrganizationJson
{
    /// <summary>Reads one item of an array; the reader is on the item's first token.</summary>
    internal delegate T ItemReader<out T>(ref Utf8JsonReader reader);

    /// <summary>The error <paramref name="inner"/> raised while reading <paramref name="segment"/> ("events", "[1]"), with the path inside the object.</summary>
    internal static JsonException Within(string segment, JsonException inner)
    {
        var (innerPath, reason) = inner is NestedJsonException nested ? (nested.RelativePath, nested.Reason) : (null, inner.Message);
        var path = innerPath is null ? segment : innerPath.StartsWith('[') ? segment + innerPath : segment + "." + innerPath;
        return new NestedJsonException(path, reason, inner);
    }

    /// <summary>
    /// The <see cref="ArgumentException"/> of a public constructor as a <see cref="JsonException"/>: the rules stay in
    /// one place, the constructor, and the reader still throws only JSON errors.
    /// </summary>
    internal static JsonException Invalid(string what, ArgumentException exception)
    {
        var message = exception.Message;
        var suffix = exception.ParamName is { } name ? $" (Parameter '{name}')" : null;
        if (suffix is not null && message.EndsWith(suffix, StringComparison.Ordinal))
        {
            message = message[..^suffix.Length];
        }

        return new JsonException($"Not a valid {what}: {message}", exception);
    }

    internal static void ExpectStartObject(ref Utf8JsonReader reader, string what) => JsonFields.ExpectStartObject(ref reader, what);

    /// <summary>Reads an object's properties: <paramref name="read"/> gets the index in <paramref name="names"/> (-1 for unknown ones, which it skips).</summary>
    internal static void ReadProperties(ref Utf8JsonReader reader, byte[][] names, PropertyReader read)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = JsonFields.PropertyIndex(ref reader, names);
            reader.Read();
            if (property < 0)
            {
                reader.Skip();
                continue;
            }

            try
            {
                read(ref reader, property);
            }
            catch (JsonException exception)
            {
                throw Within(System.Text.Encoding.UTF8.GetString(names[property]), exception);
            }
        }
    }

    /// <summary>Reads the value of the property at <paramref name="index"/>.</summary>
    internal delegate void PropertyReader(ref Utf8JsonReader reader, int index);

    /// <summary>Reads an array (null reads as empty); an error names the item's index.</summary>
    internal static List<T> ReadArray<T>(ref Utf8JsonReader reader, string what, ItemReader<T> read)
    {
        var list = new List<T>();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return list;
        }

        JsonFields.ExpectStartArray(ref reader, what);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            try
            {
                list.Add(reader.TokenType == JsonTokenType.Null
                    ? throw new JsonException($"An item of {what} cannot be null.")
                    : read(ref reader));
            }
            catch (JsonException exception)
            {
                throw Within("[" + list.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", exception);
            }
        }

        return list;
    }

    internal static OrganizationId ReadId(ref Utf8JsonReader reader)
    {
        var text = reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException($"Expected an organization identifier string such as \"279/party-committee\", found {reader.TokenType}.");
        return OrganizationId.TryParse(text, out var id, out var error) ? id : throw new JsonException(error.EnglishMessage);
    }

    internal static OrganizationId? ReadOptionalId(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadId(ref reader);

    internal static string ReadString(ref Utf8JsonReader reader, string property) => JsonFields.ReadString(ref reader, property);

    internal static string? ReadOptionalString(ref Utf8JsonReader reader, string property) => JsonFields.ReadOptionalString(ref reader, property);

    internal static LocalDate ReadDate(ref Utf8JsonReader reader) => LocalDateJsonConverter.ReadDate(ref reader);

    internal static LocalDate? ReadOptionalDate(ref Utf8JsonReader reader) => JsonFields.ReadOptionalDate(ref reader);

    internal static bool ReadBoolean(ref Utf8JsonReader reader, string property) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False or JsonTokenType.Null => false,
        _ => throw new JsonException($"'{property}' must be true or false, found {reader.TokenType}."),
    };

    internal static int? ReadOptionalInt32(ref Utf8JsonReader reader, string property) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when reader.TryGetInt32(out var value) => value,
            _ => throw new JsonException($"'{property}' must be a whole number, found {(reader.TokenType == JsonTokenType.Number ? "a number out of range" : reader.TokenType.ToString())}."),
        };

    /// <summary>
    /// Reads an enum by its JSON name, refusing numbers that name no member and lists of names: the converter would read
    /// "head, standingDeputyHead" as the combined value, which for these enums is another member.
    /// </summary>
    internal static T ReadEnum<T>(ref Utf8JsonReader reader)
        where T : struct, Enum
    {
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } text &&
            (text.Contains(',', StringComparison.Ordinal) || text.Length == 0 || !char.IsAsciiLetter(text[0])))
        {
            throw new JsonException($"'{AttemptedValue.Of(text)}' is not a {typeof(T).Name}: give one name.");
        }

        var value = JsonFields.ReadEnum<T>(ref reader);
        return Enum.IsDefined(value)
            ? value
            : throw new JsonException($"{Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} is not a {typeof(T).Name}.");
    }

    internal static void WriteEnum<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> property, T value)
        where T : struct, Enum =>
        JsonFields.WriteEnum(writer, property, value);

    /// <summary>The JSON name of an enum value ("mergedInto").</summary>
    internal static string EnumName<T>(T value)
        where T : struct, Enum =>
        JsonEnumNames<T>.Name(value);

    internal static DocumentNumber ReadDocumentNumber(ref Utf8JsonReader reader)
    {
        var text = reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException($"Expected a document number string such as \"246-QĐ/TW\", found {reader.TokenType}.");
        return DocumentNumber.TryParse(text, out var number, out var error) ? number : throw new JsonException(error.EnglishMessage);
    }

    internal static DocumentNumber? ReadOptionalDocumentNumber(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDocumentNumber(ref reader);

    internal static void WriteId(Utf8JsonWriter writer, ReadOnlySpan<byte> property, OrganizationId id) =>
        writer.WriteString(property, id.IsDefault ? throw new JsonException("default(OrganizationId) is not an identifier and cannot be written.") : id.ToString());

    internal static void WriteIfPresent(Utf8JsonWriter writer, ReadOnlySpan<byte> property, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(property, value);
        }
    }

    internal static void WriteIfPresent(Utf8JsonWriter writer, ReadOnlySpan<byte> property, OrganizationId? value)
    {
        if (value is { } id)
        {
            WriteId(writer, property, id);
        }
    }

    internal static void WriteIfPresent(Utf8JsonWriter writer, ReadOnlySpan<byte> property, LocalDate? value)
    {
        if (value is { } date)
        {
            writer.WriteString(property, LocalDateJsonConverter.Format(date));
        }
    }

    internal static void WriteDocumentNumber(Utf8JsonWriter writer, DocumentNumber number) =>
        writer.WriteStringValue(number.IsDefault ? throw new JsonException("default(DocumentNumber) is not a document number and cannot be written.") : number.ToString());

    /// <summary>
    /// For a document read from its root (a registry loaded from a stream): the failure with the serializer's kind of
    /// path to the item that failed, <c>$.organizations[1]</c>, and the property inside it in the message.
    /// </summary>
    internal static JsonException AtRoot(JsonException exception)
    {
        if (exception is not NestedJsonException nested)
        {
            return exception;
        }

        var itemEnd = nested.RelativePath.IndexOf('.', StringComparison.Ordinal);
        var item = itemEnd < 0 ? nested.RelativePath : nested.RelativePath[..itemEnd];
        var message = itemEnd < 0 ? nested.Reason : $"'{nested.RelativePath[(itemEnd + 1)..]}': {nested.Reason}";
        return new JsonException(message, "$." + item, null, null, exception);
    }

    /// <summary>A failure with the path inside the object being read; the message shows both.</summary>
    private sealed class NestedJsonException(string relativePath, string reason, Exception inner)
        : JsonException($"'{relativePath}': {reason}", inner)
    {
        public string RelativePath { get; } = relativePath;

        public string Reason { get; } = reason;
    }
}
