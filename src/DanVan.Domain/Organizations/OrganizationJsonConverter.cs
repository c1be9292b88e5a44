using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// JSON for <see cref="Organization"/>: <c>{"id":"01/inspection-delegation/2020-3","name":"Đoàn Kiểm tra số 3 Thành ủy
/// Hà Nội","parentId":"01/party-committee","validFrom":"2020-03-01","number":3}</c>. The kind and unit are read from the
/// identifier and not written; what the constructor refuses (a blank name, an end before the start, a body that is its own
/// parent) is a <see cref="JsonException"/>.
/// </summary>
internal sealed class OrganizationJsonConverter : JsonConverter<Organization>
{
    private static readonly byte[][] Names =
    [
        "id"u8.ToArray(), "name"u8.ToArray(), "shortName"u8.ToArray(), "englishName"u8.ToArray(), "parentId"u8.ToArray(),
        "supervisorId"u8.ToArray(), "supervisedFrom"u8.ToArray(), "validFrom"u8.ToArray(), "validUntil"u8.ToArray(),
        "number"u8.ToArray(), "locality"u8.ToArray(), "events"u8.ToArray(), "note"u8.ToArray(),
    ];

    public override Organization Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadOrganization(ref reader);

    public override void Write(Utf8JsonWriter writer, Organization value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteOrganization(writer, value);
    }

    internal static Organization ReadOrganization(ref Utf8JsonReader reader)
    {
        OrganizationJson.ExpectStartObject(ref reader, "an organization");
        OrganizationId? id = null, parentId = null, supervisorId = null;
        string? name = null, shortName = null, englishName = null, locality = null, note = null;
        LocalDate? supervisedFrom = null, validFrom = null, validUntil = null;
        int? number = null;
        List<OrganizationEvent>? events = null;
        OrganizationJson.ReadProperties(ref reader, Names, (ref Utf8JsonReader r, int property) =>
        {
            switch (property)
            {
                case 0: id = OrganizationJson.ReadId(ref r); break;
                case 1: name = OrganizationJson.ReadString(ref r, "name"); break;
                case 2: shortName = OrganizationJson.ReadOptionalString(ref r, "shortName"); break;
                case 3: englishName = OrganizationJson.ReadOptionalString(ref r, "englishName"); break;
                case 4: parentId = OrganizationJson.ReadOptionalId(ref r); break;
                case 5: supervisorId = OrganizationJson.ReadOptionalId(ref r); break;
                case 6: supervisedFrom = OrganizationJson.ReadOptionalDate(ref r); break;
                case 7: validFrom = OrganizationJson.ReadOptionalDate(ref r); break;
                case 8: validUntil = OrganizationJson.ReadOptionalDate(ref r); break;
                case 9: number = OrganizationJson.ReadOptionalInt32(ref r, "number"); break;
                case 10: locality = OrganizationJson.ReadOptionalString(ref r, "locality"); break;
                case 11: events = OrganizationJson.ReadArray(ref r, "'events'", OrganizationEventJsonConverter.ReadEvent); break;
                default: note = OrganizationJson.ReadOptionalString(ref r, "note"); break;
            }
        });

        var organizationId = id ?? throw new JsonException("An organization needs an 'id'.");
        try
        {
            return new Organization(
                organizationId,
                name ?? throw new JsonException($"Organization {organizationId} needs a 'name'."),
                shortName, englishName, parentId, supervisorId, supervisedFrom, validFrom, validUntil, number, locality, events, note);
        }
        catch (ArgumentException exception)
        {
            throw OrganizationJson.Invalid("organization", exception);
        }
    }

    internal static void WriteOrganization(Utf8JsonWriter writer, Organization value)
    {
        writer.WriteStartObject();
        OrganizationJson.WriteId(writer, "id"u8, value.Id);
        writer.WriteString("name"u8, value.Name);
        OrganizationJson.WriteIfPresent(writer, "shortName"u8, value.ShortName);
        OrganizationJson.WriteIfPresent(writer, "englishName"u8, value.EnglishName);
        OrganizationJson.WriteIfPresent(writer, "parentId"u8, value.ParentId);
        OrganizationJson.WriteIfPresent(writer, "supervisorId"u8, value.SupervisorId);
        OrganizationJson.WriteIfPresent(writer, "supervisedFrom"u8, value.SupervisedFrom);
        OrganizationJson.WriteIfPresent(writer, "validFrom"u8, value.ValidFrom);
        OrganizationJson.WriteIfPresent(writer, "validUntil"u8, value.ValidUntil);
        if (value.Number is { } number)
        {
            writer.WriteNumber("number"u8, number);
        }

        OrganizationJson.WriteIfPresent(writer, "locality"u8, value.Locality);
        if (value.Events.Count > 0)
        {
            writer.WriteStartArray("events"u8);
            foreach (var item in value.Events)
            {
                OrganizationEventJsonConverter.WriteEvent(writer, item);
            }

            writer.WriteEndArray();
        }

        OrganizationJson.WriteIfPresent(writer, "note"u8, value.Note);
        writer.WriteEndObject();
    }
}
