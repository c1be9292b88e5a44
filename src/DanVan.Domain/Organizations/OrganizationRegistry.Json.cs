using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DanVan.Domain.Administration;
using DanVan.Domain.Serialization;

namespace DanVan.Domain.Organizations;

// The JSON document (docs/organizations-json.md) holds what a portal adds: {"formatVersion":1,"organizations":[…],
// "appointments":[…]}. The built-in central bodies and the materialised ones are not written: they follow from the
// library and the catalog.
[JsonConverter(typeof(OrganizationRegistryJsonConverter))]
public sealed partial class OrganizationRegistry
{
    /// <summary>The version of the JSON format this library writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    // Options that read registries over a catalog other than the default, one set per catalog (they cache metadata).
    private static readonly ConditionalWeakTable<AdministrativeCatalog, JsonSerializerOptions> OptionsByCatalog = [];

    /// <summary>
    /// Reads a registry written by <see cref="WriteTo(Stream)"/>: its added bodies and appointments, over
    /// <paramref name="catalog"/> (default: <see cref="AdministrativeCatalog.Default"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed, breaks the format (a newer format version, two bodies with one
    /// identifier, a bad identifier, date or value); the exception's path and message say where.</exception>
    public static OrganizationRegistry Load(Stream utf8Json, AdministrativeCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var typeInfo = catalog is null
            ? DanVanJson.TypeInfo<OrganizationRegistry>()
            : (JsonTypeInfo<OrganizationRegistry>)OptionsByCatalog.GetValue(catalog, OptionsFor).GetTypeInfo(typeof(OrganizationRegistry));
        return JsonSerializer.Deserialize(utf8Json, typeInfo)
            ?? throw new JsonException("An organization registry cannot be null.", "$", null, null);
    }

    /// <summary>Writes the added bodies and the appointments as UTF-8 JSON, in the format <see cref="Load"/> reads.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public void WriteTo(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, this, DanVanJson.TypeInfo<OrganizationRegistry>());
    }

    private static JsonSerializerOptions OptionsFor(AdministrativeCatalog catalog)
    {
        var options = DanVanJson.CreateOptions();
        options.Converters.Add(new OrganizationRegistryJsonConverter(catalog));
        options.MakeReadOnly();
        return options;
    }
}
