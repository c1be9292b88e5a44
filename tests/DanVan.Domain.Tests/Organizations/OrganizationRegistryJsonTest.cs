using System.Text;
using System.Text.Json;
using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Serialization;
using NodaTime;
using static DanVan.Domain.Tests.Organizations.OrganizationJsonSamples;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>The registry document: what WriteTo writes, Load reads back, over the default catalog or another.</summary>
public class OrganizationRegistryJsonTest
{
    [Fact]
    public void Writing_then_loading_gives_the_same_added_bodies_and_appointments()
    {
        var loaded = RoundTrip(Registry);
        loaded.Added.Should().Equal(Registry.Added);
        loaded.Appointments.Should().Equal(Registry.Appointments);
        loaded.Organizations.Should().Equal(Registry.Organizations, "the built-in central bodies come back from the library");
        loaded.Catalog.Should().BeSameAs(AdministrativeCatalog.Default);
    }

    [Fact]
    public void The_loaded_registry_answers_as_the_original_does()
    {
        var loaded = RoundTrip(Registry);
        loaded.Find(Delegation.Id).Should().Be(Delegation);
        loaded.ForUnit(NinhSo, ExportDate).Should().Contain(PartyCell, "the chi bộ is attached to its commune");
        loaded.Find(ExplicitCommission.Id)!.EnglishName.Should().Be("Mass Mobilization Commission of the Hanoi Party Committee");
        loaded.TitlesOf(PersonA, ExportDate).Should().Be(
            "Trưởng Ban Dân vận Huyện ủy Thường Tín kiêm Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện Thường Tín");
        loaded.TitlesOf(PersonB, ExportDate).Should().Be("Quyền Chủ tịch Ủy ban nhân dân huyện Thường Tín");
        loaded.HoldersOf(Delegation.Id, PostRole.Head, ExportDate).Single().Person.Should().Be(PersonC);
    }

