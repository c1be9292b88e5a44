using System.Text;
using System.Text.Json;
using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Regulations;
using DanVan.Domain.Serialization;
using NodaTime;
using static DanVan.Domain.Tests.Fuzz.JsonFuzz;
using static DanVan.Domain.Tests.Organizations.OrganizationJsonSamples;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>Bodies, appointments, posts and registry documents read from hostile, truncated, mutated and deeply nested JSON: a JsonException or a value, nothing else.</summary>
public class OrganizationJsonFuzzTest
{
    private static readonly string OrganizationJson = DanVanJson.Serialize(new Organization(
        Id("01/inspection-delegation/2020-3"), "Đoàn Kiểm tra số 3 Thành ủy Hà Nội", "ĐKT số 3", "Inspection Delegation No. 3", Id("01/party-committee"),
        Id("01/fatherland-front-committee"), new LocalDate(2025, 7, 1), new LocalDate(2020, 3, 1), new LocalDate(2026, 3, 1), 3, "thôn Đông",
        [
            new OrganizationEvent(OrganizationEventKind.Split, new LocalDate(2025, 7, 1),
                [new OrganizationSuccessor(Id("10015@2025-07-01/party-committee"), Coverage.Partial, "Nhập một phần")],
                [DocumentNumber.Parse("1656/NQ-UBTVQH15")], Id("01/party-committee"), "n"),
        ],
        "note"));

    private static readonly string AppointmentJson = DanVanJson.Serialize(Full);

    private static readonly string PostJson = """{"id":"279/peoples-committee#head","organizationId":"279/peoples-committee","role":"head","title":"Chủ tịch","label":"Chủ tịch Ủy ban nhân dân huyện Thường Tín","shortLabel":"Chủ tịch UBND huyện Thường Tín"}""";

    private static readonly string RegistryJson = DanVanJson.Serialize(Registry);

    private static readonly string[] OrganizationProperties =
        ["id", "name", "shortName", "englishName", "parentId", "supervisorId", "supervisedFrom", "validFrom", "validUntil", "number", "locality", "events", "note"];

    private static readonly string[] AppointmentProperties =
        ["person", "organization", "role", "start", "end", "isConcurrent", "isActing", "legalBasis", "note"];

    private static readonly string[] PostProperties = ["organizationId", "role", "label", "shortLabel"];

    [Fact]
    public void The_seeds_are_valid()
    {
        DanVanJson.Deserialize<Organization>(OrganizationJson)!.Events.Single().Successors.Single().Note.Should().Be("Nhập một phần");
        DanVanJson.Deserialize<Appointment>(AppointmentJson).Should().Be(Full);
        DanVanJson.Deserialize<Post>(PostJson)!.Label.Should().Be("Chủ tịch Ủy ban nhân dân huyện Thường Tín");
        Load(RegistryJson).Appointments.Should().HaveCount(4);
        foreach (var property in OrganizationProperties)
        {
            OrganizationJson.Should().Contain($"\"{property}\":", "every property is exercised");
        }

        foreach (var property in AppointmentProperties)
        {
            AppointmentJson.Should().Contain($"\"{property}\":");
        }
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
        foreach (var text in Fuzz.HostileStrings.Generate(300))
        {
            var literal = JsonSerializer.Serialize(text);
            foreach (var property in OrganizationProperties)
            {
                Expect(() => DanVanJson.Deserialize<Organization>(Replace(OrganizationJson, property, literal)), $"{property}={text}");
            }

            foreach (var property in AppointmentProperties)
            {
                Expect(() => DanVanJson.Deserialize<Appointment>(Replace(AppointmentJson, property, literal)), $"{property}={text}");
            }

            foreach (var property in PostProperties)
            {
                Expect(() => DanVanJson.Deserialize<Post>(Replace(PostJson, property, literal)), $"{property}={text}");
            }

            Expect(() => DanVanJson.Deserialize<Appointment>(AppointmentJson.Replace("\"Phạm Thị D\"", literal, StringComparison.Ordinal)), text);
            Expect(() => DanVanJson.Deserialize<Organization>(OrganizationJson.Replace("\"split\"", literal, StringComparison.Ordinal)), text);
            Expect(() => DanVanJson.Deserialize<Organization>(OrganizationJson.Replace("\"partial\"", literal, StringComparison.Ordinal)), text);
            Expect(() => DanVanJson.Deserialize<Organization>(OrganizationJson.Replace("\"1656/NQ-UBTVQH15\"", literal, StringComparison.Ordinal)), text);
            Expect(() => DanVanJson.Deserialize<Organization>(OrganizationJson.Replace("\"10015@2025-07-01/party-committee\"", literal, StringComparison.Ordinal)), text);
        }
    }

