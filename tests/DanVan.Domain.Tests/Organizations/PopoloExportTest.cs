using System.Text;
using System.Text.Json;
using DanVan.Domain.Organizations;
using NodaTime;
using static DanVan.Domain.Tests.Organizations.OrganizationJsonSamples;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>The Popolo export: what a scope takes, the Popolo names, parents and areas that resolve, the extensions.</summary>
public class PopoloExportTest
{
    private static readonly string[] DistrictKinds =
    [
        "party-committee", "party-standing-committee", "party-standing-office", "danvan-commission", "propaganda-commission",
        "peoples-council", "peoples-committee", "fatherland-front-committee",
        "labor-federation", "farmers-union", "youth-union", "womens-union", "veterans-association",
    ];

    // The Hà Nội bodies the district's bodies lead up to: the Party committee over the Huyện ủy (and over its commissions
    // through it), and the city body of the same kind for the State, the Front and the five organizations.
    private static readonly string[] CityKinds =
    [
        "party-committee", "peoples-council", "peoples-committee", "fatherland-front-committee",
        "labor-federation", "farmers-union", "youth-union", "womens-union", "veterans-association",
    ];

    private static readonly PopoloScope ThuongTinScope = new(ExportDate, [ThuongTin]);

    [Fact]
    public void Thuong_Tin_on_2020_03_26_holds_the_stored_bodies_the_district_and_what_they_lead_up_to()
    {
        using var document = Export(Registry, ThuongTinScope);
        var ids = Ids(document, "organizations");
        var expected = Registry.Organizations.Select(o => o.Id.ToString())
            .Concat(DistrictKinds.Select(kind => "279/" + kind))
            .Concat(CityKinds.Select(kind => "01/" + kind))
            .Append("10186/party-committee")
            .ToList();
        expected.Should().HaveCount(15 + 3 + 13 + 9 + 1);
        ids.Should().BeEquivalentTo(expected).And.BeInAscendingOrder(StringComparer.Ordinal);
        Ids(document, "areas").Should().Equal("vn", "01", "10186", "279");
        Ids(document, "persons").Should().Equal("person/id/hn-0001", PopoloExport.PersonId(PersonC), PopoloExport.PersonId(PersonB));
        document.RootElement.GetProperty("memberships").GetArrayLength().Should().Be(4);
        document.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("organizations", "posts", "persons", "memberships", "areas");
    }

    [Fact]
    public void Every_parent_and_area_resolves_inside_the_document()
    {
        using var document = Export(Registry, ThuongTinScope);
        var organizations = Ids(document, "organizations").ToHashSet();
        var areas = Ids(document, "areas").ToHashSet();
        foreach (var body in document.RootElement.GetProperty("organizations").EnumerateArray())
        {
            if (body.TryGetProperty("parent_id", out var parent))
            {
                organizations.Should().Contain(parent.GetString()!, $"the parent of {body.GetProperty("id")}");
            }

            areas.Should().Contain(body.GetProperty("area_id").GetString()!, $"the area of {body.GetProperty("id")}");
        }

        foreach (var area in document.RootElement.GetProperty("areas").EnumerateArray().Skip(1))
        {
            areas.Should().Contain(area.GetProperty("parent_id").GetString()!);
        }

        foreach (var post in document.RootElement.GetProperty("posts").EnumerateArray())
        {
            organizations.Should().Contain(post.GetProperty("organization_id").GetString()!);
        }

        var posts = Ids(document, "posts").ToHashSet();
        var persons = Ids(document, "persons").ToHashSet();
        foreach (var membership in document.RootElement.GetProperty("memberships").EnumerateArray())
        {
            organizations.Should().Contain(membership.GetProperty("organization_id").GetString()!);
            posts.Should().Contain(membership.GetProperty("post_id").GetString()!);
            persons.Should().Contain(membership.GetProperty("person_id").GetString()!);
        }
    }

    [Fact]
    public void Parents_follow_each_line_up_to_the_centre()
    {
        using var document = Export(Registry, ThuongTinScope);
        var parents = Organizations(document).ToDictionary(o => o.GetProperty("id").GetString()!, o => o.TryGetProperty("parent_id", out var p) ? p.GetString() : null);
        parents["279/danvan-commission"].Should().Be("279/party-committee");
        parents["279/party-committee"].Should().Be("01/party-committee");
        parents["01/party-committee"].Should().Be("tw/central-committee");
        parents["tw/central-committee"].Should().BeNull();
        parents["279/peoples-committee"].Should().Be("01/peoples-committee");
        parents["01/peoples-committee"].Should().Be("tw/government");
        parents["279/peoples-council"].Should().Be("01/peoples-council");
        parents["01/peoples-council"].Should().BeNull("a provincial People's Council answers to no body above it in this model");
        parents["279/womens-union"].Should().Be("01/womens-union");
        parents["01/womens-union"].Should().Be("tw/womens-union");
        parents["10186/party-cell/thon-dong"].Should().Be("10186/party-committee");
        parents["10186/party-committee"].Should().Be("279/party-committee");
        parents["01/inspection-delegation/2020-3"].Should().Be("01/party-committee");
        parents["tw/politburo"].Should().Be("tw/central-committee");
    }

