using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace DanVan.Domain.Serialization;

/// <summary>
/// Reads and writes a NodaTime <see cref="LocalDate"/> as ISO <c>yyyy-MM-dd</c> (ISO calendar), also as a
/// dictionary key. Anything else is a <see cref="JsonException"/>.
/// </summary>
/// <remarks>Written here because NodaTime.Serialization.SystemTextJson is not available from our package source.</remarks>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string in the form yyyy-MM-dd, found {reader.TokenType}.");
        }

        return Parse(reader.GetString());
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <inheritdoc />
    public override LocalDate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    internal static string Format(LocalDate value)
    {
        if (value.Calendar != CalendarSystem.Iso)
        {
            value = value.WithCalendar(CalendarSystem.Iso);
        }

        return LocalDatePattern.Iso.Format(value);
    }

    internal static LocalDate Parse(string? text)
    {
        var result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        return result.Success
            ? result.Value
            : throw new JsonException($"'{Text.AttemptedValue.Of(text)}' is not a date in the form yyyy-MM-dd.");
    }
}
