using DanVan.Domain.Organizations;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>Added bodies belong to the one unit version their identifier names, since codes are reused across the reform.</summary>
public sealed partial class OrganizationRegistryTest
{
    [Fact]
    public void An_added_body_of_an_old_unit_version_does_not_leak_into_the_new_unit_with_the_same_code()
    {
        var later = new LocalDate(2026, 1, 1);
        var registry = new OrganizationRegistryBuilder()
            .Add(new Organization(OrganizationId.Parse("10183/party-cell/thon-dong", null), "Chi bộ thôn Đông", parentId: OrganizationId.Parse("10183/party-committee", null)))
            .Add(new Organization(OrganizationId.Parse("10183/party-committee", null), "Đảng ủy thị trấn Thường Tín"))
            .Add(new Organization(OrganizationId.Parse("279/party-committee", null), "Huyện ủy Thường Tín"))
            .Build();
        registry.ForUnit(Code("10183"), Inspection).Select(body => body.Id.ToString()).Should().Contain(["10183/party-cell/thon-dong", "10183/party-committee"]);
        var now = registry.ForUnit(Code("10183"), later);
        now.Where(body => body.Kind == OrganizationKind.PartyCommittee).Should().ContainSingle()
            .Which.Id.ToString().Should().Be("10183@2025-07-01/party-committee", "10183 is xã Thường Tín now, not the old thị trấn");
        now.Should().NotContain(body => body.Kind == OrganizationKind.PartyCell);
        registry.Find(OrganizationKind.PartyCell, Code("10183"), later).Should().BeNull();
        registry.Find(OrganizationKind.PartyCell, Code("10183"), Inspection)!.Name.Should().Be("Chi bộ thôn Đông");
        registry.OfKind(OrganizationKind.PartyCommittee, later).Should().NotContain(body => body.Id.ToString() == "279/party-committee", "the district is gone");
        registry.OfKind(OrganizationKind.PartyCommittee, Inspection).Should().Contain(body => body.Id.ToString() == "279/party-committee");
    }

    [Fact]
    public void Dates_in_another_calendar_are_kept_in_ISO_so_that_queries_compare_like_dates()
    {
        var julian = new LocalDate(2020, 3, 1, CalendarSystem.Julian);
        var id = OrganizationId.Parse("01/inspection-delegation/julian", null);
        var registry = new OrganizationRegistryBuilder()
            .Add(new Organization(id, "Đoàn Kiểm tra Thành ủy Hà Nội", parentId: OrganizationId.Parse("01/party-committee", null), validFrom: julian))
            .Add(new Appointment(new Person("Nguyễn Văn A"), id, PostRole.Head, julian))
            .Build();
        registry.Find(id)!.ValidFrom!.Value.Calendar.Should().Be(CalendarSystem.Iso);
        registry.ForUnit(Code("01"), Inspection).Should().Contain(body => body.Id == id);
        registry.HoldersOf(id, PostRole.Head, Inspection).Should().ContainSingle();
        new OrganizationEvent(OrganizationEventKind.Dissolved, julian).Date.Should().Be(julian.WithCalendar(CalendarSystem.Iso));
    }
}
