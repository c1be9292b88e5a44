using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Administration;

namespace DanVan.Domain.Organizations;

/// <summary>JSON for <see cref="LinkedOrganization"/>: <c>{"organization":{…},"coverage":"partial","note":"…"}</c>.</summary>
internal sealed class LinkedOrganizationJsonConverter : JsonConverter<LinkedOrganization>
{
    private static readonly byte[][] Names = ["organization"u8.ToArray(), "coverage"u8.ToArray(), "note"u8.ToArray()];

    public override LinkedOrganization Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        OrganizationJson.ExpectStartObject(ref reader, "a linked organization");
        Organization? organization = null;
        Coverage? coverage = null;
        string? note = null;
        OrganizationJson.ReadProperties(ref reader, Names, (ref Utf8JsonReader r, int property) =>
        {
            switch (property)
            {
                case 0: organization = OrganizationJsonConverter.ReadOrganization(ref r); break;
                case 1: coverage = OrganizationJson.ReadEnum<Coverage>(ref r); break;
                default: note = OrganizationJson.ReadOptionalString(ref r, "note"); break;
            }
        });

        return new LinkedOrganization(
            organization ?? throw new JsonException("A linked organization needs an 'organization'."),
            coverage ?? throw new JsonException("A linked organization needs a 'coverage'."),
            note);
    }

    public override void Write(Utf8JsonWriter writer, LinkedOrganization value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("organization"u8);
        OrganizationJsonConverter.WriteOrganization(writer, value.Organization);
        OrganizationJson.WriteEnum(writer, "coverage"u8, value.Coverage);
        OrganizationJson.WriteIfPresent(writer, "note"u8, value.Note);
        writer.WriteEndObject();
    }
}