    [Fact]
    public void Areas_are_unit_versions_linked_up_to_the_country()
    {
        using var document = Export(Registry, ThuongTinScope);
        var areas = document.RootElement.GetProperty("areas").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        areas["vn"].GetRawText().Should().Be("""{"id":"vn","name":"Việt Nam","identifier":"VN","classification":"country"}""");
        areas["01"].GetProperty("parent_id").GetString().Should().Be("vn");
        areas["01"].GetProperty("classification").GetString().Should().Be("municipality");
        areas["279"].GetProperty("parent_id").GetString().Should().Be("01");
        areas["279"].GetProperty("name").GetString().Should().Be("Huyện Thường Tín");
        areas["279"].GetProperty("+end_date").GetString().Should().Be("2025-06-30");
        areas["10186"].GetProperty("parent_id").GetString().Should().Be("279");
        areas["10186"].GetProperty("identifier").GetString().Should().Be("10186");
        var byId = Organizations(document).ToDictionary(o => o.GetProperty("id").GetString()!);
        byId["tw/politburo"].GetProperty("area_id").GetString().Should().Be("vn");
        byId["279/youth-union"].GetProperty("area_id").GetString().Should().Be("279");
        byId["10186/party-cell/thon-dong"].GetProperty("area_id").GetString().Should().Be("10186");
    }

    [Fact]
    public void Dates_names_classifications_and_extensions_use_the_Popolo_names()
    {
        using var document = Export(Registry, ThuongTinScope);
        var byId = Organizations(document).ToDictionary(o => o.GetProperty("id").GetString()!);
        var commission = byId["279/danvan-commission"];
        commission.GetProperty("classification").GetString().Should().Be("danVanCommission");
        commission.GetProperty("dissolution_date").GetString().Should().Be("2025-06-30");
        commission.TryGetProperty("founding_date", out _).Should().BeFalse("the district existed before any date the catalog covers");
        commission.GetProperty("identifiers")[0].GetRawText().Should().Be("""{"identifier":"279/danvan-commission","scheme":"danvan-organization-id"}""");
        byId["279/peoples-committee"].GetProperty("other_names").GetRawText().Should().Be(
            """[{"name":"UBND huyện Thường Tín","note":"abbreviated"},{"name":"Thuong Tin District People\u0027s Committee","note":"English"}]""");

        var central = byId["tw/danvan-commission"];
        central.GetProperty("dissolution_date").GetString().Should().Be("2025-02-02");
        var merger = central.GetProperty("+events")[0];
        merger.GetProperty("kind").GetString().Should().Be("mergedInto");
        merger.GetProperty("date").GetString().Should().Be("2025-02-03");
        merger.GetProperty("successors")[0].GetRawText().Should().Be("""{"id":"tw/propaganda-danvan-commission","coverage":"whole"}""");
        merger.GetProperty("legal_basis")[0].GetString().Should().Be("246-QĐ/TW");
        byId["tw/propaganda-danvan-commission"].GetProperty("founding_date").GetString().Should().Be("2025-02-03");

        var delegation = byId["01/inspection-delegation/2020-3"];
        delegation.GetProperty("founding_date").GetString().Should().Be("2020-03-01");
        delegation.GetProperty("+number").GetInt32().Should().Be(3);
        byId["10186/party-cell/thon-dong"].GetProperty("+locality").GetString().Should().Be("thôn Đông");
        byId["01/danvan-commission"].GetProperty("+note").GetString().Should().Be("Added to give the English name the portal uses.");

        var farmers = byId["01/farmers-union"];
        farmers.GetProperty("+supervisor_id").GetString().Should().Be("01/fatherland-front-committee");
        farmers.GetProperty("+supervised_from").GetString().Should().Be("2025-07-01");
        farmers.GetProperty("+events")[0].GetProperty("superior_id").GetString().Should().Be("01/fatherland-front-committee");
    }

