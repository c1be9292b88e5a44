using DanVan.Domain.Administration;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Tests.Administration;

/// <summary>Each catalog code DV2101..DV2107 from a minimal hand-built case, with its path, arguments and a clean twin.</summary>
public partial class AdministrativeValidatorTest
{
    private static readonly LocalDate OldEnd = new(2025, 6, 30);
    private static readonly LocalDate Reform = new(2025, 7, 1);

    private static UnitCode Code(string text) => UnitCode.Parse(text, null);

    private static AdministrativeUnit Unit(
        string code, AdministrativeUnitKind kind, string name, string? parent = null, LocalDate? from = null, LocalDate? until = null) =>
        new(Code(code), kind, name, parent is null ? null : Code(parent), from, until);

    private static AdministrativeUnit HaNoi() => Unit("01", AdministrativeUnitKind.Municipality, "Hà Nội");

    private static AdministrativeUnit BaDinh() => Unit("001", AdministrativeUnitKind.UrbanDistrict, "Ba Đình", "01", until: OldEnd);

    private static AdministrativeUnit TrucBach() => Unit("00004", AdministrativeUnitKind.Ward, "Trúc Bạch", "001", until: OldEnd);

    private static AdministrativeCatalogBuilder Builder(params AdministrativeUnit[] units) => new AdministrativeCatalogBuilder().AddRange(units);

    // The issues with one code, after checking that Build refuses the catalog naming the first error.
    private static ValidationIssue[] Refused(AdministrativeCatalogBuilder builder, string code)
    {
        var all = builder.Validate();
        all.IsValid.Should().BeFalse();
        var first = all.Errors[0];
        var message = FluentActions.Invoking(builder.Build).Should().Throw<InvalidOperationException>().Which.Message;
        message.Should().Be($"{first.EnglishMessage} ({first.Code} at {first.Path})", "Build names the first issue Validate lists");
        var issues = all.Issues.Where(i => i.Code.ToString() == code).ToArray();
        foreach (var issue in issues)
        {
            ShouldBeFilledIn(issue);
        }

        return issues;
    }

    private static void ShouldBeFilledIn(ValidationIssue issue)
    {
        issue.EnglishMessage.Should().NotContain("{").And.NotContain("}");
        issue.VietnameseMessage.Should().NotContain("{").And.NotContain("}");
        issue.VietnameseMessage.Should().NotBe(issue.EnglishMessage);
    }

    [Fact]
    public void A_consistent_small_catalog_has_no_issues_and_builds()
    {
        var builder = Builder(HaNoi(), BaDinh(), TrucBach(), Unit("00004", AdministrativeUnitKind.Ward, "Ba Đình", "01", from: Reform))
            .Add(new AdministrativeChange(AdministrativeChangeKind.MergedInto | AdministrativeChangeKind.Moved, Reform, Code("00004"), [new UnitSuccessor(Code("00004"), Coverage.Whole)]))
            .Add(new AdministrativeChange(AdministrativeChangeKind.Dissolved, Reform, Code("001")));
        builder.Validate().Issues.Should().BeEmpty();
        builder.Build().Units.Should().HaveCount(4);
    }

    [Fact]
    public void DV2101_a_code_whose_length_does_not_fit_the_kind_is_an_error_on_the_code()
    {
        var issue = Refused(Builder(HaNoi(), Unit("002", AdministrativeUnitKind.Ward, "X", "01")), "DV2101").Should().ContainSingle().Which;
        issue.Severity.Should().Be(ValidationSeverity.Error);
        issue.Path.Should().Be("units[1].code");
        issue.AttemptedValue.Should().Be("002");
        issue.EnglishMessage.Should().Be("Unit 002: a ward is at commune level and has a 5-digit code, but '002' has 3 digits.");
        issue.VietnameseMessage.Should().Be("Đơn vị 002: phường là đơn vị cấp xã, mã có 5 chữ số, nhưng '002' có 3 chữ số.");

        var alone = AdministrativeValidator.Validate(Unit("01", AdministrativeUnitKind.RuralDistrict, "X"), "address.district").Issues
            .Should().ContainSingle().Which;
        alone.Code.ToString().Should().Be("DV2101");
        alone.Path.Should().Be("address.district.code");
        alone.GetArgument("expectedLength").Should().Be("3");
        alone.GetArgument("length").Should().Be("2");
        ShouldBeFilledIn(alone);
    }

