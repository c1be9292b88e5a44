using DanVan.Domain.Organizations;
using DanVan.Domain.Regulations;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>Bodies and appointments a portal adds: the seed articles' delegation, heads and concurrent posts.</summary>
public sealed partial class OrganizationRegistryTest
{
    private static readonly OrganizationId Delegation = OrganizationId.Parse("01/inspection-delegation/2020-3", null);
    private static readonly Person LeHongSon = new("Lê Hồng Sơn");
    // The Lập Thạch seed article (30/12/2021): "Trưởng Ban Dân vận kiêm Chủ tịch Ủy ban MTTQ huyện Lập Thạch Nguyễn Thiệu Huy".
    private static readonly Person LapThachHead = new("Nguyễn Thiệu Huy");

    private static OrganizationRegistry Seeded()
    {
        var cityCommittee = Body(OrganizationKind.PartyCommittee, "01", Inspection);
        var name = OrganizationNames.Compose(OrganizationKind.InspectionDelegation, number: 3, convener: cityCommittee);
        return new OrganizationRegistryBuilder()
            .Add(new Organization(Delegation, name.Name, name.ShortName, name.EnglishName, parentId: cityCommittee.Id, number: 3,
                validFrom: new LocalDate(2020, 3, 1), validUntil: new LocalDate(2020, 12, 31)))
            .Add(new Organization(OrganizationId.Parse("08764/party-cell/thon-dong", null), "Chi bộ thôn Đông",
                parentId: OrganizationId.Parse("08764/party-committee", null), locality: "thôn Đông"))
            .Add(new Appointment(LeHongSon, Delegation, PostRole.Head, new LocalDate(2020, 3, 1)))
            .Add(new Appointment(LeHongSon, OrganizationId.Parse("01/party-standing-committee", null), PostRole.Member))
            .Add(new Appointment(LeHongSon, OrganizationId.Parse("01/peoples-committee", null), PostRole.DeputyHead))
            .Add(new Appointment(LapThachHead, OrganizationId.Parse("246/danvan-commission", null), PostRole.Head))
            .Add(new Appointment(LapThachHead, OrganizationId.Parse("246/fatherland-front-committee", null), PostRole.Head, isConcurrent: true))
            .Build();
    }

