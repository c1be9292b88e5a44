using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Organizations;

public partial class OrganizationNameParsingTest
{
    [Theory]
    [InlineData("Ban Dân vận Huyện ủy Thường Tín")]
    [InlineData("ban dan van huyen uy thuong tin")]
    [InlineData("BAN DÂN VẬN HUYỆN UỶ THƯỜNG TÍN")]
    [InlineData("Ban Dân vận Huyện uỷ Thường Tín")]
    [InlineData("  Ban  Dân vận   Huyện ủy Thường Tín. ")]
    [InlineData("Ban dân vận huyện ủy Thường Tín")]
    [InlineData("BDV Huyện ủy Thường Tín")]
    [InlineData("Ban DV Huyện ủy Thường Tín")]
    [InlineData("Ban Dân vận HU Thường Tín")]
    [InlineData("Ban Dân vận huyện Thường Tín")]
    public void Case_diacritics_tone_placement_spacing_and_abbreviations_do_not_matter(string text)
    {
        var match = Parse(text, Before);
        ShouldResolve(match, OrganizationKind.DanVanCommission, "279");
        match.Text.Should().Be(text);
    }

    [Fact]
    public void Decomposed_text_reads_like_precomposed_text()
    {
        // Written out, so that it stays decomposed with invariant globalization too.
        const string decomposed = "Ban Da\u0302n va\u0323\u0302n Huye\u0323\u0302n u\u0309y Thu\u031Bo\u031B\u0300ng Ti\u0301n";
        decomposed.Should().NotBe("Ban Dân vận Huyện ủy Thường Tín");
        ShouldResolve(Parse(decomposed, Before), OrganizationKind.DanVanCommission, "279");
    }

