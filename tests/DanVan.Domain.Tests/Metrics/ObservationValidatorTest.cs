using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using DanVan.Domain.Organizations;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>The observation validator: the seed figures are clean, and the validator's set-up.</summary>
public partial class ObservationValidatorTest
{
    private static readonly ObservationValidator Validator = ObservationValidator.Default;

    // huyện Thường Tín, figures since 2011 to the inspection of 26/3/2020 (DOMAIN.md sections 4 and 5).
    private static readonly ObservationSubject ThuongTin = ObservationSubject.Of(Unit("279"));
    private static readonly ReportingPeriod SinceTwentyEleven = ReportingPeriod.Custom(new LocalDate(2011, 1, 1), new LocalDate(2020, 3, 26));

    // huyện Lập Thạch, Vĩnh Phúc, 2021.
    private static readonly ObservationSubject LapThach = ObservationSubject.Of(Unit("246"));
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.CalendarYear(2021);

    internal static IReadOnlyList<Observation> ThuongTinFigures { get; } =
    [
        new(BuiltInMetrics.SupervisionSessions, ObservationSubject.Of(Org("279/peoples-council")), SinceTwentyEleven, 557m, unit: UnitOfMeasure.Session),
        new(BuiltInMetrics.SupervisionSessions, ThuongTin, SinceTwentyEleven, 684m, unit: UnitOfMeasure.Session),
        new(BuiltInMetrics.TrainingClasses, ThuongTin, SinceTwentyEleven, 7m, unit: UnitOfMeasure.Class),
        new(BuiltInMetrics.TrainingAttendances, ThuongTin, SinceTwentyEleven, 925m, unit: UnitOfMeasure.Attendance),
        new(BuiltInMetrics.InspectionUnitVisits, ThuongTin, SinceTwentyEleven, 174m, unit: UnitOfMeasure.UnitVisit),
        new(BuiltInMetrics.CriticismUnits, ThuongTin, SinceTwentyEleven, 7m),
        new(BuiltInMetrics.PropagandaSessions, ThuongTin, SinceTwentyEleven, 7300m, unit: UnitOfMeasure.Session),
        new(BuiltInMetrics.PropagandaAttendances, ThuongTin, SinceTwentyEleven, 1170000m, unit: UnitOfMeasure.Attendance),
    ];

    internal static IReadOnlyList<Observation> LapThachFigures { get; } =
    [
        new(BuiltInMetrics.CitizenReceptionVisits, LapThach, Year2021, 700m, NumberQualifier.MoreThan, unit: UnitOfMeasure.CitizenVisit),
        new(BuiltInMetrics.PetitionsReceived, LapThach, Year2021, 79m, unit: UnitOfMeasure.Petition),
        new(BuiltInMetrics.PetitionsResolutionRate, LapThach, Year2021, 100m, unit: UnitOfMeasure.Percent),
    ];

    private static UnitCode Unit(string code) => UnitCode.Parse(code, null);

    private static OrganizationId Org(string id) => OrganizationId.Parse(id, null);

