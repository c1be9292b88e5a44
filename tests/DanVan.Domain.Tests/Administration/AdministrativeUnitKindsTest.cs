using DanVan.Domain.Administration;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Administration;

/// <summary>The closed tables of levels and kinds: complete, each value once, with the names and prefixes as printed.</summary>
public partial class AdministrativeUnitKindsTest
{
    public static TheoryData<AdministrativeUnitKind, AdministrativeLevel, string, string, string[], string, string> Table => new()
    {
        { AdministrativeUnitKind.Province, AdministrativeLevel.Province, "tỉnh", "Tỉnh", [], "province", "Province" },
        { AdministrativeUnitKind.Municipality, AdministrativeLevel.Province, "thành phố trực thuộc trung ương", "Thành phố", ["TP."], "municipality", "City" },
        { AdministrativeUnitKind.UrbanDistrict, AdministrativeLevel.District, "quận", "Quận", ["Q."], "urban district", "District" },
        { AdministrativeUnitKind.RuralDistrict, AdministrativeLevel.District, "huyện", "Huyện", ["H."], "rural district", "District" },
        { AdministrativeUnitKind.DistrictTown, AdministrativeLevel.District, "thị xã", "Thị xã", ["TX."], "district-level town", "Town" },
        { AdministrativeUnitKind.ProvincialCity, AdministrativeLevel.District, "thành phố thuộc tỉnh", "Thành phố", ["TP."], "provincial city", "City" },
        { AdministrativeUnitKind.MunicipalCity, AdministrativeLevel.District, "thành phố thuộc thành phố trực thuộc trung ương", "Thành phố", ["TP."], "city within a municipality", "City" },
        { AdministrativeUnitKind.Commune, AdministrativeLevel.Commune, "xã", "Xã", ["X."], "commune", "Commune" },
        { AdministrativeUnitKind.Ward, AdministrativeLevel.Commune, "phường", "Phường", ["P."], "ward", "Ward" },
        { AdministrativeUnitKind.Township, AdministrativeLevel.Commune, "thị trấn", "Thị trấn", ["TT."], "township", "Township" },
        { AdministrativeUnitKind.SpecialZone, AdministrativeLevel.Commune, "đặc khu", "Đặc khu", [], "special zone", "Special Zone" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_kind_has_its_level_names_prefix_and_abbreviations(
        AdministrativeUnitKind kind, AdministrativeLevel level, string vietnamese, string prefix, string[] abbreviations, string english, string title)
    {
        var info = AdministrativeUnitKinds.Get(kind);
        info.Kind.Should().Be(kind);
        info.Level.Should().Be(level);
        info.VietnameseName.Should().Be(vietnamese);
        info.Prefix.Should().Be(prefix);
        info.Abbreviations.Should().Equal(abbreviations);
        info.EnglishName.Should().Be(english);
        info.EnglishTitle.Should().Be(title);
        info.ToString().Should().Be(prefix);
        kind.Info().Should().BeSameAs(info);
        kind.Level().Should().Be(level);
        AdministrativeUnitKinds.IsDefined(kind).Should().BeTrue();
        VietnameseNormalization.IsNormalized(info.Prefix).Should().BeTrue("prefixes are printed in the canonical form");
        VietnameseNormalization.IsNormalized(info.VietnameseName).Should().BeTrue();
    }

    [Fact]
    public void All_lists_every_enum_value_once_in_enum_order()
    {
        AdministrativeUnitKinds.All.Select(i => i.Kind).Should().Equal(Enum.GetValues<AdministrativeUnitKind>());
        AdministrativeUnitKinds.All.Should().HaveCount(Table.Count);
        AdministrativeUnitKinds.All.Select(i => i.Level).Should().BeInAscendingOrder("provinces first");
        AdministrativeUnitKinds.All.Select(i => i.Abbreviations).SelectMany(a => a).Distinct()
            .Should().BeEquivalentTo(["TP.", "Q.", "H.", "TX.", "P.", "X.", "TT."]);
    }

    [Fact]
    public void The_tables_cannot_be_changed_through_their_interfaces()
    {
        AdministrativeUnitKinds.All.Should().NotBeAssignableTo<AdministrativeUnitKindInfo[]>();
        FluentActions.Invoking(() => ((IList<AdministrativeUnitKindInfo>)AdministrativeUnitKinds.All)[0] = AdministrativeUnitKinds.All[1])
            .Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => ((IList<string>)AdministrativeUnitKinds.Get(AdministrativeUnitKind.Ward).Abbreviations)[0] = "W.")
            .Should().Throw<NotSupportedException>();
        AdministrativeUnitKinds.Get(AdministrativeUnitKind.Ward).Abbreviations[0].Should().Be("P.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void An_undefined_kind_is_refused_with_ArgumentOutOfRangeException(int value)
    {
        var kind = (AdministrativeUnitKind)value;
        AdministrativeUnitKinds.IsDefined(kind).Should().BeFalse();
        FluentActions.Invoking(() => AdministrativeUnitKinds.Get(kind)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("kind");
        FluentActions.Invoking(() => kind.Info()).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => kind.Level()).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(AdministrativeLevel.Province, "cấp tỉnh", "province", 2, null)]
    [InlineData(AdministrativeLevel.District, "cấp huyện", "district", 3, AdministrativeLevel.Province)]
    [InlineData(AdministrativeLevel.Commune, "cấp xã", "commune", 5, AdministrativeLevel.District)]
    public void Each_level_has_its_names_code_length_and_parent_level(AdministrativeLevel level, string vietnamese, string english, int length, AdministrativeLevel? parent)
    {
        level.VietnameseName().Should().Be(vietnamese);
        level.EnglishName().Should().Be(english);
        level.CodeLength().Should().Be(length);
        level.Parent().Should().Be(parent);
    }

    [Fact]
    public void Every_level_is_covered_by_the_theory() =>
        Enum.GetValues<AdministrativeLevel>().Should().Equal(AdministrativeLevel.Province, AdministrativeLevel.District, AdministrativeLevel.Commune);

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-3)]
    public void An_undefined_level_is_refused_with_ArgumentOutOfRangeException(int value)
    {
        var level = (AdministrativeLevel)value;
        FluentActions.Invoking(() => level.VietnameseName()).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("level");
        FluentActions.Invoking(() => level.EnglishName()).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => level.CodeLength()).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => level.Parent()).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Levels_and_kinds_are_written_with_their_stable_JSON_names()
    {
        DanVanJson.Serialize(AdministrativeLevel.District).Should().Be("\"district\"");
        DanVanJson.Serialize(AdministrativeUnitKind.MunicipalCity).Should().Be("\"municipalCity\"");
        DanVanJson.Serialize(AdministrativeUnitKind.SpecialZone).Should().Be("\"specialZone\"");
        DanVanJson.Deserialize<AdministrativeUnitKind>("\"urbanDistrict\"").Should().Be(AdministrativeUnitKind.UrbanDistrict);
        DanVanJson.Serialize(AdministrativeChangeKind.Renamed | AdministrativeChangeKind.Moved).Should().Be("\"renamed, moved\"");
        DanVanJson.Serialize(Coverage.Partial).Should().Be("\"partial\"");
    }
}
