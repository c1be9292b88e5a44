using System.Text;
using System.Text.Json;
using DanVan.Domain.Metrics;
using DanVan.Domain.Serialization;
using static DanVan.Domain.Tests.Fuzz.JsonFuzz;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Definitions and catalogs read from hostile, truncated, mutated and deeply nested JSON: a JsonException or a value, nothing else.</summary>
public class MetricJsonFuzzTest
{
    // Every property present: a rate with parts, and a grade with levels and a description.
    private static readonly string RateJson = DanVanJson.Serialize(new MetricDefinition(
        MetricCode.Parse("hanoi.rate", null), "Tỷ lệ hòa giải thành", "Mediation rate", UnitOfMeasure.Percent, MetricKind.Rate, Additivity.Additive,
        MetricDirection.HigherIsBetter, BuiltInMetrics.PetitionsResolved, BuiltInMetrics.PetitionsReceived, description: "Mô tả"));

    private static readonly string GradeJson = DanVanJson.Serialize(MetricCatalog.Default.Get(BuiltInMetrics.GradingGrade));

    private static readonly string CatalogJson = Encoding.UTF8.GetString(MetricCatalogJsonTest.Write(MetricCatalogJsonTest.Portal));

    private static readonly string[] DefinitionProperties =
        ["code", "vietnameseName", "englishName", "unit", "kind", "additivity", "direction", "numerator", "denominator", "description"];

    [Fact]
    public void The_seeds_are_valid_and_exercise_every_property()
    {
        DanVanJson.Deserialize<MetricDefinition>(RateJson)!.Numerator.Should().Be(BuiltInMetrics.PetitionsResolved);
        DanVanJson.Deserialize<MetricDefinition>(GradeJson)!.Grades.Should().HaveCount(4);
        Load(CatalogJson).All.Should().Equal(MetricCatalogJsonTest.Portal.All);
        foreach (var property in DefinitionProperties)
        {
            RateJson.Should().Contain($"\"{property}\":");
        }

        GradeJson.Should().Contain("\"grades\":");
    }

    [Fact]
    public void Hostile_strings_as_whole_documents_give_only_JsonException()
    {
        foreach (var text in Fuzz.HostileStrings.Generate(1_000))
        {
            ReadAll(text, text);
            Expect(() => Load(Encoding.UTF8.GetBytes(text)), text);
        }
    }

    [Fact]
    public void Hostile_strings_in_every_property_give_a_value_or_a_JsonException()
    {
        var read = 0;
        foreach (var text in Fuzz.HostileStrings.Generate(300))
        {
            var literal = JsonSerializer.Serialize(text);
            foreach (var property in DefinitionProperties)
            {
                read += Expect(() => DanVanJson.Deserialize<MetricDefinition>(Replace(RateJson, property, literal)), $"{property}={text}") ? 1 : 0;
            }

            Expect(() => DanVanJson.Deserialize<MetricDefinition>(Replace(GradeJson, "grades", "[" + literal + "]")), $"grades=[{text}]");
            Expect(() => DanVanJson.Deserialize<MetricDefinition>(GradeJson.Replace("\"Hoàn thành nhiệm vụ\"", literal, StringComparison.Ordinal)), text);
            Expect(() => Load(Replace(CatalogJson, "extends", literal)), $"extends={text}");
        }

        read.Should().BeGreaterThan(500, "names and descriptions take most strings");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("1e400")]
    [InlineData("2147483648")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("[null]")]
    [InlineData("[\"a.b\"]")]
    [InlineData("{\"a\":1}")]
    [InlineData("\"\"")]
    public void Every_property_of_another_JSON_type_gives_a_value_or_a_JsonException(string value)
    {
        foreach (var property in DefinitionProperties.Append("grades"))
        {
            Expect(() => DanVanJson.Deserialize<MetricDefinition>(Replace(RateJson, property, value)), property);
            Expect(() => DanVanJson.Deserialize<MetricDefinition>(Replace(GradeJson, property, value)), property);
        }

        foreach (var property in new[] { "formatVersion", "extends", "metrics" })
        {
            Expect(() => Load(Replace(CatalogJson, property, value)), property);
        }

        Expect(() => Load(CatalogJson.Replace("{\"code\":\"hanoi.mediation", value + ",{\"code\":\"hanoi.mediation", StringComparison.Ordinal)), "a definition");
        Expect(() => DanVanJson.Deserialize<MetricDefinition>(GradeJson.Replace("\"Hoàn thành nhiệm vụ\"", value, StringComparison.Ordinal)), "a grade");
    }

