using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DanVan.Domain.Metrics;
using DanVan.Domain.Serialization;
using static DanVan.Domain.Tests.Fuzz.JsonFuzz;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>JSON: the canonical text in a string, also as a property name; anything else is a JsonException.</summary>
public partial class ReportingPeriodTest
{
    // The library's options plus reflection for the test's own types, as an application would configure them.
    private static readonly JsonSerializerOptions UserOptions =
        DanVanJson.Configure(new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), Encoder = DanVanJson.Encoder });

    [Theory]
    [MemberData(nameof(CanonicalForms))]
    public void Json_is_the_canonical_text_in_a_string(string text, ReportingPeriod period)
    {
        DanVanJson.Serialize(period).Should().Be("\"" + text + "\"");
        DanVanJson.Deserialize<ReportingPeriod>("\"" + text + "\"").Should().Be(period);
        DanVanJson.Deserialize<ReportingPeriod>(Encoding.UTF8.GetBytes("\"" + text + "\"")).Should().Be(period);
        JsonSerializer.Serialize(period, UserOptions).Should().Be("\"" + text + "\"");
    }

    [Fact]
    public void Json_round_trips_inside_objects_lists_nullables_and_as_dictionary_keys()
    {
        var holder = new PeriodHolder(ReportingPeriod.Quarter(2021, 3), [ReportingPeriod.CalendarYear(2021), ReportingPeriod.Years(2020, 2025)], null);
        var json = JsonSerializer.Serialize(holder, UserOptions);
        json.Should().Be("{\"Period\":\"2021-Q3\",\"All\":[\"2021\",\"2020/2025\"],\"Maybe\":null}");
        var back = JsonSerializer.Deserialize<PeriodHolder>(json, UserOptions)!;
        back.Period.Should().Be(holder.Period);
        back.All.Should().Equal(holder.All);
        back.Maybe.Should().BeNull();

        var counts = new Dictionary<ReportingPeriod, int> { [ReportingPeriod.Month(2021, 3)] = 12, [ReportingPeriod.NineMonths(2021)] = 79 };
        var keyed = JsonSerializer.Serialize(counts, UserOptions);
        keyed.Should().Be("{\"2021-M03\":12,\"2021-9M\":79}");
        JsonSerializer.Deserialize<Dictionary<ReportingPeriod, int>>(keyed, UserOptions).Should().Equal(counts);
        JsonSerializer.Deserialize<Dictionary<ReportingPeriod, int>>("{\"\\u0032021-Q1\":1}", UserOptions)
            .Should().ContainKey(ReportingPeriod.Quarter(2021, 1), "an escaped key is the text it spells");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Dictionary<ReportingPeriod, int>>("{\"2021-Q5\":1}", UserOptions))
            .Should().Throw<JsonException>().WithMessage("*there is no quarter 5*");
    }

    [Fact]
    public void The_period_kinds_and_wordings_have_stable_names()
    {
        DanVanJson.Serialize(PeriodKind.NineMonths).Should().Be("\"nineMonths\"");
        DanVanJson.Serialize(PeriodKind.HalfYear).Should().Be("\"halfYear\"");
        DanVanJson.Serialize(PeriodKind.MultiYear).Should().Be("\"multiYear\"");
        DanVanJson.Serialize(MultiYearWording.Span).Should().Be("\"span\"");
        foreach (var kind in Enum.GetValues<PeriodKind>())
        {
            DanVanJson.Deserialize<PeriodKind>(DanVanJson.Serialize(kind)).Should().Be(kind);
        }
    }

    [Fact]
    public void Writing_default_is_a_json_exception()
    {
        FluentActions.Invoking(() => DanVanJson.Serialize(default(ReportingPeriod))).Should().Throw<JsonException>();
        FluentActions.Invoking(() => JsonSerializer.Serialize(new Dictionary<ReportingPeriod, int> { [default] = 1 }, UserOptions))
            .Should().Throw<JsonException>();
    }

    [Theory]
    [InlineData("2021")]
    [InlineData("2021.5")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("[\"2021\"]")]
    [InlineData("{}")]
    [InlineData("{\"period\":\"2021\"}")]
    [InlineData("\"\"")]
    [InlineData("\" 2021\"")]
    [InlineData("\"2021-q3\"")]
    [InlineData("\"Quý III/2021\"")]
    [InlineData("\"2021-02-30/2021-03-01\"")]
    [InlineData("\"２０２１\"")]
    [InlineData("\"\\uD800\"")]
    [InlineData("\"2021-M03\\u0000\"")]
    [InlineData("\"2021-Q3")]
    public void Bad_json_is_a_JsonException_whose_path_names_the_property(string value)
    {
        FluentActions.Invoking(() => DanVanJson.Deserialize<ReportingPeriod>(value)).Should().Throw<JsonException>();
        var inObject = FluentActions.Invoking(() => JsonSerializer.Deserialize<PeriodHolder>("{\"Period\":" + value + ",\"All\":[]}", UserOptions))
            .Should().Throw<JsonException>().Which;
        if (value != "\"2021-Q3")
        {
            inObject.Path.Should().Be("$.Period");
        }
    }

    [Fact]
    public void The_json_message_is_the_issue_message()
    {
        FluentActions.Invoking(() => DanVanJson.Deserialize<ReportingPeriod>("\"2021-02-30/2021-03-01\""))
            .Should().Throw<JsonException>().WithMessage("*2021-02-30 is not a calendar date: month 2 of 2021 has 28 days*");
    }

    [Fact]
    public void Every_truncation_and_invalid_utf8_of_a_period_document_is_a_json_exception()
    {
        var counts = new Dictionary<ReportingPeriod, ReportingPeriod[]>
        {
            [ReportingPeriod.Years(2020, 2025)] = [ReportingPeriod.CalendarYear(2021), ReportingPeriod.Custom(new(2011, 1, 1), new(2020, 3, 26))],
            [ReportingPeriod.Month(2021, 3)] = [ReportingPeriod.Quarter(2021, 1), ReportingPeriod.HalfYear(2021, 1), ReportingPeriod.NineMonths(2021)],
        };
        var json = JsonSerializer.Serialize(counts, UserOptions);
        for (var length = 0; length < json.Length; length++)
        {
            Expect(() => JsonSerializer.Deserialize<Dictionary<ReportingPeriod, ReportingPeriod[]>>(json[..length], UserOptions), json[..length], mustFail: true);
        }

        var refused = RefusedInvalidUtf8(Encoding.UTF8.GetBytes(json), 61, bytes => JsonSerializer.Deserialize<Dictionary<ReportingPeriod, ReportingPeriod[]>>(bytes, UserOptions));
        refused.Should().BeGreaterThan(500);
    }

    [Fact]
    public void Deep_nesting_is_a_json_exception()
    {
        var deep = new string('[', 5_000) + "\"2021\"" + new string(']', 5_000);
        Expect(() => JsonSerializer.Deserialize<List<List<ReportingPeriod>>>(deep, UserOptions), "deep", mustFail: true);
    }

    private sealed record PeriodHolder(ReportingPeriod Period, List<ReportingPeriod> All, ReportingPeriod? Maybe);
}
