using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Reads and writes a <see cref="ReportingPeriod"/> as its canonical text in a string (<c>"2021-Q3"</c>), also as a
/// dictionary key. Bad input gives a <see cref="JsonException"/> whose message is the DV61xx issue's, nothing else.
/// </summary>
internal sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? ReadPeriod(ref reader)
            : throw new JsonException($"Expected a reporting period string such as \"2021-Q3\", found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> text = stackalloc char[ReportingPeriod.MaximumTextLength];
        writer.WriteStringValue(text[..Format(value, text)]);
    }

    public override ReportingPeriod ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadPeriod(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> text = stackalloc char[ReportingPeriod.MaximumTextLength];
        writer.WritePropertyName(text[..Format(value, text)]);
    }

    /// <summary>Reads the current string or property-name token as a period; the one place periods are read from JSON.</summary>
    internal static ReportingPeriod ReadPeriod(ref Utf8JsonReader reader)
    {
        // The common case, plain ASCII bytes, without making a string.
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !reader.HasValueSequence && !reader.ValueIsEscaped &&
            reader.ValueSpan.Length <= ReportingPeriod.MaximumTextLength)
        {
            Span<char> chars = stackalloc char[ReportingPeriod.MaximumTextLength];
            var bytes = reader.ValueSpan;
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }

            if (ReportingPeriod.ReadText(chars[..bytes.Length], out var fast).IsNone)
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
            throw new JsonException("Expected a reporting period string.", exception);
        }

        return ReportingPeriod.TryParse(text, out var period, out var error) ? period : throw new JsonException(error.EnglishMessage);
    }

    private static int Format(ReportingPeriod value, Span<char> text)
    {
        if (value.IsDefault)
        {
            throw new JsonException("default(ReportingPeriod) is not a period and cannot be written.");
        }

        value.TryFormat(text, out var written, default, null);
        return written;
    }
}
