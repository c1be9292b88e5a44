using System.Text.Json;
using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Serialization;
using NodaTime;
using static DanVan.Domain.Tests.Organizations.OrganizationJsonSamples;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>The JSON shapes of the Organizations types, and round trips through them.</summary>
public partial class OrganizationJsonTest
{
    private static readonly OrganizationRegistry Default = OrganizationRegistry.Default;

    [Fact]
    public void A_delegation_is_written_with_its_documented_properties_and_read_back()
    {
        var json = DanVanJson.Serialize(Delegation);
        json.Should().Be("""{"id":"01/inspection-delegation/2020-3","name":"Đoàn Kiểm tra số 3 Thành ủy Hà Nội","parentId":"01/party-committee","validFrom":"2020-03-01","number":3}""");
        var back = DanVanJson.Deserialize<Organization>(json)!;
        back.Should().Be(Delegation);
        back.Kind.Should().Be(OrganizationKind.InspectionDelegation, "the kind comes from the identifier");
        back.Unit.Should().Be(Code("01"));
    }

    [Fact]
    public void A_materialised_body_is_written_with_supervision_and_events()
    {
        var farmers = Default.Find(Id("01/farmers-union"))!;
        var json = DanVanJson.Serialize(farmers);
        json.Should().Contain("\"supervisorId\":\"01/fatherland-front-committee\",\"supervisedFrom\":\"2025-07-01\"")
            .And.Contain("\"events\":[{\"kind\":\"resubordinated\",\"date\":\"2025-07-01\",")
            .And.Contain("\"superior\":\"01/fatherland-front-committee\"")
            .And.NotContain("\"kind\":\"farmersUnion\"", "the kind is read from the identifier")
            .And.NotContain("null");
        DanVanJson.Deserialize<Organization>(json).Should().Be(farmers);
    }

    [Fact]
    public void Every_central_body_and_every_body_of_Thuong_Tin_and_its_communes_round_trips()
    {
        var bodies = new List<Organization>(Default.Organizations);
        var thuongTin = Default.Catalog.Find(ThuongTin, ExportDate)!;
        bodies.AddRange(Default.ForUnit(thuongTin, ExportDate));
        foreach (var commune in Default.Catalog.Children(thuongTin, ExportDate))
        {
            bodies.AddRange(Default.ForUnit(commune, ExportDate));
        }

        // And the bodies of the commune that took over Thường Tín's seat after the reform, with '@' in their identifiers.
        foreach (var linked in Default.ForArea(Code("10183"), ExportDate, new LocalDate(2025, 7, 1)))
        {
            bodies.Add(linked.Organization);
        }

        bodies.Should().HaveCountGreaterThan(300, "15 central bodies, 13 of the district, about ten in each of its communes");
        bodies.Should().Contain(body => body.Id.UnitSince != null);
        foreach (var body in bodies)
        {
            DanVanJson.Deserialize<Organization>(DanVanJson.Serialize(body)).Should().Be(body, body.Id.ToString());
        }

        var list = DanVanJson.Deserialize<IReadOnlyList<Organization>>(DanVanJson.Serialize<IReadOnlyList<Organization>>(bodies))!;
        list.Should().Equal(bodies);
    }

    [Fact]
    public void The_central_merger_event_is_written_with_successor_and_legal_basis()
    {
        var merged = Default.Find(Id("tw/danvan-commission"))!.Events.Single();
        var json = DanVanJson.Serialize(merged);
        json.Should().StartWith("""{"kind":"mergedInto","date":"2025-02-03","successors":[{"id":"tw/propaganda-danvan-commission","coverage":"whole"}],"legalBasis":["246-QĐ/TW"],"note":""");
        DanVanJson.Deserialize<OrganizationEvent>(json).Should().Be(merged);
        DanVanJson.Deserialize<OrganizationSuccessor>("""{"id":"tw/propaganda-danvan-commission","coverage":"whole"}""")
            .Should().Be(merged.Successors[0]);
    }

