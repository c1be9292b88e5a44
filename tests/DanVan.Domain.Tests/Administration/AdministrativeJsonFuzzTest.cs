using System.Text;
using System.Text.Json;
using DanVan.Domain.Administration;
using DanVan.Domain.Serialization;
using static DanVan.Domain.Tests.Fuzz.JsonFuzz;

namespace DanVan.Domain.Tests.Administration;

/// <summary>Units, changes and catalogs read from hostile, truncated, mutated and deeply nested JSON: a JsonException or a value, nothing else.</summary>
public class AdministrativeJsonFuzzTest
{
    private const string UnitJson =
        """{"code":"279","kind":"ruralDistrict","name":"Thường Tín","englishName":"Thuong Tin","parent":"01","validFrom":"2020-01-01","validUntil":"2025-06-30","knownSince":null}""";

    private const string ChangeJson =
        """{"kind":"mergedInto, renamed","effective":"2025-07-01","unit":"26740","successors":[{"code":"26740","coverage":"whole","note":"Nhập toàn bộ"},{"code":"26743","coverage":"partial"}],"legalBasis":["1685/NQ-UBTVQH15"],"note":"n"}""";

    private const string CatalogJson =
        """
        {"formatVersion":1,"sources":["a (MIT)"],"units":[
          {"code":"01","kind":"municipality","name":"Hà Nội"},
          {"code":"001","kind":"urbanDistrict","name":"Ba Đình","parent":"01","validUntil":"2025-06-30"},
          {"code":"00004","kind":"ward","name":"Trúc Bạch","parent":"001","validUntil":"2025-06-30","knownSince":"2025-03-01"},
          {"code":"00004","kind":"ward","name":"Ba Đình","parent":"01","validFrom":"2025-07-01"}],
         "changes":[
          {"kind":"dissolved","effective":"2025-07-01","unit":"001","legalBasis":["1656/NQ-UBTVQH15"]},
          {"kind":"mergedInto","effective":"2025-07-01","unit":"00004","successors":[{"code":"00004","coverage":"whole"}]}]}
        """;

    [Fact]
    public void The_seeds_are_valid()
    {
        var unit = DanVanJson.Deserialize<AdministrativeUnit>(UnitJson)!;
        unit.FullName.Should().Be("Huyện Thường Tín");
        unit.KnownSince.Should().BeNull();
        var change = DanVanJson.Deserialize<AdministrativeChange>(ChangeJson)!;
        change.Kind.Should().Be(AdministrativeChangeKind.MergedInto | AdministrativeChangeKind.Renamed);
        change.Successors.Should().HaveCount(2);
        var catalog = Load(CatalogJson);
        catalog.Units.Should().HaveCount(4);
        catalog.Changes.Should().HaveCount(2);
        catalog.Sources.Should().Equal("a (MIT)");
    }

    [Fact]
    public void Unknown_properties_anywhere_are_skipped()
    {
        const string Noise = "\"x-future\":{\"a\":[1,{\"b\":null}],\"c\":\"d\"},\"other\":[[[]]],";
        var unit = DanVanJson.Deserialize<AdministrativeUnit>("{" + Noise + UnitJson[1..^1] + ",\"tail\":true}");
        unit.Should().Be(DanVanJson.Deserialize<AdministrativeUnit>(UnitJson));

        var change = DanVanJson.Deserialize<AdministrativeChange>(ChangeJson.Replace("{\"code\":", "{" + Noise + "\"code\":", StringComparison.Ordinal));
        change.Should().Be(DanVanJson.Deserialize<AdministrativeChange>(ChangeJson));

        var catalog = Load(CatalogJson.Replace("{\"code\"", "{" + Noise + "\"code\"", StringComparison.Ordinal)
            .Replace("{\"kind\"", "{" + Noise + "\"kind\"", StringComparison.Ordinal)
            .Replace("{\"formatVersion\"", "{" + Noise + "\"formatVersion\"", StringComparison.Ordinal));
        catalog.Units.Should().Equal(Load(CatalogJson).Units);
        catalog.Changes.Should().Equal(Load(CatalogJson).Changes);
    }