    [Fact]
    public void DV2101_every_kind_with_a_code_of_its_own_level_is_fine()
    {
        foreach (var info in AdministrativeUnitKinds.All)
        {
            var code = UnitCode.Of(info.Level, 1);
            UnitCode? parent = info.Level == AdministrativeLevel.Province ? null : UnitCode.Of(info.Level.Parent()!.Value, 1);
            AdministrativeValidator.Validate(new AdministrativeUnit(code, info.Kind, "X", parent)).Issues.Should().BeEmpty(info.Prefix);
        }
    }

    [Fact]
    public void DV2102_a_parent_at_the_same_or_a_lower_level_is_an_error_on_parent()
    {
        var builder = Builder(HaNoi(), BaDinh(), Unit("00004", AdministrativeUnitKind.Ward, "X", "00007", until: OldEnd), Unit("00007", AdministrativeUnitKind.Ward, "Y", "001", until: OldEnd));
        var issue = Refused(builder, "DV2102").Should().ContainSingle().Which;
        issue.Path.Should().Be("units[2].parent");
        issue.AttemptedValue.Should().Be("00007");
        issue.EnglishMessage.Should().Be("Unit 00004: its parent 00007 is at commune level, which cannot hold a commune-level unit.");
        issue.VietnameseMessage.Should().Be("Đơn vị 00004: đơn vị cấp trên 00007 là cấp xã, không thể trực tiếp quản lý đơn vị cấp xã.");

        Refused(Builder(HaNoi(), BaDinh(), Unit("002", AdministrativeUnitKind.UrbanDistrict, "X", "00004", until: OldEnd), TrucBach()), "DV2102")
            .Should().ContainSingle().Which.GetArgument("parentLevel").Should().Be("commune");
    }

    [Fact]
    public void DV2102_a_commune_directly_under_a_province_is_fine_as_after_2025_07_01() =>
        Builder(HaNoi(), Unit("00004", AdministrativeUnitKind.Ward, "Ba Đình", "01", from: Reform)).Validate().Issues.Should().BeEmpty();

    [Fact]
    public void DV2103_a_parent_missing_on_the_units_dates_is_an_error_on_parent()
    {
        var missing = Refused(Builder(HaNoi(), Unit("001", AdministrativeUnitKind.UrbanDistrict, "Ba Đình", "02", until: OldEnd)), "DV2103").Should().ContainSingle().Which;
        missing.Path.Should().Be("units[1].parent");
        missing.AttemptedValue.Should().Be("02");
        missing.EnglishMessage.Should().Be("Unit 001: its parent 02 does not exist on 2025-06-30.");
        missing.VietnameseMessage.Should().Be("Đơn vị 001: đơn vị cấp trên 02 không tồn tại vào ngày 2025-06-30.");

        // The parent ends before the child: the newest state (the day after Hà Nội's end) has the child without parent.
        var early = Refused(Builder(Unit("01", AdministrativeUnitKind.Municipality, "Hà Nội", until: OldEnd), Unit("001", AdministrativeUnitKind.UrbanDistrict, "Ba Đình", "01", from: new LocalDate(2020, 1, 1))), "DV2103")
            .Should().ContainSingle().Which;
        early.GetArgument("date").Should().Be("2025-07-01");

        // The parent starts after the child: the child's first day has no parent.
        var late = Refused(Builder(Unit("01", AdministrativeUnitKind.Municipality, "Hà Nội", from: Reform), Unit("00004", AdministrativeUnitKind.Ward, "Ba Đình", "01", from: new LocalDate(2025, 6, 1))), "DV2103")
            .Should().ContainSingle().Which;
        late.GetArgument("date").Should().Be("2025-06-01");
    }

