using System.Text;
using System.Text.Json;
using DanVan.Domain.Administration;
using DanVan.Domain.Serialization;
using NodaTime;

namespace DanVan.Domain.Tests.Administration;

/// <summary>The JSON catalog format, and the embedded binary form against it.</summary>
public class AdministrativeCatalogJsonTest
{
    private static readonly AdministrativeCatalog Catalog = AdministrativeCatalog.Default;

    [Fact]
    public void The_default_catalog_round_trips_through_its_JSON_format()
    {
        using var stream = new MemoryStream();
        Catalog.WriteTo(stream);
        stream.Position = 0;
        var loaded = AdministrativeCatalog.Load(stream);
        loaded.Units.Should().Equal(Catalog.Units);
        loaded.Changes.Should().Equal(Catalog.Changes);
        loaded.Sources.Should().Equal(Catalog.Sources);
        loaded.NewestState.Should().Be(Catalog.NewestState);
    }

    [Fact]
    public void The_embedded_binary_form_round_trips_exactly()
    {
        using var stream = new MemoryStream();
        AdministrativeCatalogBinary.Write(Catalog, stream);
        stream.Position = 0;
        var loaded = AdministrativeCatalogBinary.Read(stream);
        loaded.Units.Should().Equal(Catalog.Units);
        loaded.Changes.Should().Equal(Catalog.Changes);
    }

    [Fact]
    public void Units_are_written_with_their_documented_properties_and_read_back()
    {
        var unit = Catalog.Find(UnitCode.Parse("279", null), new LocalDate(2025, 6, 30))!;
        var json = DanVanJson.Serialize(unit);
        json.Should().Be("""{"code":"279","kind":"ruralDistrict","name":"Thường Tín","englishName":"Thuong Tin","parent":"01","validUntil":"2025-06-30","knownSince":"2025-03-01"}""");
        DanVanJson.Deserialize<AdministrativeUnit>(json).Should().Be(unit);
    }

    [Fact]
    public void Changes_are_written_with_successors_and_legal_basis_and_read_back()
    {
        var change = Catalog.ChangesOf(UnitCode.Parse("26740", null), new LocalDate(2025, 6, 30)).Single();
        var json = DanVanJson.Serialize(change);
        json.Should().Be("""{"kind":"mergedInto","effective":"2025-07-01","unit":"26740","successors":[{"code":"26740","coverage":"whole","note":"Nhập toàn bộ"}],"legalBasis":["1685/NQ-UBTVQH15"]}""");
        DanVanJson.Deserialize<AdministrativeChange>(json).Should().Be(change);
        var flags = Catalog.Changes.First(c => c.Kind == (AdministrativeChangeKind.Renamed | AdministrativeChangeKind.Moved));
        DanVanJson.Serialize(flags).Should().Contain("\"kind\":\"renamed, moved\"");
        DanVanJson.Deserialize<AdministrativeChange>(DanVanJson.Serialize(flags)).Should().Be(flags);
    }

    [Fact]
    public void A_small_hand_written_catalog_loads_with_names_normalised()
    {
        const string json = """
            {"formatVersion":1,"units":[
              {"code":"01","kind":"municipality","name":"Hà Nội"},
              {"code":"00004","kind":"ward","name":"Thuỵ Hoà","parent":"01","validFrom":"2025-07-01"}],
             "changes":[{"kind":"established","effective":"2025-07-01","unit":"00004"}],
             "someFutureProperty":[1,2,3]}
            """;
        var catalog = AdministrativeCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var ward = catalog.Find(UnitCode.Parse("00004", null))!;
        ward.Name.Should().Be("Thụy Hòa");
        ward.EnglishName.Should().Be("Thuy Hoa");
        catalog.Parent(ward)!.FullName.Should().Be("Thành phố Hà Nội");
    }

    public static TheoryData<string, string> BadCatalogs => new()
    {
        { """{"formatVersion":2,"units":[]}""", "format version 2" },
        { """{"units":[{"code":"1","kind":"province","name":"X"}]}""", "$.units[0]" },
        { """{"units":[{"code":"01","kind":"planet","name":"X"}]}""", "$.units[0]" },
        { """{"units":[{"code":"01","kind":"province"}]}""", "'name' is missing" },
        { """{"units":[{"code":"01","kind":"province","name":"X","validFrom":"2025-13-01"}]}""", "$.units[0]" },
        { """{"units":[{"code":"01","kind":"province","name":"X","validFrom":"2025-07-01","validUntil":"2025-06-30"}]}""", "before it starts" },
        { """{"units":[{"code":"001","kind":"ruralDistrict","name":"X","parent":"02"}]}""", "DV2103" },
        { """{"units":[{"code":"01","kind":"province","name":"X"},{"code":"01","kind":"province","name":"Y"}]}""", "DV2105" },
        { """{"units":[],"changes":[{"kind":"dissolved","effective":"2025-07-01","unit":"001"}]}""", "DV2107" },
        { """{"units":[],"changes":[{"kind":"dissolved","effective":"2025-07-01","unit":"001","legalBasis":["abc"]}]}""", "$.changes[0]" },
        { """{"units":[],"changes":[{"kind":"none","effective":"2025-07-01","unit":"001"}]}""", "not a change kind" },
        { """{"units":[{"code":"01","kind":"province","name":"X"}""", "$" },
        { """[]""", "$" },
    };

    [Theory]
    [MemberData(nameof(BadCatalogs))]
    public void A_bad_catalog_is_a_JsonException_that_says_where_and_why(string json, string expected)
    {
        var act = () => AdministrativeCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var exception = act.Should().Throw<JsonException>().Which;
        (exception.Message + " " + exception.Path).Should().Contain(expected);
    }

    [Fact]
    public void Truncated_catalog_JSON_always_gives_a_JsonException()
    {
        using var stream = new MemoryStream();
        new AdministrativeCatalogBuilder()
            .AddRange(Catalog.AllAt(new LocalDate(2025, 6, 30)).Where(u => u.Code == UnitCode.Parse("01", null) || u.Code == UnitCode.Parse("001", null) || u.ParentCode == UnitCode.Parse("001", null)))
            .Build().WriteTo(stream);
        var bytes = stream.ToArray();
        for (var length = 0; length < bytes.Length; length += 7)
        {
            var act = () => AdministrativeCatalog.Load(new MemoryStream(bytes, 0, length));
            act.Should().Throw<JsonException>($"{length} of {bytes.Length} bytes");
        }
    }
}