    [Fact]
    public void Posts_are_those_of_each_body_with_labels_and_roles()
    {
        using var document = Export(Registry, ThuongTinScope);
        var expected = Registry.Organizations.Concat(Registry.ForUnit(ThuongTin, ExportDate))
            .Select(o => o.Id).Concat(CityKinds.Select(kind => Id("01/" + kind))).Append(Id("10186/party-committee"))
            .Distinct().Sum(id => OrganizationRegistry.PostsOf(Registry.Find(id)!).Count);
        Ids(document, "posts").Should().HaveCount(expected).And.OnlyHaveUniqueItems();
        var posts = document.RootElement.GetProperty("posts").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        posts["279/danvan-commission#head"].GetProperty("label").GetString().Should().Be("Trưởng Ban Dân vận Huyện ủy Thường Tín");
        posts["279/danvan-commission#head"].GetProperty("role").GetString().Should().Be("head");
        posts["279/danvan-commission#head"].GetProperty("end_date").GetString().Should().Be("2025-06-30");
        posts["279/peoples-committee#standing-deputy-head"].GetProperty("other_label")[0].GetString().Should().Be("Phó Chủ tịch Thường trực UBND huyện Thường Tín");
        posts.Should().ContainKey("279/party-standing-committee#member").And.NotContainKey("279/party-standing-committee#head");
        posts["10186/party-cell/thon-dong#head"].GetProperty("label").GetString().Should().Be("Bí thư Chi bộ thôn Đông");
    }

