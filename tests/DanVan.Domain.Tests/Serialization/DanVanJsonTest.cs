using System.Text.Json;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using NodaTime;
using static DanVan.Domain.Tests.Fuzz.JsonFuzz;

namespace DanVan.Domain.Tests.Serialization;

public class DanVanJsonTest
{
    private static readonly ValidationResult Sample = ValidationResult.From(
        TextIssues.TooLong.Create("activities[2].title", "xxxx", new IssueArgument("length", "4"), new IssueArgument("maximum", "3")),
        TextIssues.UntidyWhiteSpace.Create("title", " a "),
        TextIssues.Required.Create(ValidationSeverity.Info, "note", null));

    [Fact]
    public void Validation_result_round_trips_in_the_documented_shape()
    {
        var json = DanVanJson.Serialize(Sample);
        json.Should().StartWith("{\"isValid\":false,\"issues\":[{\"code\":\"DV1005\",\"severity\":\"error\",\"path\":\"activities[2].title\",");
        json.Should().Contain("\"severity\":\"warning\"").And.Contain("\"severity\":\"info\"");
        json.Should().Contain("\"arguments\":[{\"name\":\"length\",\"value\":\"4\"}");
        json.Should().Contain("\"vietnameseMessage\":\"Văn bản dài 4 ký tự; tối đa cho phép là 3.\"");
        DanVanJson.Deserialize<ValidationResult>(json).Should().Be(Sample);
    }

    [Fact]
    public void Null_attempted_value_is_omitted_and_read_back_as_null()
    {
        var issue = TextIssues.Required.Create("x", null);
        var json = DanVanJson.Serialize(issue);
        json.Should().NotContain("attemptedValue");
        DanVanJson.Deserialize<ValidationIssue>(json).Should().Be(issue);
    }

