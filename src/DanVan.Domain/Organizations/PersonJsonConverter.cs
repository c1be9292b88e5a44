using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Organizations;

/// <summary>JSON for <see cref="Person"/>: <c>{"name":"Lê Hồng Sơn","identifier":"cb-0042"}</c>; a blank name is a <see cref="JsonException"/>.</summary>
internal sealed class PersonJsonConverter : JsonConverter<Person>
{
    private static readonly byte[][] Names = ["name"u8.ToArray(), "identifier"u8.ToArray()];

    public override Person Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadPerson(ref reader);

    public override void Write(Utf8JsonWriter writer, Person value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WritePerson(writer, value);
    }

    internal static Person ReadPerson(ref Utf8JsonReader reader)
    {
        OrganizationJson.ExpectStartObject(ref reader, "a person");
        string? name = null, identifier = null;
        OrganizationJson.ReadProperties(ref reader, Names, (ref Utf8JsonReader r, int property) =>
        {
            if (property == 0)
            {
                name = OrganizationJson.ReadString(ref r, "name");
            }
            else
            {
                identifier = OrganizationJson.ReadOptionalString(ref r, "identifier");
            }
        });

        try
        {
            return new Person(name ?? throw new JsonException("A person needs a 'name'."), identifier);
        }
        catch (ArgumentException exception)
        {
            throw OrganizationJson.Invalid("person", exception);
        }
    }

    internal static void WritePerson(Utf8JsonWriter writer, Person value)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, value.Name);
        OrganizationJson.WriteIfPresent(writer, "identifier"u8, value.Identifier);
        writer.WriteEndObject();
    }
}
