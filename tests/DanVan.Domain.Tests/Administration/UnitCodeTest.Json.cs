using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DanVan.Domain.Administration;
using DanVan.Domain.Serialization;

namespace DanVan.Domain.Tests.Administration;

public partial class UnitCodeTest
{
    // The library's options plus reflection for the test's own types, as an application would configure them.
    private static readonly JsonSerializerOptions UserOptions =
        DanVanJson.Configure(new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), Encoder = DanVanJson.Encoder });

    [Theory]
    [InlineData("01")]
    [InlineData("279")]
    [InlineData("00004")]
    public void Json_is_the_digits_in_a_string(string text)
    {
        var code = Code(text);
        DanVanJson.Serialize(code).Should().Be("\"" + text + "\"");
        DanVanJson.Deserialize<UnitCode>("\"" + text + "\"").Should().Be(code);
        JsonSerializer.Serialize(code, UserOptions).Should().Be("\"" + text + "\"");
    }

    [Fact]
    public void Json_round_trips_inside_objects_lists_and_nullables()
    {
        var holder = new CodeHolder(Code("01"), [Code("279"), Code("00004")], null);
        var json = JsonSerializer.Serialize(holder, UserOptions);
        json.Should().Be("{\"Code\":\"01\",\"All\":[\"279\",\"00004\"],\"Maybe\":null}");
        var back = JsonSerializer.Deserialize<CodeHolder>(json, UserOptions)!;
        back.Code.Should().Be(holder.Code);
        back.All.Should().Equal(holder.All);
        back.Maybe.Should().BeNull();
        JsonSerializer.Deserialize<UnitCode?>("\"26740\"", UserOptions).Should().Be(Code("26740"));
        JsonSerializer.Deserialize<UnitCode?>("null", UserOptions).Should().BeNull();
    }

    [Fact]
    public void Json_dictionary_keys_round_trip()
    {
        var counts = new Dictionary<UnitCode, int> { [Code("01")] = 30, [Code("279")] = 27, [Code("00004")] = 1 };
        var json = JsonSerializer.Serialize(counts, UserOptions);
        json.Should().Be("{\"01\":30,\"279\":27,\"00004\":1}");
        JsonSerializer.Deserialize<Dictionary<UnitCode, int>>(json, UserOptions).Should().Equal(counts);
        JsonSerializer.Deserialize<Dictionary<UnitCode, int>>("{\"\\u0030\\u0031\":5}", UserOptions)
            .Should().ContainKey(Code("01"), "an escaped key is the same text");
    }

    [Fact]
    public void An_escaped_string_is_read_as_the_text_it_spells()
    {
        DanVanJson.Deserialize<UnitCode>("\"\\u0032\\u0037\\u0039\"").Should().Be(Code("279"));
        FluentActions.Invoking(() => DanVanJson.Deserialize<UnitCode>("\"\\u0032\\u0037\\u0039 \"")).Should().Throw<JsonException>();
    }

    [Theory]
    [InlineData("1")]
    [InlineData("279")]
    [InlineData("4")]
    [InlineData("1.0")]
    [InlineData("-1")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("[\"01\"]")]
    [InlineData("{}")]
    [InlineData("{\"code\":\"01\"}")]
    [InlineData("\"\"")]
    [InlineData("\" 01\"")]
    [InlineData("\"1\"")]
    [InlineData("\"0004\"")]
    [InlineData("\"０１\"")]
    [InlineData("\"٠١\"")]
    [InlineData("\"\\uD800\\uDC00\"")]
    [InlineData("\"\\uD800\"")]
    public void Bad_json_is_a_JsonException_whose_path_names_the_property(string value)
    {
        FluentActions.Invoking(() => DanVanJson.Deserialize<UnitCode>(value))
            .Should().Throw<JsonException>().Which.Path.Should().Be("$");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<CodeHolder>("{\"Code\":" + value + ",\"All\":[]}", UserOptions))
            .Should().Throw<JsonException>().Which.Path.Should().Be("$.Code");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<CodeHolder>("{\"Code\":\"01\",\"All\":[\"279\"," + value + "]}", UserOptions))
            .Should().Throw<JsonException>().Which.Path.Should().Be("$.All[1]");
    }

    [Theory]
    [InlineData("279")]
    [InlineData("1")]
    [InlineData("10015")]
    [InlineData("1e2")]
    public void A_number_is_never_a_code_because_the_leading_zeros_would_be_lost(string number)
    {
        var exception = FluentActions.Invoking(() => DanVanJson.Deserialize<UnitCode>(number)).Should().Throw<JsonException>().Which;
        exception.Message.Should().Contain("string").And.Contain("Number");
        FluentActions.Invoking(() => DanVanJson.Deserialize<AdministrativeUnit>("{\"code\":" + number + ",\"kind\":\"province\",\"name\":\"X\"}"))
            .Should().Throw<JsonException>().Which.Message.Should().Contain("'code'");
    }

    [Fact]
    public void An_invalid_code_says_why()
    {
        FluentActions.Invoking(() => DanVanJson.Deserialize<UnitCode>("\"0004\"")).Should().Throw<JsonException>()
            .Which.Message.Should().Contain("'0004' has 4 digits");
        FluentActions.Invoking(() => DanVanJson.Deserialize<UnitCode>("\"a1\"")).Should().Throw<JsonException>()
            .Which.Message.Should().Contain("digits only");
    }

    [Theory]
    [InlineData("{\"\":1}")]
    [InlineData("{\"1\":1}")]
    [InlineData("{\"0004\":1}")]
    [InlineData("{\" 01\":1}")]
    [InlineData("{\"x\":1}")]
    [InlineData("{\"01\":1,\"01\":")]
    public void Bad_dictionary_keys_give_only_JsonException(string json) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Dictionary<UnitCode, int>>(json, UserOptions))
            .Should().Throw<JsonException>();

    [Fact]
    public void Default_cannot_be_written_as_a_value_or_as_a_key()
    {
        FluentActions.Invoking(() => DanVanJson.Serialize(default(UnitCode))).Should().Throw<JsonException>().WithMessage("*default(UnitCode)*");
        FluentActions.Invoking(() => JsonSerializer.Serialize(new CodeHolder(default, [], null), UserOptions)).Should().Throw<JsonException>();
        FluentActions.Invoking(() => JsonSerializer.Serialize(new CodeHolder(Code("01"), [default], null), UserOptions)).Should().Throw<JsonException>();
        FluentActions.Invoking(() => JsonSerializer.Serialize(new Dictionary<UnitCode, int> { [default] = 1 }, UserOptions))
            .Should().Throw<JsonException>("an empty key could not be read back");
    }

    public sealed record CodeHolder(UnitCode Code, List<UnitCode> All, UnitCode? Maybe);
}
