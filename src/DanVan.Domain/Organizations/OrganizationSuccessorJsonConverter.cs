using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Administration;

namespace DanVan.Domain.Organizations;

/// <summary>JSON for <see cref="OrganizationSuccessor"/>: <c>{"id":"10015@2025-07-01/party-committee","coverage":"partial","note":"…"}</c>.</summary>
internal sealed class OrganizationSuccessorJsonConverter : JsonConverter<OrganizationSuccessor>
{
    private static readonly byte[][] Names = ["id"u8.ToArray(), "coverage"u8.ToArray(), "note"u8.ToArray()];

    public override OrganizationSuccessor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadSuccessor(ref reader);

    public override void Write(Utf8JsonWriter writer, OrganizationSuccessor value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteSuccessor(writer, value);
    }

    internal static OrganizationSuccessor ReadSuccessor(ref Utf8JsonReader reader)
    {
        OrganizationJson.ExpectStartObject(ref reader, "a successor");
        OrganizationId? id = null;
        Coverage? coverage = null;
        string? note = null;
        OrganizationJson.ReadProperties(ref reader, Names, (ref Utf8JsonReader r, int property) =>
        {
            switch (property)
            {
                case 0: id = OrganizationJson.ReadId(ref r); break;
                case 1: coverage = OrganizationJson.ReadEnum<Coverage>(ref r); break;
                default: note = OrganizationJson.ReadOptionalString(ref r, "note"); break;
            }
        });

        return new OrganizationSuccessor(
            id ?? throw new JsonException("A successor needs an 'id'."),
            coverage ?? throw new JsonException($"Successor {id}: 'coverage' is missing."),
            note);
    }

    internal static void WriteSuccessor(Utf8JsonWriter writer, OrganizationSuccessor value)
    {
        writer.WriteStartObject();
        OrganizationJson.WriteId(writer, "id"u8, value.Id);
        OrganizationJson.WriteEnum(writer, "coverage"u8, value.Coverage);
        OrganizationJson.WriteIfPresent(writer, "note"u8, value.Note);
        writer.WriteEndObject();
    }
}
