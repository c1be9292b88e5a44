using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DanVan.Domain.Regulations;
using DanVan.Domain.Serialization;

namespace DanVan.Domain.Tests.Regulations;

public partial class DocumentNumberTest
{
    // The library's options plus reflection for the test's own types, as an application would configure them.
    private static readonly JsonSerializerOptions UserOptions =
        DanVanJson.Configure(new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), Encoder = DanVanJson.Encoder });

    [Theory]
    [InlineData("290-QĐ/TW")]
    [InlineData("11-QĐi/TW")]
    [InlineData("04/2015/NĐ-CP")]
    [InlineData("10/2022/QH15")]
    [InlineData("1027/CTK-CSCL")]
    [InlineData("55/2005/TTLT-BNV-VPCP")]
    public void Json_is_the_canonical_string(string text)
    {
        var number = DocumentNumber.Parse(text, DocumentNumberParseMode.Strict);
        var json = DanVanJson.Serialize(number);
        json.Should().Be("\"" + text + "\"", "Vietnamese letters are written as they are");
        DanVanJson.Deserialize<DocumentNumber>(json).Should().Be(number);
    }

    [Fact]
    public void Json_round_trips_inside_objects_lists_and_nullables()
    {
        var holder = new NumberHolder(DocumentNumber.Parse("290-QĐ/TW"), [DocumentNumber.Parse("04/2015/NĐ-CP"), DocumentNumber.Parse("10/2022/QH15")], null);
        var json = JsonSerializer.Serialize(holder, UserOptions);
        json.Should().Be("{\"Number\":\"290-QĐ/TW\",\"All\":[\"04/2015/NĐ-CP\",\"10/2022/QH15\"],\"Maybe\":null}");
        var back = JsonSerializer.Deserialize<NumberHolder>(json, UserOptions)!;
        back.Number.Should().Be(holder.Number);
        back.All.Should().Equal(holder.All);
        back.Maybe.Should().BeNull();
        JsonSerializer.Deserialize<DocumentNumber?>("\"290-QĐ/TW\"", UserOptions).Should().Be(DocumentNumber.Parse("290-QĐ/TW"));
        JsonSerializer.Deserialize<DocumentNumber?>("null", UserOptions).Should().BeNull();
    }

    [Fact]
    public void Json_inside_a_library_type_uses_the_property_name()
    {
        var relation = new RegulationRelation(RelationKind.Replaces, DocumentNumber.Parse("290-QĐ/TW"), new NodaTime.LocalDate(2010, 2, 25));
        var json = DanVanJson.Serialize(relation);
        json.Should().Be("{\"kind\":\"replaces\",\"target\":\"290-QĐ/TW\",\"targetIssueDate\":\"2010-02-25\"}");
        DanVanJson.Deserialize<RegulationRelation>(json).Should().Be(relation);
    }

    [Fact]
    public void Json_dictionary_keys_round_trip()
    {
        var counts = new Dictionary<DocumentNumber, int>
        {
            [DocumentNumber.Parse("290-QĐ/TW")] = 1,
            [DocumentNumber.Parse("04/2015/NĐ-CP")] = 2,
        };
        var json = JsonSerializer.Serialize(counts, UserOptions);
        json.Should().Be("{\"290-QĐ/TW\":1,\"04/2015/NĐ-CP\":2}");
        JsonSerializer.Deserialize<Dictionary<DocumentNumber, int>>(json, UserOptions).Should().Equal(counts);
        JsonSerializer.Deserialize<Dictionary<DocumentNumber, int>>("{\"290-qd/tw\":1}", UserOptions).Should()
            .ContainKey(DocumentNumber.Parse("290-QĐ/TW"));
    }

    [Theory]
    [InlineData("\"290-qd/tw\"", "290-QĐ/TW")]
    [InlineData("\"Số 290 - QD / TW.\"", "290-QĐ/TW")]
    [InlineData("\"4/2015/nd-cp\"", "04/2015/NĐ-CP")]
    [InlineData("\"\\u0032\\u0039\\u0030-QĐ/TW\"", "290-QĐ/TW")]
    public void Json_is_read_leniently(string json, string canonical)
    {
        DanVanJson.Deserialize<DocumentNumber>(json).ToString().Should().Be(canonical);
        DanVanJson.Deserialize<RegulationRelation>("{\"kind\":\"replaces\",\"target\":" + json + "}").Target.ToString().Should().Be(canonical);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("\"290\"")]
    [InlineData("\"290-QĐ-TW\"")]
    [InlineData("\"Xin chào 290-QĐ/TW\"")]
    [InlineData("\"\\uD800\"")]
    [InlineData("290")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("[\"290-QĐ/TW\"]")]
    [InlineData("{}")]
    [InlineData("{\"number\":\"290-QĐ/TW\"}")]
    public void Bad_json_is_a_JsonException_whose_path_names_the_property(string value)
    {
        FluentActions.Invoking(() => DanVanJson.Deserialize<DocumentNumber>(value))
            .Should().Throw<JsonException>().Which.Path.Should().Be("$");
        FluentActions.Invoking(() => DanVanJson.Deserialize<RegulationRelation>("{\"kind\":\"replaces\",\"target\":" + value + "}"))
            .Should().Throw<JsonException>().Which.Path.Should().Be("$.target");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<NumberHolder>("{\"Number\":" + value + ",\"All\":[]}", UserOptions))
            .Should().Throw<JsonException>().Which.Path.Should().Be("$.Number");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<NumberHolder>("{\"Number\":\"290-QĐ/TW\",\"All\":[\"04/2015/NĐ-CP\"," + value + "]}", UserOptions))
            .Should().Throw<JsonException>().Which.Path.Should().Be("$.All[1]");
    }

    [Fact]
    public void An_invalid_number_says_why()
    {
        var exception = FluentActions.Invoking(() => DanVanJson.Deserialize<DocumentNumber>("\"290-QĐ-TW\"")).Should().Throw<JsonException>().Which;
        exception.Message.Should().Contain("290-QĐ/TW").And.Contain("290/QĐ-TW");
    }

    [Theory]
    [InlineData("{\"\":1}")]
    [InlineData("{\"290\":1}")]
    [InlineData("{\"not a number\":1}")]
    [InlineData("{\"290-QĐ/TW\":1,\"290-QĐ/TW\":")]
    public void Bad_dictionary_keys_give_only_JsonException(string json) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Dictionary<DocumentNumber, int>>(json, UserOptions))
            .Should().Throw<JsonException>();

    [Fact]
    public void Default_cannot_be_written_as_a_value_or_as_a_key()
    {
        FluentActions.Invoking(() => DanVanJson.Serialize(default(DocumentNumber))).Should().Throw<JsonException>();
        FluentActions.Invoking(() => DanVanJson.Serialize(new RegulationRelation(RelationKind.Replaces, default))).Should().Throw<JsonException>();
        FluentActions.Invoking(() => JsonSerializer.Serialize(new NumberHolder(default, [], null), UserOptions)).Should().Throw<JsonException>();
        FluentActions.Invoking(() => JsonSerializer.Serialize(new Dictionary<DocumentNumber, int> { [default] = 1 }, UserOptions))
            .Should().Throw<JsonException>("an empty key could not be read back");
    }

    public sealed record NumberHolder(DocumentNumber Number, List<DocumentNumber> All, DocumentNumber? Maybe);
}
