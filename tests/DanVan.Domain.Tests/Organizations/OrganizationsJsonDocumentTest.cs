using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DanVan.Domain.Organizations;
using DanVan.Domain.Serialization;
using static DanVan.Domain.Tests.Organizations.OrganizationJsonSamples;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>
/// The JSON examples of docs/organizations-json.md, so the guide stays true: each block is marked with the type it shows
/// (<c>&lt;!-- json: Organization --&gt;</c>) or the Popolo collection it comes from (<c>&lt;!-- popolo: areas --&gt;</c>).
/// </summary>
public partial class OrganizationsJsonDocumentTest
{
    private static readonly string Guide = File.ReadAllText(TestPaths.Repository("docs/organizations-json.md"));

    private static readonly (string Marker, string Json)[] Blocks =
        [.. BlockPattern().Matches(Guide).Select(m => (m.Groups["marker"].Success ? m.Groups["marker"].Value : string.Empty, m.Groups["json"].Value))];

    [Fact]
    public void Every_JSON_block_is_marked_so_that_it_is_checked()
    {
        Blocks.Should().HaveCountGreaterThan(10);
        Blocks.Where(b => b.Marker.Length == 0).Select(b => b.Json).Should().BeEmpty();
    }

    [Fact]
    public void The_library_examples_read_and_write_back_unchanged()
    {
        var checkedBlocks = 0;
        foreach (var (marker, json) in Blocks.Where(b => b.Marker.StartsWith("json: ", StringComparison.Ordinal)))
        {
            var written = marker["json: ".Length..] switch
            {
                "Organization" => DanVanJson.Serialize(DanVanJson.Deserialize<Organization>(json)),
                "OrganizationEvent" => DanVanJson.Serialize(DanVanJson.Deserialize<OrganizationEvent>(json)),
                "Person" => DanVanJson.Serialize(DanVanJson.Deserialize<Person>(json)),
                "Appointment" => DanVanJson.Serialize(DanVanJson.Deserialize<Appointment>(json)),
                "Post" => DanVanJson.Serialize(DanVanJson.Deserialize<Post>(json)),
                "registry" => Write(OrganizationRegistry.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)))),
                var other => throw new InvalidOperationException($"Unknown marker '{other}'."),
            };
            JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)).Should().BeTrue($"the block must be what the library writes:\n{json}\nwritten:\n{written}");
            checkedBlocks++;
        }

        checkedBlocks.Should().BeGreaterThanOrEqualTo(7);
    }

    [Fact]
    public void The_registry_document_is_the_sample_registry_of_the_tests()
    {
        var json = Blocks.Single(b => b.Marker == "json: registry").Json;
        var loaded = OrganizationRegistry.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        loaded.Added.Should().Equal(Registry.Added);
        loaded.Appointments.Should().Equal(Registry.Appointments);
    }

    [Fact]
    public void The_materialised_examples_are_what_the_registry_gives()
    {
        var farmers = Blocks.Where(b => b.Marker == "json: Organization").Select(b => b.Json).Single(j => j.Contains("01/farmers-union", StringComparison.Ordinal));
        DanVanJson.Deserialize<Organization>(farmers).Should().Be(OrganizationRegistry.Default.Find(Id("01/farmers-union")));
        var merger = Blocks.Single(b => b.Marker == "json: OrganizationEvent").Json;
        DanVanJson.Deserialize<OrganizationEvent>(merger).Should().Be(OrganizationRegistry.Default.Find(Id("tw/danvan-commission"))!.Events.Single());
        var post = Blocks.Single(b => b.Marker == "json: Post").Json;
        DanVanJson.Deserialize<Post>(post).Should().Be(new Post(OrganizationRegistry.Default.Find(Id("279/peoples-committee"))!, PostRole.Head));
    }

    [Fact]
    public void The_Popolo_excerpts_are_elements_of_the_export_of_the_sample_registry()
    {
        var export = JsonNode.Parse(PopoloExport.ToJson(Registry, new Domain.Organizations.PopoloScope(ExportDate, [ThuongTin])))!;
        var excerpts = 0;
        foreach (var (marker, json) in Blocks.Where(b => b.Marker.StartsWith("popolo: ", StringComparison.Ordinal)))
        {
            var collection = marker["popolo: ".Length..];
            var excerpt = JsonNode.Parse(json)!;
            var id = excerpt["id"]!.GetValue<string>();
            var element = export[collection]!.AsArray().SingleOrDefault(e => e!["id"]!.GetValue<string>() == id);
            element.Should().NotBeNull($"{collection} holds {id}");
            JsonNode.DeepEquals(excerpt, element).Should().BeTrue($"the excerpt must be the exported element:\n{json}\nexported:\n{element!.ToJsonString()}");
            excerpts++;
        }

        excerpts.Should().BeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public void The_counts_and_the_titles_in_the_guide_are_those_of_the_export()
    {
        var export = JsonNode.Parse(PopoloExport.ToJson(Registry, new Domain.Organizations.PopoloScope(ExportDate, [ThuongTin])))!;
        var counts = $"holds {export["organizations"]!.AsArray().Count} organizations";
        Guide.Should().Contain(counts).And.Contain($"the {export["posts"]!.AsArray().Count}\nposts")
            .And.Contain($"{export["persons"]!.AsArray().Count} persons; {export["memberships"]!.AsArray().Count} memberships; and {export["areas"]!.AsArray().Count} areas");
        Guide.Should().Contain("// " + Registry.TitlesOf(PersonA, ExportDate));
    }

    [Fact]
    public void The_error_example_is_the_message_the_library_gives()
    {
        var json = """{"organizations":[{"id":"01/party-committee","name":"Thành ủy Hà Nội","events":[{"kind":"renamed","date":"2025-02-30"}]}]}""";
        var act = () => OrganizationRegistry.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var message = act.Should().Throw<JsonException>().Which.Message;
        Guide.Should().Contain("\n" + message + "\n");
    }

    private static string Write(OrganizationRegistry registry)
    {
        using var stream = new MemoryStream();
        registry.WriteTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [GeneratedRegex(@"(?:<!-- (?<marker>[a-z]+: [A-Za-z]+) -->\s*\n)?```json\n(?<json>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();
}
