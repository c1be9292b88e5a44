using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Regulations;
using DanVan.Domain.Serialization;
using NodaTime;

namespace DanVan.Domain.Administration;

/// <summary>
/// JSON for <see cref="AdministrativeChange"/>: <c>{"kind":"mergedInto","effective":"2025-07-01","unit":"26740",
/// "successors":[{"code":"26740","coverage":"whole","note":"Nhập toàn bộ"}],"legalBasis":["1685/NQ-UBTVQH15"]}</c>.
/// Hand-written because it is on the catalog's load path; bad input gives a <see cref="JsonException"/>.
/// </summary>
internal sealed class AdministrativeChangeJsonConverter : JsonConverter<AdministrativeChange>
{
    private static readonly byte[][] Properties =
        ["kind"u8.ToArray(), "effective"u8.ToArray(), "unit"u8.ToArray(), "successors"u8.ToArray(), "legalBasis"u8.ToArray(), "note"u8.ToArray()];

    private static readonly byte[][] SuccessorProperties = ["code"u8.ToArray(), "coverage"u8.ToArray(), "note"u8.ToArray()];

    public override AdministrativeChange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.ExpectStartObject(ref reader, "an administrative change");
        AdministrativeChangeKind? kind = null;
        LocalDate? effective = null;
        UnitCode? unit = null;
        List<UnitSuccessor>? successors = null;
        List<DocumentNumber>? legalBasis = null;
        string? note = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = JsonFields.PropertyIndex(ref reader, Properties);
            reader.Read();
            try
            {
                switch (property)
                {
                    case 0: kind = JsonFields.ReadEnum<AdministrativeChangeKind>(ref reader); break;
                    case 1: effective = LocalDateJsonConverter.ReadDate(ref reader); break;
                    case 2: unit = JsonFields.ReadCode(ref reader); break;
                    case 3: successors = ReadSuccessors(ref reader); break;
                    case 4: legalBasis = ReadLegalBasis(ref reader); break;
                    case 5: note = JsonFields.ReadOptionalString(ref reader, "note"); break;
                    default: reader.Skip(); break;
                }
            }
            catch (JsonException exception) when (property >= 0)
            {
                throw JsonFields.InProperty(Properties[property], exception);
            }
        }

        return new AdministrativeChange(
            kind ?? throw new JsonException("An administrative change needs a 'kind'."),
            effective ?? throw new JsonException("An administrative change needs an 'effective' date."),
            unit ?? throw new JsonException("An administrative change needs a 'unit'."),
            ValueList<UnitSuccessor>.From(successors),
            ValueList<DocumentNumber>.From(legalBasis),
            note,
            message => new JsonException(message));
    }

    public override void Write(Utf8JsonWriter writer, AdministrativeChange value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonFields.WriteEnum(writer, "kind"u8, value.Kind);
        writer.WriteString("effective"u8, LocalDateJsonConverter.Format(value.Effective));
        writer.WriteString("unit"u8, value.Unit.ToString());
        if (value.Successors.Count > 0)
        {
            writer.WriteStartArray("successors"u8);
            foreach (var successor in value.Successors)
            {
                writer.WriteStartObject();
                writer.WriteString("code"u8, successor.Code.ToString());
                JsonFields.WriteEnum(writer, "coverage"u8, successor.Coverage);
                if (successor.Note is { } successorNote)
                {
                    writer.WriteString("note"u8, successorNote);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (value.LegalBasis.Count > 0)
        {
            writer.WriteStartArray("legalBasis"u8);
            foreach (var document in value.LegalBasis)
            {
                writer.WriteStringValue(document.ToString());
            }

            writer.WriteEndArray();
        }

        if (value.Note is { } note)
        {
            writer.WriteString("note"u8, note);
        }

        writer.WriteEndObject();
    }

    private static List<UnitSuccessor>? ReadSuccessors(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        JsonFields.ExpectStartArray(ref reader, "'successors'");
        var list = new List<UnitSuccessor>(1);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            JsonFields.ExpectStartObject(ref reader, "a successor");
            UnitCode? code = null;
            Coverage? coverage = null;
            string? note = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = JsonFields.PropertyIndex(ref reader, SuccessorProperties);
                reader.Read();
                try
                {
                    switch (property)
                    {
                        case 0: code = JsonFields.ReadCode(ref reader); break;
                        case 1: coverage = JsonFields.ReadEnum<Coverage>(ref reader); break;
                        case 2: note = JsonFields.ReadOptionalString(ref reader, "note"); break;
                        default: reader.Skip(); break;
                    }
                }
                catch (JsonException exception) when (property >= 0)
                {
                    throw JsonFields.InProperty(SuccessorProperties[property], exception);
                }
            }

            list.Add(new UnitSuccessor(
                code ?? throw new JsonException("A successor needs a 'code'."),
                coverage ?? throw new JsonException($"Successor {code}: 'coverage' is missing."),
                note));
        }

        return list;
    }

    private static List<DocumentNumber>? ReadLegalBasis(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        JsonFields.ExpectStartArray(ref reader, "'legalBasis'");
        var list = new List<DocumentNumber>(1);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(ReadDocumentNumber(ref reader));
        }

        return list;
    }

    // Thousands of changes cite the same few documents in a row: the last one read is reused for identical bytes.
    private static DocumentNumber ReadDocumentNumber(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && LastDocument is { } last && reader.ValueSpan.SequenceEqual(last.Utf8))
        {
            return last.Number;
        }

        var text = reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException($"A legal basis must be a document number string such as \"202/2025/QH15\", found {reader.TokenType}.");
        if (!DocumentNumber.TryParse(text, out var number, out var error))
        {
            throw new JsonException(error.EnglishMessage);
        }

        if (!reader.HasValueSequence)
        {
            LastDocument = new CachedDocument(reader.ValueSpan.ToArray(), number);
        }

        return number;
    }

    [ThreadStatic]
    private static CachedDocument? LastDocument;

    private sealed record CachedDocument(byte[] Utf8, DocumentNumber Number);
}
