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

    /// <summary>Reads the current string token as a date, without allocating for well-formed <c>yyyy-MM-dd</c>.</summary>
    internal static LocalDate ReadDate(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string in the form yyyy-MM-dd, found {reader.TokenType}.");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan is { Length: 10 } v &&
            v[4] == '-' && v[7] == '-' && TryDigits(v[..4], out var year) && TryDigits(v.Slice(5, 2), out var month) &&
            TryDigits(v.Slice(8, 2), out var day) && year >= 1 && month is >= 1 and <= 12 && day >= 1 &&
            day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return new LocalDate(year, month, day);
        }

        return Parse(reader.GetString());
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

    private static bool TryDigits(ReadOnlySpan<byte> bytes, out int value)
    {
        value = 0;
        foreach (var b in bytes)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}
