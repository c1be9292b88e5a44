using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Regulations;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// JSON for <see cref="OrganizationEvent"/>: <c>{"kind":"mergedInto","date":"2025-02-03","successors":[{"id":
/// "tw/propaganda-danvan-commission","coverage":"whole"}],"legalBasis":["246-QĐ/TW"]}</c>; a re-subordination names its
/// new superior in <c>"superior"</c>. Empty lists and nulls are not written.
/// </summary>
internal sealed class OrganizationEventJsonConverter : JsonConverter<OrganizationEvent>
{
    private static readonly byte[][] Names =
        ["kind"u8.ToArray(), "date"u8.ToArray(), "successors"u8.ToArray(), "legalBasis"u8.ToArray(), "superior"u8.ToArray(), "note"u8.ToArray()];

    public override OrganizationEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadEvent(ref reader);

    public override void Write(Utf8JsonWriter writer, OrganizationEvent value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteEvent(writer, value);
    }

    internal static OrganizationEvent ReadEvent(ref Utf8JsonReader reader)
    {
        OrganizationJson.ExpectStartObject(ref reader, "an organization event");
        OrganizationEventKind? kind = null;
        LocalDate? date = null;
        List<OrganizationSuccessor>? successors = null;
        List<DocumentNumber>? legalBasis = null;
        OrganizationId? superior = null;
        string? note = null;
        OrganizationJson.ReadProperties(ref reader, Names, (ref Utf8JsonReader r, int property) =>
        {
            switch (property)
            {
                case 0: kind = OrganizationJson.ReadEnum<OrganizationEventKind>(ref r); break;
                case 1: date = OrganizationJson.ReadDate(ref r); break;
                case 2: successors = OrganizationJson.ReadArray(ref r, "'successors'", OrganizationSuccessorJsonConverter.ReadSuccessor); break;
                case 3: legalBasis = OrganizationJson.ReadArray(ref r, "'legalBasis'", OrganizationJson.ReadDocumentNumber); break;
                case 4: superior = OrganizationJson.ReadOptionalId(ref r); break;
                default: note = OrganizationJson.ReadOptionalString(ref r, "note"); break;
            }
        });

        try
        {
            return new OrganizationEvent(
                kind ?? throw new JsonException("An organization event needs a 'kind'."),
                date ?? throw new JsonException("An organization event needs a 'date'."),
                successors, legalBasis, superior, note);
        }
        catch (ArgumentException exception)
        {
            throw OrganizationJson.Invalid("organization event", exception);
        }
    }

    internal static void WriteEvent(Utf8JsonWriter writer, OrganizationEvent value)
    {
        writer.WriteStartObject();
        OrganizationJson.WriteEnum(writer, "kind"u8, value.Kind);
        OrganizationJson.WriteIfPresent(writer, "date"u8, value.Date);
        if (value.Successors.Count > 0)
        {
            writer.WriteStartArray("successors"u8);
            foreach (var successor in value.Successors)
            {
                OrganizationSuccessorJsonConverter.WriteSuccessor(writer, successor);
            }

            writer.WriteEndArray();
        }

        if (value.LegalBasis.Count > 0)
        {
            writer.WriteStartArray("legalBasis"u8);
            foreach (var document in value.LegalBasis)
            {
                OrganizationJson.WriteDocumentNumber(writer, document);
            }

            writer.WriteEndArray();
        }

        OrganizationJson.WriteIfPresent(writer, "superior"u8, value.Superior);
        OrganizationJson.WriteIfPresent(writer, "note"u8, value.Note);
        writer.WriteEndObject();
    }
}