    [Fact]
    public void An_added_delegation_is_found_by_unit_kind_and_parent()
    {
        var registry = Seeded();
        var delegation = registry.Find(Delegation)!;
        delegation.Name.Should().Be("Đoàn Kiểm tra số 3 Thành ủy Hà Nội");
        delegation.Kind.Should().Be(OrganizationKind.InspectionDelegation);
        registry.ForUnit(Code("01"), Inspection).Should().Contain(delegation);
        registry.ForUnit(Code("01"), new LocalDate(2021, 1, 1)).Should().NotContain(delegation, "it was dissolved at the end of 2020");
        registry.Children(registry.Find(OrganizationKind.PartyCommittee, Code("01"), Inspection)!, Inspection).Should().Contain(delegation);
        registry.ChainToCentre(delegation, Inspection).Select(body => body.Name).Should().Equal(
            "Đoàn Kiểm tra số 3 Thành ủy Hà Nội", "Thành ủy Hà Nội", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam");
        registry.OfKind(OrganizationKind.InspectionDelegation, Inspection).Should().Equal(delegation);
        registry.OfKind(OrganizationKind.InspectionDelegation, Inspection, Code("279")).Should().BeEmpty();
        registry.Find(OrganizationKind.InspectionDelegation, Code("01"), Inspection).Should().Be(delegation);
        registry.Added.Should().HaveCount(2);
    }

    [Fact]
    public void A_party_cell_is_attached_to_its_commune()
    {
        var registry = Seeded();
        var cell = registry.Find(OrganizationId.Parse("08764/party-cell/thon-dong", null))!;
        cell.Locality.Should().Be("thôn Đông");
        registry.ForUnit(Code("08764"), new LocalDate(2021, 12, 30)).Should().Contain(cell);
        registry.Parent(cell, Inspection)!.Name.Should().Be("Đảng ủy xã Quang Sơn");
    }

    [Fact]
    public void An_added_body_with_the_identifier_of_a_standing_one_replaces_it()
    {
        var id = OrganizationId.Parse("279/danvan-commission", null);
        var registry = new OrganizationRegistryBuilder()
            .Add(new Organization(id, "Ban Dân vận Huyện ủy Thường Tín", validFrom: new LocalDate(1997, 1, 1), validUntil: new LocalDate(2025, 6, 30),
                parentId: OrganizationId.Parse("279/party-committee", null), note: "Known founding day"))
            .Build();
        registry.Find(id)!.Note.Should().Be("Known founding day");
        var bodies = registry.ForUnit(Code("279"), Inspection);
        bodies.Where(body => body.Kind == OrganizationKind.DanVanCommission).Should().ContainSingle().Which.ValidFrom.Should().Be(new LocalDate(1997, 1, 1));
        bodies.Should().HaveCount(13);
    }

    [Fact]
    public void Who_held_a_post_and_how_a_person_is_introduced()
    {
        var registry = Seeded();
        registry.HoldersOf(Delegation, PostRole.Head, Inspection).Single().Person.Should().Be(LeHongSon);
        registry.HoldersOf(Delegation, PostRole.Head, new LocalDate(2020, 2, 1)).Should().BeEmpty();
        registry.HoldersOf(Delegation, PostRole.DeputyHead, Inspection).Should().BeEmpty();
        registry.AppointmentsOf(LeHongSon).Should().HaveCount(3);
        registry.AppointmentsIn(Delegation).Should().HaveCount(1);
        registry.TitlesOf(LeHongSon, Inspection).Should().Be(
            "Trưởng Đoàn Kiểm tra số 3 Thành ủy Hà Nội, Ủy viên Ban Thường vụ Thành ủy Hà Nội, Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội");
        registry.TitlesOf(LapThachHead, new LocalDate(2021, 12, 30)).Should().Be(
            "Trưởng Ban Dân vận Huyện ủy Lập Thạch kiêm Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện Lập Thạch");
        registry.TitlesOf(new Person("Nobody"), Inspection).Should().BeNull();
    }

    [Fact]
    public void Posts_have_labels_from_the_kind_and_the_body()
    {
        var committee = Body(OrganizationKind.PartyCommittee, "279", Inspection);
        OrganizationRegistry.PostsOf(committee).Select(post => post.Label).Should().Equal(
            "Bí thư Huyện ủy Thường Tín", "Phó Bí thư Thường trực Huyện ủy Thường Tín", "Phó Bí thư Huyện ủy Thường Tín", "Ủy viên Huyện ủy Thường Tín");
        var head = new Post(Body(OrganizationKind.DanVanCommission, "279", Inspection), PostRole.Head);
        head.Label.Should().Be("Trưởng Ban Dân vận Huyện ủy Thường Tín");
        head.Id.Should().Be("279/danvan-commission#head");
        head.IsSingleHolder.Should().BeTrue();
        new Post(Body(OrganizationKind.PeoplesCommittee, "08764", Inspection), PostRole.Head).ShortLabel.Should().Be("Chủ tịch UBND xã Quang Sơn");
        new Post(Body(OrganizationKind.PartyStandingCommittee, "01", Inspection), PostRole.Member).Label.Should().Be("Ủy viên Ban Thường vụ Thành ủy Hà Nội");
        FluentActions.Invoking(() => new Post(Body(OrganizationKind.PartyStandingCommittee, "01", Inspection), PostRole.Head)).Should().Throw<ArgumentException>();
        OrganizationRegistry.PostsOf(Body(OrganizationKind.PartyStandingOffice, "01", Inspection)).Should().BeEmpty();
    }

    [Fact]
    public void Acting_and_concurrent_appointments_are_printed_as_such()
    {
        var post = new Post(Body(OrganizationKind.PeoplesCommittee, "246", Inspection), PostRole.Head);
        var person = new Person("Nguyễn Văn A");
        new Appointment(person, post.OrganizationId, PostRole.Head, isActing: true).Describe(post).Should().Be("Quyền Chủ tịch Ủy ban nhân dân huyện Lập Thạch");
        new Appointment(person, post.OrganizationId, PostRole.Head, isConcurrent: true).Describe(post).Should().Be("kiêm Chủ tịch Ủy ban nhân dân huyện Lập Thạch");
    }

    [Fact]
    public void Appointments_overlap_when_they_share_a_day()
    {
        var person = new Person("Nguyễn Văn A");
        var id = OrganizationId.Parse("279/danvan-commission", null);
        Appointment Period(LocalDate? start, LocalDate? end) => new(person, id, PostRole.Head, start, end);
        Period(new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30)).Overlaps(Period(new LocalDate(2020, 6, 30), null)).Should().BeTrue();
        Period(new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 29)).Overlaps(Period(new LocalDate(2020, 6, 30), null)).Should().BeFalse();
        Period(null, null).Overlaps(Period(new LocalDate(2020, 6, 30), new LocalDate(2020, 7, 1))).Should().BeTrue();
        Period(new LocalDate(2021, 1, 1), null).Overlaps(Period(null, new LocalDate(2020, 12, 31))).Should().BeFalse();
    }

    [Fact]
    public void The_builder_refuses_duplicates_and_nulls_and_round_trips_through_ToBuilder()
    {
        var registry = Seeded();
        var builder = registry.ToBuilder();
        builder.Organizations.Should().HaveCount(2);
        builder.Appointments.Should().HaveCount(5);
        builder.Build().Added.Should().Equal(registry.Added);
        FluentActions.Invoking(() => builder.Add(registry.Added[0])).Should().Throw<ArgumentException>().WithMessage("*already*");
        FluentActions.Invoking(() => builder.Add((Organization)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.AddRange((IEnumerable<Appointment>)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Organizations_and_events_compare_by_value()
    {
        OrganizationEvent Merge() => new(OrganizationEventKind.MergedInto, new LocalDate(2025, 2, 3),
            [new OrganizationSuccessor(OrganizationId.Central(OrganizationKind.PropagandaAndDanVanCommission), DanVan.Domain.Administration.Coverage.Whole)],
            [DocumentNumber.Parse("246-QĐ/TW", null)]);
        Merge().Should().Be(Merge());
        Merge().GetHashCode().Should().Be(Merge().GetHashCode());
        var a = new Organization(Delegation, "Đoàn Kiểm tra số 3 Thành ủy Hà Nội", events: [Merge()]);
        var b = new Organization(Delegation, "Đoàn Kiểm tra số 3 Thành ủy Hà Nội", events: [Merge()]);
        a.Should().Be(b);
        a.Should().NotBe(new Organization(Delegation, "Đoàn Kiểm tra số 4 Thành ủy Hà Nội"));
        new Person("Lê Hồng Sơn").Should().Be(new Person("  Lê Hồng Sơn "));
        new Person("Lê Hồng Sơn", "a").Should().NotBe(new Person("Lê Hồng Sơn", "b"));
    }

    [Fact]
    public void Constructors_refuse_what_cannot_be_a_body_or_an_appointment()
    {
        FluentActions.Invoking(() => new Organization(default, "x")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Organization(Delegation, " ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Organization(Delegation, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new Organization(Delegation, "x", validFrom: new LocalDate(2020, 2, 1), validUntil: new LocalDate(2020, 1, 1)))
            .Should().Throw<ArgumentException>().WithMessage("*before it starts*");
        FluentActions.Invoking(() => new Organization(Delegation, "x", number: 0)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Organization(Delegation, "x", parentId: Delegation)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Person(" ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Appointment(null!, Delegation, PostRole.Head)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new Appointment(LeHongSon, default, PostRole.Head)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Appointment(LeHongSon, Delegation, (PostRole)9)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new OrganizationEvent((OrganizationEventKind)0, new LocalDate(2020, 1, 1))).Should().Throw<ArgumentOutOfRangeException>();
    }
}
