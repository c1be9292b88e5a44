using System.Text;
using System.Text.Json;
using DanVan.Domain.Metrics;
using DanVan.Domain.Serialization;
using static DanVan.Domain.Metrics.Additivity;
using static DanVan.Domain.Metrics.MetricDirection;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Definitions and catalogs in JSON: the documented shape, round trips, and every refusal as a JsonException with its path.</summary>
public class MetricCatalogJsonTest
{
    internal static readonly MetricDefinition Mediation = new(
        MetricCode.Parse("hanoi.mediation-cases", null), "Số vụ hòa giải thành", "Mediation cases settled", UnitOfMeasure.Session, MetricKind.Count, Additive, HigherIsBetter,
        description: "Hòa giải ở cơ sở");

    internal static readonly MetricDefinition ReceivedResolution = new(
        MetricCode.Parse("hanoi.petitions-resolved-of-received", null), "Tỷ lệ đơn giải quyết trên số đơn tiếp nhận", "Petitions resolved of those received",
        UnitOfMeasure.Percent, MetricKind.Rate, Additive, HigherIsBetter, BuiltInMetrics.PetitionsResolved, BuiltInMetrics.PetitionsReceived);

    internal static readonly MetricCatalog Portal = MetricCatalog.Default.With(Mediation, ReceivedResolution);

    private const string MediationJson =
        """{"code":"hanoi.mediation-cases","vietnameseName":"Số vụ hòa giải thành","englishName":"Mediation cases settled","unit":"session","kind":"count","additivity":"additive","direction":"higherIsBetter","description":"Hòa giải ở cơ sở"}""";

    [Fact]
    public void A_definition_is_written_in_the_documented_shape()
    {
        DanVanJson.Serialize(Mediation).Should().Be(MediationJson);
        DanVanJson.Serialize(MetricCatalog.Default.Get(BuiltInMetrics.PetitionsResolutionRate)).Should().Be(
            """{"code":"petitions.resolution-rate","vietnameseName":"Tỷ lệ giải quyết đơn thuộc thẩm quyền","englishName":"Resolution rate of petitions within jurisdiction","unit":"percent","kind":"rate","additivity":"additive","direction":"higherIsBetter","numerator":"petitions.resolved","denominator":"petitions.within-jurisdiction"}""");
        DanVanJson.Serialize(MetricCatalog.Default.Get(BuiltInMetrics.GradingGrade)).Should().Be(
            """{"code":"grading.grade","vietnameseName":"Xếp loại công tác dân vận","englishName":"Dân vận grade","unit":"grade","kind":"grade","additivity":"nonAdditive","direction":"lowerIsBetter","grades":["Hoàn thành xuất sắc nhiệm vụ","Hoàn thành tốt nhiệm vụ","Hoàn thành nhiệm vụ","Không hoàn thành nhiệm vụ"]}""");
    }

    [Fact]
    public void Every_built_in_definition_reads_back_equal()
    {
        foreach (var definition in MetricCatalog.Default.All)
        {
            DanVanJson.Deserialize<MetricDefinition>(DanVanJson.Serialize(definition)).Should().Be(definition);
        }

        DanVanJson.Deserialize<IReadOnlyList<MetricDefinition>>(DanVanJson.Serialize(MetricCatalog.Default.All)).Should().Equal(MetricCatalog.Default.All);
    }

    [Fact]
    public void Reading_normalises_names_and_ignores_unknown_properties()
    {
        var json = """{"future":{"a":[1]},"code":"a.b","vietnameseName":"Ho\u0300a gia\u0309i","englishName":"Mediation","unit":"session","kind":"count","additivity":"stock","direction":"neutral","numerator":null,"denominator":null,"grades":null,"description":null}""";
        var definition = DanVanJson.Deserialize<MetricDefinition>(json)!;
        definition.VietnameseName.Should().Be("Hòa giải");
        definition.Additivity.Should().Be(Stock);
        definition.Direction.Should().Be(Neutral);
        definition.Numerator.Should().BeNull();
        definition.Grades.Should().BeEmpty();
        definition.Description.Should().BeNull();
    }

    [Fact]
    public void The_default_catalog_is_written_as_extending_the_built_ins_and_loads_back()
    {
        Encoding.UTF8.GetString(Write(MetricCatalog.Default)).Should().Be("""{"formatVersion":1,"extends":"default","metrics":[]}""");
        Load("""{"extends":"default"}""").All.Should().Equal(MetricCatalog.Default.All);
        DanVanJson.Serialize(MetricCatalog.Default).Should().Be("""{"formatVersion":1,"extends":"default","metrics":[]}""");
        DanVanJson.Deserialize<MetricCatalog>("""{"formatVersion":1,"extends":"default","metrics":[]}""")!.All.Should().Equal(MetricCatalog.Default.All);
    }