    [Fact]
    public void Successors_with_notes_and_linked_bodies_round_trip()
    {
        var successor = new OrganizationSuccessor(Id("10015@2025-07-01/party-committee"), Coverage.Partial, "Nhập một phần");
        var json = DanVanJson.Serialize(successor);
        json.Should().Be("""{"id":"10015@2025-07-01/party-committee","coverage":"partial","note":"Nhập một phần"}""");
        DanVanJson.Deserialize<OrganizationSuccessor>(json).Should().Be(successor);

        var linked = Default.ForArea(ThuongTin, ExportDate, new LocalDate(2025, 7, 1));
        linked.Should().NotBeEmpty();
        var back = DanVanJson.Deserialize<IReadOnlyList<LinkedOrganization>>(DanVanJson.Serialize(linked))!;
        back.Should().Equal(linked);
        DanVanJson.Serialize(linked[0]).Should().StartWith("{\"organization\":{\"id\":");
    }

    [Fact]
    public void Composed_names_round_trip_with_nulls_omitted()
    {
        var unit = Default.Catalog.Find(ThuongTin, ExportDate)!;
        var name = OrganizationNames.Compose(OrganizationKind.PeoplesCouncil, unit);
        var json = DanVanJson.Serialize(name);
        json.Should().Be("""{"name":"Hội đồng nhân dân huyện Thường Tín","shortName":"HĐND huyện Thường Tín","englishName":"Thuong Tin District People\u0027s Council"}""");
        DanVanJson.Deserialize<OrganizationName>(json).Should().Be(name);
        DanVanJson.Serialize(OrganizationNames.Compose(OrganizationKind.PartyCell, unit, locality: "thôn Đông"))
            .Should().Be("""{"name":"Chi bộ thôn Đông"}""");
    }

    [Fact]
    public void People_and_appointments_are_written_with_kiem_and_quyen_only_when_true()
    {
        DanVanJson.Serialize(PersonA).Should().Be("""{"name":"Nguyễn Văn A","identifier":"hn-0001"}""");
        DanVanJson.Serialize(PersonB).Should().Be("""{"name":"Trần Thị B"}""");
        DanVanJson.Deserialize<Person>("""{"name":"  Nguyễn Văn A ","identifier":" hn-0001"}""").Should().Be(PersonA, "the constructor trims");

        DanVanJson.Serialize(Appointments[0]).Should().Be(
            """{"person":{"name":"Nguyễn Văn A","identifier":"hn-0001"},"organization":"279/danvan-commission","role":"head","start":"2016-01-01"}""");
        DanVanJson.Serialize(Appointments[1]).Should().EndWith("\"start\":\"2016-01-01\",\"isConcurrent\":true}");
        DanVanJson.Serialize(Appointments[2]).Should().EndWith("\"start\":\"2020-01-01\",\"isActing\":true}");
        DanVanJson.Serialize(Full).Should().Be(
            """{"person":{"name":"Phạm Thị D","identifier":"hn-0004"},"organization":"279/peoples-council","role":"deputyHead","start":"2016-06-01","end":"2021-05-31","isConcurrent":true,"isActing":true,"legalBasis":"12/QĐ-UBND","note":"placeholder"}""");
        foreach (var appointment in Appointments.Append(Full))
        {
            DanVanJson.Deserialize<Appointment>(DanVanJson.Serialize(appointment)).Should().Be(appointment);
        }

        DanVanJson.Deserialize<IReadOnlyList<Appointment>>(DanVanJson.Serialize(Appointments)).Should().Equal(Appointments);
        DanVanJson.Deserialize<Appointment>("""{"person":{"name":"Trần Thị B"},"organization":"279/peoples-committee","role":"head","isConcurrent":false,"isActing":null}""")!
            .IsConcurrent.Should().BeFalse();
    }

