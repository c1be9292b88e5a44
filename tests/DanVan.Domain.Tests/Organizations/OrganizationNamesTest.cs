using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>Each composition rule of <see cref="OrganizationNames"/>, on real units of the built-in catalog.</summary>
public sealed class OrganizationNamesTest
{
    private static readonly LocalDate Before = new(2020, 3, 26);
    private static readonly LocalDate After = new(2025, 7, 1);

    private static AdministrativeUnit Unit(string code, LocalDate date) =>
        AdministrativeCatalog.Default.Find(UnitCode.Parse(code, null), date) ?? throw new InvalidOperationException($"No unit {code} on {date}.");

    private static string Name(OrganizationKind kind, string code, LocalDate date) => OrganizationNames.Compose(kind, Unit(code, date)).Name;

    [Theory]
    [InlineData("01", "Thành ủy Hà Nội")]            // a thành phố trực thuộc trung ương has a Thành ủy
    [InlineData("26", "Tỉnh ủy Vĩnh Phúc")]
    [InlineData("279", "Huyện ủy Thường Tín")]
    [InlineData("772", "Quận ủy Quận 11")]           // a numbered unit keeps its prefix
    [InlineData("002", "Quận ủy Hoàn Kiếm")]
    [InlineData("269", "Thị ủy Sơn Tây")]
    [InlineData("243", "Thành ủy Vĩnh Yên")]         // a thành phố thuộc tỉnh
    [InlineData("769", "Thành ủy Thủ Đức")]          // the one thành phố thuộc thành phố trực thuộc trung ương
    [InlineData("08764", "Đảng ủy xã Quang Sơn")]
    [InlineData("10183", "Đảng ủy thị trấn Thường Tín")]
    [InlineData("00061", "Đảng ủy phường Hàng Bạc")]
    [InlineData("79", "Thành ủy Thành phố Hồ Chí Minh")] // a unit named after a person keeps its prefix
    public void Party_committees_take_the_word_of_their_unit(string code, string expected) =>
        Name(OrganizationKind.PartyCommittee, code, Before).Should().Be(expected);

    [Fact]
    public void Commune_committees_after_the_reform_include_the_special_zones()
    {
        Name(OrganizationKind.PartyCommittee, "31078", After).Should().Be("Đảng ủy đặc khu Phú Quốc");
        Name(OrganizationKind.PartyCommittee, "10183", After).Should().Be("Đảng ủy xã Thường Tín");
    }

    [Fact]
    public void A_numbered_ward_keeps_its_capitalised_prefix_everywhere()
    {
        var ward = AdministrativeCatalog.Default.Children(Unit("772", Before), Before).First(u => u.Name.All(char.IsAsciiDigit));
        OrganizationNames.Compose(OrganizationKind.PartyCommittee, ward).Name.Should().Be("Đảng ủy " + ward.FullName).And.StartWith("Đảng ủy Phường ");
        OrganizationNames.Compose(OrganizationKind.PeoplesCommittee, ward).ShortName.Should().Be("UBND " + ward.FullName);
        OrganizationNames.Compose(OrganizationKind.PeoplesCommittee, Unit("772", Before)).ShortName.Should().Be("UBND Quận 11");
    }

    [Theory]
    [InlineData(OrganizationKind.DanVanCommission, "279", "Ban Dân vận Huyện ủy Thường Tín")]
    [InlineData(OrganizationKind.PartyStandingCommittee, "01", "Ban Thường vụ Thành ủy Hà Nội")]
    [InlineData(OrganizationKind.PartyStandingOffice, "01", "Thường trực Thành ủy Hà Nội")]
    [InlineData(OrganizationKind.PropagandaCommission, "26", "Ban Tuyên giáo Tỉnh ủy Vĩnh Phúc")]
    public void Bodies_of_a_committee_put_their_name_before_the_committee(OrganizationKind kind, string code, string expected) =>
        Name(kind, code, Before).Should().Be(expected);

    [Fact]
    public void The_merged_commission_and_the_commune_party_building_commission()
    {
        Name(OrganizationKind.PropagandaAndDanVanCommission, "25", After).Should().Be("Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ");
        Name(OrganizationKind.PartyBuildingCommission, "05674", After).Should().Be("Ban Xây dựng Đảng Đảng ủy xã Quang Sơn");
    }

