using System.Text;
using System.Text.Json;
using DanVan.Domain.Regulations;
using DanVan.Domain.Serialization;
using static DanVan.Domain.Tests.Regulations.RegulationSamples;
using static DanVan.Domain.Tests.Fuzz.JsonFuzz;

namespace DanVan.Domain.Tests.Regulations;

public partial class RegulationCatalogTest
{
    private const string SmallCatalog =
        """
        {"regulations":[
         {"number":"290-QĐ/TW","kind":"decision","issuedBy":"Bộ Chính trị","title":"Quy chế","issueDate":"2010-02-25","sources":["a"]},
         {"number":"23-QĐ/TW","kind":"decision","issuedBy":"Bộ Chính trị","title":"Quy chế mới","issueDate":"2021-07-30","entryIntoForce":"2021-08-01",
          "endOfForce":"2030-01-01","relations":[{"kind":"replaces","target":"290-QĐ/TW","targetIssueDate":"2010-02-25"}],
          "sources":["b","c"],"uncertainFacts":"title, entryIntoForce","note":"n"}
        ]}
        """;

    private static RegulationCatalog LoadText(string json) => RegulationCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static RegulationCatalog RoundTrip(RegulationCatalog catalog)
    {
        using var stream = new MemoryStream();
        catalog.WriteTo(stream);
        stream.Position = 0;
        return RegulationCatalog.Load(stream);
    }

    [Fact]
    public void A_small_catalog_loads_with_every_fact()
    {
        var catalog = LoadText(SmallCatalog);
        catalog.Count.Should().Be(2);
        var r23 = catalog.Find("23-QĐ/TW")!;
        r23.EntryIntoForce.Should().Be(Day(2021, 8, 1));
        r23.EndOfForce.Should().Be(Day(2030, 1, 1));
        r23.Relations.Should().Equal(Replaces("290-QĐ/TW", Day(2010, 2, 25)));
        r23.Sources.Should().Equal("b", "c");
        r23.UncertainFacts.Should().Be(RegulationFacts.Title | RegulationFacts.EntryIntoForce);
        r23.Note.Should().Be("n");
        var r290 = catalog.Find("290-QĐ/TW")!;
        r290.EntryIntoForce.Should().Be(r290.IssueDate, "a missing entryIntoForce means the issue date");
        r290.UncertainFacts.Should().Be(RegulationFacts.None);
        r290.Relations.Should().BeEmpty();
        catalog.Successor(r290).Should().BeSameAs(r23);
        RoundTrip(catalog).Regulations.Should().Equal(catalog.Regulations);
    }

    [Fact]
    public void The_default_catalog_written_and_read_back_equals_itself()
    {
        var original = RegulationCatalog.Default;
        var back = RoundTrip(original);
        back.Count.Should().Be(original.Count);
        for (var i = 0; i < original.Count; i++)
        {
            back.Regulations[i].Should().Be(original.Regulations[i], "regulation {0} ({1}) must survive the round trip", i, original.Regulations[i].Key);
        }

        DanVanJson.Deserialize<RegulationCatalog>(DanVanJson.Serialize(original))!.Regulations.Should().Equal(original.Regulations);
    }

    [Fact]
    public void A_regulation_round_trips_alone()
    {
        var regulation = new Regulation(
            Number("43-KL/TW"), DocumentKind.Conclusion, "Ban Bí thư", "Về tiếp tục thực hiện \"Nghị quyết\" <25>", Day(2019, 1, 7),
            (NodaTime.LocalDate?)Day(2019, 2, 1), Day(2024, 1, 1), [Relation(RelationKind.Implements, "25-NQ/TW")], ["https://x.vn/?a=1&b=2"],
            RegulationFacts.Title | RegulationFacts.EntryIntoForce, "ghi chú");
        var json = DanVanJson.Serialize(regulation);
        json.Should().Contain("\"uncertainFacts\":\"title, entryIntoForce\"").And.Contain("\"kind\":\"conclusion\"").And.Contain("Ban Bí thư");
        json.Should().NotContain("\"system\"").And.NotContain("\"key\"").And.NotContain("\"issuer\"");
        DanVanJson.Deserialize<Regulation>(json).Should().Be(regulation);
        var bare = Make("290-QĐ/TW", Day(2010, 2, 25));
        var bareJson = DanVanJson.Serialize(bare);
        bareJson.Should().NotContain("endOfForce").And.NotContain("note").And.NotContain("null");
        DanVanJson.Deserialize<Regulation>(bareJson).Should().Be(bare);
    }

    [Fact]
    public void Uncertain_facts_are_written_as_a_list_of_names()
    {
        DanVanJson.Serialize(RegulationFacts.Title | RegulationFacts.EntryIntoForce).Should().Be("\"title, entryIntoForce\"");
        DanVanJson.Deserialize<RegulationFacts>("\"title, entryIntoForce\"").Should().Be(RegulationFacts.Title | RegulationFacts.EntryIntoForce);
        DanVanJson.Serialize(RegulationFacts.None).Should().Be("\"none\"");
        DanVanJson.Serialize(RegulationFacts.Kind | RegulationFacts.Relations).Should().Be("\"kind, relations\"");
    }

