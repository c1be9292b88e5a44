using System.Globalization;
using System.Text.Json;
using DanVan.Domain.Administration;
using DanVan.Domain.Serialization;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>Writes the five collections of a Popolo document from a <see cref="PopoloSelection"/> (the mapping is in docs/organizations-json.md).</summary>
internal static class PopoloWriter
{
    internal static void Write(Utf8JsonWriter writer, OrganizationRegistry registry, PopoloSelection selection)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("organizations"u8);
        foreach (var body in selection.Bodies)
        {
            WriteOrganization(writer, body, selection);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("posts"u8);
        foreach (var body in selection.Bodies)
        {
            foreach (var post in OrganizationRegistry.PostsOf(body))
            {
                WritePost(writer, post, body, selection);
            }
        }

        writer.WriteEndArray();
        WritePeopleAndMemberships(writer, registry, selection);
        writer.WriteStartArray("areas"u8);
        WriteCountry(writer);
        foreach (var unit in selection.Areas)
        {
            WriteArea(writer, unit, selection);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOrganization(Utf8JsonWriter writer, Organization body, PopoloSelection selection)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, body.Id.ToString());
        writer.WriteString("name"u8, body.Name);
        if (body.ShortName is not null || body.EnglishName is not null)
        {
            writer.WriteStartArray("other_names"u8);
            WriteOtherName(writer, body.ShortName, "abbreviated");
            WriteOtherName(writer, body.EnglishName, "English");
            writer.WriteEndArray();
        }

        writer.WriteStartArray("identifiers"u8);
        WriteIdentifier(writer, body.Id.ToString(), PopoloExport.OrganizationIdScheme);
        writer.WriteEndArray();
        writer.WriteString("classification"u8, OrganizationJson.EnumName(body.Kind));
        WriteIfPresent(writer, "parent_id"u8, selection.ParentOf(body)?.ToString());
        WriteIfPresent(writer, "area_id"u8, selection.AreaOf(body));
        WriteIfPresent(writer, "founding_date"u8, body.ValidFrom);
        WriteIfPresent(writer, "dissolution_date"u8, body.ValidUntil);
        WriteIfPresent(writer, Extension.SupervisorId, body.SupervisorId?.ToString());
        WriteIfPresent(writer, Extension.SupervisedFrom, body.SupervisedFrom);
        if (body.Number is { } number)
        {
            writer.WriteNumber(Extension.Number, number);
        }

        WriteIfPresent(writer, Extension.Locality, body.Locality);
        if (body.Events.Count > 0)
        {
            writer.WriteStartArray(Extension.Events);
            foreach (var change in body.Events)
            {
                WriteEvent(writer, change);
            }

            writer.WriteEndArray();
        }

        WriteIfPresent(writer, Extension.Note, body.Note);
        writer.WriteEndObject();
    }

    // An ORG change event (org:ChangeEvent): this body is its org:originalOrganization, the successors its org:resultingOrganization.
    private static void WriteEvent(Utf8JsonWriter writer, OrganizationEvent change)
    {
        writer.WriteStartObject();
        writer.WriteString("kind"u8, OrganizationJson.EnumName(change.Kind));
        WriteIfPresent(writer, "date"u8, change.Date);
        if (change.Successors.Count > 0)
        {
            writer.WriteStartArray("successors"u8);
            foreach (var successor in change.Successors)
            {
                writer.WriteStartObject();
                writer.WriteString("id"u8, successor.Id.ToString());
                writer.WriteString("coverage"u8, OrganizationJson.EnumName(successor.Coverage));
                WriteIfPresent(writer, "note"u8, successor.Note);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (change.LegalBasis.Count > 0)
        {
            writer.WriteStartArray("legal_basis"u8);
            foreach (var document in change.LegalBasis)
            {
                writer.WriteStringValue(document.ToString());
            }

            writer.WriteEndArray();
        }

        WriteIfPresent(writer, "superior_id"u8, change.Superior?.ToString());
        WriteIfPresent(writer, "note"u8, change.Note);
        writer.WriteEndObject();
    }

    private static void WritePost(Utf8JsonWriter writer, Post post, Organization body, PopoloSelection selection)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, post.Id);
        writer.WriteString("label"u8, post.Label);
        if (post.ShortLabel is { } shortLabel)
        {
            writer.WriteStartArray("other_label"u8);
            writer.WriteStringValue(shortLabel);
            writer.WriteEndArray();
        }

        writer.WriteString("role"u8, OrganizationJson.EnumName(post.Role));
        writer.WriteString("organization_id"u8, post.OrganizationId.ToString());
        WriteIfPresent(writer, "area_id"u8, selection.AreaOf(body));
        WriteIfPresent(writer, "start_date"u8, body.ValidFrom);
        WriteIfPresent(writer, "end_date"u8, body.ValidUntil);
        writer.WriteEndObject();
    }

    private static void WritePeopleAndMemberships(Utf8JsonWriter writer, OrganizationRegistry registry, PopoloSelection selection)
    {
        // One person per identifier; a later appointment spelling the name differently adds an other name.
        var people = new SortedDictionary<string, (Person Person, List<string> OtherNames)>(StringComparer.Ordinal);
        foreach (var appointment in registry.Appointments)
        {
            var id = PopoloExport.PersonId(appointment.Person);
            if (!people.TryGetValue(id, out var entry))
            {
                people.Add(id, (appointment.Person, []));
            }
            else if (entry.Person.Name != appointment.Person.Name && !entry.OtherNames.Contains(appointment.Person.Name))
            {
                entry.OtherNames.Add(appointment.Person.Name);
            }
        }

        writer.WriteStartArray("persons"u8);
        foreach (var (id, (person, otherNames)) in people)
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, id);
            writer.WriteString("name"u8, person.Name);
            if (otherNames.Count > 0)
            {
                writer.WriteStartArray("other_names"u8);
                foreach (var name in otherNames)
                {
                    WriteOtherName(writer, name, null);
                }

                writer.WriteEndArray();
            }

