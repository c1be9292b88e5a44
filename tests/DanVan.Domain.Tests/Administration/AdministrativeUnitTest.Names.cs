using DanVan.Domain.Administration;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Administration;

public partial class AdministrativeUnitTest
{
    [Theory]
    [InlineData("Thuỵ Hoà", "Thụy Hòa")]
    [InlineData("Thu\u0323y Ho\u0300a", "Thụy Hòa")]
    [InlineData("Thuy\u0323 Hoa\u0300", "Thụy Hòa")]
    [InlineData("  Thường Tín\t", "Thường Tín")]
    [InlineData("Thu\u031Bo\u031B\u0300ng Ti\u0301n", "Thường Tín")]
    [InlineData("Ea H’Leo", "Ea H’Leo")]
    [InlineData("11", "11")]
    public void The_name_is_stored_trimmed_in_the_canonical_form(string given, string stored)
    {
        var unit = new AdministrativeUnit(Code("00004"), AdministrativeUnitKind.Commune, given, Code("001"));
        unit.Name.Should().Be(stored);
        VietnameseNormalization.IsNormalized(unit.Name).Should().BeTrue();
        unit.FullName.Should().Be("Xã " + stored);
    }

    [Fact]
    public void Two_spellings_of_one_name_make_equal_units()
    {
        var modern = new AdministrativeUnit(Code("00004"), AdministrativeUnitKind.Ward, "Thuỵ Hoà", Code("001"));
        var traditional = new AdministrativeUnit(Code("00004"), AdministrativeUnitKind.Ward, "Thụy Hòa", Code("001"));
        modern.Should().Be(traditional);
        modern.GetHashCode().Should().Be(traditional.GetHashCode());
    }

    [Theory]
    [InlineData("Thụy Hòa", null, "Thuy Hoa")]
    [InlineData("Thuỵ Hoà", "", "Thuy Hoa")]
    [InlineData("Đồng Đăng", "   ", "Dong Dang")]
    [InlineData("Ea H’Leo", null, "Ea H'Leo")]
    [InlineData("Thường  Tín", null, "Thuong Tin")]
    [InlineData("Thường\u200BTín", null, "ThuongTin")]
    [InlineData("ĐẮK LẮK", null, "DAK LAK")]
    [InlineData("Hà Nội", "  Hanoi ", "Hanoi")]
    [InlineData("Hà Nội", "Ha Noi", "Ha Noi")]
    public void The_English_name_is_the_one_given_or_the_name_folded_with_its_capitals(string name, string? english, string expected)
    {
        var unit = new AdministrativeUnit(Code("01"), AdministrativeUnitKind.Province, name, englishName: english);
        unit.EnglishName.Should().Be(expected);
    }

    [Theory]
    [InlineData("279", AdministrativeUnitKind.RuralDistrict, "Thường Tín", null, "Thuong Tin District")]
    [InlineData("772", AdministrativeUnitKind.UrbanDistrict, "11", null, "District 11")]
    [InlineData("27208", AdministrativeUnitKind.Ward, "15", null, "Ward 15")]
    [InlineData("01", AdministrativeUnitKind.Municipality, "Hà Nội", "Hanoi", "Hanoi City")]
    [InlineData("26", AdministrativeUnitKind.Province, "Vĩnh Phúc", null, "Vinh Phuc Province")]
    [InlineData("269", AdministrativeUnitKind.DistrictTown, "Sơn Tây", null, "Son Tay Town")]
    [InlineData("769", AdministrativeUnitKind.MunicipalCity, "Thủ Đức", null, "Thu Duc City")]
    [InlineData("08764", AdministrativeUnitKind.Commune, "Quang Sơn", null, "Quang Son Commune")]
    [InlineData("10015", AdministrativeUnitKind.Township, "Thường Tín", null, "Thuong Tin Township")]
    [InlineData("22915", AdministrativeUnitKind.SpecialZone, "Côn Đảo", null, "Con Dao Special Zone")]
    public void The_English_full_name_puts_the_title_after_a_name_and_before_a_number(
        string code, AdministrativeUnitKind kind, string name, string? english, string expected)
    {
        var parent = code.Length == 2 ? (UnitCode?)null : Code(code.Length == 3 ? "01" : "001");
        new AdministrativeUnit(Code(code), kind, name, parent, englishName: english).EnglishFullName.Should().Be(expected);
    }

    [Theory]
    [InlineData(AdministrativeUnitKind.RuralDistrict, "Thường Tín", null, "Huyện Thường Tín (279, …–2025-06-30)")]
    [InlineData(AdministrativeUnitKind.UrbanDistrict, "11", "2025-03-01", "Quận 11 (279, 2025-03-01–2025-06-30)")]
    public void ToString_shows_full_name_code_and_validity(AdministrativeUnitKind kind, string name, string? from, string expected)
    {
        var validFrom = from is null ? (NodaTime.LocalDate?)null : NodaTime.Text.LocalDatePattern.Iso.Parse(from).Value;
        new AdministrativeUnit(Code("279"), kind, name, Code("01"), validFrom, OldEnd).ToString().Should().Be(expected);
        new AdministrativeUnit(Code("26740"), AdministrativeUnitKind.Ward, "Sài Gòn", Code("79"), Reform).ToString()
            .Should().Be("Phường Sài Gòn (26740, 2025-07-01–)");
    }

    [Fact]
    public void ToString_does_not_depend_on_the_current_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // A culture with an odd date separator and digits that exists with and without ICU.
            var odd = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
            odd.DateTimeFormat.DateSeparator = "#";
            odd.NumberFormat.NativeDigits = ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"];
            System.Globalization.CultureInfo.CurrentCulture = odd;
            ThuongTin().ToString().Should().Be("Huyện Thường Tín (279, …–2025-06-30)");
            new AdministrativeUnit(Code("26740"), AdministrativeUnitKind.Ward, "Sài Gòn", Code("79"), Reform).ToString()
                .Should().Be("Phường Sài Gòn (26740, 2025-07-01–)");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
