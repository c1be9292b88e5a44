using System.Text.Json;
using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Reads and writes one observation as a flat JSON object (docs/metrics-io.md):
/// <c>{"metric":"petitions.received","unit":"246","period":"2021","value":79}</c>. Shared by the converters of
/// <see cref="Observation"/> and <see cref="ObservationSet"/> and by the streaming reader, so there is one reading of a row.
/// </summary>
/// <remarks>
/// Numbers are JSON numbers (read exactly as decimals), never strings. Unknown properties are skipped; a <c>null</c>
/// optional property is absent. Every failure is a <see cref="JsonException"/>; one inside a property is a
/// <see cref="FieldJsonException"/> naming it.
/// </remarks>
internal static class ObservationJson
{
    private const int EscapedLookupLength = 256;

    /// <summary>
    /// Reads the object the reader is on into <paramref name="fields"/> and checks it. Returns false when the reader runs
    /// out of data before the object ends (a streaming reader then refills its buffer and starts the object again).
    /// </summary>
    /// <exception cref="JsonException">The object is not an observation.</exception>
    public static bool TryReadObject(ref Utf8JsonReader reader, ref ObservationFields fields, ObservationJsonCache cache)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an observation as a JSON object, found {reader.TokenType}.");
        }

        fields = default;
        while (true)
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var property = JsonFields.PropertyIndex(ref reader, ObservationField.Utf8Names);
            if (!reader.Read())
            {
                return false;
            }

            if (property < 0)
            {
                if (!reader.TrySkip())
                {
                    return false;
                }

                continue;
            }

            try
            {
                ReadField(ref reader, property, ref fields, cache);
            }
            catch (JsonException exception)
            {
                throw new FieldJsonException(ObservationField.Names[property], exception.Message, exception);
            }
            catch (InvalidOperationException exception)
            {
                // Utf8JsonReader.GetString on bytes that are not UTF-8.
                throw new FieldJsonException(ObservationField.Names[property], "The text is not valid UTF-8.", exception);
            }
        }

        var (problem, field) = fields.Check();
        return problem == FieldsProblem.None ? true : throw new JsonException(ObservationFields.Message(problem, field));
    }

    /// <summary>Reads a whole observation (the reader holds the complete value, as in a converter).</summary>
    public static Observation ReadObservation(ref Utf8JsonReader reader)
    {
        var fields = default(ObservationFields);
        if (!TryReadObject(ref reader, ref fields, new ObservationJsonCache()))
        {
            throw new JsonException("The observation object is incomplete.");
        }

        return fields.ToObservation();
    }

    /// <summary>Writes an observation as its flat object.</summary>
    public static void WriteObservation(Utf8JsonWriter writer, Observation observation)
    {
        var source = observation.Source is null ? (JsonEncodedText?)null : JsonEncodedText.Encode(observation.Source, DanVanJson.Encoder);
        WriteRow(
            writer, JsonEncodedText.Encode(Text(observation.Metric)), EncodedSubject.Of(observation.Subject), Encode(observation.Period),
            observation.HasParts ? observation.Numerator!.Value : observation.Value, observation.Denominator,
            observation.Qualifier, observation.Status, source, observation.Unit);
    }

    /// <summary>Writes one row from its parts, already encoded where they repeat.</summary>
    public static void WriteRow(
        Utf8JsonWriter writer,
        JsonEncodedText metric,
        in EncodedSubject subject,
        JsonEncodedText period,
        decimal valueOrNumerator,
        decimal? denominator,
        NumberQualifier qualifier,
        ObservationStatus status,
        JsonEncodedText? source,
        UnitOfMeasure? unit)
    {
        var names = ObservationField.EncodedNames;
        writer.WriteStartObject();
        writer.WriteString(names[ObservationField.Metric], metric);
        subject.Write(writer);
        writer.WriteString(names[ObservationField.Period], period);
        if (denominator is { } d)
        {
            writer.WriteNumber(names[ObservationField.Numerator], valueOrNumerator);
            writer.WriteNumber(names[ObservationField.Denominator], d);
        }
        else
        {
            writer.WriteNumber(names[ObservationField.Value], valueOrNumerator);
        }

        if (qualifier != NumberQualifier.Exact)
        {
            JsonFields.WriteEnum(writer, names[ObservationField.Qualifier].EncodedUtf8Bytes, qualifier);
        }

        if (status != ObservationStatus.Final)
        {
            JsonFields.WriteEnum(writer, names[ObservationField.Status].EncodedUtf8Bytes, status);
        }

        if (source is { } s)
        {
            writer.WriteString(names[ObservationField.Source], s);
        }

        if (unit is { } u)
        {
            JsonFields.WriteEnum(writer, names[ObservationField.UnitOfMeasure].EncodedUtf8Bytes, u);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a subject object, <c>{"unit":"246","unitDate":"2021-12-31","organization":"246/danvan-commission"}</c>.</summary>
    public static ObservationSubject ReadSubject(ref Utf8JsonReader reader)
    {
        JsonFields.ExpectStartObject(ref reader, "an observation subject");
        UnitCode? unit = null;
        LocalDate? date = null;
        OrganizationId? organization = null;
        OrganizationJson.ReadProperties(ref reader, SubjectNames, (ref Utf8JsonReader r, int property) =>
        {
            switch (property)
            {
                case 0: unit = JsonFields.ReadOptionalCode(ref r); break;
                case 1: date = JsonFields.ReadOptionalDate(ref r); break;
                default: organization = OrganizationJson.ReadOptionalId(ref r); break;
            }
        });
        if (unit is null && organization is null)
        {
            throw new JsonException("An observation subject needs a 'unit', an 'organization', or both.");
        }

        return date is not null && unit is null
            ? throw new JsonException("'unitDate' needs a 'unit'.")
            : ObservationSubject.Of(unit, date, organization);
    }

    /// <summary>Writes a subject object.</summary>
    public static void WriteSubject(Utf8JsonWriter writer, ObservationSubject subject)
    {
        writer.WriteStartObject();
        EncodedSubject.Of(subject).Write(writer);
        writer.WriteEndObject();
    }

    /// <summary>The canonical text of a period, encoded for writing.</summary>
    public static JsonEncodedText Encode(ReportingPeriod period)
    {
        Span<char> text = stackalloc char[ReportingPeriod.MaximumTextLength];
        if (period.IsDefault)
        {
            throw new JsonException("default(ReportingPeriod) is not a period and cannot be written.");
        }

        period.TryFormat(text, out var written, default, null);
        return JsonEncodedText.Encode(text[..written]);
    }

    public static string Text(MetricCode metric) =>
        metric.IsDefault ? throw new JsonException("default(MetricCode) is not a metric code and cannot be written.") : metric.ToString();

    private static readonly byte[][] SubjectNames =
    [
        ObservationField.Utf8Names[ObservationField.Unit], ObservationField.Utf8Names[ObservationField.UnitDate],
        ObservationField.Utf8Names[ObservationField.Organization],
    ];

    private static void ReadField(ref Utf8JsonReader reader, int property, ref ObservationFields fields, ObservationJsonCache cache)
    {
        var isNull = reader.TokenType == JsonTokenType.Null;
        switch (property)
        {
            case ObservationField.Metric:
                fields.Metric = ReadCached(ref reader, cache.Metrics, "a metric code string such as \"supervision.sessions\"", ParseMetric);
                break;
            case ObservationField.Unit:
                fields.Unit = isNull ? default : JsonFields.ReadCode(ref reader);
                break;
            case ObservationField.UnitDate:
                fields.UnitDate = JsonFields.ReadOptionalDate(ref reader);
                break;
            case ObservationField.Organization:
                fields.Organization = isNull ? default : ReadCached(ref reader, cache.Organizations, "an organization identifier string such as \"279/danvan-commission\"", ParseOrganization);
                break;
            case ObservationField.Period:
                fields.Period = reader.TokenType == JsonTokenType.String
                    ? ReportingPeriodJsonConverter.ReadPeriod(ref reader)
                    : throw new JsonException($"Expected a reporting period string such as \"2021-Q3\", found {reader.TokenType}.");
                break;
            case ObservationField.Value:
                fields.Value = ReadNumber(ref reader);
                break;
            case ObservationField.Numerator:
                fields.Numerator = ReadNumber(ref reader);
                break;
            case ObservationField.Denominator:
                fields.Denominator = ReadNumber(ref reader);
                break;
            case ObservationField.Qualifier:
                fields.Qualifier = isNull ? NumberQualifier.Exact : ReadName<NumberQualifier>(ref reader);
                break;
            case ObservationField.Status:
                fields.Status = isNull ? ObservationStatus.Final : ReadName<ObservationStatus>(ref reader);
                break;
            case ObservationField.Source:
                fields.Source = isNull ? null : ReadCached(ref reader, cache.Sources, "a string", static text => text);
                break;
            default:
                fields.Measure = isNull ? null : ReadName<UnitOfMeasure>(ref reader);
                break;
        }
    }

    private static T ReadCached<T>(ref Utf8JsonReader reader, TextCache<T> cache, string expected, Func<string, T> parse)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {expected}, found {reader.TokenType}.");
        }

        if (!reader.HasValueSequence)
        {
            if (!reader.ValueIsEscaped)
            {
                if (cache.TryGet(reader.ValueSpan, out var known))
                {
                    return known;
                }
            }
            else if (reader.ValueSpan.Length <= EscapedLookupLength)
            {
                // Escaped text ("\u0022", "\n") is never longer unescaped than its bytes.
                Span<char> chars = stackalloc char[EscapedLookupLength];
                if (cache.TryGet(chars[..reader.CopyString(chars)], out var known))
                {
                    return known;
                }
            }
        }

        var text = reader.GetString()!;
        var value = parse(text);
        cache.Add(text, value);
        return value;
    }

    private static MetricCode ParseMetric(string text) =>
        MetricCode.TryParse(text, out var code, out var error) ? code : throw new JsonException(error.EnglishMessage);

    private static OrganizationId ParseOrganization(string text) =>
        OrganizationId.TryParse(text, out var id, out var error) ? id : throw new JsonException(error.EnglishMessage);

    private static decimal? ReadNumber(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.TryGetDecimal(out var value)
            ? value
            : throw new JsonException("The number is outside the range of a decimal."),
        JsonTokenType.String => throw new JsonException("Expected a JSON number, found a string: numbers are written bare (79.63, not \"79.63\")."),
        _ => throw new JsonException($"Expected a number, found {reader.TokenType}."),
    };

    private static T ReadName<T>(ref Utf8JsonReader reader)
        where T : struct, Enum
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(T).Name} name string, found {reader.TokenType}.");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            foreach (var (_, utf8, member) in EnumNames<T>.All)
            {
                if (reader.ValueSpan.SequenceEqual(utf8))
                {
                    return member;
                }
            }
        }

        return OrganizationJson.ReadEnum<T>(ref reader);
    }
}