    [Fact]
    public void Posts_are_written_with_their_derived_parts_and_read_back_from_label_and_role()
    {
        var committee = Default.Find(Id("279/peoples-committee"))!;
        var head = new Post(committee, PostRole.Head);
        var json = DanVanJson.Serialize(head);
        json.Should().Be("""{"id":"279/peoples-committee#head","organizationId":"279/peoples-committee","role":"head","title":"Chủ tịch","label":"Chủ tịch Ủy ban nhân dân huyện Thường Tín","shortLabel":"Chủ tịch UBND huyện Thường Tín"}""");
        var back = DanVanJson.Deserialize<Post>(json)!;
        back.Should().Be(head);
        back.ShortLabel.Should().Be(head.ShortLabel);
        back.Title.Should().Be("Chủ tịch");

        var posts = new List<Post>();
        foreach (var body in Default.ForUnit(ThuongTin, ExportDate).Concat(Default.Organizations).Append(Delegation).Append(PartyCell))
        {
            posts.AddRange(OrganizationRegistry.PostsOf(body));
        }

        posts.Should().Contain(p => p.Id == "279/party-standing-committee#member").And.NotContain(p => p.Id == "279/party-standing-committee#head");
        var list = DanVanJson.Deserialize<IReadOnlyList<Post>>(DanVanJson.Serialize<IReadOnlyList<Post>>(posts))!;
        list.Should().Equal(posts);
        list.Select(p => p.ShortLabel).Should().Equal(posts.Select(p => p.ShortLabel));
    }

    [Fact]
    public void The_enums_are_written_by_their_pinned_names_and_read_back()
    {
        DanVanJson.Serialize(OrganizationKind.DanVanCommission).Should().Be("\"danVanCommission\"");
        DanVanJson.Serialize(OrganizationLevel.Grassroots).Should().Be("\"grassroots\"");
        DanVanJson.Serialize(OrganizationCategory.SocioPolitical).Should().Be("\"socioPolitical\"");
        DanVanJson.Serialize(OrganizationEventKind.Resubordinated).Should().Be("\"resubordinated\"");
        DanVanJson.Serialize(PostRole.StandingDeputyHead).Should().Be("\"standingDeputyHead\"");
        foreach (var kind in Enum.GetValues<OrganizationKind>())
        {
            DanVanJson.Deserialize<OrganizationKind>(DanVanJson.Serialize(kind)).Should().Be(kind);
        }

        RoundTrips<OrganizationLevel>();
        RoundTrips<OrganizationCategory>();
        RoundTrips<OrganizationEventKind>();
        RoundTrips<PostRole>();
    }

    [Fact]
    public void Identifiers_are_strings()
    {
        DanVanJson.Serialize(Id("10015@2025-07-01/peoples-committee")).Should().Be("\"10015@2025-07-01/peoples-committee\"");
        DanVanJson.Deserialize<OrganizationId>("\"279/danvan-commission\"").Should().Be(Id("279/danvan-commission"));
    }

    [Fact]
    public void The_kind_table_has_no_JSON_form()
    {
        var act = () => DanVanJson.Serialize(OrganizationKinds.Get(OrganizationKind.PartyCell));
        act.Should().Throw<NotSupportedException>("kind infos are reference data compiled into the library");
    }

    [Fact]
    public void Unknown_properties_are_skipped()
    {
        const string Noise = "\"x-future\":{\"a\":[1,{\"b\":null}]},\"kind\":\"planet\",\"unit\":[],";
        DanVanJson.Deserialize<Organization>("{" + Noise + DanVanJson.Serialize(Delegation)[1..]).Should().Be(Delegation);
        DanVanJson.Deserialize<Appointment>("{\"postId\":7," + DanVanJson.Serialize(Full)[1..]).Should().Be(Full);
    }

    private static void RoundTrips<T>()
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            var json = DanVanJson.Serialize(value);
            json.Should().MatchRegex("^\"[a-z][A-Za-z]*\"$");
            DanVanJson.Deserialize<T>(json).Should().Be(value);
        }
    }

    private static JsonException ReadFails<T>(string json)
    {
        var act = () => DanVanJson.Deserialize<T>(json);
        return act.Should().Throw<JsonException>().Which;
    }
}
