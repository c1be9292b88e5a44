using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Organizations;

namespace DanVan.Domain.Metrics;

/// <summary>
/// JSON for <see cref="MetricCatalog"/>: <c>{"formatVersion":1,"extends":"default","metrics":[…]}</c>. The catalog's rules
/// (a code defined once, a ratio's parts present) are checked here first so that the error names the item
/// (<c>$.metrics[3]</c>); anything else the catalog refuses is a <see cref="JsonException"/> too.
/// </summary>
internal sealed class MetricCatalogJsonConverter : JsonConverter<MetricCatalog>
{
    private const string DefaultName = "default";

    private static readonly byte[][] Names = ["formatVersion"u8.ToArray(), "extends"u8.ToArray(), "metrics"u8.ToArray()];

    public override MetricCatalog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        OrganizationJson.ExpectStartObject(ref reader, "a metric catalog");
        var extendsDefault = false;
        List<MetricDefinition>? metrics = null;
        var isRoot = reader.CurrentDepth == 0;
        try
        {
            OrganizationJson.ReadProperties(ref reader, Names, (ref Utf8JsonReader r, int property) =>
            {
                switch (property)
                {
                    case 0: CheckVersion(OrganizationJson.ReadOptionalInt32(ref r, "formatVersion")); break;
                    case 1: extendsDefault = ReadExtends(ref r); break;
                    default: metrics = OrganizationJson.ReadArray(ref r, "'metrics'", MetricDefinitionJsonConverter.ReadDefinition); break;
                }
            });
        }
        catch (JsonException exception) when (isRoot)
        {
            // The serializer's path stops at this object; from the root, say which item failed as it would.
            throw OrganizationJson.AtRoot(exception);
        }

        var basis = extendsDefault ? MetricCatalog.Default : MetricCatalog.Empty;
        var listed = metrics ?? [];
        if (Inconsistency(basis, listed) is { } problem)
        {
            var item = "metrics[" + problem.Index.ToString(CultureInfo.InvariantCulture) + "]";
            throw isRoot ? new JsonException(problem.Message, "$." + item, null, null, null) : new JsonException($"'{item}': {problem.Message}");
        }

        try
        {
            return basis.With([.. listed]);
        }
        catch (ArgumentException exception)
        {
            throw OrganizationJson.Invalid("metric catalog", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, MetricCatalog value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var extendsDefault = value.ExtendsDefault();
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion"u8, MetricCatalog.CurrentFormatVersion);
        if (extendsDefault)
        {
            writer.WriteString("extends"u8, DefaultName);
        }

        writer.WriteStartArray("metrics"u8);
        for (var i = extendsDefault ? MetricCatalog.Default.All.Count : 0; i < value.All.Count; i++)
        {
            MetricDefinitionJsonConverter.WriteDefinition(writer, value.All[i]);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The first listed definition that breaks a rule of catalogs, with why.</summary>
    private static (int Index, string Message)? Inconsistency(MetricCatalog basis, List<MetricDefinition> listed)
    {
        var seen = new Dictionary<MetricCode, int>(listed.Count);
        for (var i = 0; i < listed.Count; i++)
        {
            var code = listed[i].Code;
            if (basis.Contains(code))
            {
                return (i, $"The metric {code} is built in; give your own metric another code.");
            }

            if (!seen.TryAdd(code, i))
            {
                return (i, $"The metric {code} is already defined at metrics[{seen[code].ToString(CultureInfo.InvariantCulture)}].");
            }
        }

        for (var i = 0; i < listed.Count; i++)
        {
            foreach (var (role, part) in new[] { ("numerator", listed[i].Numerator), ("denominator", listed[i].Denominator) })
            {
                if (part is { } code && !basis.Contains(code) && !seen.ContainsKey(code))
                {
                    return (i, $"'{role}': {listed[i].Code} names {code} as a part, which is neither listed nor {(basis.All.Count > 0 ? "built in" : "in the catalog (add \"extends\":\"default\" to use the built-in metrics)")}.");
                }
            }
        }

        return null;
    }

    private static bool ReadExtends(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => false,
        JsonTokenType.String when reader.ValueTextEquals(DefaultName) => true,
        _ => throw new JsonException($"'extends' must be \"{DefaultName}\" (the built-in metrics) or absent, found {(reader.TokenType == JsonTokenType.String ? "another string" : reader.TokenType.ToString())}."),
    };

    private static void CheckVersion(int? version)
    {
        if (version is { } v and not (>= 1 and <= MetricCatalog.CurrentFormatVersion))
        {
            throw new JsonException(
                $"The metric catalog has format version {v}; this library reads versions 1 to {MetricCatalog.CurrentFormatVersion}. Update the package to read it.");
        }
    }
}