    [Theory]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("1e400")]
    [InlineData("2147483648")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("[null]")]
    [InlineData("[\"01/party-committee\"]")]
    [InlineData("{\"a\":1}")]
    [InlineData("\"\"")]
    public void Every_property_of_another_JSON_type_gives_a_value_or_a_JsonException(string value)
    {
        foreach (var property in OrganizationProperties)
        {
            Expect(() => DanVanJson.Deserialize<Organization>(Replace(OrganizationJson, property, value)), property);
        }

        foreach (var property in AppointmentProperties)
        {
            Expect(() => DanVanJson.Deserialize<Appointment>(Replace(AppointmentJson, property, value)), property);
        }

        foreach (var property in PostProperties)
        {
            Expect(() => DanVanJson.Deserialize<Post>(Replace(PostJson, property, value)), property);
        }

        foreach (var property in new[] { "formatVersion", "organizations", "appointments" })
        {
            Expect(() => Load(Replace(RegistryJson, property, value)), property);
        }

        Expect(() => Load(RegistryJson.Replace("{\"id\":\"01/inspection", value + ",{\"id\":\"01/inspection", StringComparison.Ordinal)), "a body");
        Expect(() => DanVanJson.Deserialize<Organization>(OrganizationJson.Replace("{\"kind\":\"split\"", value + ",{\"kind\":\"split\"", StringComparison.Ordinal)), "an event");
        Expect(() => DanVanJson.Deserialize<Organization>(OrganizationJson.Replace("\"kind\":\"split\"", "\"kind\":" + value, StringComparison.Ordinal)), "an event kind");
        Expect(() => DanVanJson.Deserialize<Organization>(OrganizationJson.Replace("\"date\":\"2025-07-01\"", "\"date\":" + value, StringComparison.Ordinal)), "an event date");
        Expect(() => DanVanJson.Deserialize<Organization>(OrganizationJson.Replace("\"coverage\":\"partial\"", "\"coverage\":" + value, StringComparison.Ordinal)), "a coverage");
        Expect(() => DanVanJson.Deserialize<Appointment>(AppointmentJson.Replace("\"name\":\"Phạm Thị D\"", "\"name\":" + value, StringComparison.Ordinal)), "a person's name");
    }

    [Fact]
    public void Every_truncation_of_a_registry_document_at_every_byte_gives_a_JsonException()
    {
        var bytes = Encoding.UTF8.GetBytes(RegistryJson);
        bytes.Length.Should().BeGreaterThan(RegistryJson.Length, "the document holds multi-byte letters, so some cuts split one");
        for (var length = 0; length < bytes.Length; length++)
        {
            Expect(() => Load(bytes[..length]), $"registry cut at byte {length}", mustFail: true);
        }

        foreach (var json in new[] { OrganizationJson, AppointmentJson, PostJson })
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
        var random = new Random(2020_03_26);
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
            Expect(() => DanVanJson.Deserialize<Organization>(bytes), Convert.ToHexString(bytes));
            Expect(() => DanVanJson.Deserialize<Appointment>(bytes), Convert.ToHexString(bytes));
        }

        loaded.Should().BeLessThan(10, "random bytes are almost never a registry document");
    }

    [Fact]
    public void Deep_nesting_gives_a_JsonException()
    {
        var deepArray = new string('[', 10_000) + new string(']', 10_000);
        var deepObject = string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000);
        var nestedEvents = string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100));
        foreach (var deep in new[] { deepArray, deepObject, nestedEvents })
        {
            Expect(() => DanVanJson.Deserialize<Organization>("{\"x\":" + deep + "," + OrganizationJson[1..]), "unknown property", mustFail: true);
            Expect(() => DanVanJson.Deserialize<Organization>(Replace(OrganizationJson, "events", deep)), "events", mustFail: true);
            Expect(() => DanVanJson.Deserialize<Appointment>(Replace(AppointmentJson, "person", deep)), "person", mustFail: true);
            Expect(() => Load(Replace(RegistryJson, "organizations", deep)), "organizations", mustFail: true);
            Expect(() => Load(RegistryJson.Replace("\"appointments\":", "\"x\":" + deep + ",\"appointments\":", StringComparison.Ordinal)), "registry", mustFail: true);
            Expect(() => Load(deep), "document", mustFail: true);
        }
    }

    [Fact]
    public void Invalid_UTF8_and_lone_surrogates_give_a_JsonException()
    {
        RefusedInvalidUtf8(Encoding.UTF8.GetBytes(RegistryJson), 2025_02_03, Load).Should().BeGreaterThan(500, "invalid UTF-8 inside the JSON is refused wherever it lands");
        Expect(() => DanVanJson.Deserialize<Organization>(OrganizationJson.Replace("Hà Nội", "Hà\uD800Nội", StringComparison.Ordinal)), "lone surrogate", mustFail: true);
        Expect(() => DanVanJson.Deserialize<Organization>(OrganizationJson.Replace("Hà Nội", "Hà\\uD800Nội", StringComparison.Ordinal)), "escaped lone surrogate");
        Expect(() => DanVanJson.Deserialize<Person>("{\"name\":\"\\uDC00\"}"), "escaped lone low surrogate");
    }

    [Fact]
    public void Random_mutations_give_a_value_or_a_JsonException()
    {
        var random = new Random(2025_07_01);
        const string Noise = "{}[]\",:0123456789.-/@# \\\uD800éĐ\u0301nulltrueawpkd";
        var loaded = 0;
        foreach (var seed in new[] { OrganizationJson, AppointmentJson, PostJson, RegistryJson })
        {
            for (var i = 0; i < 1_500; i++)
            {
                var mutated = Mutate(seed, random, Noise);
                loaded += ReadAll(mutated, mutated);
                loaded += Expect(
                    () =>
                    {
                        var registry = Load(mutated);
                        foreach (var body in registry.Added)
                        {
                            _ = body.ToString() + registry.ChainToCentre(body, ExportDate).Count + OrganizationRegistry.PostsOf(body).Count;
                        }

                        foreach (var appointment in registry.Appointments)
                        {
                            _ = registry.TitlesOf(appointment.Person, ExportDate) + appointment.ToString();
                        }

                        return PopoloExport.ToJson(registry, new PopoloScope(ExportDate));
                    },
                    mutated) ? 1 : 0;
            }
        }

        loaded.Should().BeGreaterThan(400, "enough mutations must stay readable to test what is done with them");
    }

    // Each of the single types; returns how many read a value.
    private static int ReadAll(string json, string what, bool mustFail = false) =>
        (Expect(() => DanVanJson.Deserialize<Organization>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<OrganizationEvent>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<OrganizationSuccessor>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<LinkedOrganization>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<OrganizationName>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<Person>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<Appointment>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<Post>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<OrganizationId>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<OrganizationKind>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<IReadOnlyList<Organization>>(json), what, mustFail) ? 1 : 0) +
        (Expect(() => DanVanJson.Deserialize<OrganizationRegistry>(json), what, mustFail) ? 1 : 0);

    private static OrganizationRegistry Load(string json) => Load(Encoding.UTF8.GetBytes(json));

    private static OrganizationRegistry Load(byte[] utf8) => OrganizationRegistry.Load(new MemoryStream(utf8));
}