    [Fact]
    public void DV2104_a_province_with_a_parent_or_a_lower_unit_without_one_is_an_error_on_parent()
    {
        var orphan = Refused(Builder(HaNoi(), Unit("001", AdministrativeUnitKind.UrbanDistrict, "Ba Đình")), "DV2104").Should().ContainSingle().Which;
        orphan.Path.Should().Be("units[1].parent");
        orphan.AttemptedValue.Should().BeNull();
        orphan.EnglishMessage.Should().Be("Unit 001: a district or commune needs its parent's code.");
        orphan.VietnameseMessage.Should().Be("Đơn vị 001: đơn vị cấp huyện, cấp xã phải có mã đơn vị cấp trên.");

        var adopted = AdministrativeValidator.Validate(Unit("02", AdministrativeUnitKind.Province, "X", "01")).Issues.Should().ContainSingle().Which;
        adopted.Code.ToString().Should().Be("DV2104");
        adopted.Path.Should().Be("parent");
        adopted.AttemptedValue.Should().Be("01");
        adopted.EnglishMessage.Should().Be("Unit 02: a province has no parent.");
        adopted.VietnameseMessage.Should().Be("Đơn vị 02: đơn vị cấp tỉnh không có đơn vị cấp trên.");
    }

    [Fact]
    public void DV2105_two_versions_of_a_code_on_one_day_are_an_error_on_the_later()
    {
        var issue = Refused(Builder(HaNoi(), Unit("01", AdministrativeUnitKind.Province, "Hà Tây", from: new LocalDate(2008, 8, 1))), "DV2105").Should().ContainSingle().Which;
        issue.Path.Should().Be("units[1]");
        issue.AttemptedValue.Should().Be("01");
        issue.EnglishMessage.Should().Be("Code 01 names two units on 2008-08-01: 'Thành phố Hà Nội' and 'Tỉnh Hà Tây'; a code is unique at any one moment.");
        issue.VietnameseMessage.Should().Be("Mã 01 ứng với hai đơn vị vào ngày 2008-08-01: 'Thành phố Hà Nội' và 'Tỉnh Hà Tây'; tại một thời điểm mỗi mã là duy nhất.");
    }

    [Fact]
    public void DV2105_an_overlap_with_an_earlier_version_that_is_not_the_previous_one_is_found()
    {
        var builder = Builder(
            Unit("01", AdministrativeUnitKind.Province, "A", until: new LocalDate(2025, 12, 31)),
            Unit("01", AdministrativeUnitKind.Province, "B", from: new LocalDate(2020, 1, 1), until: new LocalDate(2020, 6, 30)),
            Unit("01", AdministrativeUnitKind.Province, "C", from: new LocalDate(2021, 1, 1)));
        var issues = Refused(builder, "DV2105");
        issues.Select(i => (i.Path, i.GetArgument("first"), i.GetArgument("second"), i.GetArgument("date")))
            .Should().Equal(("units[1]", "Tỉnh A", "Tỉnh B", "2020-01-01"), ("units[2]", "Tỉnh A", "Tỉnh C", "2021-01-01"));
    }

