using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Serialization;

namespace DanVan.Domain.Administration;

/// <summary>
/// JSON for <see cref="AdministrativeUnit"/>: <c>{"code":"279","kind":"ruralDistrict","name":"Thường Tín",
/// "englishName":"Thuong Tin","parent":"01","validUntil":"2025-06-30","knownSince":"2025-03-01"}</c>. Absent
/// <c>validFrom</c>/<c>validUntil</c> mean an open start or end; derived names are not written. Hand-written because it
/// is on the catalog's load path; bad input gives a <see cref="JsonException"/> (the serializer adds the path).
/// </summary>
internal sealed class AdministrativeUnitJsonConverter : JsonConverter<AdministrativeUnit>
{
    private static readonly byte[][] Properties =
        ["code"u8.ToArray(), "kind"u8.ToArray(), "name"u8.ToArray(), "englishName"u8.ToArray(), "parent"u8.ToArray(),
         "validFrom"u8.ToArray(), "validUntil"u8.ToArray(), "knownSince"u8.ToArray()];

    public override AdministrativeUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.ExpectStartObject(ref reader, "an administrative unit");
        UnitCode? code = null;
        AdministrativeUnitKind? kind = null;
        string? name = null, englishName = null;
        UnitCode? parent = null;
        NodaTime.LocalDate? validFrom = null, validUntil = null, knownSince = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = JsonFields.PropertyIndex(ref reader, Properties);
            reader.Read();
            try
            {
                switch (property)
                {
                    case 0: code = JsonFields.ReadCode(ref reader); break;
                    case 1: kind = JsonFields.ReadEnum<AdministrativeUnitKind>(ref reader); break;
                    case 2: name = JsonFields.ReadString(ref reader, "name"); break;
                    case 3: englishName = JsonFields.ReadOptionalString(ref reader, "englishName"); break;
                    case 4: parent = JsonFields.ReadOptionalCode(ref reader); break;
                    case 5: validFrom = JsonFields.ReadOptionalDate(ref reader); break;
                    case 6: validUntil = JsonFields.ReadOptionalDate(ref reader); break;
                    case 7: knownSince = JsonFields.ReadOptionalDate(ref reader); break;
                    default: reader.Skip(); break;
                }
            }
            catch (JsonException exception) when (property >= 0)
            {
                throw JsonFields.InProperty(Properties[property], exception);
            }
        }

        return new AdministrativeUnit(
            code ?? throw new JsonException("An administrative unit needs a 'code'."),
            kind ?? throw new JsonException($"Unit {code}: 'kind' is missing."),
            name ?? throw new JsonException($"Unit {code}: 'name' is missing."),
            parent,
            validFrom,
            validUntil,
            englishName,
            knownSince,
            message => new JsonException(message));
    }

    public override void Write(Utf8JsonWriter writer, AdministrativeUnit value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("code"u8, value.Code.ToString());
        JsonFields.WriteEnum(writer, "kind"u8, value.Kind);
        writer.WriteString("name"u8, value.Name);
        writer.WriteString("englishName"u8, value.EnglishName);
        if (value.ParentCode is { } parent)
        {
            writer.WriteString("parent"u8, parent.ToString());
        }

        if (value.ValidFrom is { } from)
        {
            writer.WriteString("validFrom"u8, LocalDateJsonConverter.Format(from));
        }

        if (value.ValidUntil is { } until)
        {
            writer.WriteString("validUntil"u8, LocalDateJsonConverter.Format(until));
        }

        if (value.KnownSince is { } known)
        {
            writer.WriteString("knownSince"u8, LocalDateJsonConverter.Format(known));
        }

        writer.WriteEndObject();
    }
}
