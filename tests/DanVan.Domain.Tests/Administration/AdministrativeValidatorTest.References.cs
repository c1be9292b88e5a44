using DanVan.Domain.Administration;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Tests.Administration;

/// <summary>References (a code used on a date) against the built-in catalog and small hand-built ones: DV2106, DV2108.</summary>
public partial class AdministrativeValidatorTest
{
    private static readonly AdministrativeValidator Default = AdministrativeValidator.Default;

    [Fact]
    public void DV2106_a_district_code_after_the_district_level_ended_says_what_it_was_and_what_covers_it()
    {
        var date = new LocalDate(2026, 1, 1);
        var issue = Default.ValidateReference(Code("279"), date, "address.district").Issues.Should().ContainSingle().Which;
        issue.Code.ToString().Should().Be("DV2106");
        issue.Severity.Should().Be(ValidationSeverity.Error);
        issue.Path.Should().Be("address.district");
        issue.AttemptedValue.Should().Be("279");
        issue.GetArgument("code").Should().Be("279");
        issue.GetArgument("date").Should().Be("2026-01-01");
        ShouldBeFilledIn(issue);

        issue.EnglishMessage.Should().StartWith("No unit has code 279 on 2026-01-01. Code 279 was: Huyện Thường Tín until 2025-06-30. On 2026-01-01 it is covered by ");
        issue.VietnameseMessage.Should().StartWith("Không có đơn vị hành chính mang mã 279 vào ngày 2026-01-01. Mã 279 từng là: Huyện Thường Tín đến ngày 2025-06-30. Vào ngày 2026-01-01, địa bàn này thuộc ");

        var thuongTin = AdministrativeCatalog.Default.Find(Code("279"), OldEnd)!;
        var covering = AdministrativeCatalog.Default.Translate(thuongTin, date);
        covering.Should().NotBeEmpty().And.OnlyContain(c => c.Coverage == Coverage.Partial, "a district's territory is split among communes");
        covering.Should().Contain(c => c.Unit.FullName == "Xã Thường Tín");
        foreach (var unit in covering.Select(c => c.Unit))
        {
            issue.EnglishMessage.Should().Contain($"{unit.FullName} ({unit.Code}, partial)");
            issue.VietnameseMessage.Should().Contain($"{unit.FullName} ({unit.Code}, một phần)");
        }
    }

    [Fact]
    public void DV2106_a_unit_merged_whole_is_named_without_partial()
    {
        var issue = Default.ValidateReference(Code("26"), new LocalDate(2025, 8, 1)).Issues.Should().ContainSingle().Which;
        issue.EnglishMessage.Should().Be("No unit has code 26 on 2025-08-01. Code 26 was: Tỉnh Vĩnh Phúc until 2025-06-30. On 2025-08-01 it is covered by Tỉnh Phú Thọ (25).");
        issue.VietnameseMessage.Should().Be("Không có đơn vị hành chính mang mã 26 vào ngày 2025-08-01. Mã 26 từng là: Tỉnh Vĩnh Phúc đến ngày 2025-06-30. Vào ngày 2025-08-01, địa bàn này thuộc Tỉnh Phú Thọ (25).");
    }

    [Fact]
    public void DV2106_a_code_used_before_it_existed_lists_its_versions_without_a_cover()
    {
        var newCode = AdministrativeCatalog.Default.AllAt(Reform, AdministrativeLevel.Commune)
            .First(u => AdministrativeCatalog.Default.Versions(u.Code).Count == 1 && u.ValidFrom == Reform);
        var issue = Default.ValidateReference(newCode.Code, OldEnd).Issues.Should().ContainSingle().Which;
        issue.Code.ToString().Should().Be("DV2106");
        issue.EnglishMessage.Should().EndWith($"Code {newCode.Code} was: {newCode.FullName} from 2025-07-01 onwards.");
        issue.VietnameseMessage.Should().EndWith($"Mã {newCode.Code} từng là: {newCode.FullName} từ ngày 2025-07-01 đến nay.");
    }

    [Fact]
    public void DV2106_a_code_the_catalog_never_had_says_so()
    {
        var issue = Default.ValidateReference(Code("98"), Reform, "province").Issues.Should().ContainSingle().Which;
        issue.Code.ToString().Should().Be("DV2106");
        issue.EnglishMessage.Should().Be("No unit has code 98 on 2025-07-01. The catalog has never had code 98.");
        issue.VietnameseMessage.Should().Be("Không có đơn vị hành chính mang mã 98 vào ngày 2025-07-01. Danh mục chưa từng có mã 98.");
    }

    [Fact]
    public void DV2106_a_reused_code_in_a_gap_is_covered_by_what_followed_the_version_that_ended()
    {
        var catalog = new AdministrativeCatalogBuilder()
            .Add(Unit("01", AdministrativeUnitKind.Province, "Một"))
            .Add(Unit("02", AdministrativeUnitKind.Province, "Hai", until: OldEnd))
            .Add(Unit("02", AdministrativeUnitKind.Province, "Hai Mới", from: new LocalDate(2026, 1, 1)))
            .Add(new AdministrativeChange(AdministrativeChangeKind.MergedInto, Reform, Code("02"), [new UnitSuccessor(Code("01"), Coverage.Whole)]))
            .Build();
        var issue = new AdministrativeValidator(catalog).ValidateReference(Code("02"), new LocalDate(2025, 8, 1)).Issues.Should().ContainSingle().Which;
        issue.EnglishMessage.Should().Be(
            "No unit has code 02 on 2025-08-01. Code 02 was: Tỉnh Hai until 2025-06-30; Tỉnh Hai Mới from 2026-01-01 onwards. On 2025-08-01 it is covered by Tỉnh Một (01).");
    }

