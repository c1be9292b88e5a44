using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Regulations;
using DanVan.Domain.Tests.Fuzz;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>
/// The validators never throw on strange but constructible objects: hostile names, codes the catalog never had, dates at
/// the ends of the calendar or in other calendars, default identifiers inside events, loops, an empty catalog.
/// </summary>
public partial class OrganizationValidatorTest
{
    private static readonly string[] Scopes = ["tw", "01", "279", "10186", "10183", "10183@2025-07-01", "26", "98", "999", "99999", "01@2020-01-01", "75@2026-04-30"];

    private static readonly LocalDate?[] HostileDates =
    [
        null, LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(2025, 2, 2), new LocalDate(2025, 7, 1), new LocalDate(1, 1, 1),
        new LocalDate(2020, 1, 1, CalendarSystem.Julian), new LocalDate(CalendarSystem.Julian.MaxYear, 12, 31, CalendarSystem.Julian),
        new LocalDate(CalendarSystem.Julian.MinYear, 1, 1, CalendarSystem.Julian), new LocalDate(1446, 1, 1, CalendarSystem.IslamicBcl),
    ];

    private static void ShouldBeWellFormed(ValidationResult result)
    {
        foreach (var issue in result.Issues)
        {
            ShouldBeFilledIn(issue);
            issue.Code.Area.Should().Be(3);
            issue.Path.Should().NotBeNull();
        }
    }

    private static List<Organization> HostileBodies(int count, int seed)
    {
        var random = new Random(seed);
        var names = HostileStrings.Generate(count, seed).Where(s => !string.IsNullOrWhiteSpace(s)).ToArray();
        var kinds = OrganizationKinds.All.Select(info => info.Kind).ToArray();
        var ids = new List<OrganizationId>();
        foreach (var scope in Scopes)
        {
            foreach (var kind in kinds)
            {
                ids.Add(Id($"{scope}/{OrganizationKinds.Get(kind).Slug}"));
                ids.Add(Id($"{scope}/{OrganizationKinds.Get(kind).Slug}/x{ids.Count}"));
            }
        }

        ids.Add(OrganizationId.For(OrganizationKind.PartyCommittee, UnitCode.Parse("01", null), new LocalDate(2020, 1, 1, CalendarSystem.Julian)));
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var bodies = new List<Organization>();
        for (var i = 0; i < count; i++)
        {
            OrganizationEvent[] events = random.Next(3) == 0
                ? [new OrganizationEvent(
                    (OrganizationEventKind)random.Next(1, 7), Pick(HostileDates) ?? LocalDate.MaxIsoValue,
                    [new OrganizationSuccessor(random.Next(4) == 0 ? default : Pick(ids), Coverage.Partial)],
                    [DocumentNumber.Parse("246-QĐ/TW", null)], random.Next(2) == 0 ? Pick(ids) : default(OrganizationId))]
                : [];
            try
            {
                bodies.Add(new Organization(
                    Pick(ids), Pick(names), Pick(names), Pick(names), random.Next(4) == 0 ? null : Pick(ids), random.Next(3) == 0 ? Pick(ids) : null,
                    Pick(HostileDates), Pick(HostileDates), Pick(HostileDates), random.Next(3) == 0 ? random.Next(1, int.MaxValue) : null,
                    random.Next(3) == 0 ? Pick(names) : null, events, Pick(names)));
            }
            catch (ArgumentException)
            {
                // Not constructible (ends before it starts, dates of two calendars, its own parent): nothing to validate.
            }
        }

        return bodies;
    }

    [Fact]
    public void Hostile_organizations_never_make_the_validator_throw()
    {
        var bodies = HostileBodies(2000, 11);
        bodies.Should().HaveCountGreaterThan(500);
        foreach (var body in bodies)
        {
            var result = FluentActions.Invoking(() => OrganizationValidator.Validate(body, Registry, "x")).Should().NotThrow().Which;
            ShouldBeWellFormed(result);
        }
    }

    [Fact]
    public void A_hostile_registry_with_loops_and_appointments_never_makes_the_validator_throw()
    {
        var random = new Random(7);
        var bodies = HostileBodies(1500, 7).DistinctBy(body => body.Id).ToList();
        var builder = new OrganizationRegistryBuilder().AddRange(bodies);
        var people = HostileStrings.Generate(50, 3).Where(s => !string.IsNullOrWhiteSpace(s)).Select(name => new Person(name, random.Next(2) == 0 ? null : "x")).ToArray();
        var targets = bodies.Select(body => body.Id).Concat([Id("01/peoples-committee"), Id("tw/politburo"), Id("98/party-committee")]).ToArray();
        for (var i = 0; i < 3000; i++)
        {
            builder.Add(new Appointment(
                people[random.Next(people.Length)], targets[random.Next(targets.Length)], (PostRole)random.Next(1, 5),
                HostileDates[random.Next(HostileDates.Length)], HostileDates[random.Next(HostileDates.Length)],
                random.Next(2) == 0, random.Next(2) == 0));
        }

        var result = FluentActions.Invoking(builder.Validate).Should().NotThrow().Which;
        ShouldBeWellFormed(result);
        result.Issues.Should().Contain(i => i.Code.ToString() == "DV3206");
        result.Issues.Should().Contain(i => i.Code.ToString() == "DV3203");
    }

    [Fact]
    public void A_registry_over_an_empty_catalog_reports_every_unit_as_missing_and_does_not_throw()
    {
        var empty = new AdministrativeCatalogBuilder().Build();
        var builder = new OrganizationRegistryBuilder(empty)
            .Add(Body("01/party-committee", parent: "tw/central-committee", from: new LocalDate(2020, 1, 1)))
            .Add(Appoint(A, "01/party-committee", PostRole.Head, new LocalDate(2020, 1, 1)));
        var result = FluentActions.Invoking(builder.Validate).Should().NotThrow().Which;
        result.Issues.Select(i => (i.Code.ToString(), i.Path)).Should().Equal(("DV3104", "organizations[0].id"));
        result.Issues[0].GetArgument("hint").Should().Be(" The catalog has never had code 01.");

        // Every central body still validates: they need no catalog.
        var registry = builder.Build();
        foreach (var body in registry.Organizations.Where(b => b.Id.IsCentral))
        {
            OrganizationValidator.Validate(body, registry).Issues.Should().BeEmpty(body.Id.ToString());
        }
    }

    [Fact]
    public void Dates_in_other_calendars_are_compared_in_ISO()
    {
        // 2025-01-20 in the Julian calendar is 2025-02-02 in ISO: the last day of the central Ban Dân vận.
        var julian = new LocalDate(2025, 1, 20, CalendarSystem.Julian);
        julian.WithCalendar(CalendarSystem.Iso).Should().Be(new LocalDate(2025, 2, 2));
        Check(Body("tw/danvan-commission", parent: "tw/central-committee", until: julian)).Issues.Should().BeEmpty();
        Single(Check(Body("tw/danvan-commission", parent: "tw/central-committee", until: julian.PlusDays(1))), "DV3102", "validUntil")
            .AttemptedValue.Should().Be("2025-02-03");
    }

    [Fact]
    public void Null_arguments_are_programming_errors_and_a_null_path_is_empty()
    {
        FluentActions.Invoking(() => OrganizationValidator.Validate((Organization)null!, Registry)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => OrganizationValidator.Validate((Appointment)null!, Registry)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => OrganizationValidator.Validate(Body("01/party-committee"), null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => OrganizationValidator.Validate((OrganizationRegistry)null!)).Should().Throw<ArgumentNullException>();
        Single(Check(Body("01/politburo"), null!), "DV3101", "id");
    }
}