    [Fact]
    public void Memberships_mark_kiem_and_quyen_and_carry_the_printed_title()
    {
        using var document = Export(Registry, ThuongTinScope);
        var memberships = document.RootElement.GetProperty("memberships").EnumerateArray().ToList();
        memberships[0].GetProperty("label").GetString().Should().Be("Trưởng Ban Dân vận Huyện ủy Thường Tín");
        memberships[0].TryGetProperty("+concurrent", out _).Should().BeFalse();
        memberships[0].GetProperty("start_date").GetString().Should().Be("2016-01-01");
        memberships[0].TryGetProperty("end_date", out _).Should().BeFalse();
        memberships[1].GetProperty("+concurrent").GetBoolean().Should().BeTrue();
        memberships[1].GetProperty("label").GetString().Should().Be("kiêm Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện Thường Tín");
        memberships[1].GetProperty("person_id").GetString().Should().Be(memberships[0].GetProperty("person_id").GetString());
        memberships[2].GetProperty("+acting").GetBoolean().Should().BeTrue();
        memberships[2].GetProperty("label").GetString().Should().Be("Quyền Chủ tịch Ủy ban nhân dân huyện Thường Tín");
        memberships[2].GetProperty("post_id").GetString().Should().Be("279/peoples-committee#head");
        memberships[3].GetProperty("organization_id").GetString().Should().Be("01/inspection-delegation/2020-3");
        memberships.Select(m => m.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Golden_persons_memberships_and_areas()
    {
        using var document = Export(Registry, ThuongTinScope);
        var root = document.RootElement;
        root.GetProperty("persons").GetRawText().Should().Be(
            """[{"id":"person/id/hn-0001","name":"Nguyễn Văn A","identifiers":[{"identifier":"hn-0001","scheme":"danvan-person-identifier"}]},""" +
            """{"id":"person/name/le-van-c-29da4d7c","name":"Lê Văn C"},{"id":"person/name/tran-thi-b-ded3f6b2","name":"Trần Thị B"}]""");
        root.GetProperty("memberships")[3].GetRawText().Should().Be(
            """{"id":"01/inspection-delegation/2020-3#head@person/name/le-van-c-29da4d7c@2020-03-01","label":"Trưởng Đoàn Kiểm tra số 3 Thành ủy Hà Nội","role":"head","person_id":"person/name/le-van-c-29da4d7c","organization_id":"01/inspection-delegation/2020-3","post_id":"01/inspection-delegation/2020-3#head","start_date":"2020-03-01"}""");
        root.GetProperty("areas").GetRawText().Should().Be(
            """[{"id":"vn","name":"Việt Nam","identifier":"VN","classification":"country"},""" +
            """{"id":"01","name":"Thành phố Hà Nội","identifier":"01","classification":"municipality","parent_id":"vn"},""" +
            """{"id":"10186","name":"Xã Ninh Sở","identifier":"10186","classification":"commune","parent_id":"279","+end_date":"2025-06-30"},""" +
            """{"id":"279","name":"Huyện Thường Tín","identifier":"279","classification":"ruralDistrict","parent_id":"01","+end_date":"2025-06-30"}]""");
    }

    [Fact]
    public void With_descendants_every_commune_and_its_bodies_come_too()
    {
        var communes = Registry.Catalog.Children(Registry.Catalog.Find(ThuongTin, ExportDate)!, ExportDate);
        communes.Should().Contain(c => c.Code == NinhSo).And.HaveCountGreaterThan(20);
        using var document = Export(Registry, new PopoloScope(ExportDate, [ThuongTin], includeDescendants: true));
        var ids = Ids(document, "organizations").ToHashSet();
        var communeBodies = communes.SelectMany(c => Registry.ForUnit(c, ExportDate)).Select(o => o.Id.ToString()).ToList();
        communeBodies.Should().Contain("10186/party-cell/thon-dong").And.Contain("10186/party-committee").And.Contain("10186/danvan-bloc");
        ids.Should().Contain(communeBodies);
        ids.Should().HaveCount(41 + communeBodies.Count - 2, "the chi bộ and the Đảng ủy of Ninh Sở were already there");
        var areas = document.RootElement.GetProperty("areas").EnumerateArray().ToList();
        areas.Should().HaveCount(3 + communes.Count);
        areas.Where(a => a.GetProperty("classification").GetString() is "commune" or "township")
            .Should().HaveCount(communes.Count).And.OnlyContain(a => a.GetProperty("parent_id").GetString() == "279");
    }

    [Fact]
    public void A_whole_province_with_descendants_stays_self_contained()
    {
        var hanoi = Registry.Catalog.Find(Code("01"), ExportDate)!;
        var districts = Registry.Catalog.Children(hanoi, ExportDate);
        var communes = districts.SelectMany(d => Registry.Catalog.Children(d, ExportDate)).ToList();
        communes.Should().HaveCountGreaterThan(500);
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var document = Export(Registry, new PopoloScope(ExportDate, [Code("01")], includeDescendants: true));
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "materialising a province is cheap");
        var organizations = Ids(document, "organizations").ToHashSet();
        organizations.Should().HaveCountGreaterThan(communes.Count * 10);
        foreach (var body in Organizations(document))
        {
            if (body.TryGetProperty("parent_id", out var parent))
            {
                organizations.Should().Contain(parent.GetString()!);
            }
        }

        Ids(document, "areas").Should().HaveCount(2 + districts.Count + communes.Count).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void After_the_reform_areas_carry_the_version_day_and_communes_hang_under_the_province()
    {
        var reform = new LocalDate(2025, 7, 1);
        var successor = Registry.Catalog.Translate(Code("10183"), ExportDate, reform).First().Unit;
        successor.ValidFrom.Should().Be(reform, "the communes of the two-level government are new versions");
        var areaId = PopoloExport.AreaId(successor);
        areaId.Should().Be(successor.Code + "@2025-07-01");
        using var document = Export(OrganizationRegistry.Default, new PopoloScope(reform, [successor.Code]));
        var area = document.RootElement.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("id").GetString() == areaId);
        area.GetProperty("parent_id").GetString().Should().Be("01");
        area.GetProperty("+start_date").GetString().Should().Be("2025-07-01");
        var byId = Organizations(document).ToDictionary(o => o.GetProperty("id").GetString()!);
        byId.Should().ContainKey(areaId + "/party-building-commission").And.NotContainKey(areaId + "/danvan-bloc");
        var youth = byId[areaId + "/youth-union"];
        youth.GetProperty("+supervisor_id").GetString().Should().Be(areaId + "/fatherland-front-committee");
        youth.GetProperty("parent_id").GetString().Should().Be("01/youth-union");
        youth.GetProperty("founding_date").GetString().Should().Be("2025-07-01");
        byId[areaId + "/party-committee"].GetProperty("parent_id").GetString().Should().Be("01/party-committee");
    }

    [Fact]
    public void The_export_is_deterministic_and_the_same_after_a_JSON_round_trip()
    {
        var first = PopoloExport.ToJson(Registry, ThuongTinScope);
        PopoloExport.ToJson(Registry, ThuongTinScope).Should().Be(first);
        using var stream = new MemoryStream();
        Registry.WriteTo(stream);
        stream.Position = 0;
        PopoloExport.ToJson(OrganizationRegistry.Load(stream), ThuongTinScope).Should().Be(first);
        PopoloExport.ToJson(Registry, ThuongTinScope, indented: true).Should().Contain("\n  \"organizations\": [");
    }

    [Fact]
    public void Extension_names_keep_their_plus_whatever_the_writer_encodes()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            PopoloExport.Write(Registry, writer, ThuongTinScope);
        }