    [Fact]
    public void A_portal_catalog_writes_only_its_own_metrics_and_reads_back_equal()
    {
        var bytes = Write(Portal);
        using (var document = JsonDocument.Parse(bytes))
        {
            var root = document.RootElement;
            root.EnumerateObject().Select(p => p.Name).Should().Equal("formatVersion", "extends", "metrics");
            root.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("code").GetString())
                .Should().Equal("hanoi.mediation-cases", "hanoi.petitions-resolved-of-received");
        }

        var loaded = MetricCatalog.Load(new MemoryStream(bytes));
        loaded.All.Should().Equal(Portal.All);
        loaded.Get(ReceivedResolution.Code).Denominator.Should().Be(BuiltInMetrics.PetitionsReceived);
        DanVanJson.Deserialize<MetricCatalog>(DanVanJson.Serialize(Portal))!.All.Should().Equal(Portal.All);
    }

    [Fact]
    public void A_catalog_without_the_built_ins_is_written_whole_and_reads_back_without_them()
    {
        var own = MetricCatalog.Of([Mediation]);
        var json = Encoding.UTF8.GetString(Write(own));
        json.Should().Be("{\"formatVersion\":1,\"metrics\":[" + MediationJson + "]}");
        var loaded = Load(json);
        loaded.All.Should().Equal(Mediation);
        loaded.Contains(BuiltInMetrics.SupervisionSessions).Should().BeFalse();

        // The built-ins in another order are not "the default": every definition is written.
        var reordered = MetricCatalog.Of(MetricCatalog.Default.All.Reverse());
        var back = Load(Encoding.UTF8.GetString(Write(reordered)));
        back.All.Should().Equal(reordered.All);
        JsonDocument.Parse(Write(reordered)).RootElement.TryGetProperty("extends", out _).Should().BeFalse();
        Load("{}").All.Should().BeEmpty();
        Load("""{"metrics":null,"extends":null}""").All.Should().BeEmpty();
    }

    [Fact]
    public void A_ratio_over_built_in_parts_needs_extends_default()
    {
        var json = "{\"metrics\":[" + DanVanJson.Serialize(ReceivedResolution) + "]}";
        var act = () => Load(json);
        var exception = act.Should().Throw<JsonException>().Which;
        exception.Path.Should().Be("$.metrics[0]");
        exception.Message.Should().Be("'numerator': hanoi.petitions-resolved-of-received names petitions.resolved as a part, which is neither listed nor in the catalog (add \"extends\":\"default\" to use the built-in metrics).");
        Load(json.Replace("{\"metrics\"", "{\"extends\":\"default\",\"metrics\"", StringComparison.Ordinal)).Contains(ReceivedResolution.Code).Should().BeTrue();
    }

    [Theory]
    [InlineData("""{"formatVersion":2}""", "*format version 2*Update the package*", "$.formatVersion")]
    [InlineData("""{"formatVersion":0}""", "*format version 0*", "$.formatVersion")]
    [InlineData("""{"formatVersion":"1"}""", "*'formatVersion'*", "$.formatVersion")]
    [InlineData("""{"extends":"builtIn"}""", "'extends' must be \"default\"*another string*", "$.extends")]
    [InlineData("""{"extends":"Default"}""", "'extends' must be*", "$.extends")]
    [InlineData("""{"extends":true}""", "'extends' must be*True*", "$.extends")]
    [InlineData("""{"metrics":{}}""", "*'metrics' as a JSON array*", "$.metrics")]
    [InlineData("""{"metrics":[null]}""", "*cannot be null*", "$.metrics[0]")]
    [InlineData("""{"metrics":[7]}""", "*a metric definition as a JSON object*", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"vietnameseName":"A"}]}""", "A metric definition needs a 'code'.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","vietnameseName":"A","englishName":"A","unit":"session","kind":"count","additivity":"additive"}]}""", "Metric a.b needs a 'direction'.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","vietnameseName":"A","englishName":"A","unit":"session","kind":"count","direction":"neutral"}]}""", "Metric a.b needs a 'additivity'.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","vietnameseName":"A","englishName":"A","unit":"session","additivity":"additive","direction":"neutral"}]}""", "Metric a.b needs a 'kind'.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","vietnameseName":"A","englishName":"A","kind":"count","additivity":"additive","direction":"neutral"}]}""", "Metric a.b needs a 'unit'.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","englishName":"A","unit":"session","kind":"count","additivity":"additive","direction":"neutral"}]}""", "Metric a.b needs a 'vietnameseName'.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","vietnameseName":"A","unit":"session","kind":"count","additivity":"additive","direction":"neutral"}]}""", "Metric a.b needs a 'englishName'.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"A.B"}]}""", "'code': 'A.B' is not a metric code: only lower-case ASCII letters, digits, hyphens and dots are allowed.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":""}]}""", "'code': A metric code is required.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":5}]}""", "'code': Expected a metric code string*found Number.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","unit":"cuộc"}]}""", "'unit': 'cuộc' is not a UnitOfMeasure*", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","unit":99}]}""", "'unit': 99 is not a UnitOfMeasure.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","kind":"count, rate"}]}""", "'kind': 'count, rate' is not a MetricKind: give one name.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","grades":["A",3]}]}""", "'grades[1]': 'grade' must be a string, found Number.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","grades":"A"}]}""", "'grades': *as a JSON array*", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","vietnameseName":"A","englishName":"A","unit":"session","kind":"rate","additivity":"additive","direction":"neutral"}]}""", "Not a valid metric definition: a.b: a rate or coverage is measured in percent.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","vietnameseName":"A","englishName":"A","unit":"point","kind":"score","additivity":"additive","direction":"neutral"}]}""", "Not a valid metric definition: a.b: a score is never added; its additivity must be NonAdditive.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","vietnameseName":" ","englishName":"A","unit":"session","kind":"count","additivity":"additive","direction":"neutral"}]}""", "Not a valid metric definition: *", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","vietnameseName":"A","englishName":"A","unit":"percent","kind":"rate","additivity":"additive","direction":"neutral","numerator":"c.d"}]}""", "Not a valid metric definition: a.b: give both a numerator and a denominator metric, or neither.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","vietnameseName":"A","englishName":"A","unit":"grade","kind":"grade","additivity":"nonAdditive","direction":"neutral","grades":["Tốt","Tốt"]}]}""", "Not a valid metric definition: a.b: grade levels must be distinct and not blank.", "$.metrics[0]")]
    [InlineData("""{"extends":"default","metrics":[{"code":"petitions.received","vietnameseName":"A","englishName":"A","unit":"petition","kind":"count","additivity":"additive","direction":"neutral"}]}""", "The metric petitions.received is built in; give your own metric another code.", "$.metrics[0]")]
    [InlineData("""{"metrics":[{"code":"a.b","vietnameseName":"A","englishName":"A","unit":"session","kind":"count","additivity":"additive","direction":"neutral"},{"code":"a.c","vietnameseName":"A","englishName":"A","unit":"session","kind":"count","additivity":"additive","direction":"neutral"},{"code":"a.b","vietnameseName":"B","englishName":"B","unit":"session","kind":"count","additivity":"additive","direction":"neutral"}]}""", "The metric a.b is already defined at metrics[0].", "$.metrics[2]")]
    [InlineData("""{"metrics":[{"code":"a.b","vietnameseName":"A","englishName":"A","unit":"session","kind":"count","additivity":"additive","direction":"neutral"},{"code":"a.r","vietnameseName":"A","englishName":"A","unit":"percent","kind":"coverage","additivity":"stock","direction":"neutral","numerator":"a.b","denominator":"a.z"}]}""", "'denominator': a.r names a.z as a part*", "$.metrics[1]")]
    [InlineData("null", "*cannot be null*", "$")]
    [InlineData("[]", "*a metric catalog as a JSON object*", "$")]
    [InlineData("\"default\"", "*a metric catalog as a JSON object*", "$")]
    public void Bad_documents_are_refused_with_the_path_of_what_failed(string json, string message, string path)
    {
        var act = () => Load(json);
        act.Should().Throw<JsonException>().WithMessage(message).Which.Path.Should().Be(path);
    }

    [Theory]
    [InlineData("""{"code":"a.b","vietnameseName":"A","englishName":"A","unit":"session","kind":"coverage","additivity":"additive","direction":"neutral"}""", "Not a valid metric definition: a.b:*", "$")]
    [InlineData("""{"code":"a.b"}""", "Metric a.b needs a 'vietnameseName'.", "$")]
    [InlineData("""{"code":"a.b","kind":"grade","grades":[null]}""", "'grades[0]': *cannot be null*", "$")]
    [InlineData("""[{"code":"a.b"}]""", "*a metric definition as a JSON object*", "$")]
    public void Bad_definitions_read_alone_are_refused(string json, string message, string path)
    {
        var act = () => DanVanJson.Deserialize<MetricDefinition>(json);
        act.Should().Throw<JsonException>().WithMessage(message).Which.Path.Should().Be(path);
    }

    [Fact]
    public void A_bad_definition_in_a_list_is_refused_with_its_index()
    {
        var act = () => DanVanJson.Deserialize<IReadOnlyList<MetricDefinition>>("[" + MediationJson + ",{\"code\":\"a.b\"}]");
        act.Should().Throw<JsonException>().WithMessage("*needs a 'vietnameseName'*").Which.Path.Should().Be("$[1]");
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var load = () => MetricCatalog.Load(null!);
        load.Should().Throw<ArgumentNullException>();
        var write = () => MetricCatalog.Default.WriteTo(null!);
        write.Should().Throw<ArgumentNullException>();
    }

    internal static byte[] Write(MetricCatalog catalog)
    {
        using var stream = new MemoryStream();
        catalog.WriteTo(stream);
        return stream.ToArray();
    }

    internal static MetricCatalog Load(string json) => MetricCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
