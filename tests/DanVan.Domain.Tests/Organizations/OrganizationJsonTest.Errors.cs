using System.Text.Json;
using DanVan.Domain.Organizations;
using DanVan.Domain.Serialization;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>What the constructors refuse, JSON refuses too: always a JsonException, with the property inside the object in the message.</summary>
public partial class OrganizationJsonTest
{
    public static TheoryData<string, string> BadOrganizations => new()
    {
        { """{"name":"X"}""", "needs an 'id'" },
        { """{"id":"01/party-committee"}""", "needs a 'name'" },
        { """{"id":"01/party-committee","name":"   "}""", "needs a name" },
        { """{"id":"01/party-committee","name":null}""", "'name'" },
        { """{"id":"01/party-committee","name":7}""", "'name'" },
        { """{"id":"1/party-committee","name":"X"}""", "'id'" },
        { """{"id":"01/planet","name":"X"}""", "'id'" },
        { """{"id":"01/inspection-delegation/Số-3","name":"X"}""", "'id'" },
        { """{"id":"01/party-committee@","name":"X"}""", "'id'" },
        { """{"id":17,"name":"X"}""", "'id'" },
        { """{"id":"01/party-committee","name":"X","validFrom":"2020-03-02","validUntil":"2020-03-01"}""", "before it starts" },
        { """{"id":"01/party-committee","name":"X","validFrom":"2020-02-30"}""", "'validFrom'" },
        { """{"id":"01/party-committee","name":"X","validUntil":20200301}""", "'validUntil'" },
        { """{"id":"01/party-committee","name":"X","parentId":"01/party-committee"}""", "own parent" },
        { """{"id":"01/party-committee","name":"X","supervisorId":"01/party-committee"}""", "own parent" },
        { """{"id":"01/party-committee","name":"X","number":0}""", "positive" },
        { """{"id":"01/party-committee","name":"X","number":-3}""", "positive" },
        { """{"id":"01/party-committee","name":"X","number":"3"}""", "'number'" },
        { """{"id":"01/party-committee","name":"X","number":3.5}""", "'number'" },
        { """{"id":"01/party-committee","name":"X","number":1e12}""", "'number'" },
        { """{"id":"01/party-committee","name":"X","events":{}}""", "'events'" },
        { """{"id":"01/party-committee","name":"X","events":[null]}""", "'events[0]'" },
        { """{"id":"01/party-committee","name":"X","events":[{"date":"2025-07-01"}]}""", "'events[0]': An organization event needs a 'kind'" },
        { """{"id":"01/party-committee","name":"X","events":[{"kind":"merged","date":"2025-07-01"}]}""", "'events[0].kind'" },
        { """{"id":"01/party-committee","name":"X","events":[{"kind":99,"date":"2025-07-01"}]}""", "'events[0].kind': 99 is not a OrganizationEventKind" },
        { """{"id":"01/party-committee","name":"X","events":[{"kind":"split"}]}""", "needs a 'date'" },
        { """{"id":"01/party-committee","name":"X","events":[{"kind":"split","date":"2025-07-01"},{"kind":"split","date":"2025-02-30"}]}""", "'events[1].date'" },
        { """{"id":"01/party-committee","name":"X","events":[{"kind":"split","date":"2025-07-01","successors":[{"id":"01/x"}]}]}""", "'events[0].successors[0].id'" },
        { """{"id":"01/party-committee","name":"X","events":[{"kind":"split","date":"2025-07-01","successors":[{"id":"01/party-committee"}]}]}""", "'coverage' is missing" },
        { """{"id":"01/party-committee","name":"X","events":[{"kind":"split","date":"2025-07-01","successors":[{"id":"01/party-committee","coverage":3}]}]}""", "'events[0].successors[0].coverage'" },
        { """{"id":"01/party-committee","name":"X","events":[{"kind":"split","date":"2025-07-01","successors":[null]}]}""", "'events[0].successors[0]'" },
        { """{"id":"01/party-committee","name":"X","events":[{"kind":"split","date":"2025-07-01","legalBasis":["not a number"]}]}""", "'events[0].legalBasis[0]'" },
        { """{"id":"01/party-committee","name":"X","events":[{"kind":"split","date":"2025-07-01","legalBasis":"246-QĐ/TW"}]}""", "'events[0].legalBasis'" },
        { """{"id":"01/party-committee","name":"X","events":[{"kind":"resubordinated","date":"2025-07-01","superior":""}]}""", "'events[0].superior'" },
        { """["01/party-committee"]""", "as a JSON object" },
        { "\"01/party-committee\"", "as a JSON object" },
    };

    [Theory]
    [MemberData(nameof(BadOrganizations))]
    public void Bad_organizations_are_JsonExceptions_that_say_what_is_wrong(string json, string message) =>
        ReadFails<Organization>(json).Message.Should().Contain(message);

