using DanVan.Domain.Organizations;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

public partial class OrganizationNameParsingTest
{
    private static readonly LocalDate LastDanVanDay = new(2025, 2, 2);
    private static readonly LocalDate MergerDay = new(2025, 2, 3);

    [Theory]
    [InlineData("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", OrganizationKind.CentralCommittee)]
    [InlineData("Ban Chấp hành Trung ương", OrganizationKind.CentralCommittee)]
    [InlineData("BCH TW", OrganizationKind.CentralCommittee)]
    [InlineData("Bộ Chính trị", OrganizationKind.Politburo)]
    [InlineData("bo chinh tri", OrganizationKind.Politburo)]
    [InlineData("BCT", OrganizationKind.Politburo)]
    [InlineData("Ban Bí thư", OrganizationKind.Secretariat)]
    [InlineData("Ban Bí thư Trung ương Đảng", OrganizationKind.Secretariat)]
    [InlineData("Quốc hội", OrganizationKind.NationalAssembly)]
    [InlineData("Ủy ban Thường vụ Quốc hội", OrganizationKind.NationalAssemblyStandingCommittee)]
    [InlineData("UBTVQH", OrganizationKind.NationalAssemblyStandingCommittee)]
    [InlineData("Chính phủ", OrganizationKind.Government)]
    [InlineData("Ban Dân vận Trung ương", OrganizationKind.DanVanCommission)]
    [InlineData("Ban Dân vận TW", OrganizationKind.DanVanCommission)]
    [InlineData("Ban Dân vận TƯ", OrganizationKind.DanVanCommission)]
    [InlineData("BDV TW", OrganizationKind.DanVanCommission)]
    [InlineData("Ban Tuyên giáo Trung ương", OrganizationKind.PropagandaCommission)]
    [InlineData("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", OrganizationKind.FatherlandFrontCommittee)]
    [InlineData("Ủy ban Trung ương MTTQ Việt Nam", OrganizationKind.FatherlandFrontCommittee)]
    [InlineData("UBTW MTTQ Việt Nam", OrganizationKind.FatherlandFrontCommittee)]
    [InlineData("Tổng Liên đoàn Lao động Việt Nam", OrganizationKind.LaborFederation)]
    [InlineData("Tổng LĐLĐ Việt Nam", OrganizationKind.LaborFederation)]
    [InlineData("Hội Nông dân Việt Nam", OrganizationKind.FarmersUnion)]
    [InlineData("Trung ương Hội Nông dân Việt Nam", OrganizationKind.FarmersUnion)]
    [InlineData("Đoàn Thanh niên Cộng sản Hồ Chí Minh", OrganizationKind.YouthUnion)]
    [InlineData("Trung ương Đoàn TNCS Hồ Chí Minh", OrganizationKind.YouthUnion)]
    [InlineData("Hội Liên hiệp Phụ nữ Việt Nam", OrganizationKind.WomensUnion)]
    [InlineData("Trung ương Hội LHPN Việt Nam", OrganizationKind.WomensUnion)]
    [InlineData("Hội Cựu chiến binh Việt Nam", OrganizationKind.VeteransAssociation)]
    [InlineData("Hội CCB Việt Nam", OrganizationKind.VeteransAssociation)]
    public void Central_bodies_read_by_their_names_and_abbreviations(string text, OrganizationKind kind)
    {
        var match = Parse(text, Before);
        ShouldResolve(match, kind, null);
        match.Organization!.Id.Should().Be(OrganizationId.Central(kind));
    }

    [Fact]
    public void Every_central_body_of_the_registry_reads_by_its_name_and_short_name_on_any_day()
    {
        foreach (var date in new[] { Before, LastDanVanDay, MergerDay, After })
        {
            foreach (var body in Registry.Central(date))
            {
                foreach (var name in new[] { body.Name, body.ShortName }.OfType<string>())
                {
                    var match = Parse(name, date);
                    ShouldResolve(match, body.Kind, null);
                    match.Organization.Should().Be(body);
                }
            }
        }
    }

    [Fact]
    public void A_central_commission_belongs_to_the_Central_Committee()
    {
        var match = Parse("Ban Dân vận Trung ương", Before);
        match.ConvenerKind.Should().Be(OrganizationKind.CentralCommittee);
        match.Convener!.Id.ToString().Should().Be("tw/central-committee");
    }

    [Fact]
    public void The_central_Ban_Dan_van_ends_on_2025_02_02_and_names_its_successor()
    {
        ShouldResolve(Parse("Ban Dân vận Trung ương", LastDanVanDay), OrganizationKind.DanVanCommission, null);

        var match = Parse("Ban Dân vận Trung ương", MergerDay);
        match.Status.Should().Be(OrganizationNameStatus.NotValidOnDate);
        match.Kind.Should().Be(OrganizationKind.DanVanCommission);
        match.Level.Should().Be(OrganizationLevel.Central);
        match.Organization.Should().BeNull();
        match.SuggestedDate.Should().Be(LastDanVanDay);
        match.Issue!.Code.ToString().Should().Be("DV3308");
        match.Issue.EnglishMessage.Should().Be(
            "There was no Mass Mobilization Commission at central level on 2025-02-03: it existed until 2025-02-02. " +
            "It was succeeded by the Ban Tuyên giáo và Dân vận: 'Ban Tuyên giáo và Dân vận Trung ương'.");
        match.Issue.VietnameseMessage.Should().Be(
            "Không có Ban Dân vận cấp trung ương vào ngày 2025-02-03: loại tổ chức này tồn tại đến ngày 2025-02-02. " +
            "Tổ chức kế tục là Ban Tuyên giáo và Dân vận: 'Ban Tuyên giáo và Dân vận Trung ương'.");
    }

    [Fact]
    public void The_central_Ban_Tuyen_giao_va_Dan_van_begins_on_2025_02_03()
    {
        ShouldResolve(Parse("Ban Tuyên giáo và Dân vận Trung ương", MergerDay), OrganizationKind.PropagandaAndDanVanCommission, null);

        var before = Parse("Ban Tuyên giáo và Dân vận Trung ương", LastDanVanDay);
        before.Status.Should().Be(OrganizationNameStatus.NotValidOnDate);
        before.SuggestedDate.Should().Be(MergerDay);
        before.Issue!.EnglishMessage.Should().Be(
            "There was no Propaganda and Mass Mobilization Commission at central level on 2025-02-02: it existed from 2025-02-03.");
    }

    [Fact]
    public void Central_bodies_ignore_within()
    {
        ShouldResolve(Parse("Bộ Chính trị", Before, within: "246"), OrganizationKind.Politburo, null);
    }

    [Fact]
    public void A_kind_that_has_no_central_body_named_as_central_is_not_at_that_level()
    {
        var match = Parse("HĐND Trung ương", Before);
        match.Status.Should().Be(OrganizationNameStatus.KindNotAtLevel);
        match.Kind.Should().Be(OrganizationKind.PeoplesCouncil);
        match.Issue!.Code.ToString().Should().Be("DV3309");
        match.Issue.EnglishMessage.Should().Be("'HĐND Trung ương': there is no People's Council at central level (Trung ương).");
    }
}