    [Fact]
    public void DV2105_versions_that_meet_without_overlapping_are_fine()
    {
        Builder(
                Unit("01", AdministrativeUnitKind.Province, "A", until: OldEnd),
                Unit("01", AdministrativeUnitKind.Province, "B", from: Reform, until: new LocalDate(2026, 4, 29)),
                Unit("01", AdministrativeUnitKind.Municipality, "B", from: new LocalDate(2026, 4, 30)))
            .Validate().Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV2105_two_open_versions_overlap_from_the_day_the_sources_know()
    {
        var issue = Refused(Builder(HaNoi(), new AdministrativeUnit(Code("01"), AdministrativeUnitKind.Province, "Hà Tây", validUntil: OldEnd, knownSince: new LocalDate(2025, 3, 1))), "DV2105")
            .Should().ContainSingle().Which;
        issue.GetArgument("date").Should().Be("2025-03-01");
    }

    [Fact]
    public void DV2107_a_change_whose_unit_does_not_exist_the_day_before_is_an_error_on_its_unit()
    {
        var builder = Builder(HaNoi(), BaDinh())
            .Add(new AdministrativeChange(AdministrativeChangeKind.Dissolved, Reform, Code("001")))
            .Add(new AdministrativeChange(AdministrativeChangeKind.Dissolved, Reform, Code("002")));
        var issue = Refused(builder, "DV2107").Should().ContainSingle().Which;
        issue.Path.Should().Be("changes[1].unit");
        issue.AttemptedValue.Should().Be("002");
        issue.EnglishMessage.Should().Be("The change of 2025-07-01 names unit 002, which does not exist on 2025-06-30.");
        issue.VietnameseMessage.Should().Be("Biến động ngày 2025-07-01 nêu đơn vị 002, nhưng đơn vị này không tồn tại vào ngày 2025-06-30.");
    }

    [Fact]
    public void DV2107_an_establishment_names_its_unit_on_the_day_itself()
    {
        var established = new AdministrativeChange(AdministrativeChangeKind.Established, Reform, Code("00004"));
        Builder(HaNoi(), Unit("00004", AdministrativeUnitKind.Ward, "Ba Đình", "01", from: Reform)).Add(established).Validate().Issues.Should().BeEmpty();
        Refused(Builder(HaNoi(), TrucBach(), BaDinh()).Add(established), "DV2107").Should().ContainSingle()
            .Which.GetArgument("date").Should().Be("2025-07-01");
    }

    [Fact]
    public void DV2107_a_successor_that_does_not_exist_on_the_effective_day_is_an_error_on_the_successor()
    {
        var builder = Builder(HaNoi(), BaDinh(), TrucBach(), Unit("00004", AdministrativeUnitKind.Ward, "Ba Đình", "01", from: Reform))
            .Add(new AdministrativeChange(AdministrativeChangeKind.MergedInto, Reform, Code("00004"),
                [new UnitSuccessor(Code("00004"), Coverage.Partial), new UnitSuccessor(Code("00007"), Coverage.Partial)]));
        var issue = Refused(builder, "DV2107").Should().ContainSingle().Which;
        issue.Path.Should().Be("changes[0].successors[1]");
        issue.AttemptedValue.Should().Be("00007");
        issue.GetArgument("role").Should().Be("successor");
        issue.EnglishMessage.Should().Be("The change of 2025-07-01 names successor 00007, which does not exist on 2025-07-01.");
        issue.VietnameseMessage.Should().Be("Biến động ngày 2025-07-01 nêu đơn vị kế thừa 00007, nhưng đơn vị này không tồn tại vào ngày 2025-07-01.");
    }

    [Fact]
    public void Validate_lists_every_issue_in_catalog_order_while_Build_stops_at_the_first()
    {
        var builder = Builder(HaNoi(), Unit("001", AdministrativeUnitKind.Ward, "X"), Unit("002", AdministrativeUnitKind.UrbanDistrict, "Y", "03"))
            .Add(new AdministrativeChange(AdministrativeChangeKind.Dissolved, Reform, Code("004")));
        var codes = builder.Validate().Issues.Select(i => (i.Code.ToString(), i.Path)).ToList();
        codes.Should().Equal(
            ("DV2101", "units[1].code"), ("DV2104", "units[1].parent"), ("DV2103", "units[2].parent"), ("DV2107", "changes[0].unit"));
        FluentActions.Invoking(builder.Build).Should().Throw<InvalidOperationException>().WithMessage("*(DV2101 at units[1].code)");
    }

    [Fact]
    public void Arguments_are_null_checked()
    {
        FluentActions.Invoking(() => AdministrativeValidator.Validate((AdministrativeUnit)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => AdministrativeValidator.Validate((AdministrativeCatalog)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new AdministrativeValidator(null!)).Should().Throw<ArgumentNullException>();
        AdministrativeValidator.Validate(HaNoi(), null!).Issues.Should().BeEmpty();
    }
}