        var json = Encoding.UTF8.GetString(stream.ToArray());
        json.Should().Contain("\"+events\":").And.Contain("\"+concurrent\":true").And.NotContain("\\u002B");
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("organizations").GetArrayLength().Should().Be(41);
    }

    [Fact]
    public void Person_identifiers_are_stable_and_tell_apart_names_that_fold_alike()
    {
        PopoloExport.PersonId(PersonA).Should().Be("person/id/hn-0001");
        PopoloExport.PersonId(PersonB).Should().Be("person/name/tran-thi-b-" + Fnv1a("Trần Thị B"));
        PopoloExport.PersonId(new Person(" Tra\u0302\u0300n Thi\u0323 B ")).Should().Be(PopoloExport.PersonId(PersonB), "the name is stored trimmed and NFC");
        PopoloExport.PersonId(new Person("Tran Thi B")).Should().StartWith("person/name/tran-thi-b-").And.NotBe(PopoloExport.PersonId(PersonB));
        PopoloExport.PersonId(new Person("中文")).Should().Be("person/name/" + Fnv1a("中文"));
        PopoloExport.PersonId(new Person("Nguyễn Văn Đức")).Should().StartWith("person/name/nguyen-van-duc-");
    }

    [Fact]
    public void One_identifier_is_one_person_and_other_spellings_become_other_names()
    {
        var registry = new OrganizationRegistryBuilder()
            .Add(new Appointment(new Person("Nguyễn Văn A", "hn-0001"), Id("279/danvan-commission"), PostRole.Head))
            .Add(new Appointment(new Person("Nguyễn Văn Á", "hn-0001"), Id("279/danvan-commission"), PostRole.Member))
            .Add(new Appointment(new Person("Nguyễn Văn A", "hn-0002"), Id("279/danvan-commission"), PostRole.Member))
            .Add(new Appointment(new Person("Nguyễn Văn A", "hn-0002"), Id("279/danvan-commission"), PostRole.Member))
            .Build();
        using var document = Export(registry, ThuongTinScope);
        var persons = document.RootElement.GetProperty("persons");
        persons.GetArrayLength().Should().Be(2);
        persons[0].GetProperty("other_names").GetRawText().Should().Be("""[{"name":"Nguyễn Văn Á"}]""");
        Ids(document, "memberships").Should().OnlyHaveUniqueItems()
            .And.Contain("279/danvan-commission#member@person/id/hn-0002@undated")
            .And.Contain("279/danvan-commission#member@person/id/hn-0002@undated@2");
    }

    [Fact]
    public void A_scope_with_no_units_holds_the_stored_bodies_and_what_they_lead_to()
    {
        using var document = Export(OrganizationRegistry.Default, new PopoloScope(ExportDate));
        Ids(document, "organizations").Should().BeEquivalentTo(OrganizationRegistry.Default.Organizations.Select(o => o.Id.ToString()));
        Ids(document, "areas").Should().Equal("vn");
        document.RootElement.GetProperty("persons").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Bad_scopes_and_arguments_are_refused()
    {
        var missing = () => PopoloExport.ToJson(Registry, new PopoloScope(ExportDate, [Code("99999")]));
        missing.Should().Throw<ArgumentException>().WithMessage("*99999*2020-03-26*");
        var gone = () => PopoloExport.ToJson(Registry, new PopoloScope(new LocalDate(2025, 7, 1), [ThuongTin]));
        gone.Should().Throw<ArgumentException>("huyện Thường Tín ended on 2025-06-30");
        var defaultCode = () => new PopoloScope(ExportDate, [default]);
        defaultCode.Should().Throw<ArgumentException>();
        var noRegistry = () => PopoloExport.ToJson(null!, ThuongTinScope);
        noRegistry.Should().Throw<ArgumentNullException>();
        var noScope = () => PopoloExport.ToJson(Registry, null!);
        noScope.Should().Throw<ArgumentNullException>();
        var noWriter = () => PopoloExport.Write(Registry, null!, ThuongTinScope);
        noWriter.Should().Throw<ArgumentNullException>();
        new PopoloScope(ExportDate, [ThuongTin, ThuongTin], includeDescendants: true).ToString().Should().Be("2020-03-26: 279 and below");
    }

    private static JsonDocument Export(OrganizationRegistry registry, PopoloScope scope) => JsonDocument.Parse(PopoloExport.ToJson(registry, scope));

    private static List<string> Ids(JsonDocument document, string collection) =>
        [.. document.RootElement.GetProperty(collection).EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    private static IEnumerable<JsonElement> Organizations(JsonDocument document) => document.RootElement.GetProperty("organizations").EnumerateArray();

    // FNV-1a, 32 bits, over the UTF-8 bytes, as docs/organizations-json.md describes it.
    private static string Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
