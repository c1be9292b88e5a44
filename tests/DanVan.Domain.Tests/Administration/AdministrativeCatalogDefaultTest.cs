using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Tests.Administration;

/// <summary>The built-in catalog against the figures of the issue and the data README (no samples: the real data).</summary>
public class AdministrativeCatalogDefaultTest
{
    private static readonly AdministrativeCatalog Catalog = AdministrativeCatalog.Default;
    private static readonly LocalDate OldState = new(2025, 6, 30);
    private static readonly LocalDate ReformState = new(2025, 7, 1);
    private static readonly LocalDate State2026 = new(2026, 4, 30);

    public static TheoryData<string, AdministrativeLevel, int> LevelCounts => new()
    {
        { "2025-06-30", AdministrativeLevel.Province, 63 },
        { "2025-06-30", AdministrativeLevel.District, 696 },
        { "2025-06-30", AdministrativeLevel.Commune, 10_035 },
        { "2025-07-01", AdministrativeLevel.Province, 34 },
        { "2025-07-01", AdministrativeLevel.District, 0 },
        { "2025-07-01", AdministrativeLevel.Commune, 3_321 },
        { "2026-04-30", AdministrativeLevel.Province, 34 },
        { "2026-04-30", AdministrativeLevel.Commune, 3_321 },
    };

    public static TheoryData<string, AdministrativeUnitKind, int> KindCounts => new()
    {
        { "2025-06-30", AdministrativeUnitKind.Province, 57 },
        { "2025-06-30", AdministrativeUnitKind.Municipality, 6 },
        { "2025-06-30", AdministrativeUnitKind.RuralDistrict, 508 },
        { "2025-06-30", AdministrativeUnitKind.UrbanDistrict, 49 },
        { "2025-06-30", AdministrativeUnitKind.DistrictTown, 52 },
        { "2025-06-30", AdministrativeUnitKind.ProvincialCity, 85 },
        { "2025-06-30", AdministrativeUnitKind.MunicipalCity, 2 },
        { "2025-06-30", AdministrativeUnitKind.Commune, 7_692 },
        { "2025-06-30", AdministrativeUnitKind.Ward, 1_726 },
        { "2025-06-30", AdministrativeUnitKind.Township, 617 },
        { "2025-07-01", AdministrativeUnitKind.Province, 28 },
        { "2025-07-01", AdministrativeUnitKind.Municipality, 6 },
        { "2025-07-01", AdministrativeUnitKind.Commune, 2_621 },
        { "2025-07-01", AdministrativeUnitKind.Ward, 687 },
        { "2025-07-01", AdministrativeUnitKind.SpecialZone, 13 },
        { "2026-04-30", AdministrativeUnitKind.Province, 27 },
        { "2026-04-30", AdministrativeUnitKind.Municipality, 7 },
        { "2026-04-30", AdministrativeUnitKind.Commune, 2_611 },
        { "2026-04-30", AdministrativeUnitKind.Ward, 697 },
        { "2026-04-30", AdministrativeUnitKind.SpecialZone, 13 },
    };

    [Theory]
    [MemberData(nameof(LevelCounts))]
    public void Each_state_has_the_official_number_of_units_per_level(string date, AdministrativeLevel level, int expected) =>
        Catalog.AllAt(LocalDatePatternIso(date), level).Should().HaveCount(expected);

    [Theory]
    [MemberData(nameof(KindCounts))]
    public void Each_state_has_the_official_number_of_units_per_kind(string date, AdministrativeUnitKind kind, int expected) =>
        Catalog.AllAt(LocalDatePatternIso(date)).Count(u => u.Kind == kind).Should().Be(expected);

    [Fact]
    public void The_87_district_level_cities_include_Thu_Duc_and_Thuy_Nguyen_as_cities_within_a_municipality()
    {
        var cities = Catalog.AllAt(OldState, AdministrativeLevel.District)
            .Where(u => u.Kind is AdministrativeUnitKind.ProvincialCity or AdministrativeUnitKind.MunicipalCity).ToList();
        cities.Should().HaveCount(87);
        cities.Where(u => u.Kind == AdministrativeUnitKind.MunicipalCity).Select(u => (u.Code.ToString(), u.Name))
            .Should().BeEquivalentTo([("769", "Thủ Đức"), ("311", "Thủy Nguyên")]);
    }

    [Fact]
    public void The_catalog_is_valid_and_reports_where_it_comes_from()
    {
        AdministrativeValidator.Validate(Catalog).Issues.Should().BeEmpty();
        Catalog.Sources.Should().Contain(s => s.Contains("MIT", StringComparison.Ordinal));
        Catalog.NewestState.Should().Be(State2026);
    }

