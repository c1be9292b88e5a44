using System.Text.Json;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public partial class PartialDateTest
{
    private static readonly JsonSerializerOptions Options = new();

    [Theory]
    [InlineData(2021, 0, 0, "\"2021\"")]
    [InlineData(2021, 6, 0, "\"2021-06\"")]
    [InlineData(2021, 6, 11, "\"2021-06-11\"")]
    public void Json_is_the_iso_string(int year, int month, int day, string json)
    {
        var date = month == 0 ? new PartialDate(year) : day == 0 ? new PartialDate(year, month) : new PartialDate(year, month, day);
        JsonSerializer.Serialize(date, Options).Should().Be(json);
        JsonSerializer.Deserialize<PartialDate>(json, Options).Should().Be(date);
    }

    [Fact]
    public void Json_round_trips_inside_objects_lists_and_nullables()
    {
        var record = new Holder(new PartialDate(2018, 6), [new PartialDate(2010, 2, 25), new PartialDate(2021)], null);
        var json = JsonSerializer.Serialize(record, Options);
        json.Should().Be("{\"When\":\"2018-06\",\"All\":[\"2010-02-25\",\"2021\"],\"Maybe\":null}");
        var back = JsonSerializer.Deserialize<Holder>(json, Options)!;
        back.When.Should().Be(record.When);
        back.All.Should().Equal(record.All);
        back.Maybe.Should().BeNull();
        JsonSerializer.Deserialize<PartialDate?>("\"2021\"", Options).Should().Be(new PartialDate(2021));
    }

    [Fact]
    public void Json_dictionary_keys_round_trip()
    {
        var counts = new Dictionary<PartialDate, int>
        {
            [new PartialDate(2021)] = 1,
            [new PartialDate(2021, 6)] = 2,
            [new PartialDate(2021, 6, 11)] = 3,
        };
        var json = JsonSerializer.Serialize(counts, Options);
        json.Should().Be("{\"2021\":1,\"2021-06\":2,\"2021-06-11\":3}");
        JsonSerializer.Deserialize<Dictionary<PartialDate, int>>(json, Options).Should().Equal(counts);
    }

    [Theory]
    [InlineData("\"2021-13\"")]
    [InlineData("\"2021-02-30\"")]
    [InlineData("\"2021-6\"")]
    [InlineData("\"25/2/2010\"")]
    [InlineData("\"\"")]
    [InlineData("\" 2021\"")]
    [InlineData("\"0000\"")]
    [InlineData("2021")]
    [InlineData("20210611")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("[\"2021\"]")]
    [InlineData("{}")]
    [InlineData("{\"year\":2021}")]
    [InlineData("{\"a\":{\"b\":\"2021\"}}")]
    [InlineData("\"2021")]
    [InlineData("\"2021-0")]
    [InlineData("")]
    [InlineData("\"2021\" x")]
    [InlineData("\"\\u0032021\\uD800\"")]
    public void Bad_json_gives_only_JsonException(string json) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<PartialDate>(json, Options))
            .Should().Throw<JsonException>();

    [Theory]
    [InlineData("{\"2021-13\":1}")]
    [InlineData("{\"nope\":1}")]
    [InlineData("{\"\":1}")]
    [InlineData("{\"2021\":1,\"2021\":")]
    public void Bad_json_dictionary_keys_give_only_JsonException(string json) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Dictionary<PartialDate, int>>(json, Options))
            .Should().Throw<JsonException>();

    [Fact]
    public void Escaped_json_strings_are_unescaped_first() =>
        JsonSerializer.Deserialize<PartialDate>("\"\\u0032021-06\"", Options).Should().Be(new PartialDate(2021, 6));

    [Fact]
    public void DatePrecision_is_written_in_lower_case()
    {
        JsonSerializer.Serialize(DatePrecision.Month, Options).Should().Be("\"month\"");
        JsonSerializer.Deserialize<DatePrecision>("\"day\"", Options).Should().Be(DatePrecision.Day);
    }

    public sealed record Holder(PartialDate When, List<PartialDate> All, PartialDate? Maybe);
}
