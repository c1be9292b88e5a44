using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Serialization;

namespace DanVan.Domain.Metrics;

// The JSON document (docs/metrics-definitions.md): {"formatVersion":1,"extends":"default","metrics":[…]}. A catalog that
// begins with the built-in definitions is written as "extends":"default" and the rest, so a portal's file holds only its
// own metrics and picks up the built-ins of the library version that reads it.
[JsonConverter(typeof(MetricCatalogJsonConverter))]
public sealed partial class MetricCatalog
{
    /// <summary>The version of the JSON format this library writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>
    /// Reads a catalog written by <see cref="WriteTo(Stream)"/> or by hand: <c>{"formatVersion":1,"extends":"default",
    /// "metrics":[…]}</c>. With <c>"extends":"default"</c> the result is <see cref="Default"/> with the listed metrics
    /// added (their ratios may use built-in parts); without it, exactly the listed metrics.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or breaks the format or a rule of definitions or catalogs (a code
    /// defined twice, a ratio whose part is missing, a rate not in percent); the path and message say where.</exception>
    /// <example>
    /// <code>
    /// using var file = File.OpenRead("metrics.json"); // {"extends":"default","metrics":[{"code":"hanoi.mediation-cases",…}]}
    /// var catalog = MetricCatalog.Load(file);
    /// </code>
    /// </example>
    public static MetricCatalog Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return JsonSerializer.Deserialize(utf8Json, DanVanJson.TypeInfo<MetricCatalog>())
            ?? throw new JsonException("A metric catalog cannot be null.", "$", null, null);
    }

    /// <summary>
    /// Writes the catalog as UTF-8 JSON in the format <see cref="Load(Stream)"/> reads: when it begins with the built-in
    /// definitions, <c>"extends":"default"</c> and only the definitions after them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public void WriteTo(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, this, DanVanJson.TypeInfo<MetricCatalog>());
    }

    /// <summary>True when the first definitions are those of <see cref="Default"/>, in its order.</summary>
    internal bool ExtendsDefault()
    {
        var builtIn = Default.All;
        if (All.Count < builtIn.Count)
        {
            return false;
        }

        for (var i = 0; i < builtIn.Count; i++)
        {
            if (!builtIn[i].Equals(All[i]))
            {
                return false;
            }
        }

        return true;
    }
}
