using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary><see cref="OrganizationRegistry.ParseName"/> on the built-in catalog: one partial class per concern.</summary>
public partial class OrganizationNameParsingTest
{
    private static readonly OrganizationRegistry Registry = OrganizationRegistry.Default;

    // Before the 2025 restructuring: districts, Ban Dân vận at every level.
    private static readonly LocalDate Before = new(2020, 3, 26);

    // Two-level local government: no districts.
    private static readonly LocalDate After = new(2025, 7, 1);

    private static UnitCode Code(string text) => UnitCode.Parse(text, null);

    private static OrganizationNameMatch Parse(string text, LocalDate date, string? within = null) =>
        Registry.ParseName(text, date, within is null ? null : Code(within));

    private static void ShouldResolve(OrganizationNameMatch match, OrganizationKind kind, string? unit)
    {
        match.Status.Should().Be(OrganizationNameStatus.Resolved, match.Issue?.EnglishMessage);
        match.IsResolved.Should().BeTrue();
        match.Kind.Should().Be(kind);
        match.Unit?.Code.ToString().Should().Be(unit);
        if (unit is null)
        {
            match.Unit.Should().BeNull();
            match.Level.Should().Be(OrganizationLevel.Central);
        }
        else
        {
            match.Unit!.IsValidOn(match.AsOf).Should().BeTrue();
        }

        match.Alternatives.Should().BeEmpty();
        (match.Issue?.IsError ?? false).Should().BeFalse();
    }

    [Fact]
    public void Ban_Dan_van_Huyen_uy_Thuong_Tin_is_the_commission_of_district_279_under_its_committee()
    {
        var match = Parse("Ban Dân vận Huyện ủy Thường Tín", Before);

        ShouldResolve(match, OrganizationKind.DanVanCommission, "279");
        match.Level.Should().Be(OrganizationLevel.District);
        match.Unit!.FullName.Should().Be("Huyện Thường Tín");
        match.Number.Should().BeNull();
        match.Organization!.Id.ToString().Should().Be("279/danvan-commission");
        match.Organization.Name.Should().Be("Ban Dân vận Huyện ủy Thường Tín");
        match.ConvenerKind.Should().Be(OrganizationKind.PartyCommittee);
        match.Convener!.Id.ToString().Should().Be("279/party-committee");
        match.Issue.Should().BeNull();
    }

    [Theory]
    [InlineData("2020-03-26")]
    [InlineData("2025-07-01")]
    [InlineData("2026-04-30")]
    public void Thanh_uy_Ha_Noi_is_the_party_committee_of_municipality_01_before_and_after_the_reform(string date)
    {
        var day = LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        var match = Parse("Thành ủy Hà Nội", day);

        ShouldResolve(match, OrganizationKind.PartyCommittee, "01");
        match.Level.Should().Be(OrganizationLevel.Province);
        match.Unit!.Kind.Should().Be(AdministrativeUnitKind.Municipality);
        match.Organization!.Id.ToString().Should().Be("01/party-committee");
        match.ConvenerKind.Should().BeNull();
    }

    [Fact]
    public void UBND_huyen_Lap_Thach_is_the_peoples_committee_of_district_246()
    {
        var match = Parse("UBND huyện Lập Thạch", Before);

        ShouldResolve(match, OrganizationKind.PeoplesCommittee, "246");
        match.Unit!.FullName.Should().Be("Huyện Lập Thạch");
        match.Unit.ParentCode.Should().Be(Code("26"));
        match.Organization!.Name.Should().Be("Ủy ban nhân dân huyện Lập Thạch");
        match.Organization.ShortName.Should().Be("UBND huyện Lập Thạch");
    }

    [Fact]
    public void Doan_Kiem_tra_so_3_Thanh_uy_Ha_Noi_is_delegation_number_3_convened_by_the_city_committee()
    {
        var match = Parse("Đoàn Kiểm tra số 3 Thành ủy Hà Nội", Before);

        ShouldResolve(match, OrganizationKind.InspectionDelegation, "01");
        match.Number.Should().Be(3);
        match.Level.Should().Be(OrganizationLevel.Province);
        match.ConvenerKind.Should().Be(OrganizationKind.PartyCommittee);
        match.Convener!.Id.ToString().Should().Be("01/party-committee");
        match.Organization.Should().BeNull("a delegation exists in the registry only when someone adds it");
    }

    [Fact]
    public void TryParseName_is_true_only_for_a_resolved_name_and_always_gives_the_match()
    {
        Registry.TryParseName("Thành ủy Hà Nội", out var resolved, Before).Should().BeTrue();
        resolved.Unit!.Code.Should().Be(Code("01"));

        Registry.TryParseName("UBND xã Quang Sơn", out var ambiguous, Before).Should().BeFalse();
        ambiguous.Status.Should().Be(OrganizationNameStatus.Ambiguous);

        Registry.TryParseName("UBND xã Quang Sơn", out var within, Before, Code("246")).Should().BeTrue();
        within.Unit!.Code.Should().Be(Code("08764"));

        Registry.TryParseName(null, out var empty).Should().BeFalse();
        empty.Status.Should().Be(OrganizationNameStatus.Unrecognized);
    }

    [Fact]
    public void The_default_date_is_the_newest_state_of_the_catalog()
    {
        var match = Registry.ParseName("Thành ủy Hà Nội");
        match.AsOf.Should().Be(Registry.Catalog.NewestState);
        match.Text.Should().Be("Thành ủy Hà Nội");
    }
}
