using System.Text;
using System.Text.Json;
using DanVan.Domain.Metrics;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using static DanVan.Domain.Tests.Fuzz.JsonFuzz;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Hostile input: JSON readers throw only JsonException, CSV readers only DanVanFormatException (strict) or nothing (lenient).</summary>
public partial class ObservationIoTest
{
    private static readonly string[] HostileValues =
    [
        "1", "-1", "0", "1e400", "-1e400", "1.5", "123456789012345678901234567890", "\"x\"", "\"\"", "\"79\"", "null", "true", "[]", "[1]",
        "{}", "{\"a\":1}", "\"2021\"", "\"2021-Q5\"", "\"A.B\"", "\"01\"", "\"\\uD800\"", "\"moreThan\"", "\"provisional\"", "\"petition\"",
        "\"moreThan,about\"", "\"2021-12-31\"", "\"2021-02-30\"", "\"01/party-committee\"", "\"1\"", new string('[', 100) + new string(']', 100),
    ];

    [Fact]
    public void Every_property_of_a_row_replaced_by_a_wrong_value_is_a_JsonException_or_still_an_observation()
    {
        var row = DanVanJson.Serialize(Sample().First(o => o.HasParts && o.Source is not null)); // every property but "value"
        var rowWithValue = DanVanJson.Serialize(Sample().First(o => o.Qualifier == NumberQualifier.MoreThan));
        var accepted = 0;
        foreach (var json in new[] { row, rowWithValue })
        {
            using var document = JsonDocument.Parse(json);
            var properties = document.RootElement.EnumerateObject().Select(p => p.Name).Concat(["value", "numerator", "unitDate", "organization", "x"]).Distinct();
            foreach (var property in properties)
            {
                foreach (var value in HostileValues)
                {
                    var mutated = json.Contains("\"" + property + "\"", StringComparison.Ordinal)
                        ? Replace(json, property, value)
                        : json[..^1] + ",\"" + property + "\":" + value + "}";
                    accepted += Expect(() => DanVanJson.Deserialize<Observation>(mutated), mutated) ? 1 : 0;
                    Expect(() => ObservationSet.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes("[" + mutated + "]"))), mutated);
                    Expect(() => DanVanJson.Deserialize<ObservationSet>("[" + mutated + "," + mutated + "]"), mutated);
                }
            }
        }

        accepted.Should().BeGreaterThan(20, "some replacements still make an observation (an unknown property, a null optional one)");
    }

    [Fact]
    public void Every_truncation_of_a_set_document_is_a_JsonException()
    {
        var json = DanVanJson.Serialize(Sample());
        var bytes = Encoding.UTF8.GetBytes(json);
        for (var length = 0; length < bytes.Length; length++)
        {
            var prefix = bytes[..length];
            Expect(() => ObservationSet.ReadJson(new MemoryStream(prefix)), $"prefix of {length} bytes", mustFail: true);
            if (length % 7 == 0)
            {
                Expect(() => ObservationSet.ReadJson(new ChunkedStream(prefix, 5)), $"prefix of {length} bytes in chunks", mustFail: true);
                Expect(() => DanVanJson.Deserialize<ObservationSet>(prefix), $"prefix of {length} bytes", mustFail: true);
            }
        }

        var subject = DanVanJson.Serialize(LapThachBoth);
        for (var length = 0; length < subject.Length; length++)
        {
            Expect(() => DanVanJson.Deserialize<ObservationSubject>(subject[..length]), subject[..length], mustFail: true);
        }
    }

    [Fact]
    public void Deep_nesting_is_a_JsonException()
    {
        var deep = new string('[', 5_000) + new string(']', 5_000);
        Expect(() => ObservationSet.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(deep))), "deep array", mustFail: true);
        Expect(() => DanVanJson.Deserialize<ObservationSet>(deep), "deep array", mustFail: true);
        var deepProperty = "[{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1,\"x\":" + new string('[', 5_000) + new string(']', 5_000) + "}]";
        Expect(() => ObservationSet.ReadJson(new ChunkedStream(Encoding.UTF8.GetBytes(deepProperty), 100)), "deep unknown property", mustFail: true);
        Expect(() => DanVanJson.Deserialize<ObservationSet>(deepProperty), "deep unknown property", mustFail: true);
        var deepObject = "[" + string.Concat(Enumerable.Repeat("{\"x\":", 5_000)) + "1" + new string('}', 5_000) + "]";
        Expect(() => ObservationSet.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(deepObject))), "deep objects", mustFail: true);
    }

    [Fact]
    public void Invalid_utf8_anywhere_in_a_set_document_is_a_JsonException_or_skipped()
    {
        var bytes = WriteJson(Sample());
        RefusedInvalidUtf8(bytes, 64, b => ObservationSet.ReadJson(new MemoryStream(b))).Should().BeGreaterThan(400);
        RefusedInvalidUtf8(bytes, 65, b => ObservationSet.ReadJson(new ChunkedStream(b, 3)), count: 200).Should().BeGreaterThan(100);
        RefusedInvalidUtf8(bytes, 66, b => DanVanJson.Deserialize<ObservationSet>(b), count: 300).Should().BeGreaterThan(200);
    }

    [Fact]
    public void Random_byte_mutations_of_a_set_document_never_escape_as_other_exceptions()
    {
        var bytes = WriteJson(Sample());
        var random = new Random(6401);
        const string Pieces = "{}[],:\"\\ 0123456789-.eEtrufanl/";
        for (var i = 0; i < 3_000; i++)
        {
            var mutated = (byte[])bytes.Clone();
            for (var j = random.Next(1, 4); j > 0; j--)
            {
                mutated[random.Next(mutated.Length)] = (byte)Pieces[random.Next(Pieces.Length)];
            }

            Expect(() => ObservationSet.ReadJson(new MemoryStream(mutated)), Encoding.UTF8.GetString(mutated));
            if (i % 10 == 0)
            {
                Expect(() => DanVanJson.Deserialize<ObservationSet>(mutated), Encoding.UTF8.GetString(mutated));
            }
        }
    }

    [Fact]
    public void Truncated_and_mutated_csv_gives_only_format_errors_and_lenient_reading_never_throws()
    {
        var bytes = WriteCsv(Sample());
        for (var length = 0; length <= bytes.Length; length++)
        {
            CheckCsv(bytes[..length], $"prefix of {length} bytes");
        }

        var random = new Random(6402);
        const string Pieces = ",\"\r\n ab01-./9QM\u00FF";
        for (var i = 0; i < 3_000; i++)
        {
            var mutated = (byte[])bytes.Clone();
            for (var j = random.Next(1, 4); j > 0; j--)
            {
                mutated[random.Next(mutated.Length)] = random.Next(10) == 0 ? (byte)random.Next(256) : (byte)Pieces[random.Next(Pieces.Length)];
            }

            CheckCsv(mutated, Encoding.UTF8.GetString(mutated));
        }
    }

    [Fact]
    public void Hostile_strings_as_csv_text_or_cells_are_only_format_errors()
    {
        foreach (var text in Fuzz.HostileStrings.Generate(1_000))
        {
            CheckCsv(Encoding.UTF8.GetBytes(text), text);
            CheckCsv(Encoding.UTF8.GetBytes(Header + "\n" + text), text);
            var quoted = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            CheckCsv(Encoding.UTF8.GetBytes(Header + "\na.b,01,,," + quoted + ",1,,,,,,\na.b,01,,,2021,1,,,,," + quoted + ",\n"), text);
        }
    }

    [Fact]
    public void Invalid_utf8_in_csv_is_reported_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\na.b,01,,,2021,1,,,,,ok,\na.b,01,,,2021,2,,,,,X,\n");
        var at = Array.LastIndexOf(bytes, (byte)'X');
        foreach (var bad in new byte[][] { [0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80] })
        {
            var mutated = bytes[..at].Concat(bad).Concat(bytes[(at + 1)..]).ToArray();
            var set = ObservationSet.ReadCsv(new MemoryStream(mutated), out var issues);
            set.Count.Should().Be(1);
            issues.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code.ToString() == "DV6407" && i.Path == "lines[3]");
        }

        RefusedCsv(bytes, 6407).Should().BeGreaterThan(100);
    }

    // Strict: a set or a DanVanFormatException; lenient: a set, never an exception; both agree on the first issue.
    private static void CheckCsv(byte[] csv, string what)
    {
        ObservationSet? strict = null;
        DanVanFormatException? failure = null;
        try
        {
            strict = ObservationSet.ReadCsv(new MemoryStream(csv));
        }
        catch (DanVanFormatException exception)
        {
            failure = exception;
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{exception.GetType().Name} for {Show(what)}: {exception.Message}");
        }

        ObservationSet lenient = null!;
        var issues = ValidationResult.Success;
        FluentActions.Invoking(() => lenient = ObservationSet.ReadCsv(new MemoryStream(csv), out issues)).Should().NotThrow(Show(what));
        if (failure is null)
        {
            issues.Issues.Should().BeEmpty(Show(what));
            lenient.Should().Equal(strict!);
        }
        else
        {
            issues.Issues[0].Should().Be(failure.Issue, Show(what));
            failure.Issue.Code.ToString().Should().MatchRegex("^DV64(0[1-9]|1[0-5])$");
        }
    }

    // Inserts bad UTF-8 at random places; the count of texts the strict reader refused (anything but a format error fails).
    private static int RefusedCsv(byte[] csv, int seed)
    {
        var random = new Random(seed);
        byte[][] bad = [[0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80]];
        var refused = 0;
        for (var i = 0; i < 300; i++)
        {
            var at = random.Next(csv.Length);
            var mutated = csv[..at].Concat(bad[i % bad.Length]).Concat(csv[at..]).ToArray();
            CheckCsv(mutated, $"bad UTF-8 at {at}");
            try
            {
                ObservationSet.ReadCsv(new MemoryStream(mutated));
            }
            catch (DanVanFormatException)
            {
                refused++;
            }
        }

        return refused;
    }
}