/// <summary>The caches one reading uses (see <see cref="TextCache{T}"/>).</summary>
internal sealed class ObservationJsonCache
{
    public TextCache<MetricCode> Metrics { get; } = new();

    public TextCache<OrganizationId> Organizations { get; } = new();

    public TextCache<string> Sources { get; } = new();
}

/// <summary>A JSON error inside one property of an observation: the readers of sets add the row to it.</summary>
internal sealed class FieldJsonException(string field, string reason, Exception inner) : JsonException($"'{field}': {reason}", inner)
{
    public string Field { get; } = field;

    public string Reason { get; } = reason;
}

/// <summary>The subject's properties, encoded once per distinct subject when a set is written.</summary>
internal readonly struct EncodedSubject
{
    private readonly JsonEncodedText? _unit;
    private readonly JsonEncodedText? _unitDate;
    private readonly JsonEncodedText? _organization;

    private EncodedSubject(JsonEncodedText? unit, JsonEncodedText? unitDate, JsonEncodedText? organization)
    {
        _unit = unit;
        _unitDate = unitDate;
        _organization = organization;
    }

    public static EncodedSubject Of(ObservationSubject subject)
    {
        if (subject.IsDefault)
        {
            throw new JsonException("default(ObservationSubject) is not a subject and cannot be written.");
        }

        return new EncodedSubject(
            subject.Unit is { } unit ? JsonEncodedText.Encode(unit.ToString()) : null,
            subject.UnitDate is { } date ? JsonEncodedText.Encode(LocalDateJsonConverter.Format(date)) : null,
            subject.Organization is { } organization ? JsonEncodedText.Encode(organization.ToString(), DanVanJson.Encoder) : null);
    }

    public void Write(Utf8JsonWriter writer)
    {
        var names = ObservationField.EncodedNames;
        if (_unit is { } unit)
        {
            writer.WriteString(names[ObservationField.Unit], unit);
        }

        if (_unitDate is { } date)
        {
            writer.WriteString(names[ObservationField.UnitDate], date);
        }

        if (_organization is { } organization)
        {
            writer.WriteString(names[ObservationField.Organization], organization);
        }
    }
}
