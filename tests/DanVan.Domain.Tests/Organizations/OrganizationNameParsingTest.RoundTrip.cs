using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Text;
using NodaTime;
using Xunit.Abstractions;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>
/// Every name <see cref="OrganizationNames"/> composes for the standing bodies of every unit reads back to its kind and
/// unit; a name that several units share reads as ambiguous, lists the right unit, and resolves within its parent.
/// </summary>
public class OrganizationNameRoundTripTest(ITestOutputHelper output)
{
    private static readonly OrganizationRegistry Registry = OrganizationRegistry.Default;

    [Theory]
    [InlineData("2020-03-26")]
    [InlineData("2025-03-01")]
    [InlineData("2025-07-01")]
    public void Every_composed_name_of_every_standing_body_reads_back(string day)
    {
        var date = LocalDate.FromDateTime(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        int names = 0, resolved = 0, ambiguous = 0;
        var failures = new List<string>();
        foreach (var unit in Registry.Catalog.AllAt(date))
        {
            foreach (var body in Registry.ForUnit(unit, date))
            {
                foreach (var name in new[] { body.Name, body.ShortName }.OfType<string>())
                {
                    names++;
                    var match = Registry.ParseName(name, date);
                    if (match.Status == OrganizationNameStatus.Resolved)
                    {
                        resolved++;
                        if (match.Kind != body.Kind || match.Unit?.Code != unit.Code || match.Organization?.Id != body.Id)
                        {
                            failures.Add($"{name} [{body.Id}] read as {match}");
                        }

                        continue;
                    }

                    ambiguous++;
                    if (Check(name, body, unit, match, date) is { } failure)
                    {
                        failures.Add(failure);
                    }
                }
            }
        }

        output.WriteLine($"{day}: {names} names, {resolved} resolved, {ambiguous} ambiguous (each resolved within its parent)");
        failures.Should().BeEmpty();
        OrganizationNamesDocumentTest.Guide.Should().Contain($"| {day} | {Grouped(names)} | {Grouped(resolved)} | {Grouped(ambiguous)} |", "docs/organizations-names.md gives the counts");
        names.Should().BeGreaterThan(Registry.Catalog.AllAt(date).Count * 5);
        resolved.Should().BeGreaterThan(names / 2);
    }

    [Fact]
    public void Folded_and_upper_case_names_of_provinces_and_districts_read_back_or_list_their_unit()
    {
        var date = new LocalDate(2020, 3, 26);
        int names = 0, resolved = 0;
        var failures = new List<string>();
        foreach (var unit in Registry.Catalog.AllAt(date).Where(u => u.Level != AdministrativeLevel.Commune))
        {
            foreach (var body in Registry.ForUnit(unit, date))
            {
                foreach (var name in new[] { VietnameseFolding.Fold(body.Name), body.Name.ToUpperInvariant() })
                {
                    names++;
                    var match = Registry.ParseName(name, date);
                    var ok = match.Kind == body.Kind && (match.Status == OrganizationNameStatus.Resolved
                        ? match.Unit!.Code == unit.Code
                        : match.Status == OrganizationNameStatus.Ambiguous && match.Alternatives.Any(a => a.Code == unit.Code));
                    resolved += match.IsResolved ? 1 : 0;
                    if (!ok)
                    {
                        failures.Add($"{name} [{body.Id}] read as {match}");
                    }
                }
            }
        }

        output.WriteLine($"folded and upper case: {names} names, {resolved} resolved");
        failures.Should().BeEmpty();
    }

    [Fact]
    public void Delegation_names_composed_after_every_provincial_and_district_body_read_back()
    {
        var date = new LocalDate(2020, 3, 26);
        var count = 0;
        var failures = new List<string>();
        foreach (var unit in Registry.Catalog.AllAt(date).Where(u => u.Level != AdministrativeLevel.Commune))
        {
            foreach (var convener in Registry.ForUnit(unit, date))
            {
                var name = OrganizationNames.Compose(OrganizationKind.InspectionDelegation, number: 7, convener: convener).Name;
                count++;
                var match = Registry.ParseName(name, date, unit.Level == AdministrativeLevel.Province ? null : unit.ParentCode);
                if (!match.IsResolved || match.Kind != OrganizationKind.InspectionDelegation || match.Number != 7 ||
                    match.Unit?.Code != unit.Code || match.ConvenerKind != convener.Kind || match.Convener?.Id != convener.Id)
                {
                    failures.Add($"{name} read as {match} {match.Issue?.EnglishMessage}");
                }
            }
        }

        output.WriteLine($"delegations: {count} names");
        failures.Should().BeEmpty();
    }

    // "185 775", as the guide writes counts.
    private static string Grouped(int count) => count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', ' ');

    // A name several units share: the status is ambiguous, every alternative's body has this name but for case, the right
    // unit is among them, and read within the unit's parent the name resolves to it.
    private static string? Check(string name, Organization body, AdministrativeUnit unit, OrganizationNameMatch match, LocalDate date)
    {
        if (match.Status != OrganizationNameStatus.Ambiguous || match.Kind != body.Kind || match.Alternatives.All(a => a.Code != unit.Code))
        {
            return $"{name} [{body.Id}] read as {match} {match.Issue?.EnglishMessage}";
        }

        foreach (var other in match.Alternatives)
        {
            var composed = OrganizationNames.Compose(body.Kind, other);
            // Case never matters (Xã Ayun and Xã AYun), diacritics do: a name spelled with them picks its unit.
            if (!string.Equals(composed.Name, name, StringComparison.OrdinalIgnoreCase) && !string.Equals(composed.ShortName, name, StringComparison.OrdinalIgnoreCase))
            {
                return $"{name} [{body.Id}] is ambiguous with {other.FullName} ({other.Code}), whose body is named '{composed.Name}'";
            }
        }

        var within = Registry.ParseName(name, date, unit.ParentCode ?? unit.Code);
        return within.IsResolved && within.Kind == body.Kind && within.Unit!.Code == unit.Code && within.Organization?.Id == body.Id
            ? null
            : $"{name} [{body.Id}] within {unit.ParentCode} read as {within} {within.Issue?.EnglishMessage}";
    }
}
