using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Tests.Administration;

/// <summary><see cref="AdministrativeCatalog.TranslateAddress"/>: an old three-level address to the two-level state in one call.</summary>
public class AddressTranslationTest
{
    private static readonly AdministrativeCatalog Catalog = AdministrativeCatalog.Default;
    private static readonly LocalDate OldState = new(2025, 6, 30);
    private static readonly LocalDate ReformState = new(2025, 7, 1);
    private static readonly LocalDate State2026 = new(2026, 4, 30);

    [Fact]
    public void A_commune_merged_whole_translates_to_one_new_address()
    {
        var result = Catalog.TranslateAddress("Xã Quang Sơn, huyện Lập Thạch, tỉnh Vĩnh Phúc", OldState);
        result.Status.Should().Be(AddressTranslationStatus.Translated);
        result.ToDate.Should().Be(State2026);
        result.Source.Status.Should().Be(AddressMatchStatus.Resolved);
        var target = result.Targets.Should().ContainSingle().Subject;
        target.Link.Coverage.Should().Be(Coverage.Whole);
        target.Path.Should().Be("Xã Hợp Lý, Tỉnh Phú Thọ");
        target.Address.Should().Be(target.Path);
        target.Units.Select(u => u.Code.ToString()).Should().Equal("25", target.Link.Unit.Code.ToString());
        result.Issues.Should().BeEmpty();
    }

    [Fact]
    public void The_street_is_kept_in_the_new_address()
    {
        var result = Catalog.TranslateAddress("123 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM", OldState, ReformState);
        result.Status.Should().Be(AddressTranslationStatus.Translated);
        result.ToDate.Should().Be(ReformState);
        result.Targets.Single().Address.Should().Be("123 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh");
        result.ToString().Should().Be("Translated: 123 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh (whole)");
    }

    [Fact]
    public void A_district_translates_to_every_unit_that_took_part_of_it()
    {
        var result = Catalog.TranslateAddress("Quận 1, TP.HCM", OldState);
        result.Status.Should().Be(AddressTranslationStatus.Divided);
        result.Targets.Should().HaveCountGreaterThan(2)
            .And.OnlyContain(t => t.Link.Coverage == Coverage.Partial && t.Units[0].Code == UnitCode.Parse("79", null) && t.Link.Unit.IsValidOn(State2026));
        result.Targets.Select(t => t.Link.Unit.FullName).Should().Contain("Phường Sài Gòn");
    }

    [Fact]
    public void An_address_that_does_not_resolve_on_the_old_date_has_no_targets()
    {
        var garbage = Catalog.TranslateAddress("asdf", OldState);
        garbage.Status.Should().Be(AddressTranslationStatus.NotResolved);
        garbage.Targets.Should().BeEmpty();
        garbage.Issues.Single().Code.ToString().Should().Be("DV2201");

        var newAddress = Catalog.TranslateAddress("Phường Sài Gòn, TP HCM", OldState);
        newAddress.Status.Should().Be(AddressTranslationStatus.NotResolved);
        newAddress.Source.Status.Should().Be(AddressMatchStatus.ValidOnOtherDate);
    }

    [Fact]
    public void A_unit_that_ended_without_a_successor_reports_DV2207()
    {
        var catalog = new AdministrativeCatalogBuilder()
            .Add(new AdministrativeUnit(UnitCode.Parse("01", null), AdministrativeUnitKind.Municipality, "Hà Nội"))
            .Add(new AdministrativeUnit(UnitCode.Parse("00004", null), AdministrativeUnitKind.Ward, "Ba Đình", UnitCode.Parse("01", null), validUntil: OldState))
            .Build();
        var result = catalog.TranslateAddress("Phường Ba Đình, Hà Nội", OldState, State2026);
        result.Status.Should().Be(AddressTranslationStatus.NoSuccessor);
        result.Targets.Should().BeEmpty();
        var issue = result.Issues.Single();
        issue.Code.ToString().Should().Be("DV2207");
        issue.EnglishMessage.Should().Be("Phường Ba Đình, Thành phố Hà Nội ended on 2025-06-30 and the catalog records no unit that took it over, so it has no counterpart on 2026-04-30.");
    }

    [Fact]
    public void Translating_back_in_time_is_refused() =>
        FluentActions.Invoking(() => Catalog.TranslateAddress("Quận 1, TP.HCM", State2026, OldState))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("toDate");
}