    [Theory]
    [InlineData("Tỉnh ủy Vĩnh Phúc", OrganizationKind.PartyCommittee, "26")]
    [InlineData("Tỉnh uỷ Vĩnh Phúc", OrganizationKind.PartyCommittee, "26")]
    [InlineData("tinh uy vinh phuc", OrganizationKind.PartyCommittee, "26")]
    [InlineData("TU Vĩnh Phúc", OrganizationKind.PartyCommittee, "26")]
    [InlineData("Thành ủy TP Hồ Chí Minh", OrganizationKind.PartyCommittee, "79")]
    [InlineData("Thành ủy TP.HCM", OrganizationKind.PartyCommittee, "79")]
    [InlineData("Thành ủy TPHCM", OrganizationKind.PartyCommittee, "79")]
    [InlineData("Thành ủy Thành phố Hồ Chí Minh", OrganizationKind.PartyCommittee, "79")]
    [InlineData("Quận ủy Quận 11", OrganizationKind.PartyCommittee, "772")]
    [InlineData("Quận ủy Q.11", OrganizationKind.PartyCommittee, "772")]
    [InlineData("UBND Quận 11", OrganizationKind.PeoplesCommittee, "772")]
    [InlineData("UBND Q.11", OrganizationKind.PeoplesCommittee, "772")]
    [InlineData("UBND q11", OrganizationKind.PeoplesCommittee, "772")]
    [InlineData("Thị ủy Sơn Tây", OrganizationKind.PartyCommittee, "269")]
    [InlineData("Huyện đoàn Thường Tín", OrganizationKind.YouthUnion, "279")]
    [InlineData("Thành đoàn Hà Nội", OrganizationKind.YouthUnion, "01")]
    [InlineData("Ban Chấp hành Đảng bộ huyện Thường Tín", OrganizationKind.PartyCommittee, "279")]
    [InlineData("Ban Thường vụ Thành ủy Hà Nội", OrganizationKind.PartyStandingCommittee, "01")]
    [InlineData("BTV Thành ủy Hà Nội", OrganizationKind.PartyStandingCommittee, "01")]
    [InlineData("Thường trực Huyện ủy Thường Tín", OrganizationKind.PartyStandingOffice, "279")]
    [InlineData("Ban Tuyên giáo Tỉnh ủy Vĩnh Phúc", OrganizationKind.PropagandaCommission, "26")]
    [InlineData("Hội đồng nhân dân huyện Thường Tín", OrganizationKind.PeoplesCouncil, "279")]
    [InlineData("HĐND huyện Thường Tín", OrganizationKind.PeoplesCouncil, "279")]
    [InlineData("hdnd huyen thuong tin", OrganizationKind.PeoplesCouncil, "279")]
    [InlineData("Ủy ban nhân dân thành phố Hà Nội", OrganizationKind.PeoplesCommittee, "01")]
    [InlineData("UBND TP. Hà Nội", OrganizationKind.PeoplesCommittee, "01")]
    [InlineData("UBND TP.HCM", OrganizationKind.PeoplesCommittee, "79")]
    [InlineData("HĐND TPHCM", OrganizationKind.PeoplesCouncil, "79")]
    [InlineData("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Lập Thạch", OrganizationKind.FatherlandFrontCommittee, "246")]
    [InlineData("Ủy ban MTTQ Việt Nam huyện Lập Thạch", OrganizationKind.FatherlandFrontCommittee, "246")]
    [InlineData("Ủy ban MTTQ huyện Lập Thạch", OrganizationKind.FatherlandFrontCommittee, "246")]
    [InlineData("UBMTTQ huyện Lập Thạch", OrganizationKind.FatherlandFrontCommittee, "246")]
    [InlineData("MTTQ huyện Lập Thạch", OrganizationKind.FatherlandFrontCommittee, "246")]
    [InlineData("Liên đoàn Lao động thành phố Hà Nội", OrganizationKind.LaborFederation, "01")]
    [InlineData("LĐLĐ thành phố Hà Nội", OrganizationKind.LaborFederation, "01")]
    [InlineData("Hội Nông dân tỉnh Vĩnh Phúc", OrganizationKind.FarmersUnion, "26")]
    [InlineData("Hội Liên hiệp Phụ nữ huyện Lập Thạch", OrganizationKind.WomensUnion, "246")]
    [InlineData("Hội LHPN huyện Lập Thạch", OrganizationKind.WomensUnion, "246")]
    [InlineData("Hội Cựu chiến binh huyện Lập Thạch", OrganizationKind.VeteransAssociation, "246")]
    [InlineData("Hội CCB huyện Lập Thạch", OrganizationKind.VeteransAssociation, "246")]
    [InlineData("Đoàn TNCS Hồ Chí Minh tỉnh Vĩnh Phúc", OrganizationKind.YouthUnion, "26")]
    [InlineData("Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Thường Tín", OrganizationKind.DemocracySteeringCommittee, "279")]
    public void Every_usual_form_reads_before_the_reform(string text, OrganizationKind kind, string unit) =>
        ShouldResolve(Parse(text, Before), kind, unit);

    [Theory]
    [InlineData("Đảng ủy xã Quang Sơn", OrganizationKind.PartyCommittee)]
    [InlineData("ĐU xã Quang Sơn", OrganizationKind.PartyCommittee)]
    [InlineData("Đoàn xã Quang Sơn", OrganizationKind.YouthUnion)]
    [InlineData("Đoàn Thanh niên xã Quang Sơn", OrganizationKind.YouthUnion)]
    [InlineData("UBND xã Quang Sơn", OrganizationKind.PeoplesCommittee)]
    [InlineData("Khối Dân vận xã Quang Sơn", OrganizationKind.DanVanBloc)]
    [InlineData("Ban Thanh tra nhân dân xã Quang Sơn", OrganizationKind.PeoplesInspectionBoard)]
    [InlineData("Ban Giám sát đầu tư của cộng đồng xã Quang Sơn", OrganizationKind.CommunityInvestmentSupervisionBoard)]
    [InlineData("Ban Thường vụ Đảng ủy xã Quang Sơn", OrganizationKind.PartyStandingCommittee)]
    public void Commune_bodies_read_within_their_district(string text, OrganizationKind kind) =>
        ShouldResolve(Parse(text, Before, within: "246"), kind, "08764");

