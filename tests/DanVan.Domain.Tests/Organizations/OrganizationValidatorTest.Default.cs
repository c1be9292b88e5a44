using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>
/// The built-in registry holds no issue: the central bodies, and every body it materialises from the catalog, on the
/// dates around the 2025 restructuring and for every unit version.
/// </summary>
public partial class OrganizationValidatorTest
{
    private static readonly LocalDate[] Dates =
    [
        Day2020, new(2025, 2, 2), new(2025, 2, 3), new(2025, 2, 28), new(2025, 3, 1), LastDistrictDay, Reform, new(2026, 1, 1),
    ];

    private static string Describe(Organization body, ValidationResult result) =>
        $"{body.Id}: {string.Join(" | ", result.Issues.Select(i => i.Code + " " + i.Path + " " + i.EnglishMessage))}";

    [Fact]
    public void The_built_in_registry_has_no_issues()
    {
        OrganizationValidator.Validate(Registry).Should().Be(ValidationResult.Success);
        new OrganizationRegistryBuilder().Validate().Should().Be(ValidationResult.Success);
    }

    [Fact]
    public void Every_central_body_validates_cleanly()
    {
        var central = Registry.Organizations.Where(body => body.Id.IsCentral).ToList();
        central.Should().HaveCount(15);
        central.Select(body => Describe(body, Check(body))).Where(text => !text.EndsWith(": ", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void Every_body_of_every_province_validates_cleanly_in_2020_and_on_2025_07_01()
    {
        var checkedBodies = 0;
        var problems = new List<string>();
        foreach (var date in new[] { Day2020, Reform })
        {
            foreach (var province in Catalog.AllAt(date, AdministrativeLevel.Province))
            {
                foreach (var body in Registry.ForUnit(province, date))
                {
                    checkedBodies++;
                    if (Check(body) is { Issues.Count: > 0 } result)
                    {
                        problems.Add(Describe(body, result));
                    }
                }
            }
        }

        problems.Should().BeEmpty();
        Catalog.AllAt(Day2020, AdministrativeLevel.Province).Should().HaveCount(63);
        Catalog.AllAt(Reform, AdministrativeLevel.Province).Should().HaveCount(34);

        // 2020: committee, standing committee, standing office, Ban Dân vận, Ban Tuyên giáo, HĐND, UBND, Front and the
        // five organizations; 2025-07-01: the two commissions are one.
        checkedBodies.Should().Be((63 * 13) + (34 * 12));
    }

    [Fact]
    public void The_bodies_of_hundreds_of_districts_and_communes_validate_cleanly_around_the_restructuring()
    {
        var checkedUnits = 0;
        var problems = new List<string>();
        foreach (var date in Dates)
        {
            var districts = Catalog.AllAt(date, AdministrativeLevel.District).Where((_, i) => i % 25 == 0);
            var communes = Catalog.AllAt(date, AdministrativeLevel.Commune).Where((_, i) => i % 150 == 0);
            foreach (var unit in districts.Concat(communes))
            {
                checkedUnits++;
                foreach (var body in Registry.ForUnit(unit, date))
                {
                    if (Check(body) is { Issues.Count: > 0 } result)
                    {
                        problems.Add(Describe(body, result));
                    }
                }
            }
        }

        problems.Should().BeEmpty();
        checkedUnits.Should().BeGreaterThan(300);
    }

    [Fact]
    public void Every_standing_body_of_every_unit_version_in_the_catalog_validates_cleanly()
    {
        // About 157,000 bodies: all the registry can materialise, whatever the date.
        var count = 0;
        var problems = new List<string>();
        foreach (var unit in Catalog.Units)
        {
            foreach (var kind in OrganizationRegistry.StandingKinds(OrganizationRegistry.LevelOf(unit)))
            {
                if (Registry.Materialise(unit, kind) is not { } body)
                {
                    continue;
                }

                count++;
                if (Check(body) is { Issues.Count: > 0 } result && problems.Count < 20)
                {
                    problems.Add(Describe(body, result));
                }
            }
        }

        problems.Should().BeEmpty();
        count.Should().BeGreaterThan(100_000);
    }

    [Fact]
    public void Huyen_Thuong_Tin_in_2020_and_its_area_on_2025_07_01_validate_cleanly()
    {
        var before = Registry.ForUnit(UnitCode.Parse("279", null), Day2020);
        before.Select(body => body.Name).Should().Contain(["Huyện ủy Thường Tín", "Ban Dân vận Huyện ủy Thường Tín"]);
        var after = Registry.ForArea(UnitCode.Parse("279", null), Day2020, Reform);
        after.Should().NotBeEmpty();
        before.Concat(after.Select(linked => linked.Organization))
            .Select(body => Describe(body, Check(body))).Where(text => !text.EndsWith(": ", StringComparison.Ordinal)).Should().BeEmpty();
    }
}