    public static TheoryData<string, string> BadAppointments => new()
    {
        { """{"organization":"279/danvan-commission","role":"head"}""", "needs a 'person'" },
        { """{"person":{"name":"A"},"role":"head"}""", "needs an 'organization'" },
        { """{"person":{"name":"A"},"organization":"279/danvan-commission"}""", "needs a 'role'" },
        { """{"person":{},"organization":"279/danvan-commission","role":"head"}""", "'person': A person needs a 'name'" },
        { """{"person":{"name":" "},"organization":"279/danvan-commission","role":"head"}""", "needs a name" },
        { """{"person":"Nguyễn Văn A","organization":"279/danvan-commission","role":"head"}""", "'person'" },
        { """{"person":{"name":"A","identifier":5},"organization":"279/danvan-commission","role":"head"}""", "'person.identifier'" },
        { """{"person":{"name":"A"},"organization":"279/danvan-commission","role":"chief"}""", "'role'" },
        { """{"person":{"name":"A"},"organization":"279/danvan-commission","role":0}""", "'role': 0 is not a PostRole" },
        { """{"person":{"name":"A"},"organization":"279/danvan-commission","role":"head, standingDeputyHead"}""", "'role'" },
        { """{"person":{"name":"A"},"organization":"279/danvan-commission","role":"0"}""", "'role'" },
        { """{"person":{"name":"A"},"organization":"279/danvan-commission","role":"head","start":"1/1/2016"}""", "'start'" },
        { """{"person":{"name":"A"},"organization":"279/danvan-commission","role":"head","isActing":"yes"}""", "'isActing'" },
        { """{"person":{"name":"A"},"organization":"279/danvan-commission","role":"head","legalBasis":["12/QĐ-UBND"]}""", "'legalBasis'" },
        { """{"person":{"name":"A"},"organization":"279/danvan-commission","role":"head","legalBasis":"QĐ"}""", "'legalBasis'" },
    };

    [Theory]
    [MemberData(nameof(BadAppointments))]
    public void Bad_appointments_and_people_are_JsonExceptions(string json, string message) =>
        ReadFails<Appointment>(json).Message.Should().Contain(message);

    [Theory]
    [InlineData("""{"organizationId":"279/party-standing-committee","role":"head","label":"Trưởng Ban Thường vụ Huyện ủy Thường Tín"}""", "has no head post")]
    [InlineData("""{"organizationId":"279/peoples-committee","role":"head","label":"Giám đốc Ủy ban nhân dân huyện Thường Tín"}""", "'label'")]
    [InlineData("""{"organizationId":"279/peoples-committee","role":"head","label":"Chủ tịch"}""", "'label'")]
    [InlineData("""{"organizationId":"279/peoples-committee","role":"head","label":"Chủ tịch X","shortLabel":"UBND X"}""", "'shortLabel'")]
    [InlineData("""{"organizationId":"279/peoples-committee","role":"head"}""", "needs a 'label'")]
    [InlineData("""{"role":"head","label":"Chủ tịch X"}""", "needs an 'organizationId'")]
    [InlineData("""{"organizationId":"279/peoples-committee","label":"Chủ tịch X"}""", "needs a 'role'")]
    public void Bad_posts_are_JsonExceptions(string json, string message) =>
        ReadFails<Post>(json).Message.Should().Contain(message);

    [Fact]
    public void A_bad_value_deep_in_a_registry_document_names_the_object_in_the_path_and_the_property_in_the_message()
    {
        const string Json = """
            {"formatVersion":1,"organizations":[
              {"id":"01/inspection-delegation/2020-3","name":"Đoàn Kiểm tra số 3 Thành ủy Hà Nội"},
              {"id":"01/party-committee","name":"Thành ủy Hà Nội","events":[{"kind":"renamed","date":"2025-02-30"}]}]}
            """;
        var exception = LoadFails(Json);
        exception.Path.Should().Be("$.organizations[1]");
        exception.Message.Should().Be("'events[0].date': '2025-02-30' is not a date in the form yyyy-MM-dd.");

        var inAppointment = LoadFails("""{"appointments":[{"person":{"name":"A"},"organization":"279/danvan-commission","role":"boss"}]}""");
        inAppointment.Path.Should().Be("$.appointments[0]");
        inAppointment.Message.Should().StartWith("'role': 'boss' is not a PostRole");
    }

    [Fact]
    public void A_null_document_is_null_as_for_every_reference_type() =>
        DanVanJson.Deserialize<Organization>("null").Should().BeNull();

    private static JsonException LoadFails(string json)
    {
        var act = () => OrganizationRegistry.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        return act.Should().Throw<JsonException>().Which;
    }
}