            if (person.Identifier is { } identifier)
            {
                writer.WriteStartArray("identifiers"u8);
                WriteIdentifier(writer, identifier, PopoloExport.PersonIdentifierScheme);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("memberships"u8);
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var appointment in registry.Appointments)
        {
            WriteMembership(writer, appointment, selection, used);
        }

        writer.WriteEndArray();
    }

    private static void WriteMembership(Utf8JsonWriter writer, Appointment appointment, PopoloSelection selection, Dictionary<string, int> used)
    {
        var personId = PopoloExport.PersonId(appointment.Person);
        var body = selection.Find(appointment.Organization);
        var post = body is not null && Post.TitleOf(body.Kind, appointment.Role) is not null ? new Post(body, appointment.Role) : null;
        var id = appointment.PostId + "@" + personId + "@" + (appointment.Start is { } start ? LocalDateJsonConverter.Format(start) : "undated");
        var seen = used.GetValueOrDefault(id) + 1;
        used[id] = seen;
        writer.WriteStartObject();
        writer.WriteString("id"u8, seen == 1 ? id : id + "@" + seen.ToString(CultureInfo.InvariantCulture));
        WriteIfPresent(writer, "label"u8, post is null ? null : appointment.Describe(post));
        writer.WriteString("role"u8, OrganizationJson.EnumName(appointment.Role));
        writer.WriteString("person_id"u8, personId);
        writer.WriteString("organization_id"u8, appointment.Organization.ToString());
        WriteIfPresent(writer, "post_id"u8, post?.Id);
        WriteIfPresent(writer, "start_date"u8, appointment.Start);
        WriteIfPresent(writer, "end_date"u8, appointment.End);
        if (appointment.IsConcurrent)
        {
            writer.WriteBoolean(Extension.Concurrent, true);
        }

        if (appointment.IsActing)
        {
            writer.WriteBoolean(Extension.Acting, true);
        }

        WriteIfPresent(writer, Extension.LegalBasis, appointment.LegalBasis?.ToString());
        WriteIfPresent(writer, Extension.Note, appointment.Note);
        writer.WriteEndObject();
    }

    private static void WriteCountry(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, PopoloExport.CountryAreaId);
        writer.WriteString("name"u8, "Việt Nam");
        writer.WriteString("identifier"u8, "VN");
        writer.WriteString("classification"u8, "country");
        writer.WriteEndObject();
    }

    private static void WriteArea(Utf8JsonWriter writer, AdministrativeUnit unit, PopoloSelection selection)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, PopoloExport.AreaId(unit));
        writer.WriteString("name"u8, unit.FullName);
        writer.WriteString("identifier"u8, unit.Code.ToString());
        writer.WriteString("classification"u8, OrganizationJson.EnumName(unit.Kind));
        writer.WriteString("parent_id"u8, selection.ParentAreaOf(unit));
        WriteIfPresent(writer, Extension.StartDate, unit.ValidFrom);
        WriteIfPresent(writer, Extension.EndDate, unit.ValidUntil);
        writer.WriteEndObject();
    }

    private static void WriteOtherName(Utf8JsonWriter writer, string? name, string? note)
    {
        if (name is null)
        {
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("name"u8, name);
        WriteIfPresent(writer, "note"u8, note);
        writer.WriteEndObject();
    }

    private static void WriteIdentifier(Utf8JsonWriter writer, string identifier, string scheme)
    {
        writer.WriteStartObject();
        writer.WriteString("identifier"u8, identifier);
        writer.WriteString("scheme"u8, scheme);
        writer.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, JsonEncodedText property, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(property, value);
        }
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, JsonEncodedText property, LocalDate? value)
    {
        if (value is { } date)
        {
            writer.WriteString(property, LocalDateJsonConverter.Format(date));
        }
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, ReadOnlySpan<byte> property, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(property, value);
        }
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, ReadOnlySpan<byte> property, LocalDate? value)
    {
        if (value is { } date)
        {
            writer.WriteString(property, LocalDateJsonConverter.Format(date));
        }
    }

    /// <summary>
    /// The additional properties, flagged with "+" as the Popolo JSON patterns suggest. Encoded once, without escaping the
    /// "+" (a plain ASCII constant), so that they read "+events" whatever encoder the writer has.
    /// </summary>
    private static class Extension
    {
        internal static readonly JsonEncodedText Acting = Name("acting");

        internal static readonly JsonEncodedText Concurrent = Name("concurrent");

        internal static readonly JsonEncodedText EndDate = Name("end_date");

        internal static readonly JsonEncodedText Events = Name("events");

        internal static readonly JsonEncodedText LegalBasis = Name("legal_basis");

        internal static readonly JsonEncodedText Locality = Name("locality");

        internal static readonly JsonEncodedText Note = Name("note");

        internal static readonly JsonEncodedText Number = Name("number");

        internal static readonly JsonEncodedText StartDate = Name("start_date");

        internal static readonly JsonEncodedText SupervisedFrom = Name("supervised_from");

        internal static readonly JsonEncodedText SupervisorId = Name("supervisor_id");

        private static JsonEncodedText Name(string name) => JsonEncodedText.Encode("+" + name, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    }
}