    [Fact]
    public void The_Thuong_Tin_and_Lap_Thach_figures_validate_clean_one_by_one_as_a_list_and_as_a_set()
    {
        var all = ThuongTinFigures.Concat(LapThachFigures).ToList();
        foreach (var observation in all)
        {
            Validator.Validate(observation).Issues.Should().BeEmpty(observation.ToString());
        }

        Validator.Validate(all).Issues.Should().BeEmpty();
        Validator.Validate(ObservationSet.From(all)).Issues.Should().BeEmpty();
        Validator.Validate(all, new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2021, 12, 31))).Issues.Should().BeEmpty("every period is within 2011 to 2021");
    }

    [Fact]
    public void The_units_the_seed_figures_name_exist_over_their_periods()
    {
        // The premise of the clean result above, read from the catalog rather than assumed.
        var thuongTin = AdministrativeCatalog.Default.Find(Unit("279"), new LocalDate(2020, 3, 26))!;
        thuongTin.FullName.Should().Be("Huyện Thường Tín");
        thuongTin.IsValidOn(new LocalDate(2011, 1, 1)).Should().BeTrue();
        var lapThach = AdministrativeCatalog.Default.Find(Unit("246"), new LocalDate(2021, 12, 31))!;
        lapThach.FullName.Should().Be("Huyện Lập Thạch");
        lapThach.IsValidOn(new LocalDate(2021, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void A_fuller_report_of_176_of_221_resolved_is_clean_and_its_parts_agree()
    {
        // "176/221 = 79,63%" (DOMAIN.md section 4); placed under Lập Thạch only to give it a subject.
        List<Observation> figures =
        [
            Observation.Ratio(BuiltInMetrics.PetitionsResolutionRate, LapThach, Year2021, 176m, 221m),
            new(BuiltInMetrics.PetitionsResolved, LapThach, Year2021, 176m),
            new(BuiltInMetrics.PetitionsWithinJurisdiction, LapThach, Year2021, 221m),
        ];
        Validator.Validate(figures).Issues.Should().BeEmpty();
    }

    [Fact]
    public void The_default_validator_checks_the_ratio_parts_of_the_catalog_and_the_built_in_relations()
    {
        Validator.Metrics.Should().BeSameAs(MetricCatalog.Default);
        Validator.Units.Should().BeSameAs(AdministrativeCatalog.Default);
        ObservationValidator.Default.Should().BeSameAs(Validator);
        Validator.Relations.Should().Equal(
        [
            new MetricRelation(BuiltInMetrics.PetitionsResolved, BuiltInMetrics.PetitionsWithinJurisdiction),
            .. MetricRelation.BuiltIn,
        ]);
        MetricRelation.BuiltIn.Should().Contain(new MetricRelation(BuiltInMetrics.PetitionsWithinJurisdiction, BuiltInMetrics.PetitionsReceived));
    }

    [Fact]
    public void A_validator_over_a_portal_catalog_adds_the_relations_of_its_rates_and_the_ones_given()
    {
        var catalog = MetricCatalogJsonTest.Portal;
        var extra = new MetricRelation(MetricCatalogJsonTest.Mediation.Code, BuiltInMetrics.PetitionsReceived);
        var validator = new ObservationValidator(catalog, relations: [extra, extra]);
        validator.Relations.Should().Equal(
            new MetricRelation(BuiltInMetrics.PetitionsResolved, BuiltInMetrics.PetitionsWithinJurisdiction),
            new MetricRelation(BuiltInMetrics.PetitionsResolved, BuiltInMetrics.PetitionsReceived),
            extra);
        new ObservationValidator(relations: []).Relations.Should().ContainSingle("only the ratio's relation is left");
        var nullRelation = () => new ObservationValidator(relations: [null!]);
        nullRelation.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Null_arguments_are_refused_and_a_null_path_is_empty()
    {
        var single = () => Validator.Validate((Observation)null!);
        single.Should().Throw<ArgumentNullException>();
        var list = () => Validator.Validate((IEnumerable<Observation>)null!);
        list.Should().Throw<ArgumentNullException>();
        var set = () => Validator.Validate((ObservationSet)null!);
        set.Should().Throw<ArgumentNullException>();
        var nullItem = () => Validator.Validate([ThuongTinFigures[0], null!]);
        nullItem.Should().Throw<ArgumentNullException>();
        var unknown = new Observation(MetricCode.Parse("x.y", null), ThuongTin, SinceTwentyEleven, 1m);
        Validator.Validate(unknown, path: null!).Issues.Single().Path.Should().Be("metric");
    }

    [Fact]
    public void Relations_are_values_that_refuse_nonsense()
    {
        var relation = new MetricRelation(BuiltInMetrics.PetitionsWithinJurisdiction, BuiltInMetrics.PetitionsReceived);
        relation.Lesser.Should().Be(BuiltInMetrics.PetitionsWithinJurisdiction);
        relation.Greater.Should().Be(BuiltInMetrics.PetitionsReceived);
        relation.ToString().Should().Be("petitions.within-jurisdiction ≤ petitions.received");
        relation.Should().Be(new MetricRelation(BuiltInMetrics.PetitionsWithinJurisdiction, BuiltInMetrics.PetitionsReceived));
        relation.GetHashCode().Should().Be(new MetricRelation(BuiltInMetrics.PetitionsWithinJurisdiction, BuiltInMetrics.PetitionsReceived).GetHashCode());
        relation.Should().NotBe(new MetricRelation(BuiltInMetrics.PetitionsReceived, BuiltInMetrics.PetitionsWithinJurisdiction));
        relation.Equals((object?)null).Should().BeFalse();
        var same = () => new MetricRelation(BuiltInMetrics.PetitionsReceived, BuiltInMetrics.PetitionsReceived);
        same.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("greater");
        var none = () => new MetricRelation(default, BuiltInMetrics.PetitionsReceived);
        none.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("lesser");
        var fromNull = () => MetricRelation.FromRatios(null!);
        fromNull.Should().Throw<ArgumentNullException>();
        MetricRelation.FromRatios(MetricCatalog.Empty).Should().BeEmpty();
    }

    // The one issue of a result, failing with the whole result when there is not exactly one.
    private static ValidationIssue Single(ValidationResult result, string code)
    {
        result.Issues.Should().ContainSingle(result.ToString());
        var issue = result.Issues[0];
        issue.Code.ToString().Should().Be(code, result.ToString());
        issue.EnglishMessage.Should().NotContain("{").And.NotContain("}");
        issue.VietnameseMessage.Should().NotContain("{").And.NotContain("}");
        return issue;
    }
}