    [Fact]
    public void Local_dates_and_intervals_use_iso_forms()
    {
        var date = new LocalDate(2021, 12, 30);
        DanVanJson.Serialize(date).Should().Be("\"2021-12-30\"");
        DanVanJson.Deserialize<LocalDate>("\"2020-02-29\"").Should().Be(new LocalDate(2020, 2, 29));
        var year = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31));
        DanVanJson.Serialize(year).Should().Be("\"2021-01-01/2021-12-31\"");
        DanVanJson.Deserialize<DateInterval>("\"2021-01-01/2021-12-31\"")!.Equals(year).Should().BeTrue();
    }

    [Fact]
    public void Dates_work_as_dictionary_keys_in_user_types()
    {
        var options = DanVanJson.Configure(new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() });
        var byDay = new Dictionary<LocalDate, int> { [new LocalDate(2020, 3, 26)] = 557 };
        var json = JsonSerializer.Serialize(byDay, options);
        json.Should().Be("{\"2020-03-26\":557}");
        JsonSerializer.Deserialize<Dictionary<LocalDate, int>>(json, options).Should().Equal(byDay);
        var byInterval = new Dictionary<DateInterval, int> { [new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2020, 3, 26))] = 684 };
        JsonSerializer.Deserialize<Dictionary<DateInterval, int>>(JsonSerializer.Serialize(byInterval, options), options).Should().Equal(byInterval);
        var byCode = new Dictionary<IssueCode, int> { [IssueCode.Parse("DV1001")] = 3 };
        JsonSerializer.Serialize(byCode, options).Should().Be("{\"DV1001\":3}");
        JsonSerializer.Deserialize<Dictionary<IssueCode, int>>("{\"DV1001\":3}", options).Should().Equal(byCode);
    }

    [Fact]
    public void Vietnamese_is_written_readably_but_html_characters_stay_escaped()
    {
        var issue = TextIssues.Required.Create("<script>", "a&b");
        var json = DanVanJson.Serialize(issue);
        json.Should().Contain("Bắt buộc phải có giá trị.");
        json.Should().NotContain("<script>").And.NotContain("a&b");
    }

    [Fact]
    public void A_lone_surrogate_in_the_text_is_a_json_exception()
    {
        var act = () => DanVanJson.Deserialize<ValidationResult>("{\"issues\":[],\"x\":\"\uD800\"}");
        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Options_are_read_only_and_copies_are_not()
    {
        DanVanJson.Options.IsReadOnly.Should().BeTrue();
        DanVanJson.CreateOptions().IsReadOnly.Should().BeFalse();
        var act = () => DanVanJson.TypeInfo<Uri>();
        act.Should().Throw<NotSupportedException>();
    }

    [Theory]
    [InlineData("\"2021-02-30\"", "$")]
    [InlineData("\"30/12/2021\"", "$")]
    [InlineData("20211230", "$")]
    [InlineData("null", "$")]
    public void Bad_dates_are_json_exceptions(string json, string path)
    {
        var act = () => DanVanJson.Deserialize<LocalDate>(json);
        act.Should().Throw<JsonException>().Which.Path.Should().Be(path);
    }

    [Theory]
    [InlineData("\"2021-12-31/2021-01-01\"")]
    [InlineData("\"2021-01-01\"")]
    [InlineData("\"2021-01-01/\"")]
    [InlineData("\"/\"")]
    [InlineData("{}")]
    public void Bad_intervals_are_json_exceptions(string json)
    {
        var act = () => DanVanJson.Deserialize<DateInterval>(json);
        act.Should().Throw<JsonException>();
    }

    [Theory]
    [InlineData("{\"issues\":[{\"code\":\"XX\"}]}", "$.issues[0].code")]
    [InlineData("{\"issues\":[{\"code\":\"DV1001\",\"severity\":\"fatal\"}]}", "$.issues[0].severity")]
    [InlineData("{\"issues\":[{\"code\":\"DV1001\",\"severity\":\"error\",\"path\":null}]}", "$.issues[0].path")]
    [InlineData("{\"issues\":[{\"code\":\"DV1001\",\"severity\":\"error\",\"path\":\"a\",\"englishMessage\":\"x\"}]}", "$.issues[0]")]
    [InlineData("{\"issues\":[{\"code\":1001}]}", "$.issues[0].code")]
    [InlineData("{\"issues\":{}}", "$.issues")]
    [InlineData("{\"issues\":[null]}", "$")]
    [InlineData("{\"issues\":[{\"code\":\"DV1001\",\"severity\":\"error\",\"path\":\"\",\"englishMessage\":\"x\",\"vietnameseMessage\":\"y\",\"arguments\":[{\"name\":null,\"value\":\"v\"}]}]}", "$.issues[0].arguments[0].name")]
    public void Bad_results_are_json_exceptions_with_the_path(string json, string path)
    {
        var act = () => DanVanJson.Deserialize<ValidationResult>(json);
        act.Should().Throw<JsonException>().Which.Path.Should().Be(path);
    }

    [Fact]
    public void Unknown_properties_are_skipped_so_newer_documents_stay_readable()
    {
        var json = DanVanJson.Serialize(Sample).Replace("{\"isValid\"", "{\"generator\":{\"name\":\"v2\"},\"isValid\"");
        DanVanJson.Deserialize<ValidationResult>(json).Should().Be(Sample);
    }

    [Fact]
    public void Every_truncation_of_a_valid_document_is_a_json_exception()
    {
        var json = DanVanJson.Serialize(Sample);
        for (var length = 0; length < json.Length; length++)
        {
            var truncated = json[..length];
            var act = () => DanVanJson.Deserialize<ValidationResult>(truncated);
            act.Should().Throw<JsonException>($"the document cut at {length} characters");
        }
    }

    [Fact]
    public void Deep_nesting_is_a_json_exception()
    {
        var deep = "{\"issues\":[{\"arguments\":" + new string('[', 10_000) + new string(']', 10_000) + "}]}";
        var act = () => DanVanJson.Deserialize<ValidationResult>(deep);
        act.Should().Throw<JsonException>();
        var deepObject = string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000);
        var act2 = () => DanVanJson.Deserialize<ValidationResult>(deepObject);
        act2.Should().Throw<JsonException>();
    }

    [Fact]
    public void Random_mutations_of_a_valid_document_never_escape_as_other_exceptions()
    {
        var json = DanVanJson.Serialize(Sample);
        var random = new Random(15101930);
        const string Noise = "{}[]\",:0123456789.-etrufalsn \\\uD800é";
        for (var i = 0; i < 3_000; i++)
        {
            var mutated = Mutate(json, random, Noise);
            try
            {
                DanVanJson.Deserialize<ValidationResult>(mutated);
            }
            catch (JsonException)
            {
                // the only acceptable failure
            }
        }
    }
}

public class DanVanJsonTextTypesTest
{
    [Fact]
    public void Reported_numbers_go_through_the_library_options()
    {
        var figure = ReportedNumber.Of(700, NumberQualifier.MoreThan);
        var json = DanVanJson.Serialize(figure);
        json.Should().Contain("\"qualifier\":\"moreThan\"");
        DanVanJson.Deserialize<ReportedNumber>(json).Should().Be(figure);
        DanVanJson.Serialize(NumberQualifier.About).Should().Be("\"about\"");
    }
}

public class DanVanJsonDateTypesTest
{
    [Fact]
    public void Partial_dates_go_through_the_library_options()
    {
        DanVanJson.Serialize(new PartialDate(2018, 6)).Should().Be("\"2018-06\"");
        DanVanJson.Deserialize<PartialDate>("\"2021\"").Should().Be(new PartialDate(2021));
        var act = () => DanVanJson.Deserialize<PartialDate>("\"2021-02-30\"");
        act.Should().Throw<System.Text.Json.JsonException>();
    }
}
