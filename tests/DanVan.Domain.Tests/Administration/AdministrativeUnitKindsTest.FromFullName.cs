using DanVan.Domain.Administration;

namespace DanVan.Domain.Tests.Administration;

public partial class AdministrativeUnitKindsTest
{
    [Theory]
    [InlineData("Tỉnh Vĩnh Phúc", AdministrativeLevel.Province, false, AdministrativeUnitKind.Province, "Vĩnh Phúc")]
    [InlineData("Thành phố Hà Nội", AdministrativeLevel.Province, false, AdministrativeUnitKind.Municipality, "Hà Nội")]
    [InlineData("Thành phố Hà Nội", AdministrativeLevel.Province, true, AdministrativeUnitKind.Municipality, "Hà Nội")]
    [InlineData("Quận 11", AdministrativeLevel.District, true, AdministrativeUnitKind.UrbanDistrict, "11")]
    [InlineData("Huyện Thường Tín", AdministrativeLevel.District, true, AdministrativeUnitKind.RuralDistrict, "Thường Tín")]
    [InlineData("Thị xã Sơn Tây", AdministrativeLevel.District, true, AdministrativeUnitKind.DistrictTown, "Sơn Tây")]
    [InlineData("Thành phố Vĩnh Yên", AdministrativeLevel.District, false, AdministrativeUnitKind.ProvincialCity, "Vĩnh Yên")]
    [InlineData("Thành phố Thủ Đức", AdministrativeLevel.District, true, AdministrativeUnitKind.MunicipalCity, "Thủ Đức")]
    [InlineData("Xã Quang Sơn", AdministrativeLevel.Commune, false, AdministrativeUnitKind.Commune, "Quang Sơn")]
    [InlineData("Phường 15", AdministrativeLevel.Commune, false, AdministrativeUnitKind.Ward, "15")]
    [InlineData("Phường Sài Gòn", AdministrativeLevel.Commune, true, AdministrativeUnitKind.Ward, "Sài Gòn")]
    [InlineData("Thị trấn Thường Tín", AdministrativeLevel.Commune, false, AdministrativeUnitKind.Township, "Thường Tín")]
    [InlineData("Đặc khu Côn Đảo", AdministrativeLevel.Commune, false, AdministrativeUnitKind.SpecialZone, "Côn Đảo")]
    [InlineData("Xã Xã", AdministrativeLevel.Commune, false, AdministrativeUnitKind.Commune, "Xã")]
    public void Every_prefix_gives_its_kind_at_its_level_and_where_the_name_starts(
        string fullName, AdministrativeLevel level, bool parentIsMunicipality, AdministrativeUnitKind expected, string name)
    {
        AdministrativeUnitKinds.FromFullName(fullName, level, parentIsMunicipality, out var start).Should().Be(expected);
        fullName[start..].Should().Be(name);
    }

    [Fact]
    public void Every_kind_is_reached_by_its_own_prefix()
    {
        foreach (var info in AdministrativeUnitKinds.All)
        {
            var parentIsMunicipality = info.Kind == AdministrativeUnitKind.MunicipalCity;
            AdministrativeUnitKinds.FromFullName(info.Prefix + " Tên", info.Level, parentIsMunicipality, out var start)
                .Should().Be(info.Kind, "'{0}' at {1} level", info.Prefix, info.Level);
            start.Should().Be(info.Prefix.Length + 1);
        }
    }

