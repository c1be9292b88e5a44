using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

public partial class OrganizationNameParsingTest
{
    public static TheoryData<OrganizationKind> Kinds => [.. Enum.GetValues<OrganizationKind>()];

    // Every kind, at every level and in every period where it exists, reads back from the name Compose gives it:
    // standing or not, numbered, with a locality or a convener.
    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_reads_back_from_its_composed_name_at_every_level_where_it_exists(OrganizationKind kind)
    {
        var info = OrganizationKinds.Get(kind);
        foreach (var presence in info.Presences)
        {
            var date = presence.Covers(Before) ? Before : presence.From ?? After;
            date = presence.Covers(date) ? date : presence.Until!.Value;
            var (unit, within) = Sample(presence.Level, date);
            var convener = info.Category == OrganizationCategory.AdHoc
                ? unit is null ? Registry.FindCentral(OrganizationKind.Politburo, date) : Registry.Find(OrganizationKind.PartyCommittee, unit.Code, date)
                : null;
            var locality = presence.Level == OrganizationLevel.Grassroots ? "thôn Đông" : null;
            var number = info.Category == OrganizationCategory.AdHoc ? 4 : (int?)null;
            var name = OrganizationNames.Compose(kind, presence.Level == OrganizationLevel.Central ? null : unit, number, locality, convener);

            var match = Registry.ParseName(name.Name, date, within);
            ShouldResolve(match, kind, unit?.Code.ToString());
            match.Level.Should().Be(presence.Level);
            match.Number.Should().Be(number);
            match.Locality.Should().Be(locality);
            if (convener is not null)
            {
                match.ConvenerKind.Should().Be(convener.Kind);
            }

            if (presence.IsStanding)
            {
                match.Organization!.Name.Should().Be(name.Name);
            }
        }
    }

    // A unit of the level on the date, and the unit to read its bodies' names within: Lập Thạch and Quang Sơn before
    // the reform; Phú Thọ and a commune of it after.
    private static (AdministrativeUnit? Unit, UnitCode? Within) Sample(OrganizationLevel level, LocalDate date)
    {
        var catalog = Registry.Catalog;
        var reformed = date >= After;
        var province = catalog.Find(Code(reformed ? "25" : "26"), date)!;
        var commune = reformed ? catalog.Children(province, date)[0] : catalog.Find(Code("08764"), date)!;
        return level switch
        {
            OrganizationLevel.Central => (null, null),
            OrganizationLevel.Province => (province, null),
            OrganizationLevel.District => (catalog.Find(Code("246"), date)!, Code("26")),
            _ => (commune, level == OrganizationLevel.Grassroots ? commune.Code : commune.ParentCode),
        };
    }
}