    [Fact]
    public void The_document_has_the_format_version_the_added_bodies_by_identifier_and_the_appointments_in_order()
    {
        using var document = JsonDocument.Parse(Write(Registry));
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("formatVersion", "organizations", "appointments");
        root.GetProperty("formatVersion").GetInt32().Should().Be(OrganizationRegistry.CurrentFormatVersion).And.Be(1);
        root.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("id").GetString())
            .Should().Equal("01/danvan-commission", "01/inspection-delegation/2020-3", "10186/party-cell/thon-dong");
        root.GetProperty("appointments").EnumerateArray().Select(a => a.GetProperty("organization").GetString())
            .Should().Equal("279/danvan-commission", "279/fatherland-front-committee", "279/peoples-committee", "01/inspection-delegation/2020-3");
    }

    [Fact]
    public void The_default_registry_writes_empty_lists_and_an_empty_document_loads()
    {
        Encoding.UTF8.GetString(Write(OrganizationRegistry.Default)).Should().Be("""{"formatVersion":1,"organizations":[],"appointments":[]}""");
        var empty = Load("{}");
        empty.Added.Should().BeEmpty();
        empty.Appointments.Should().BeEmpty();
        Load("""{"organizations":null,"appointments":null}""").Added.Should().BeEmpty();
    }

    [Fact]
    public void DanVanJson_reads_and_writes_registries_over_the_default_catalog()
    {
        var json = DanVanJson.Serialize(Registry);
        json.Should().Be(Encoding.UTF8.GetString(Write(Registry)));
        var back = DanVanJson.Deserialize<OrganizationRegistry>(json)!;
        back.Added.Should().Equal(Registry.Added);
        back.Appointments.Should().Equal(Registry.Appointments);
    }

    [Fact]
    public void Load_materialises_bodies_from_the_catalog_it_is_given()
    {
        // A catalog of one province and one district: the district's bodies come from it, not from the default catalog.
        var catalog = new AdministrativeCatalogBuilder()
            .Add(new AdministrativeUnit(Code("01"), AdministrativeUnitKind.Municipality, "Hà Nội"))
            .Add(new AdministrativeUnit(Code("279"), AdministrativeUnitKind.RuralDistrict, "Ví Dụ", Code("01"), validUntil: new LocalDate(2025, 6, 30)))
            .Build();
        var loaded = OrganizationRegistry.Load(new MemoryStream(Write(Registry)), catalog);
        loaded.Catalog.Should().BeSameAs(catalog);
        loaded.Added.Should().Equal(Registry.Added);
        loaded.Find(Id("279/danvan-commission"))!.Name.Should().Be("Ban Dân vận Huyện ủy Ví Dụ");
        loaded.Find(Id("10186/party-committee")).Should().BeNull("the small catalog has no commune 10186");
        OrganizationRegistry.Load(new MemoryStream(Write(Registry)), catalog).Catalog.Should().BeSameAs(catalog, "a second load over the same catalog reuses its options");
    }

    [Fact]
    public void Two_bodies_with_one_identifier_are_refused()
    {
        var json = """{"organizations":[{"id":"01/party-committee","name":"A"},{"id":"279/party-committee","name":"B"},{"id":"01/party-committee","name":"C"}]}""";
        var act = () => Load(json);
        var exception = act.Should().Throw<JsonException>().WithMessage("*01/party-committee*already listed at organizations[0]*").Which;
        exception.Path.Should().Be("$.organizations[2]");
    }

    [Theory]
    [InlineData("""{"formatVersion":2}""", "*format version 2*Update the package*", "$.formatVersion")]
    [InlineData("""{"formatVersion":0}""", "*format version 0*", "$.formatVersion")]
    [InlineData("""{"formatVersion":"1"}""", "*'formatVersion'*", "$.formatVersion")]
    [InlineData("""{"organizations":{}}""", "*'organizations'*", "$.organizations")]
    [InlineData("""{"organizations":[null]}""", "*cannot be null*", "$.organizations[0]")]
    [InlineData("""{"organizations":[{"id":"01/party-committee","name":"A"},{"name":"B"}]}""", "*needs an 'id'*", "$.organizations[1]")]
    [InlineData("""{"appointments":[7]}""", "*an appointment as a JSON object*", "$.appointments[0]")]
    [InlineData("""{"appointments":[{"person":{"name":""},"organization":"279/danvan-commission","role":"head"}]}""", "'person': Not a valid person: A person needs a name.", "$.appointments[0]")]
    [InlineData("null", "*cannot be null*", "$")]
    [InlineData("[]", "*as a JSON object*", "$")]
    public void Bad_documents_are_refused_with_the_path_of_what_failed(string json, string message, string path)
    {
        var act = () => Load(json);
        act.Should().Throw<JsonException>().WithMessage(message).Which.Path.Should().Be(path);
    }

    [Fact]
    public void A_version_1_document_without_the_version_loads() =>
        Load("""{"organizations":[{"id":"01/inspection-delegation/2020-3","name":"Đoàn Kiểm tra số 3 Thành ủy Hà Nội","parentId":"01/party-committee","validFrom":"2020-03-01","number":3}]}""")
            .Added.Should().Equal(Delegation);

    [Fact]
    public void Null_arguments_are_refused()
    {
        var load = () => OrganizationRegistry.Load(null!);
        load.Should().Throw<ArgumentNullException>();
        var write = () => Registry.WriteTo(null!);
        write.Should().Throw<ArgumentNullException>();
    }

    private static OrganizationRegistry RoundTrip(OrganizationRegistry registry) => OrganizationRegistry.Load(new MemoryStream(Write(registry)));

    private static byte[] Write(OrganizationRegistry registry)
    {
        using var stream = new MemoryStream();
        registry.WriteTo(stream);
        return stream.ToArray();
    }

    private static OrganizationRegistry Load(string json) => OrganizationRegistry.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
