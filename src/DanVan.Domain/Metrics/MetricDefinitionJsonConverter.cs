using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Organizations;

namespace DanVan.Domain.Metrics;

/// <summary>
/// JSON for <see cref="MetricDefinition"/>: <c>{"code":"petitions.resolution-rate","vietnameseName":"Tỷ lệ giải quyết
/// đơn thuộc thẩm quyền","englishName":"…","unit":"percent","kind":"rate","additivity":"additive",
/// "direction":"higherIsBetter","numerator":"petitions.resolved","denominator":"petitions.within-jurisdiction"}</c>.
/// Code, both names, unit, kind, additivity and direction are required (an additivity guessed wrongly would add what
/// must not be added); <c>numerator</c>, <c>denominator</c>, <c>grades</c> and <c>description</c> are written only when
/// present. What the constructor refuses (a rate not in percent, an additive score) is a <see cref="JsonException"/>.
/// </summary>
internal sealed class MetricDefinitionJsonConverter : JsonConverter<MetricDefinition>
{
    private static readonly byte[][] Names =
    [
        "code"u8.ToArray(), "vietnameseName"u8.ToArray(), "englishName"u8.ToArray(), "unit"u8.ToArray(), "kind"u8.ToArray(),
        "additivity"u8.ToArray(), "direction"u8.ToArray(), "numerator"u8.ToArray(), "denominator"u8.ToArray(),
        "grades"u8.ToArray(), "description"u8.ToArray(),
    ];

    public override MetricDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadDefinition(ref reader);

    public override void Write(Utf8JsonWriter writer, MetricDefinition value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteDefinition(writer, value);
    }

    internal static MetricDefinition ReadDefinition(ref Utf8JsonReader reader)
    {
        OrganizationJson.ExpectStartObject(ref reader, "a metric definition");
        MetricCode? code = null, numerator = null, denominator = null;
        string? vietnameseName = null, englishName = null, description = null;
        UnitOfMeasure? unit = null;
        MetricKind? kind = null;
        Additivity? additivity = null;
        MetricDirection? direction = null;
        List<string>? grades = null;
        OrganizationJson.ReadProperties(ref reader, Names, (ref Utf8JsonReader r, int property) =>
        {
            switch (property)
            {
                case 0: code = ReadCode(ref r); break;
                case 1: vietnameseName = OrganizationJson.ReadString(ref r, "vietnameseName"); break;
                case 2: englishName = OrganizationJson.ReadString(ref r, "englishName"); break;
                case 3: unit = OrganizationJson.ReadEnum<UnitOfMeasure>(ref r); break;
                case 4: kind = OrganizationJson.ReadEnum<MetricKind>(ref r); break;
                case 5: additivity = OrganizationJson.ReadEnum<Additivity>(ref r); break;
                case 6: direction = OrganizationJson.ReadEnum<MetricDirection>(ref r); break;
                case 7: numerator = r.TokenType == JsonTokenType.Null ? null : ReadCode(ref r); break;
                case 8: denominator = r.TokenType == JsonTokenType.Null ? null : ReadCode(ref r); break;
                case 9: grades = r.TokenType == JsonTokenType.Null ? null : OrganizationJson.ReadArray(ref r, "'grades'", ReadGrade); break;
                default: description = OrganizationJson.ReadOptionalString(ref r, "description"); break;
            }
        });

        var metric = code ?? throw new JsonException("A metric definition needs a 'code'.");
        try
        {
            return new MetricDefinition(
                metric,
                vietnameseName ?? throw Missing(metric, "vietnameseName"),
                englishName ?? throw Missing(metric, "englishName"),
                unit ?? throw Missing(metric, "unit"),
                kind ?? throw Missing(metric, "kind"),
                additivity ?? throw Missing(metric, "additivity"),
                direction ?? throw Missing(metric, "direction"),
                numerator,
                denominator,
                grades,
                description);
        }
        catch (ArgumentException exception)
        {
            throw OrganizationJson.Invalid("metric definition", exception);
        }
    }

    internal static void WriteDefinition(Utf8JsonWriter writer, MetricDefinition value)
    {
        writer.WriteStartObject();
        writer.WriteString("code"u8, value.Code.ToString());
        writer.WriteString("vietnameseName"u8, value.VietnameseName);
        writer.WriteString("englishName"u8, value.EnglishName);
        OrganizationJson.WriteEnum(writer, "unit"u8, value.Unit);
        OrganizationJson.WriteEnum(writer, "kind"u8, value.Kind);
        OrganizationJson.WriteEnum(writer, "additivity"u8, value.Additivity);
        OrganizationJson.WriteEnum(writer, "direction"u8, value.Direction);
        if (value.Numerator is { } numerator && value.Denominator is { } denominator)
        {
            writer.WriteString("numerator"u8, numerator.ToString());
            writer.WriteString("denominator"u8, denominator.ToString());
        }

        if (value.Grades.Count > 0)
        {
            writer.WriteStartArray("grades"u8);
            foreach (var grade in value.Grades)
            {
                writer.WriteStringValue(grade);
            }

            writer.WriteEndArray();
        }

        OrganizationJson.WriteIfPresent(writer, "description"u8, value.Description);
        writer.WriteEndObject();
    }

    private static MetricCode ReadCode(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? MetricCodeJsonConverter.ReadCode(ref reader)
            : throw new JsonException($"Expected a metric code string such as \"supervision.sessions\", found {reader.TokenType}.");

    private static string ReadGrade(ref Utf8JsonReader reader) => OrganizationJson.ReadString(ref reader, "grade");

    private static JsonException Missing(MetricCode code, string property) => new($"Metric {code} needs a '{property}'.");
}