    [Fact]
    public void Hostile_strings_as_whole_documents_give_only_JsonException()
    {
        foreach (var text in Fuzz.HostileStrings.Generate(1_000))
        {
            Expect(() => DanVanJson.Deserialize<AdministrativeUnit>(text), text);
            Expect(() => DanVanJson.Deserialize<AdministrativeChange>(text), text);
            Expect(() => DanVanJson.Deserialize<AdministrativeCatalog>(text), text);
            Expect(() => Load(Encoding.UTF8.GetBytes(text)), text);
        }
    }

    [Fact]
    public void Hostile_strings_in_every_property_give_a_value_or_a_JsonException()
    {
        var properties = new[] { "code", "kind", "name", "englishName", "parent", "validFrom", "validUntil", "knownSince" };
        var changeProperties = new[] { "kind", "effective", "unit", "note" };
        foreach (var text in Fuzz.HostileStrings.Generate(400))
        {
            var literal = JsonSerializer.Serialize(text);
            foreach (var property in properties)
            {
                Expect(() => DanVanJson.Deserialize<AdministrativeUnit>(Replace(UnitJson, property, literal)), $"{property}={text}");
            }

            foreach (var property in changeProperties)
            {
                Expect(() => DanVanJson.Deserialize<AdministrativeChange>(Replace(ChangeJson, property, literal)), $"{property}={text}");
            }

            Expect(() => DanVanJson.Deserialize<AdministrativeChange>(ChangeJson.Replace("\"1685/NQ-UBTVQH15\"", literal, StringComparison.Ordinal)), text);
            Expect(() => DanVanJson.Deserialize<AdministrativeChange>(ChangeJson.Replace("\"whole\"", literal, StringComparison.Ordinal)), text);
            Expect(() => DanVanJson.Deserialize<AdministrativeChange>(ChangeJson.Replace("{\"code\":\"26740\"", "{\"code\":" + literal, StringComparison.Ordinal)), text);
        }
    }

