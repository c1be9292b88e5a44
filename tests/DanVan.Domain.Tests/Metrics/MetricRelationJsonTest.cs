using System.Text;
using System.Text.Json;
using DanVan.Domain.Metrics;
using DanVan.Domain.Serialization;
using static DanVan.Domain.Tests.Fuzz.JsonFuzz;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Relations in JSON: the shape, round trips, refusals as JsonException, hostile input.</summary>
public class MetricRelationJsonTest
{
    private const string Json = """{"lesser":"petitions.within-jurisdiction","greater":"petitions.received"}""";

    [Fact]
    public void A_relation_is_written_as_its_two_codes_and_reads_back()
    {
        var relation = MetricRelation.BuiltIn[0];
        DanVanJson.Serialize(relation).Should().Be(Json);
        DanVanJson.Deserialize<MetricRelation>(Json).Should().Be(relation);
        DanVanJson.Deserialize<IReadOnlyList<MetricRelation>>(DanVanJson.Serialize(MetricRelation.BuiltIn)).Should().Equal(MetricRelation.BuiltIn);
    }

    [Theory]
    [InlineData("""{"greater":"petitions.received"}""", "A metric relation needs a 'lesser' metric.")]
    [InlineData("""{"lesser":"petitions.received"}""", "A metric relation needs a 'greater' metric.")]
    [InlineData("""{"lesser":"petitions.received","greater":"petitions.received"}""", "Not a valid metric relation: A relation needs two different metrics; petitions.received is given twice.")]
    [InlineData("""{"lesser":"Petitions","greater":"petitions.received"}""", "'lesser': 'Petitions' is not a metric code*")]
    [InlineData("""{"lesser":1,"greater":"petitions.received"}""", "'lesser': Expected a metric code string*found Number.")]
    [InlineData("""["petitions.received"]""", "*a metric relation as a JSON object*")]
    public void Bad_relations_are_JsonExceptions(string json, string message)
    {
        var act = () => DanVanJson.Deserialize<MetricRelation>(json);
        act.Should().Throw<JsonException>().WithMessage(message).Which.Path.Should().Be("$");
    }

    [Fact]
    public void Hostile_truncated_and_mutated_relations_give_a_value_or_a_JsonException()
    {
        foreach (var text in Fuzz.HostileStrings.Generate(500))
        {
            Expect(() => DanVanJson.Deserialize<MetricRelation>(text), text);
            Expect(() => DanVanJson.Deserialize<MetricRelation>(Replace(Json, "lesser", JsonSerializer.Serialize(text))), text);
        }

        for (var length = 0; length < Json.Length; length++)
        {
            Expect(() => DanVanJson.Deserialize<MetricRelation>(Json[..length]), Json[..length], mustFail: true);
        }

        RefusedInvalidUtf8(Encoding.UTF8.GetBytes(Json), 2021, bytes => DanVanJson.Deserialize<MetricRelation>(bytes), 200).Should().BeGreaterThan(150);
    }
}