    [Theory]
    [InlineData("{\"regulations\":[null]}", "$")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\"},{\"number\":\"290-qd/tw\",\"kind\":\"decision\",\"issuedBy\":\"y\",\"title\":\"u\",\"issueDate\":\"2010-02-25\"}]}", "$")]
    [InlineData("{\"regulations\":[{\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\"}]}", "$.regulations[0]")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\"}]}", "$.regulations[0]")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"title\":\"t\",\"issueDate\":\"2010-02-25\"}]}", "$.regulations[0]")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"issueDate\":\"2010-02-25\"}]}", "$.regulations[0]")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\"t\"}]}", "$.regulations[0]")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\" \",\"issueDate\":\"2010-02-25\"}]}", "$.regulations[0]")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"\",\"title\":\"t\",\"issueDate\":\"2010-02-25\"}]}", "$.regulations[0]")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":null,\"issueDate\":\"2010-02-25\"}]}", "$.regulations[0].title")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\",\"sources\":[\"a\",null]}]}", "$.regulations[0]")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ-TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\"}]}", "$.regulations[0].number")]
    [InlineData("{\"regulations\":[{\"number\":290,\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\"}]}", "$.regulations[0].number")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decree-ish\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\"}]}", "$.regulations[0].kind")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"25/02/2010\"}]}", "$.regulations[0].issueDate")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\",\"relations\":[{\"kind\":\"replaces\",\"target\":\"nope\"}]}]}", "$.regulations[0].relations[0].target")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\",\"relations\":[null]}]}", "$.regulations[0].relations[0]")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\",\"uncertainFacts\":\"title, colour\"}]}", "$.regulations[0].uncertainFacts")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\",\"relations\":[{\"target\":\"25-NQ/TW\"}]}]}", "$.regulations[0]")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\",\"relations\":[{\"kind\":\"replaces\"}]}]}", "$.regulations[0]")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":\"decision\",\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\",\"relations\":[{\"kind\":0,\"target\":\"25-NQ/TW\"}]}]}", "$.regulations[0]")]
    [InlineData("{\"regulations\":[{\"number\":\"290-QĐ/TW\",\"kind\":99,\"issuedBy\":\"x\",\"title\":\"t\",\"issueDate\":\"2010-02-25\"}]}", "$.regulations[0]")]
    [InlineData("{\"regulations\":{}}", "$.regulations")]
    [InlineData("{\"regulations\":null}", "$.regulations")]
    [InlineData("[]", "$")]
    [InlineData("{}", "$")]
    public void Bad_catalog_json_is_a_JsonException_with_the_path(string json, string path)
    {
        FluentActions.Invoking(() => LoadText(json)).Should().Throw<JsonException>().Which.Path.Should().Be(path);
        FluentActions.Invoking(() => DanVanJson.Deserialize<RegulationCatalog>(json)).Should().Throw<JsonException>();
    }

    [Fact]
    public void A_missing_required_property_is_named_in_the_message()
    {
        foreach (var property in new[] { "number", "kind", "issuedBy", "title", "issueDate" })
        {
            var json = SmallCatalog.Replace($"\"{property}\":", $"\"x{property}\":", StringComparison.Ordinal);
            FluentActions.Invoking(() => LoadText(json)).Should().Throw<JsonException>()
                .Which.Message.Should().Contain(property, "the missing property is {0}", property);
        }
    }

    [Fact]
    public void Every_truncation_of_a_valid_catalog_is_a_json_exception()
    {
        for (var length = 0; length < SmallCatalog.TrimEnd().Length; length++)
        {
            var truncated = SmallCatalog[..length];
            FluentActions.Invoking(() => LoadText(truncated)).Should().Throw<JsonException>("the document cut at {0} characters", length);
            FluentActions.Invoking(() => DanVanJson.Deserialize<RegulationCatalog>(truncated)).Should().Throw<JsonException>("the document cut at {0} characters", length);
        }
    }

    [Fact]
    public void Deep_nesting_is_a_json_exception()
    {
        var deepArray = "{\"regulations\":[{\"sources\":" + new string('[', 10_000) + new string(']', 10_000) + "}]}";
        FluentActions.Invoking(() => LoadText(deepArray)).Should().Throw<JsonException>();
        var deepObject = "{\"regulations\":[{\"note\":" + string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000) + "}]}";
        FluentActions.Invoking(() => LoadText(deepObject)).Should().Throw<JsonException>();
        var deepUnknown = "{\"x\":" + new string('[', 10_000) + new string(']', 10_000) + ",\"regulations\":[]}";
        FluentActions.Invoking(() => DanVanJson.Deserialize<RegulationCatalog>(deepUnknown)).Should().Throw<JsonException>();
    }

    [Fact]
    public void Load_and_WriteTo_refuse_null_streams()
    {
        FluentActions.Invoking(() => RegulationCatalog.Load(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RegulationCatalog.Empty.WriteTo(null!)).Should().Throw<ArgumentNullException>();
        RoundTrip(RegulationCatalog.Empty).Count.Should().Be(0);
        LoadText("{\"regulations\":[]}").Count.Should().Be(0);
        FluentActions.Invoking(() => LoadText("null")).Should().Throw<JsonException>().Which.Path.Should().Be("$");
        FluentActions.Invoking(() => LoadText("{}")).Should().Throw<JsonException>().WithMessage("*regulations*");
    }

    [Fact]
    public void Random_mutations_of_a_valid_catalog_never_escape_as_other_exceptions()
    {
        var random = new Random(15_10_1930);
        const string Noise = "{}[]\",:0123456789.-/QĐTWetrufalsn \\\uD800é";
        for (var i = 0; i < 2_000; i++)
        {
            var mutated = Mutate(SmallCatalog, random, Noise);
            try
            {
                var catalog = DanVanJson.Deserialize<RegulationCatalog>(mutated);
                RegulationValidator.Validate(catalog!);
                LoadText(mutated);
            }
            catch (JsonException)
            {
                // the only acceptable failure
            }
            catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"{exception.GetType().Name} for mutation {i}: {exception.Message}\n{mutated}");
            }
        }
    }
}