    [Theory]
    [InlineData("UBND xã Quang Sơn, huyện Lập Thạch")]
    [InlineData("UBND xã Quang Sơn, huyện Lập Thạch, tỉnh Vĩnh Phúc")]
    [InlineData("UBND xã Quang Sơn huyện Lập Thạch tỉnh Vĩnh Phúc")]
    [InlineData("UBND xã Quang Sơn, Lập Thạch, Vĩnh Phúc")]
    public void The_units_above_written_after_the_unit_tell_same_named_units_apart(string text) =>
        ShouldResolve(Parse(text, Before), OrganizationKind.PeoplesCommittee, "08764");

    [Fact]
    public void After_the_reform_the_merged_province_and_its_commissions_read()
    {
        ShouldResolve(Parse("Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ", After), OrganizationKind.PropagandaAndDanVanCommission, "25");
        ShouldResolve(Parse("Ban TG&DV Tỉnh ủy Phú Thọ", After), OrganizationKind.PropagandaAndDanVanCommission, "25");
        var match = Parse("Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ", After);
        match.Organization!.Id.ToString().Should().Be("25@2025-07-01/propaganda-danvan-commission");
        match.Convener!.Id.ToString().Should().Be("25@2025-07-01/party-committee");
    }

    [Fact]
    public void An_island_special_zone_has_a_commune_party_committee_after_the_reform()
    {
        var match = Parse("Đảng ủy đặc khu Côn Đảo", After);
        ShouldResolve(match, OrganizationKind.PartyCommittee, match.Unit?.Code.ToString());
        match.Unit!.Kind.Should().Be(AdministrativeUnitKind.SpecialZone);
        match.Unit.Name.Should().Be("Côn Đảo");
        match.Level.Should().Be(OrganizationLevel.Commune);
    }

    [Fact]
    public void Without_a_kind_word_the_higher_level_of_two_same_named_units_wins()
    {
        // Huyện Lập Thạch and Thị trấn Lập Thạch share the name; as in address parsing, the district wins.
        ShouldResolve(Parse("UBND Lập Thạch", Before), OrganizationKind.PeoplesCommittee, "246");
    }

    [Fact]
    public void Diacritics_tell_apart_same_named_communes_of_one_parent_and_their_absence_makes_the_name_ambiguous()
    {
        // Xã Văn Lang and Xã Văn Lăng were both under one parent on 2025-07-01: a name that spells them reads, a folded one does not.
        var lang = Registry.Catalog.Search("xa van lang", After, 50).Select(m => m.Unit)
            .Where(u => u.Kind == AdministrativeUnitKind.Commune && VietnameseFolding.FoldedEquals(u.Name, "Văn Lang"))
            .GroupBy(u => u.ParentCode).Single(g => g.Count() == 2).ToList();
        var parent = lang[0].ParentCode!.Value.ToString();
        foreach (var unit in lang)
        {
            ShouldResolve(Parse("UBND xã " + unit.Name, After, parent), OrganizationKind.PeoplesCommittee, unit.Code.ToString());
        }

        var folded = Parse("UBND xa van lang", After, parent);
        folded.Status.Should().Be(OrganizationNameStatus.Ambiguous);
        folded.Alternatives.Select(u => u.Code).Should().BeEquivalentTo(lang.Select(u => u.Code));
    }

    [Fact]
    public void A_unit_written_with_another_kind_of_its_level_reads_with_a_DV3314_warning()
    {
        // Thường Tín was a thị trấn, not a xã; no xã had that name.
        var match = Parse("UBND xã Thường Tín", Before);
        ShouldResolve(match, OrganizationKind.PeoplesCommittee, "10183");
        match.Unit!.FullName.Should().Be("Thị trấn Thường Tín");
        match.Issue!.Code.ToString().Should().Be("DV3314");
        match.Issue.IsError.Should().BeFalse();
        match.Issue.EnglishMessage.Should().Be("'xã Thường Tín' is written as a commune, but on 2020-03-26 Thị trấn Thường Tín is a township.");
        match.Issue.VietnameseMessage.Should().Be("'xã Thường Tín' được ghi là xã, nhưng vào ngày 2020-03-26 Thị trấn Thường Tín là thị trấn.");
    }
}