    [Theory]
    [InlineData(OrganizationKind.PeoplesCouncil, "279", "Hội đồng nhân dân huyện Thường Tín", "HĐND huyện Thường Tín")]
    [InlineData(OrganizationKind.PeoplesCommittee, "08764", "Ủy ban nhân dân xã Quang Sơn", "UBND xã Quang Sơn")]
    [InlineData(OrganizationKind.PeoplesCommittee, "246", "Ủy ban nhân dân huyện Lập Thạch", "UBND huyện Lập Thạch")]
    [InlineData(OrganizationKind.FatherlandFrontCommittee, "246", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Lập Thạch", "Ủy ban MTTQ Việt Nam huyện Lập Thạch")]
    [InlineData(OrganizationKind.PeoplesCommittee, "01", "Ủy ban nhân dân thành phố Hà Nội", "UBND thành phố Hà Nội")]
    [InlineData(OrganizationKind.WomensUnion, "26", "Hội Liên hiệp Phụ nữ tỉnh Vĩnh Phúc", "Hội LHPN tỉnh Vĩnh Phúc")]
    [InlineData(OrganizationKind.VeteransAssociation, "279", "Hội Cựu chiến binh huyện Thường Tín", "Hội CCB huyện Thường Tín")]
    [InlineData(OrganizationKind.LaborFederation, "01", "Liên đoàn Lao động thành phố Hà Nội", "LĐLĐ thành phố Hà Nội")]
    [InlineData(OrganizationKind.FarmersUnion, "279", "Hội Nông dân huyện Thường Tín", null)]
    [InlineData(OrganizationKind.DanVanBloc, "08764", "Khối Dân vận xã Quang Sơn", null)]
    public void State_Front_and_mass_organizations_put_their_name_before_the_unit_in_running_text(
        OrganizationKind kind, string code, string expected, string? expectedShort)
    {
        var name = OrganizationNames.Compose(kind, Unit(code, Before));
        name.Name.Should().Be(expected);
        name.ShortName.Should().Be(expectedShort);
    }

    [Theory]
    [InlineData("01", "Thành đoàn Hà Nội")]
    [InlineData("26", "Tỉnh đoàn Vĩnh Phúc")]
    [InlineData("279", "Huyện đoàn Thường Tín")]
    [InlineData("08764", "Đoàn xã Quang Sơn")]
    public void The_youth_union_follows_the_committee_rule(string code, string expected) =>
        Name(OrganizationKind.YouthUnion, code, Before).Should().Be(expected);

    [Fact]
    public void Delegations_are_named_after_their_convener()
    {
        var registry = OrganizationRegistry.Default;
        var cityCommittee = registry.Find(OrganizationKind.PartyCommittee, UnitCode.Parse("01", null), Before)!;
        var name = OrganizationNames.Compose(OrganizationKind.InspectionDelegation, number: 3, convener: cityCommittee);
        name.Name.Should().Be("Đoàn Kiểm tra số 3 Thành ủy Hà Nội");
        name.EnglishName.Should().Be("Inspection Delegation No. 3 of the Hanoi City Party Committee");
        OrganizationNames.Compose(OrganizationKind.SurveyDelegation, convener: registry.Find(OrganizationKind.DanVanCommission, UnitCode.Parse("279", null), Before))
            .Name.Should().Be("Đoàn Khảo sát Ban Dân vận Huyện ủy Thường Tín");
        FluentActions.Invoking(() => OrganizationNames.Compose(OrganizationKind.InspectionDelegation, number: 1))
            .Should().Throw<ArgumentException>().WithMessage("*convener*");
    }

    [Fact]
    public void Grassroots_bodies_name_their_locality()
    {
        var name = OrganizationNames.Compose(OrganizationKind.FrontWorkBoard, Unit("08764", Before), locality: "thôn Đông");
        name.Name.Should().Be("Ban công tác Mặt trận thôn Đông");
        name.EnglishName.Should().BeNull("a locality has no English name the library knows");
        OrganizationNames.Compose(OrganizationKind.PeoplesInspectionBoard, Unit("08764", Before)).Name.Should().Be("Ban Thanh tra nhân dân xã Quang Sơn");
    }

    [Theory]
    [InlineData(OrganizationKind.CentralCommittee, "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")]
    [InlineData(OrganizationKind.Politburo, "Bộ Chính trị")]
    [InlineData(OrganizationKind.Secretariat, "Ban Bí thư")]
    [InlineData(OrganizationKind.DanVanCommission, "Ban Dân vận Trung ương")]
    [InlineData(OrganizationKind.PropagandaAndDanVanCommission, "Ban Tuyên giáo và Dân vận Trung ương")]
    [InlineData(OrganizationKind.FatherlandFrontCommittee, "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]
    [InlineData(OrganizationKind.NationalAssemblyStandingCommittee, "Ủy ban Thường vụ Quốc hội")]
    [InlineData(OrganizationKind.LaborFederation, "Tổng Liên đoàn Lao động Việt Nam")]
    [InlineData(OrganizationKind.YouthUnion, "Đoàn Thanh niên Cộng sản Hồ Chí Minh")]
    public void Central_bodies_have_fixed_names(OrganizationKind kind, string expected) =>
        OrganizationNames.Compose(kind).Name.Should().Be(expected);

    [Fact]
    public void Kinds_without_a_central_body_or_without_a_unit_are_refused()
    {
        FluentActions.Invoking(() => OrganizationNames.Compose(OrganizationKind.PeoplesCommittee)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => OrganizationNames.Compose(OrganizationKind.Politburo, Unit("01", Before))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => OrganizationNames.Compose((OrganizationKind)999)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void English_names_follow_the_units_English_names()
    {
        OrganizationNames.Compose(OrganizationKind.PartyCommittee, Unit("279", Before)).EnglishName.Should().Be("Thuong Tin District Party Committee");
        OrganizationNames.Compose(OrganizationKind.DanVanCommission, Unit("279", Before)).EnglishName
            .Should().Be("Mass Mobilization Commission of the Thuong Tin District Party Committee");
        OrganizationNames.Compose(OrganizationKind.PartyCommittee, Unit("01", Before)).EnglishName.Should().Be("Hanoi City Party Committee");
    }

    [Fact]
    public void Every_standing_body_of_every_unit_gets_a_normalised_name_with_its_units_name()
    {
        var catalog = AdministrativeCatalog.Default;
        foreach (var date in new[] { Before, After })
        {
            foreach (var unit in catalog.AllAt(date))
            {
                foreach (var body in OrganizationRegistry.Default.ForUnit(unit, date))
                {
                    body.Name.Should().Contain(unit.Name).And.Be(DanVan.Domain.Text.VietnameseNormalization.Normalize(body.Name));
                }
            }
        }
    }
}