    [Fact]
    public void DV2106_is_not_reported_for_a_code_valid_on_the_date()
    {
        Default.ValidateReference(Code("279"), OldEnd).Should().Be(ValidationResult.Success);
        Default.ValidateReference(Code("279"), new LocalDate(1990, 1, 1)).IsValid.Should().BeTrue("the oldest state has an open start");
        Default.ValidateReference(Code("26740"), Reform).Issues.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Bến Nghé")]
    [InlineData("Phường Bến Nghé")]
    [InlineData("ben nghe")]
    [InlineData("PHUONG BEN NGHE")]
    [InlineData("Be\u0302\u0301n Nghe\u0301")]
    [InlineData("  Bến   Nghé ")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void DV2108_a_matching_or_absent_name_is_no_issue(string? expectedName) =>
        Default.ValidateReference(Code("26740"), new LocalDate(2020, 3, 26), "ward", expectedName).Issues.Should().BeEmpty();

    [Fact]
    public void DV2108_a_name_of_another_time_is_a_warning_naming_both()
    {
        var result = Default.ValidateReference(Code("26740"), new LocalDate(2020, 3, 26), "ward", "Sài Gòn");
        result.IsValid.Should().BeTrue("a name mismatch is a warning");
        var issue = result.Warnings.Should().ContainSingle().Which;
        issue.Code.ToString().Should().Be("DV2108");
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.Path.Should().Be("ward");
        issue.AttemptedValue.Should().Be("Sài Gòn");
        issue.EnglishMessage.Should().Be("Code 26740 on 2020-03-26 is 'Phường Bến Nghé', not 'Sài Gòn'.");
        issue.VietnameseMessage.Should().Be("Mã 26740 vào ngày 2020-03-26 là 'Phường Bến Nghé', không phải 'Sài Gòn'.");

        Default.ValidateReference(Code("26740"), new LocalDate(2026, 1, 1), "ward", "Phường Sài Gòn").Issues.Should().BeEmpty();
        Default.ValidateReference(Code("26740"), new LocalDate(2026, 1, 1), "ward", "Bến Nghé").Issues.Should().ContainSingle()
            .Which.GetArgument("actual").Should().Be("Phường Sài Gòn");
    }

    [Fact]
    public void DV2108_a_long_given_name_is_cut_in_the_issue()
    {
        var issue = Default.ValidateReference(Code("26740"), new LocalDate(2020, 3, 26), "ward", new string('x', 100_000)).Issues.Should().ContainSingle().Which;
        issue.AttemptedValue!.Length.Should().BeLessThan(200);
        issue.GetArgument("given")!.Length.Should().BeLessThan(200);
        issue.EnglishMessage.Length.Should().BeLessThan(400);
    }

    [Fact]
    public void A_default_code_is_a_missing_code()
    {
        var issue = Default.ValidateReference(default, Reform, "address.ward", "Bến Nghé").Issues.Should().ContainSingle().Which;
        issue.Code.ToString().Should().Be("DV2001");
        issue.Path.Should().Be("address.ward");
        issue.EnglishMessage.Should().Be("An administrative unit code is required.");
    }

    [Fact]
    public void ValidateReference_never_throws()
    {
        var codes = new[] { default, Code("00"), Code("01"), Code("15"), Code("279"), Code("999"), Code("00000"), Code("26740"), Code("99999"), Code("25270") };
        var dates = new[] { LocalDate.MinIsoValue, new LocalDate(1, 1, 1), new LocalDate(1975, 4, 30), OldEnd, Reform, new LocalDate(2026, 4, 29), new LocalDate(2026, 4, 30), LocalDate.MaxIsoValue };
        var names = Fuzz.HostileStrings.Generate(300).Append(null).ToList();
        var checkedCount = 0;
        foreach (var code in codes)
        {
            foreach (var date in dates)
            {
                foreach (var name in names)
                {
                    var result = Default.ValidateReference(code, date, name!, name);
                    result.Issues.Should().HaveCountLessThan(2);
                    foreach (var issue in result.Issues)
                    {
                        issue.EnglishMessage.Should().NotBeNullOrEmpty();
                        issue.VietnameseMessage.Should().NotBeNullOrEmpty();
                    }

                    checkedCount++;
                }
            }
        }

        checkedCount.Should().Be(codes.Length * dates.Length * names.Count);
    }

    [Fact]
    public void The_default_validator_answers_as_one_over_the_default_catalog()
    {
        var own = new AdministrativeValidator(AdministrativeCatalog.Default);
        foreach (var (code, date) in new[] { ("279", OldEnd), ("279", Reform), ("26740", Reform), ("98", Reform) })
        {
            Default.ValidateReference(Code(code), date, "x", "Sài Gòn").Should().Be(own.ValidateReference(Code(code), date, "x", "Sài Gòn"));
        }
    }
}
