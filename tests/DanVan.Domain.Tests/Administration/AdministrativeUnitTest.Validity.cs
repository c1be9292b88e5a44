using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Tests.Administration;

public partial class AdministrativeUnitTest
{
    [Fact]
    public void A_closed_validity_includes_both_ends_and_nothing_outside()
    {
        var from = new LocalDate(2025, 7, 1);
        var until = new LocalDate(2026, 4, 29);
        var unit = new AdministrativeUnit(Code("25270"), AdministrativeUnitKind.Commune, "X", Code("75"), from, until);
        unit.IsValidOn(from).Should().BeTrue();
        unit.IsValidOn(until).Should().BeTrue();
        unit.IsValidOn(new LocalDate(2025, 12, 31)).Should().BeTrue();
        unit.IsValidOn(from.PlusDays(-1)).Should().BeFalse();
        unit.IsValidOn(until.PlusDays(1)).Should().BeFalse();
        unit.IsValidOn(LocalDate.MinIsoValue).Should().BeFalse();
        unit.IsValidOn(LocalDate.MaxIsoValue).Should().BeFalse();
    }

    [Fact]
    public void An_open_start_reaches_back_to_any_date_and_an_open_end_forward()
    {
        var old = ThuongTin();
        old.IsValidOn(LocalDate.MinIsoValue).Should().BeTrue();
        old.IsValidOn(new LocalDate(1990, 1, 1)).Should().BeTrue();
        old.IsValidOn(OldEnd).Should().BeTrue();
        old.IsValidOn(Reform).Should().BeFalse();

        var current = new AdministrativeUnit(Code("26740"), AdministrativeUnitKind.Ward, "Sài Gòn", Code("79"), Reform);
        current.IsValidOn(LocalDate.MaxIsoValue).Should().BeTrue();
        current.IsValidOn(Reform).Should().BeTrue();
        current.IsValidOn(OldEnd).Should().BeFalse();

        var always = new AdministrativeUnit(Code("01"), AdministrativeUnitKind.Municipality, "Hà Nội");
        always.IsValidOn(LocalDate.MinIsoValue).Should().BeTrue();
        always.IsValidOn(LocalDate.MaxIsoValue).Should().BeTrue();
    }

    [Fact]
    public void A_unit_is_assumed_only_before_the_day_the_sources_attest_it()
    {
        var old = ThuongTin();
        old.IsAssumedOn(OldList.PlusDays(-1)).Should().BeTrue();
        old.IsAssumedOn(new LocalDate(2000, 1, 1)).Should().BeTrue();
        old.IsAssumedOn(OldList).Should().BeFalse();
        old.IsAssumedOn(OldEnd).Should().BeFalse();
        old.IsAssumedOn(Reform).Should().BeFalse("after its end it is not valid, let alone assumed");

        var dated = new AdministrativeUnit(Code("26740"), AdministrativeUnitKind.Ward, "Sài Gòn", Code("79"), Reform);
        dated.IsAssumedOn(LocalDate.MinIsoValue).Should().BeFalse("a version with a start date is never assumed");
        new AdministrativeUnit(Code("01"), AdministrativeUnitKind.Municipality, "Hà Nội").IsAssumedOn(LocalDate.MinIsoValue)
            .Should().BeFalse("without a known-since date nothing is marked as assumed");
    }

    [Fact]
    public void Equality_compares_every_property()
    {
        var unit = ThuongTin();
        var same = new AdministrativeUnit(Code("279"), AdministrativeUnitKind.RuralDistrict, "Thường Tín", Code("01"), validUntil: OldEnd, knownSince: OldList);
        unit.Should().Be(same);
        unit.Equals((object)same).Should().BeTrue();
        unit.GetHashCode().Should().Be(same.GetHashCode());
        unit.Equals(unit).Should().BeTrue();
        unit.Equals((object)"Huyện Thường Tín").Should().BeFalse();

        AdministrativeUnit[] others =
        [
            new(Code("280"), AdministrativeUnitKind.RuralDistrict, "Thường Tín", Code("01"), validUntil: OldEnd, knownSince: OldList),
            new(Code("279"), AdministrativeUnitKind.UrbanDistrict, "Thường Tín", Code("01"), validUntil: OldEnd, knownSince: OldList),
            new(Code("279"), AdministrativeUnitKind.RuralDistrict, "Thường Tin", Code("01"), validUntil: OldEnd, knownSince: OldList),
            new(Code("279"), AdministrativeUnitKind.RuralDistrict, "Thường Tín", Code("02"), validUntil: OldEnd, knownSince: OldList),
            new(Code("279"), AdministrativeUnitKind.RuralDistrict, "Thường Tín", null, validUntil: OldEnd, knownSince: OldList),
            new(Code("279"), AdministrativeUnitKind.RuralDistrict, "Thường Tín", Code("01"), validFrom: OldList, validUntil: OldEnd),
            new(Code("279"), AdministrativeUnitKind.RuralDistrict, "Thường Tín", Code("01"), validUntil: OldEnd.PlusDays(-1), knownSince: OldList),
            new(Code("279"), AdministrativeUnitKind.RuralDistrict, "Thường Tín", Code("01"), validUntil: null, knownSince: OldList),
            new(Code("279"), AdministrativeUnitKind.RuralDistrict, "Thường Tín", Code("01"), validUntil: OldEnd, knownSince: OldList.PlusDays(1)),
            new(Code("279"), AdministrativeUnitKind.RuralDistrict, "Thường Tín", Code("01"), validUntil: OldEnd),
            new(Code("279"), AdministrativeUnitKind.RuralDistrict, "Thường Tín", Code("01"), validUntil: OldEnd, englishName: "Thuong-Tin", knownSince: OldList),
        ];
        foreach (var other in others)
        {
            unit.Should().NotBe(other, "{0} differs from {1}", other, unit);
            other.Should().NotBe(unit);
        }

        others.Concat([unit]).Distinct().Should().HaveCount(others.Length + 1);
        unit.Equals(null).Should().BeFalse();
    }
}
