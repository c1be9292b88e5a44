using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Administration;

namespace DanVan.Domain.Organizations;

/// <summary>
/// JSON for <see cref="OrganizationRegistry"/>: <c>{"formatVersion":1,"organizations":[…],"appointments":[…]}</c>, the
/// added bodies (by identifier) and the appointments (in the order added). Reads over the catalog it was made with
/// (default: <see cref="AdministrativeCatalog.Default"/>); two bodies with one identifier are a <see cref="JsonException"/>.
/// </summary>
internal sealed class OrganizationRegistryJsonConverter : JsonConverter<OrganizationRegistry>
{
    private static readonly byte[][] Names = ["formatVersion"u8.ToArray(), "organizations"u8.ToArray(), "appointments"u8.ToArray()];

    private readonly AdministrativeCatalog? _catalog;

    public OrganizationRegistryJsonConverter()
    {
    }

    public OrganizationRegistryJsonConverter(AdministrativeCatalog catalog) => _catalog = catalog;

    public override OrganizationRegistry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        OrganizationJson.ExpectStartObject(ref reader, "an organization registry");
        List<Organization>? organizations = null;
        List<Appointment>? appointments = null;
        var isRoot = reader.CurrentDepth == 0;
        try
        {
            OrganizationJson.ReadProperties(ref reader, Names, (ref Utf8JsonReader r, int property) =>
            {
                switch (property)
                {
                    case 0: CheckVersion(OrganizationJson.ReadOptionalInt32(ref r, "formatVersion")); break;
                    case 1: organizations = OrganizationJson.ReadArray(ref r, "'organizations'", OrganizationJsonConverter.ReadOrganization); break;
                    default: appointments = OrganizationJson.ReadArray(ref r, "'appointments'", AppointmentJsonConverter.ReadAppointment); break;
                }
            });
        }
        catch (JsonException exception) when (isRoot)
        {
            // The serializer's path stops at this object; from the root, say which item failed as it would.
            throw OrganizationJson.AtRoot(exception);
        }

        var seen = new Dictionary<OrganizationId, int>();
        for (var i = 0; i < (organizations?.Count ?? 0); i++)
        {
            if (!seen.TryAdd(organizations![i].Id, i))
            {
                var message = $"A body with identifier {organizations[i].Id} is already listed at organizations[{seen[organizations[i].Id]}].";
                throw isRoot ? new JsonException(message, $"$.organizations[{i}]", null, null, null) : new JsonException($"'organizations[{i}]': {message}");
            }
        }

        return new OrganizationRegistry(_catalog ?? AdministrativeCatalog.Default, organizations ?? [], appointments ?? []);
    }

    public override void Write(Utf8JsonWriter writer, OrganizationRegistry value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion"u8, OrganizationRegistry.CurrentFormatVersion);
        writer.WriteStartArray("organizations"u8);
        foreach (var body in value.Added)
        {
            OrganizationJsonConverter.WriteOrganization(writer, body);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("appointments"u8);
        foreach (var appointment in value.Appointments)
        {
            AppointmentJsonConverter.WriteAppointment(writer, appointment);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void CheckVersion(int? version)
    {
        if (version is { } v and not (>= 1 and <= OrganizationRegistry.CurrentFormatVersion))
        {
            throw new JsonException(
                $"The registry has format version {v}; this library reads versions 1 to {OrganizationRegistry.CurrentFormatVersion}. Update the package to read it.");
        }
    }
}
