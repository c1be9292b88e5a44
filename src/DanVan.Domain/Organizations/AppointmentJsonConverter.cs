using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Regulations;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// JSON for <see cref="Appointment"/>: <c>{"person":{"name":"Nguyễn Văn A"},"organization":"279/danvan-commission",
/// "role":"head","start":"2015-10-01","isConcurrent":true}</c>. <c>isConcurrent</c> ("kiêm") and <c>isActing</c>
/// ("quyền") are written only when true; the post's identifier is derived and not written.
/// </summary>
internal sealed class AppointmentJsonConverter : JsonConverter<Appointment>
{
    private static readonly byte[][] Names =
    [
        "person"u8.ToArray(), "organization"u8.ToArray(), "role"u8.ToArray(), "start"u8.ToArray(), "end"u8.ToArray(),
        "isConcurrent"u8.ToArray(), "isActing"u8.ToArray(), "legalBasis"u8.ToArray(), "note"u8.ToArray(),
    ];

    public override Appointment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadAppointment(ref reader);

    public override void Write(Utf8JsonWriter writer, Appointment value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteAppointment(writer, value);
    }

    internal static Appointment ReadAppointment(ref Utf8JsonReader reader)
    {
        OrganizationJson.ExpectStartObject(ref reader, "an appointment");
        Person? person = null;
        OrganizationId? organization = null;
        PostRole? role = null;
        LocalDate? start = null, end = null;
        bool isConcurrent = false, isActing = false;
        DocumentNumber? legalBasis = null;
        string? note = null;
        OrganizationJson.ReadProperties(ref reader, Names, (ref Utf8JsonReader r, int property) =>
        {
            switch (property)
            {
                case 0: person = PersonJsonConverter.ReadPerson(ref r); break;
                case 1: organization = OrganizationJson.ReadId(ref r); break;
                case 2: role = OrganizationJson.ReadEnum<PostRole>(ref r); break;
                case 3: start = OrganizationJson.ReadOptionalDate(ref r); break;
                case 4: end = OrganizationJson.ReadOptionalDate(ref r); break;
                case 5: isConcurrent = OrganizationJson.ReadBoolean(ref r, "isConcurrent"); break;
                case 6: isActing = OrganizationJson.ReadBoolean(ref r, "isActing"); break;
                case 7: legalBasis = OrganizationJson.ReadOptionalDocumentNumber(ref r); break;
                default: note = OrganizationJson.ReadOptionalString(ref r, "note"); break;
            }
        });

        try
        {
            return new Appointment(
                person ?? throw new JsonException("An appointment needs a 'person'."),
                organization ?? throw new JsonException("An appointment needs an 'organization'."),
                role ?? throw new JsonException("An appointment needs a 'role'."),
                start, end, isConcurrent, isActing, legalBasis, note);
        }
        catch (ArgumentException exception)
        {
            throw OrganizationJson.Invalid("appointment", exception);
        }
    }

    internal static void WriteAppointment(Utf8JsonWriter writer, Appointment value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("person"u8);
        PersonJsonConverter.WritePerson(writer, value.Person);
        OrganizationJson.WriteId(writer, "organization"u8, value.Organization);
        OrganizationJson.WriteEnum(writer, "role"u8, value.Role);
        OrganizationJson.WriteIfPresent(writer, "start"u8, value.Start);
        OrganizationJson.WriteIfPresent(writer, "end"u8, value.End);
        if (value.IsConcurrent)
        {
            writer.WriteBoolean("isConcurrent"u8, true);
        }

        if (value.IsActing)
        {
            writer.WriteBoolean("isActing"u8, true);
        }

        if (value.LegalBasis is { } legalBasis)
        {
            writer.WritePropertyName("legalBasis"u8);
            OrganizationJson.WriteDocumentNumber(writer, legalBasis);
        }

        OrganizationJson.WriteIfPresent(writer, "note"u8, value.Note);
        writer.WriteEndObject();
    }
}
