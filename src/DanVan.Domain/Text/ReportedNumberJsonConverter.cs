using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Text;

/// <summary>
/// Reads and writes a <see cref="ReportedNumber"/> as <c>{"kind":"number","value":700,"qualifier":"moreThan"}</c>
/// (a ratio adds <c>"denominator":29</c>), and as its canonical text when it is a dictionary key.
/// </summary>
/// <remarks>
/// Reading is strict and throws only <see cref="JsonException"/>: property names are exact and case-sensitive, each
/// appears at most once, <c>kind</c> and <c>value</c> are required, <c>qualifier</c> is optional (exact), and
/// <c>denominator</c> is required for a ratio and forbidden otherwise. No reflection: enum strings are mapped here.
/// </remarks>
internal sealed class ReportedNumberJsonConverter : JsonConverter<ReportedNumber>
{
    private const string KindProperty = "kind";
    private const string ValueProperty = "value";
    private const string DenominatorProperty = "denominator";
    private const string QualifierProperty = "qualifier";

    public override ReportedNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object such as {{\"kind\":\"number\",\"value\":700}} for a reported number, found {reader.TokenType}.");
        }

        ReportedNumberKind? kind = null;
        decimal? value = null;
        decimal? denominator = null;
        NumberQualifier? qualifier = null;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException($"Expected a property name in a reported number, found {reader.TokenType}.");
            }

            if (reader.ValueTextEquals(KindProperty))
            {
                Next(ref reader);
                EnsureFirst(kind is null, KindProperty);
                kind = ReadKind(ref reader);
            }
            else if (reader.ValueTextEquals(ValueProperty))
            {
                Next(ref reader);
                EnsureFirst(value is null, ValueProperty);
                value = ReadDecimal(ref reader, ValueProperty);
            }
            else if (reader.ValueTextEquals(DenominatorProperty))
            {
                Next(ref reader);
                EnsureFirst(denominator is null, DenominatorProperty);
                denominator = ReadDecimal(ref reader, DenominatorProperty);
            }
            else if (reader.ValueTextEquals(QualifierProperty))
            {
                Next(ref reader);
                EnsureFirst(qualifier is null, QualifierProperty);
                qualifier = ReadQualifier(ref reader);
            }
            else
            {
                throw new JsonException($"Unknown property '{reader.GetString()}' in a reported number; expected kind, value, denominator or qualifier.");
            }
        }

        if (kind is not { } k)
        {
            throw new JsonException("A reported number needs a \"kind\" (\"number\", \"percentage\" or \"ratio\").");
        }

        if (value is not { } v)
        {
            throw new JsonException("A reported number needs a \"value\".");
        }

        var q = qualifier ?? NumberQualifier.Exact;
        var problem = ReportedNumber.Check(k, v, denominator, q);
        if (problem is not null)
        {
            throw new JsonException($"Invalid reported number: {problem}.");
        }

        return ReportedNumber.CreateUnchecked(k, v, denominator, q);
    }

    public override void Write(Utf8JsonWriter writer, ReportedNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString(KindProperty, KindName(value.Kind));
        writer.WriteNumber(ValueProperty, value.Value);
        if (value.Denominator is { } denominator)
        {
            writer.WriteNumber(DenominatorProperty, denominator);
        }

        writer.WriteString(QualifierProperty, QualifierName(value.Qualifier));
        writer.WriteEndObject();
    }

    public override ReportedNumber ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return ReportedNumber.TryParse(text, out var result, out var error)
            ? result
            : throw new JsonException($"The property name is not a reported number: {error.Code}: {error.EnglishMessage}");
    }

    public override void WriteAsPropertyName(Utf8JsonWriter writer, ReportedNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
    }

    internal static string KindName(ReportedNumberKind kind) => kind switch
    {
        ReportedNumberKind.Percentage => "percentage",
        ReportedNumberKind.Ratio => "ratio",
        _ => "number",
    };

    internal static string QualifierName(NumberQualifier qualifier) => qualifier switch
    {
        NumberQualifier.MoreThan => "moreThan",
        NumberQualifier.LessThan => "lessThan",
        NumberQualifier.Nearly => "nearly",
        NumberQualifier.About => "about",
        NumberQualifier.AtLeast => "atLeast",
        NumberQualifier.AtMost => "atMost",
        _ => "exact",
    };

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ended inside a reported number.");
        }
    }

    private static void EnsureFirst(bool first, string name)
    {
        if (!first)
        {
            throw new JsonException($"The property '{name}' appears twice in a reported number.");
        }
    }

    private static decimal ReadDecimal(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"The property '{name}' of a reported number must be a number, found {reader.TokenType}.");
        }

        return reader.TryGetDecimal(out var value)
            ? value
            : throw new JsonException($"The property '{name}' of a reported number is outside the range of a decimal.");
    }

    private static ReportedNumberKind ReadKind(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.ValueTextEquals("number"))
            {
                return ReportedNumberKind.Number;
            }

            if (reader.ValueTextEquals("percentage"))
            {
                return ReportedNumberKind.Percentage;
            }

            if (reader.ValueTextEquals("ratio"))
            {
                return ReportedNumberKind.Ratio;
            }
        }

        throw new JsonException("The \"kind\" of a reported number must be \"number\", \"percentage\" or \"ratio\".");
    }

    private static NumberQualifier ReadQualifier(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            for (var q = NumberQualifier.Exact; q <= NumberQualifier.AtMost; q++)
            {
                if (reader.ValueTextEquals(QualifierName(q)))
                {
                    return q;
                }
            }
        }

        throw new JsonException("The \"qualifier\" of a reported number must be one of \"exact\", \"moreThan\", \"lessThan\", \"nearly\", \"about\", \"atLeast\" or \"atMost\".");
    }
}
