using System.Text.Json;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public partial class ReportedNumberTest
{
    private static readonly JsonSerializerOptions PlainOptions = new();

    [Theory]
    [InlineData("hơn 700", """{"kind":"number","value":700,"qualifier":"moreThan"}""")]
    [InlineData("79,63%", """{"kind":"percentage","value":79.63,"qualifier":"exact"}""")]
    [InlineData("29/29", """{"kind":"ratio","value":29,"denominator":29,"qualifier":"exact"}""")]
    [InlineData("ít nhất 01", """{"kind":"number","value":1,"qualifier":"atLeast"}""")]
    [InlineData("-1.170.000,5", """{"kind":"number","value":-1170000.5,"qualifier":"exact"}""")]
    public void Json_has_the_documented_form(string text, string json)
    {
        var number = ReportedNumber.Parse(text);

        JsonSerializer.Serialize(number, PlainOptions).Should().Be(json);
        JsonSerializer.Deserialize<ReportedNumber>(json, PlainOptions).Should().Be(number);
    }

    [Theory]
    [InlineData("""{"kind":"number","value":700}""", "700")]
    [InlineData("""{"value":700,"kind":"number","qualifier":"about"}""", "khoảng 700")]
    [InlineData("""{"qualifier":"atMost","denominator":221,"value":176,"kind":"ratio"}""", "tối đa 176/221")]
    [InlineData("""{"kind":"percentage","value":1.0E2}""", "100%")]
    [InlineData("""{"kind":"ratio","value":2.000,"denominator":4.0}""", "2/4")]
    public void Json_read_accepts_any_order_and_an_optional_qualifier(string json, string expected) =>
        JsonSerializer.Deserialize<ReportedNumber>(json, PlainOptions).Should().Be(ReportedNumber.Parse(expected));

    [Fact]
    public void Json_round_trips_many_values()
    {
        var random = new Random(42);
        for (var i = 0; i < 1_000; i++)
        {
            var number = RandomNumber(random, i);

            var json = JsonSerializer.Serialize(number, PlainOptions);
            JsonSerializer.Deserialize<ReportedNumber>(json, PlainOptions).Should().Be(number, json);
        }
    }

    [Fact]
    public void Json_works_inside_objects_lists_and_nullable()
    {
        var list = new List<ReportedNumber?> { ReportedNumber.Parse("hơn 700"), null, ReportedNumber.Parse("29/29") };

        var json = JsonSerializer.Serialize(list, PlainOptions);

        JsonSerializer.Deserialize<List<ReportedNumber?>>(json, PlainOptions).Should().Equal(list);
    }

    [Fact]
    public void Json_dictionary_keys_use_the_canonical_text()
    {
        var dictionary = new Dictionary<ReportedNumber, int>
        {
            [ReportedNumber.Parse("hơn 700")] = 1,
            [ReportedNumber.Parse("79,63%")] = 2,
            [ReportedNumber.Parse("176/221")] = 3,
            [ReportedNumber.Parse("-1.000,5")] = 4,
        };

        var json = JsonSerializer.Serialize(dictionary, PlainOptions);

        json.Should().Contain("\"-1.000,5\":4");
        var back = JsonSerializer.Deserialize<Dictionary<ReportedNumber, int>>(json, PlainOptions);
        back.Should().BeEquivalentTo(dictionary);
        JsonSerializer.Deserialize<Dictionary<ReportedNumber, int>>("""{"hon 0700":1}""", PlainOptions)!
            .Should().ContainKey(ReportedNumber.Of(700m, NumberQualifier.MoreThan));
    }

    [Theory]
    [InlineData("""{"7.30":1}""")]
    [InlineData("""{"":1}""")]
    [InlineData("""{"1,170,000":1}""")]
    public void Json_bad_dictionary_keys_throw_JsonException(string json)
    {
        var act = () => JsonSerializer.Deserialize<Dictionary<ReportedNumber, int>>(json, PlainOptions);

        act.Should().Throw<JsonException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("700")]
    [InlineData("\"hơn 700\"")]
    [InlineData("[]")]
    [InlineData("true")]
    [InlineData("{")]
    [InlineData("""{"kind":"number","value":700""")]
    [InlineData("""{"kind":"number","value":""")]
    [InlineData("""{"kind":"number","val""")]
    [InlineData("{}")]
    [InlineData("""{"kind":"number"}""")]
    [InlineData("""{"value":700}""")]
    [InlineData("""{"kind":"Number","value":700}""")]
    [InlineData("""{"kind":"fraction","value":700}""")]
    [InlineData("""{"kind":1,"value":700}""")]
    [InlineData("""{"kind":null,"value":700}""")]
    [InlineData("""{"kind":"number","value":"700"}""")]
    [InlineData("""{"kind":"number","value":null}""")]
    [InlineData("""{"kind":"number","value":true}""")]
    [InlineData("""{"kind":"number","value":[700]}""")]
    [InlineData("""{"kind":"number","value":{"value":700}}""")]
    [InlineData("""{"kind":"number","value":1e40}""")]
    [InlineData("""{"kind":"number","value":-1e40}""")]
    [InlineData("""{"kind":"number","value":79228162514264337593543950336}""")]
    [InlineData("""{"kind":"number","value":700,"qualifier":"MoreThan"}""")]
    [InlineData("""{"kind":"number","value":700,"qualifier":"hơn"}""")]
    [InlineData("""{"kind":"number","value":700,"qualifier":1}""")]
    [InlineData("""{"kind":"number","value":700,"qualifier":null}""")]
    [InlineData("""{"kind":"number","value":700,"Value":700}""")]
    [InlineData("""{"kind":"number","value":700,"value":701}""")]
    [InlineData("""{"kind":"number","kind":"number","value":700}""")]
    [InlineData("""{"kind":"number","value":700,"extra":1}""")]
    [InlineData("""{"kind":"number","value":700,"denominator":29}""")]
    [InlineData("""{"kind":"percentage","value":7,"denominator":29}""")]
    [InlineData("""{"kind":"percentage","value":-7}""")]
    [InlineData("""{"kind":"ratio","value":29}""")]
    [InlineData("""{"kind":"ratio","value":-1,"denominator":29}""")]
    [InlineData("""{"kind":"ratio","value":1,"denominator":-29}""")]
    [InlineData("""{"kind":"ratio","value":1.5,"denominator":29}""")]
    [InlineData("""{"kind":"ratio","value":1,"denominator":"29"}""")]
    [InlineData("""{"kind":"ratio","value":1,"denominator":null}""")]
    [InlineData("""{"kind":"ratio","value":1,"denominator":1e300}""")]
    [InlineData("""{"kind":"number","value":700}}""")]
    [InlineData("""{"kind":"number","value":700} x""")]
    [InlineData("""{"kind":"number",,"value":700}""")]
    [InlineData("""{"kind":"number","value":07}""")]
    public void Json_read_throws_only_JsonException(string json)
    {
        var act = () => JsonSerializer.Deserialize<ReportedNumber>(json, PlainOptions);

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Json_read_of_random_garbage_throws_only_JsonException()
    {
        var random = new Random(7);
        var valid = """{"kind":"ratio","value":176,"denominator":221,"qualifier":"moreThan"}""";
        const string Pieces = "{}[]\",:0123456789.-eE truefalsnul\\kindvaluedenominatorqualifierratio";
        for (var i = 0; i < 3_000; i++)
        {
            var chars = valid.ToCharArray();
            var edits = random.Next(1, 5);
            for (var e = 0; e < edits; e++)
            {
                chars[random.Next(chars.Length)] = Pieces[random.Next(Pieces.Length)];
            }

            var json = new string(chars, 0, random.Next(chars.Length / 2, chars.Length + 1));
            try
            {
                JsonSerializer.Deserialize<ReportedNumber>(json, PlainOptions);
            }
            catch (JsonException)
            {
            }
            catch (Exception exception)
            {
                Assert.Fail($"'{json}' threw {exception.GetType().Name}: {exception.Message}");
            }
        }
    }
}