    [Theory]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("1e400")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("[\"01\"]")]
    [InlineData("{\"a\":1}")]
    [InlineData("99")]
    [InlineData("0")]
    public void Every_property_of_another_JSON_type_gives_a_value_or_a_JsonException(string value)
    {
        foreach (var property in new[] { "code", "kind", "name", "englishName", "parent", "validFrom", "validUntil", "knownSince" })
        {
            Expect(() => DanVanJson.Deserialize<AdministrativeUnit>(Replace(UnitJson, property, value)), property);
        }

        foreach (var property in new[] { "kind", "effective", "unit", "successors", "legalBasis", "note" })
        {
            Expect(() => DanVanJson.Deserialize<AdministrativeChange>(Replace(ChangeJson, property, value)), property);
        }

        foreach (var property in new[] { "formatVersion", "units", "changes", "sources" })
        {
            Expect(() => Load(CatalogJson.Replace($"\"{property}\":", $"\"{property}\":{value},\"ignored-{property}\":", StringComparison.Ordinal)), property);
        }

        Expect(() => Load(CatalogJson.Replace("{\"code\":\"001\"", value + ",{\"code\":\"001\"", StringComparison.Ordinal)), "a unit");
        Expect(() => Load(CatalogJson.Replace("{\"code\":\"00004\",\"coverage\"", value + ",{\"code\":\"00004\",\"coverage\"", StringComparison.Ordinal)), "a successor");
    }

    [Fact]
    public void A_null_unit_change_or_successor_is_a_JsonException()
    {
        Expect(() => Load("""{"units":[null]}"""), "null unit", mustFail: true);
        Expect(() => Load("""{"units":[],"changes":[null]}"""), "null change", mustFail: true);
        Expect(() => DanVanJson.Deserialize<AdministrativeChange>("""{"kind":"split","effective":"2025-07-01","unit":"279","successors":[null]}"""), "null successor", mustFail: true);
        Expect(() => DanVanJson.Deserialize<AdministrativeChange>("""{"kind":"split","effective":"2025-07-01","unit":"279","legalBasis":[null]}"""), "null legal basis", mustFail: true);
        DanVanJson.Deserialize<AdministrativeUnit>("null").Should().BeNull("a null document is null, as for every reference type");
    }

    [Fact]
    public void Every_truncation_gives_a_JsonException()
    {
        foreach (var (name, json) in new[] { ("unit", UnitJson), ("change", ChangeJson), ("catalog", CatalogJson.TrimEnd()) })
        {
            for (var length = 0; length < json.Length; length++)
            {
                var cut = json[..length];
                Expect(() => DanVanJson.Deserialize<AdministrativeUnit>(cut), $"{name} cut at {length}", mustFail: true);
                Expect(() => DanVanJson.Deserialize<AdministrativeChange>(cut), $"{name} cut at {length}", mustFail: true);
                Expect(() => Load(cut), $"{name} cut at {length}", mustFail: true);
            }
        }
    }

    [Fact]
    public void Deep_nesting_gives_a_JsonException()
    {
        var deepArray = new string('[', 10_000) + new string(']', 10_000);
        var deepObject = string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000);
        foreach (var deep in new[] { deepArray, deepObject })
        {
            Expect(() => DanVanJson.Deserialize<AdministrativeUnit>("{\"x\":" + deep + "," + UnitJson[1..]), "unknown property", mustFail: true);
            Expect(() => DanVanJson.Deserialize<AdministrativeUnit>(Replace(UnitJson, "name", deep)), "name", mustFail: true);
            Expect(() => DanVanJson.Deserialize<AdministrativeChange>(Replace(ChangeJson, "successors", deep)), "successors", mustFail: true);
            Expect(() => Load(CatalogJson.Replace("\"sources\":", "\"x\":" + deep + ",\"sources\":", StringComparison.Ordinal)), "catalog", mustFail: true);
            Expect(() => Load(deep), "document", mustFail: true);
        }
    }

    [Fact]
    public void Invalid_UTF8_gives_a_JsonException()
    {
        RefusedInvalidUtf8(Encoding.UTF8.GetBytes(CatalogJson), 1685, Load).Should().BeGreaterThan(500, "invalid UTF-8 inside the JSON is refused wherever it lands");
        Expect(() => Load(Encoding.UTF8.GetBytes(CatalogJson.Replace("Ba Đình", "Ba \u0001Đình", StringComparison.Ordinal))), "control character", mustFail: true);
        Expect(() => DanVanJson.Deserialize<AdministrativeUnit>(UnitJson.Replace("Thường Tín", "Thường\uD800Tín", StringComparison.Ordinal)), "lone surrogate", mustFail: true);
    }

    [Fact]
    public void Random_mutations_give_a_value_or_a_JsonException()
    {
        var random = new Random(2025_07_01);
        const string Noise = "{}[]\",:0123456789.-/ \\\uD800éĐ\u0301nulltrueawpkd";
        var loaded = 0;
        foreach (var seed in new[] { UnitJson, ChangeJson, CatalogJson })
        {
            for (var i = 0; i < 1_500; i++)
            {
                var mutated = Mutate(seed, random, Noise);
                loaded += Expect(() => DanVanJson.Deserialize<AdministrativeUnit>(mutated), mutated) ? 1 : 0;
                loaded += Expect(() => DanVanJson.Deserialize<AdministrativeChange>(mutated), mutated) ? 1 : 0;
                loaded += Expect(
                    () =>
                    {
                        var catalog = Load(mutated);
                        AdministrativeValidator.Validate(catalog);
                        foreach (var unit in catalog.Units)
                        {
                            _ = unit.EnglishFullName + unit.ToString() + catalog.FormatPath(unit, withDiacritics: false) + catalog.Translate(unit, catalog.NewestState < unit.ValidFrom ? unit.ValidFrom.Value : catalog.NewestState).Count;
                        }

                        return catalog;
                    },
                    mutated) ? 1 : 0;
            }
        }

        loaded.Should().BeGreaterThan(300, "enough mutations must stay readable to test what is done with them");
    }

    private static AdministrativeCatalog Load(string json) => Load(Encoding.UTF8.GetBytes(json));

    private static AdministrativeCatalog Load(byte[] utf8) => AdministrativeCatalog.Load(new MemoryStream(utf8));
}