    [Fact]
    public void Every_truncation_gives_a_JsonException()
    {
        var bytes = Encoding.UTF8.GetBytes(CatalogJson);
        bytes.Length.Should().BeGreaterThan(CatalogJson.Length, "the document holds multi-byte letters, so some cuts split one");
        for (var length = 0; length < bytes.Length; length++)
        {
            Expect(() => Load(bytes[..length]), $"catalog cut at byte {length}", mustFail: true);
        }

        foreach (var json in new[] { RateJson, GradeJson })
        {
            for (var length = 0; length < json.Length; length++)
            {
                ReadAll(json[..length], $"cut at {length}: {json}", mustFail: true);
            }
        }
    }

    [Fact]
    public void Random_bytes_give_only_JsonException()
    {
        var random = new Random(2021_12_30);
        var loaded = 0;
        for (var i = 0; i < 3_000; i++)
        {
            var bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            if (i % 3 == 0 && bytes.Length > 0)
            {
                bytes[0] = (byte)'{';
            }

            loaded += Expect(() => Load(bytes), Convert.ToHexString(bytes)) ? 1 : 0;
            Expect(() => DanVanJson.Deserialize<MetricDefinition>(bytes), Convert.ToHexString(bytes));
            Expect(() => DanVanJson.Deserialize<MetricCatalog>(bytes), Convert.ToHexString(bytes));
        }

        loaded.Should().BeLessThan(10, "random bytes are almost never a catalog");
    }

    [Fact]
    public void Deep_nesting_gives_a_JsonException()
    {
        var deepArray = new string('[', 10_000) + new string(']', 10_000);
        var deepObject = string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000);
        foreach (var deep in new[] { deepArray, deepObject })
        {
            Expect(() => DanVanJson.Deserialize<MetricDefinition>("{\"x\":" + deep + "," + RateJson[1..]), "unknown property", mustFail: true);
            Expect(() => DanVanJson.Deserialize<MetricDefinition>(Replace(GradeJson, "grades", deep)), "grades", mustFail: true);
            Expect(() => Load(Replace(CatalogJson, "metrics", deep)), "metrics", mustFail: true);
            Expect(() => Load(CatalogJson.Replace("\"metrics\":", "\"x\":" + deep + ",\"metrics\":", StringComparison.Ordinal)), "catalog", mustFail: true);
            Expect(() => Load(deep), "document", mustFail: true);
        }
    }

    [Fact]
    public void Invalid_UTF8_and_lone_surrogates_give_a_JsonException()
    {
        RefusedInvalidUtf8(Encoding.UTF8.GetBytes(CatalogJson), 2020_03_26, Load).Should().BeGreaterThan(500, "invalid UTF-8 inside the JSON is refused wherever it lands");
        Expect(() => DanVanJson.Deserialize<MetricDefinition>(RateJson.Replace("hòa giải", "hòa\uD800giải", StringComparison.Ordinal)), "lone surrogate", mustFail: true);
        Expect(() => DanVanJson.Deserialize<MetricDefinition>(RateJson.Replace("hòa giải", "hòa\\uD800giải", StringComparison.Ordinal)), "escaped lone surrogate");
        Expect(() => DanVanJson.Deserialize<MetricDefinition>(Replace(RateJson, "englishName", "\"\\uDC00\"")), "escaped lone low surrogate in the English name");
        Expect(() => DanVanJson.Deserialize<MetricDefinition>(Replace(RateJson, "code", "\"a.\\uDC00\"")), "escaped lone surrogate in a code", mustFail: true);
    }

    [Fact]
    public void Random_mutations_give_a_value_or_a_JsonException()
    {
        var random = new Random(2025_07_01);
        const string Noise = "{}[]\",:0123456789.-/@# \\\uD800éĐ\u0301nulltrueawpkd";
        var loaded = 0;
        foreach (var seed in new[] { RateJson, GradeJson, CatalogJson })
        {
            for (var i = 0; i < 1_500; i++)
            {
                var mutated = Mutate(seed, random, Noise);
                loaded += ReadAll(mutated, mutated);
                loaded += Expect(
                    () =>
                    {
                        var catalog = Load(mutated);
                        var again = Load(MetricCatalogJsonTest.Write(catalog));
                        if (!again.All.SequenceEqual(catalog.All))
                        {
                            throw new InvalidOperationException("A catalog that was read must read back equal after writing.");
                        }

                        return catalog.All.Sum(d => d.ToString().Length);
                    },
                    mutated) ? 1 : 0;
            }
        }

        loaded.Should().BeGreaterThan(400, "enough mutations must stay readable to test what is done with them");
    }

    // Each of the single types; returns how many read a value.
    private static int ReadAll(string json, string what, bool mustFail = false) =>
        (Expect(() => DanVanJson.Deserialize<MetricDefinition>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<MetricCatalog>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<IReadOnlyList<MetricDefinition>>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<MetricCode>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<MetricKind>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<UnitOfMeasure>(json), what, mustFail) ? 1 : 0);

    private static MetricCatalog Load(string json) => Load(Encoding.UTF8.GetBytes(json));

    private static MetricCatalog Load(byte[] utf8) => MetricCatalog.Load(new MemoryStream(utf8));
}