    [Theory]
    [InlineData("Thị trấn Thường Tín", AdministrativeLevel.District)]
    [InlineData("Thị xã Sơn Tây", AdministrativeLevel.Commune)]
    [InlineData("Thị xã Sơn Tây", AdministrativeLevel.Province)]
    [InlineData("Quận 11", AdministrativeLevel.Province)]
    [InlineData("Quận 11", AdministrativeLevel.Commune)]
    [InlineData("Tỉnh Vĩnh Phúc", AdministrativeLevel.District)]
    [InlineData("Xã Quang Sơn", AdministrativeLevel.District)]
    [InlineData("Đặc khu Côn Đảo", AdministrativeLevel.District)]
    [InlineData("Huyện Côn Đảo", AdministrativeLevel.Commune)]
    public void A_prefix_of_another_level_is_not_recognised(string fullName, AdministrativeLevel level)
    {
        AdministrativeUnitKinds.FromFullName(fullName, level, false, out var start).Should().BeNull();
        start.Should().Be(0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Huyện")]
    [InlineData("Huyện ")]
    [InlineData("HuyệnThường Tín")]
    [InlineData("Huyệ Thường Tín")]
    [InlineData("Thường Tín")]
    [InlineData("H. Thường Tín")]
    [InlineData("Huyen-Thuong Tin")]
    public void A_name_without_a_prefix_and_a_name_after_it_gives_null(string? fullName)
    {
        AdministrativeUnitKinds.FromFullName(fullName, AdministrativeLevel.District, false, out var start).Should().BeNull();
        start.Should().Be(0);
    }

    [Theory]
    [InlineData("Thi tran Thuong Tin", AdministrativeUnitKind.Township, "Thuong Tin")]
    [InlineData("THỊ TRẤN THƯỜNG TÍN", AdministrativeUnitKind.Township, "THƯỜNG TÍN")]
    [InlineData("thị trấn Thường Tín", AdministrativeUnitKind.Township, "Thường Tín")]
    [InlineData("Thi\u0323 tra\u0302\u0301n Thu\u031Bo\u031B\u0300ng Ti\u0301n", AdministrativeUnitKind.Township, "Thu\u031Bo\u031B\u0300ng Ti\u0301n")]
    [InlineData("Phuong 15", AdministrativeUnitKind.Ward, "15")]
    [InlineData("Dac khu Con Dao", AdministrativeUnitKind.SpecialZone, "Con Dao")]
    [InlineData("đặc khu Côn Đảo", AdministrativeUnitKind.SpecialZone, "Côn Đảo")]
    [InlineData("Xa Quang Son", AdministrativeUnitKind.Commune, "Quang Son")]
    [InlineData("Xã  Quang Sơn", AdministrativeUnitKind.Commune, "Quang Sơn")]
    [InlineData("Xã\u00A0Quang Sơn", AdministrativeUnitKind.Commune, "Quang Sơn")]
    public void Matching_ignores_case_and_diacritics_precomposed_or_combining(string fullName, AdministrativeUnitKind expected, string name)
    {
        AdministrativeUnitKinds.FromFullName(fullName, AdministrativeLevel.Commune, false, out var start).Should().Be(expected);
        fullName[start..].Should().Be(name);
    }

    [Theory]
    [InlineData("Thanh pho Thu Duc", true, AdministrativeUnitKind.MunicipalCity)]
    [InlineData("THÀNH PHỐ Vĩnh Yên", false, AdministrativeUnitKind.ProvincialCity)]
    [InlineData("Thi xa Son Tay", true, AdministrativeUnitKind.DistrictTown)]
    [InlineData("Thi xa Son Tay", false, AdministrativeUnitKind.DistrictTown)]
    [InlineData("Quan 11", true, AdministrativeUnitKind.UrbanDistrict)]
    public void At_district_level_only_a_city_depends_on_the_parent(string fullName, bool parentIsMunicipality, AdministrativeUnitKind expected) =>
        AdministrativeUnitKinds.FromFullName(fullName, AdministrativeLevel.District, parentIsMunicipality, out _).Should().Be(expected);

    [Fact]
    public void Thi_tran_and_Thi_xa_share_their_first_word_but_not_their_prefix()
    {
        AdministrativeUnitKinds.FromFullName("Thị trấn Xã Đàn", AdministrativeLevel.Commune, false, out var start).Should().Be(AdministrativeUnitKind.Township);
        start.Should().Be("Thị trấn ".Length);
        AdministrativeUnitKinds.FromFullName("Thị xã Thị Trấn", AdministrativeLevel.District, false, out start).Should().Be(AdministrativeUnitKind.DistrictTown);
        start.Should().Be("Thị xã ".Length);
        AdministrativeUnitKinds.FromFullName("Thị Cầu", AdministrativeLevel.Commune, false, out _).Should().BeNull("'Thị' alone is no prefix");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void An_undefined_level_is_refused(int level) =>
        FluentActions.Invoking(() => AdministrativeUnitKinds.FromFullName("Xã Quang Sơn", (AdministrativeLevel)level, false, out _))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("level");

    [Fact]
    public void Hostile_full_names_never_throw()
    {
        foreach (var text in Fuzz.HostileStrings.Generate(2_000))
        {
            foreach (var level in Enum.GetValues<AdministrativeLevel>())
            {
                var kind = AdministrativeUnitKinds.FromFullName(text, level, true, out var start);
                start.Should().BeInRange(0, text.Length);
                if (kind is not null)
                {
                    kind.Value.Level().Should().Be(level);
                    start.Should().BeGreaterThan(0);
                }
            }

            AdministrativeUnitKinds.FromFullName("Huyện " + text, AdministrativeLevel.District, false, out var afterPrefix)
                .Should().Be(DanVan.Domain.Text.VietnameseFolding.Fold(text).Length == 0 ? null : AdministrativeUnitKind.RuralDistrict, "'{0}'", text.Length > 30 ? text[..30] : text);
            afterPrefix.Should().BeInRange(0, text.Length + 6);
        }
    }
}
