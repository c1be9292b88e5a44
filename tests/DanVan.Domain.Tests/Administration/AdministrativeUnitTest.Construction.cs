using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Tests.Administration;

public partial class AdministrativeUnitTest
{
    private static readonly LocalDate OldEnd = new(2025, 6, 30);
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate OldList = new(2025, 3, 1);

    private static UnitCode Code(string text) => UnitCode.Parse(text, null);

    private static AdministrativeUnit ThuongTin() =>
        new(Code("279"), AdministrativeUnitKind.RuralDistrict, "Thường Tín", Code("01"), validUntil: OldEnd, knownSince: OldList);

    [Fact]
    public void A_unit_keeps_what_it_was_given()
    {
        var unit = new AdministrativeUnit(Code("26740"), AdministrativeUnitKind.Ward, "Sài Gòn", Code("79"), Reform, new LocalDate(2030, 1, 1), "Sai Gon");
        unit.Code.Should().Be(Code("26740"));
        unit.Kind.Should().Be(AdministrativeUnitKind.Ward);
        unit.Level.Should().Be(AdministrativeLevel.Commune);
        unit.Name.Should().Be("Sài Gòn");
        unit.FullName.Should().Be("Phường Sài Gòn");
        unit.EnglishName.Should().Be("Sai Gon");
        unit.ParentCode.Should().Be(Code("79"));
        unit.ValidFrom.Should().Be(Reform);
        unit.ValidUntil.Should().Be(new LocalDate(2030, 1, 1));
        unit.KnownSince.Should().BeNull();
    }

    [Fact]
    public void Optional_values_default_to_an_open_unit_without_parent()
    {
        var unit = new AdministrativeUnit(Code("01"), AdministrativeUnitKind.Municipality, "Hà Nội");
        unit.ParentCode.Should().BeNull();
        unit.ValidFrom.Should().BeNull();
        unit.ValidUntil.Should().BeNull();
        unit.KnownSince.Should().BeNull();
        unit.FullName.Should().Be("Thành phố Hà Nội");
    }

    [Fact]
    public void A_default_parent_code_means_no_parent() =>
        new AdministrativeUnit(Code("01"), AdministrativeUnitKind.Province, "X", default(UnitCode)).ParentCode.Should().BeNull();

    [Fact]
    public void Known_since_is_kept_only_for_an_open_start()
    {
        ThuongTin().KnownSince.Should().Be(OldList);
        new AdministrativeUnit(Code("279"), AdministrativeUnitKind.RuralDistrict, "Thường Tín", Code("01"), new LocalDate(2020, 1, 1), OldEnd, knownSince: OldList)
            .KnownSince.Should().BeNull("a version with a start date is attested from that date");
    }

    [Fact]
    public void A_default_code_is_refused()
    {
        var exception = FluentActions.Invoking(() => new AdministrativeUnit(default, AdministrativeUnitKind.Province, "X"))
            .Should().Throw<ArgumentException>().Which;
        exception.Should().NotBeOfType<ArgumentNullException>();
        exception.Message.Should().Be("A unit needs a code; default(UnitCode) is not one.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(-1)]
    public void An_undefined_kind_is_refused_naming_the_code_and_kind(int kind) =>
        FluentActions.Invoking(() => new AdministrativeUnit(Code("01"), (AdministrativeUnitKind)kind, "X"))
            .Should().Throw<ArgumentException>().Which.Message.Should().Be($"Unit 01: '{kind}' is not a defined kind.");

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    [InlineData("\u00A0")]
    [InlineData("\u200B")]
    [InlineData("\uFEFF\u200D")]
    [InlineData("\u0301")]
    [InlineData(" \u0300\u0301 ")]
    public void A_blank_name_is_refused(string name) =>
        FluentActions.Invoking(() => new AdministrativeUnit(Code("279"), AdministrativeUnitKind.RuralDistrict, name, Code("01")))
            .Should().Throw<ArgumentException>().Which.Message.Should().Be("Unit 279: the name is blank.");

    [Fact]
    public void A_null_name_is_an_ArgumentNullException_for_name() =>
        FluentActions.Invoking(() => new AdministrativeUnit(Code("279"), AdministrativeUnitKind.RuralDistrict, null!))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("name");

    [Fact]
    public void A_validity_that_ends_before_it_starts_is_refused()
    {
        FluentActions.Invoking(() => new AdministrativeUnit(Code("01"), AdministrativeUnitKind.Province, "X", validFrom: Reform, validUntil: OldEnd))
            .Should().Throw<ArgumentException>().Which.Message.Should().Be("Unit 01: the validity ends (2025-06-30) before it starts.");
        FluentActions.Invoking(() => new AdministrativeUnit(Code("01"), AdministrativeUnitKind.Province, "X", validUntil: new LocalDate(2025, 2, 28), knownSince: OldList))
            .Should().Throw<ArgumentException>("an open start known since 2025-03-01 cannot end before it")
            .Which.Message.Should().Contain("2025-02-28");
    }

    [Fact]
    public void A_one_day_validity_and_an_end_on_the_known_day_are_allowed()
    {
        var oneDay = new AdministrativeUnit(Code("01"), AdministrativeUnitKind.Province, "X", validFrom: Reform, validUntil: Reform);
        oneDay.IsValidOn(Reform).Should().BeTrue();
        new AdministrativeUnit(Code("01"), AdministrativeUnitKind.Province, "X", validUntil: OldList, knownSince: OldList).ValidUntil.Should().Be(OldList);
    }

    [Fact]
    public void The_constructor_does_not_judge_whether_kind_and_code_fit_the_validator_does()
    {
        var unit = new AdministrativeUnit(Code("01"), AdministrativeUnitKind.Ward, "X");
        unit.Level.Should().Be(AdministrativeLevel.Province, "the level comes from the code");
        AdministrativeValidator.Validate(unit).Issues.Select(i => i.Code.ToString()).Should().Contain("DV2101");
    }
}
