using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace DanVan.Domain.Serialization;

/// <summary>
/// Reads and writes a NodaTime <see cref="DateInterval"/> as the ISO 8601 interval <c>yyyy-MM-dd/yyyy-MM-dd</c>.
/// Both ends are included, as in <see cref="DateInterval"/> itself: <c>"2021-01-01/2021-12-31"</c> is the year 2021.
/// </summary>
public sealed class DateIntervalJsonConverter : JsonConverter<DateInterval>
{
    /// <inheritdoc />
    public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date interval string in the form yyyy-MM-dd/yyyy-MM-dd, found {reader.TokenType}.");
        }

        return Parse(reader.GetString());
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(Format(value));
    }

    /// <inheritdoc />
    public override DateInterval ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WritePropertyName(Format(value));
    }

    internal static string Format(DateInterval value) =>
        LocalDateJsonConverter.Format(value.Start) + "/" + LocalDateJsonConverter.Format(value.End);

    internal static DateInterval Parse(string? text)
    {
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (text is null || slash < 0)
        {
            throw new JsonException($"'{Text.AttemptedValue.Of(text)}' is not a date interval in the form yyyy-MM-dd/yyyy-MM-dd.");
        }

        var start = LocalDateJsonConverter.Parse(text[..slash]);
        var end = LocalDateJsonConverter.Parse(text[(slash + 1)..]);
        return end < start
            ? throw new JsonException($"The date interval '{Text.AttemptedValue.Of(text)}' ends before it starts.")
            : new DateInterval(start, end);
    }
}
