using DanVan.Domain.Organizations;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

public sealed class OrganizationKindsTest
{
    [Fact]
    public void Every_kind_has_one_description_with_a_unique_kebab_case_slug()
    {
        var kinds = Enum.GetValues<OrganizationKind>();
        OrganizationKinds.All.Select(info => info.Kind).Should().Equal(kinds);
        OrganizationKinds.All.Select(info => info.Slug).Should().OnlyHaveUniqueItems()
            .And.AllSatisfy(slug => slug.Should().MatchRegex("^[a-z]+(-[a-z]+)*$"));
        foreach (var kind in kinds)
        {
            OrganizationKinds.Get(kind).Kind.Should().Be(kind);
            OrganizationKinds.TryFromSlug(kind.Info().Slug, out var back).Should().BeTrue();
            back.Should().Be(kind);
        }
    }

    [Fact]
    public void Each_kind_exists_at_least_at_one_level_and_names_each_level_once()
    {
        foreach (var info in OrganizationKinds.All)
        {
            info.Presences.Should().NotBeEmpty(info.Slug);
            info.Levels.Should().OnlyHaveUniqueItems(info.Slug);
            info.VietnameseName.Should().NotBeNullOrWhiteSpace();
            info.EnglishName.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void The_whole_table_of_DOMAIN_section_2_is_covered()
    {
        string[] names =
        [
            "Ban Chấp hành Trung ương Đảng", "Bộ Chính trị", "Ban Bí thư", "cấp ủy", "Ban Thường vụ", "Thường trực", "chi bộ", "Ban Dân vận",
            "Ban Tuyên giáo và Dân vận", "Ban Xây dựng Đảng", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ", "Hội đồng nhân dân",
            "Ủy ban nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ban công tác Mặt trận", "Công đoàn", "Hội Nông dân",
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Ban Thanh tra nhân dân",
            "Ban Giám sát đầu tư của cộng đồng", "Tổ hòa giải", "Tổ nhân dân tự quản", "Tổ dân vận", "Khối dân vận",
            "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở", "Đoàn kiểm tra", "Đoàn khảo sát", "Đoàn giám sát",
        ];
        foreach (var name in names)
        {
            OrganizationKinds.FromName(name).Should().ContainSingle(name);
        }

        OrganizationKinds.All.Where(info => info.Category == OrganizationCategory.SocioPolitical).Should().HaveCount(5);
    }

    [Theory]
    [InlineData("hdnd", OrganizationKind.PeoplesCouncil)]
    [InlineData("UBND", OrganizationKind.PeoplesCommittee)]
    [InlineData("ban dan van", OrganizationKind.DanVanCommission)]
    [InlineData("BTV", OrganizationKind.PartyStandingCommittee)]
    [InlineData("People's Committee", OrganizationKind.PeoplesCommittee)]
    public void Kinds_are_found_by_name_or_abbreviation_without_diacritics(string text, OrganizationKind expected) =>
        OrganizationKinds.FromName(text).Should().Equal(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no such body")]
    public void Unknown_names_give_no_kind(string? text) => OrganizationKinds.FromName(text).Should().BeEmpty();

    [Fact]
    public void The_central_commissions_merge_on_2025_02_03()
    {
        var danVan = OrganizationKinds.Get(OrganizationKind.DanVanCommission).PresenceAt(OrganizationLevel.Central)!;
        danVan.Until.Should().Be(new LocalDate(2025, 2, 2));
        danVan.Successor.Should().Be(OrganizationKind.PropagandaAndDanVanCommission);
        danVan.LegalBasis.Select(n => n.ToString()).Should().Equal("246-QĐ/TW");
        OrganizationKinds.Get(OrganizationKind.PropagandaAndDanVanCommission).ExistsOn(OrganizationLevel.Central, new LocalDate(2025, 2, 3)).Should().BeTrue();
        OrganizationKinds.Get(OrganizationKind.PropagandaAndDanVanCommission).ExistsOn(OrganizationLevel.Central, new LocalDate(2025, 2, 2)).Should().BeFalse();
        OrganizationKinds.Get(OrganizationKind.DanVanCommission).ExistsOn(OrganizationLevel.Central, new LocalDate(2025, 2, 3)).Should().BeFalse();
    }

    [Fact]
    public void The_provincial_merger_is_marked_uncertain()
    {
        var presence = OrganizationKinds.Get(OrganizationKind.DanVanCommission).PresenceAt(OrganizationLevel.Province)!;
        presence.IsUncertain.Should().BeTrue();
        presence.Until.Should().Be(Restructuring2025.ProvincialCommissionMerger.PlusDays(-1));
        presence.Note.Should().Contain("approximate");
    }

    [Fact]
    public void Every_district_body_ends_on_2025_06_30()
    {
        var districtKinds = OrganizationKinds.All.Where(info => info.ExistsAt(OrganizationLevel.District)).ToList();
        districtKinds.Should().Contain(info => info.Kind == OrganizationKind.PartyCommittee);
        foreach (var info in districtKinds)
        {
            info.PresenceAt(OrganizationLevel.District)!.Until.Should().Be(new LocalDate(2025, 6, 30), info.Slug);
            info.ExistsOn(OrganizationLevel.District, new LocalDate(2025, 7, 1)).Should().BeFalse();
        }
    }

    [Fact]
    public void Before_the_reform_a_commune_has_a_khoi_dan_van_and_after_it_a_Ban_Xay_dung_Dang()
    {
        var before = new LocalDate(2025, 6, 30);
        var after = new LocalDate(2025, 7, 1);
        OrganizationKind.DanVanBloc.Info().ExistsOn(OrganizationLevel.Commune, before).Should().BeTrue();
        OrganizationKind.DanVanBloc.Info().ExistsOn(OrganizationLevel.Commune, after).Should().BeFalse();
        OrganizationKind.PartyBuildingCommission.Info().ExistsOn(OrganizationLevel.Commune, before).Should().BeFalse();
        OrganizationKind.PartyBuildingCommission.Info().ExistsOn(OrganizationLevel.Commune, after).Should().BeTrue();
        OrganizationKind.PartyBuildingCommission.Info().PresenceAt(OrganizationLevel.Commune)!.IsUncertain.Should().BeTrue();
    }

    [Fact]
    public void Bodies_set_up_case_by_case_are_not_standing()
    {
        OrganizationKind[] adHoc =
        [
            OrganizationKind.PartyCell, OrganizationKind.InspectionDelegation, OrganizationKind.SurveyDelegation, OrganizationKind.SupervisionDelegation,
            OrganizationKind.FrontWorkBoard, OrganizationKind.MediationTeam, OrganizationKind.DemocracySteeringCommittee, OrganizationKind.PeoplesInspectionBoard,
        ];
        foreach (var kind in adHoc)
        {
            kind.Info().Presences.Should().OnlyContain(p => !p.IsStanding, kind.ToString());
        }

        OrganizationKind.PeoplesCommittee.Info().Presences.Should().OnlyContain(p => p.IsStanding);
    }

    [Fact]
    public void Undefined_kinds_are_refused()
    {
        FluentActions.Invoking(() => OrganizationKinds.Get((OrganizationKind)0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => OrganizationKinds.Get((OrganizationKind)12)).Should().Throw<ArgumentOutOfRangeException>();
        OrganizationKinds.IsDefined((OrganizationKind)(-1)).Should().BeFalse("a negative value must not overflow the range check");
        FluentActions.Invoking(() => OrganizationKinds.Get((OrganizationKind)int.MinValue)).Should().Throw<ArgumentOutOfRangeException>();
        OrganizationKinds.TryFromSlug("party committee", out _).Should().BeFalse();
    }

    [Fact]
    public void Post_titles_follow_the_kind()
    {
        Post.TitleOf(OrganizationKind.PartyCommittee, PostRole.Head).Should().Be("Bí thư");
        Post.TitleOf(OrganizationKind.DanVanCommission, PostRole.Head).Should().Be("Trưởng");
        Post.TitleOf(OrganizationKind.Government, PostRole.Head).Should().Be("Thủ tướng");
        Post.TitleOf(OrganizationKind.YouthUnion, PostRole.DeputyHead).Should().Be("Phó Bí thư");
        Post.TitleOf(OrganizationKind.PeoplesCommittee, PostRole.StandingDeputyHead).Should().Be("Phó Chủ tịch Thường trực");
        Post.TitleOf(OrganizationKind.PartyStandingCommittee, PostRole.Head).Should().BeNull("the Bí thư heads the committee, not its standing committee");
    }
}