    [Fact]
    public void Self_checks_of_the_data_readme()
    {
        var hanoi = Catalog.Find(Code("01"), OldState)!;
        hanoi.FullName.Should().Be("Thành phố Hà Nội");

        var thuongTin = Catalog.Find(Code("279"), OldState)!;
        thuongTin.FullName.Should().Be("Huyện Thường Tín");
        thuongTin.ParentCode.Should().Be(Code("01"));
        Catalog.Children(thuongTin).Should().HaveCount(27);

        var quan11 = Catalog.Find(Code("772"), OldState)!;
        quan11.FullName.Should().Be("Quận 11");
        quan11.ParentCode.Should().Be(Code("79"));
        Catalog.Children(quan11).Should().HaveCount(10);

        var lapThach = Catalog.Find(Code("246"), OldState)!;
        lapThach.FullName.Should().Be("Huyện Lập Thạch");
        lapThach.ParentCode.Should().Be(Code("26"));
        Catalog.Parent(lapThach)!.Name.Should().Be("Vĩnh Phúc");
        Catalog.Children(lapThach).Should().HaveCount(19);

        foreach (var merged in new[] { "26", "17" })
        {
            var old = Catalog.Find(Code(merged), OldState)!;
            Catalog.Translate(old, ReformState).Should().ContainSingle()
                .Which.Should().Match<LinkedUnit>(l => l.Unit.Code == Code("25") && l.Unit.Name == "Phú Thọ" && l.Coverage == Coverage.Whole);
        }
    }

    [Fact]
    public void A_reused_code_resolves_by_date()
    {
        Catalog.Find(Code("15"), new LocalDate(2020, 1, 1))!.Name.Should().Be("Yên Bái");
        Catalog.Find(Code("15"), new LocalDate(2026, 1, 1))!.Name.Should().Be("Lào Cai");
        Catalog.Find(Code("26740"), new LocalDate(2020, 3, 26))!.FullName.Should().Be("Phường Bến Nghé");
        Catalog.Find(Code("26740"), ReformState)!.FullName.Should().Be("Phường Sài Gòn");
        Catalog.Versions(Code("15")).Select(v => v.Name).Should().Equal("Yên Bái", "Lào Cai");
    }

    [Fact]
    public void The_oldest_state_has_an_open_start_known_since_2025_03_01()
    {
        var benNghe = Catalog.Find(Code("26740"), new LocalDate(2020, 3, 26))!;
        benNghe.ValidFrom.Should().BeNull();
        benNghe.KnownSince.Should().Be(new LocalDate(2025, 3, 1));
        benNghe.ValidUntil.Should().Be(OldState);
        benNghe.IsAssumedOn(new LocalDate(2020, 3, 26)).Should().BeTrue();
        benNghe.IsAssumedOn(new LocalDate(2025, 3, 1)).Should().BeFalse();
    }

    [Fact]
    public void Provinces_the_reform_left_unchanged_keep_one_version_across_2025_07_01()
    {
        var unchanged = Catalog.Units.Where(u => u.Level == AdministrativeLevel.Province && u.ValidFrom is null && u.ValidUntil is null).ToList();
        unchanged.Select(u => u.Name).Should().BeEquivalentTo(
            ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"]);
    }

    [Fact]
    public void Dong_Nai_and_ten_of_its_communes_are_reclassified_on_2026_04_30_under_the_2026_legal_bases()
    {
        var dongNai = Catalog.Versions(Code("75"));
        dongNai.Select(v => v.Kind).Should().Equal(AdministrativeUnitKind.Province, AdministrativeUnitKind.Province, AdministrativeUnitKind.Municipality);
        var changes = Catalog.Changes.Where(c => c.Effective == State2026).ToList();
        changes.Should().HaveCount(11).And.OnlyContain(c => c.Kind == AdministrativeChangeKind.Reclassified);
        changes.Single(c => c.Level == AdministrativeLevel.Province).LegalBasis.Select(d => d.ToString()).Should().Equal("30/2026/QH16");
        changes.Where(c => c.Level == AdministrativeLevel.Commune).Should().OnlyContain(c => c.LegalBasis.Single().ToString() == "237/NQ-UBTVQH16");
        Catalog.Find(Code("25270"), State2026.PlusDays(-1))!.Kind.Should().Be(AdministrativeUnitKind.Commune);
        Catalog.Find(Code("25270"), State2026)!.Kind.Should().Be(AdministrativeUnitKind.Ward);
    }

    [Fact]
    public void Every_change_of_2025_07_01_cites_its_legal_basis()
    {
        var reform = Catalog.Changes.Where(c => c.Effective == ReformState).ToList();
        reform.Should().OnlyContain(c => c.LegalBasis.Count > 0);
        reform.Where(c => c.Level == AdministrativeLevel.Province).Should().OnlyContain(c => c.LegalBasis.Single().ToString() == "202/2025/QH15");
        Catalog.ChangesOf(Code("26740"), OldState).Single().LegalBasis.Select(d => d.ToString()).Should().Equal("1685/NQ-UBTVQH15");
    }

    internal static UnitCode Code(string text) => UnitCode.Parse(text, null);

    private static LocalDate LocalDatePatternIso(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
