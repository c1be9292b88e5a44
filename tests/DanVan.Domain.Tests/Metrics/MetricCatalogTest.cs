using System.Reflection;
using DanVan.Domain.Metrics;
using DanVan.Domain.Text;
using static DanVan.Domain.Metrics.Additivity;
using static DanVan.Domain.Metrics.MetricDirection;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>The metric catalog: the built-in set, adding and combining definitions, look-ups.</summary>
public class MetricCatalogTest
{
    private static readonly MetricDefinition Mediation = new(
        Code("hanoi.mediation-cases"), "Số vụ hòa giải thành", "Mediation cases settled", UnitOfMeasure.Session, MetricKind.Count, Additive, HigherIsBetter);

    /// <summary>Every public static MetricCode field of <see cref="BuiltInMetrics"/>, read by reflection so a new one cannot be missed.</summary>
    public static IReadOnlyList<MetricCode> BuiltInCodes() =>
        typeof(BuiltInMetrics).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(MetricCode))
            .Select(field => (MetricCode)field.GetValue(null)!)
            .ToList();

    private static MetricCode Code(string text) => MetricCode.Parse(text, null);

    [Fact]
    public void Default_holds_every_built_in_code_exactly_once()
    {
        var codes = BuiltInCodes();
        codes.Should().HaveCount(28, "BuiltInMetrics declares 28 codes");
        codes.Should().OnlyHaveUniqueItems();
        MetricCatalog.Default.All.Select(d => d.Code).Should().BeEquivalentTo(codes, "the catalog defines exactly the declared codes");
        MetricCatalog.Default.All.Select(d => d.Code).Should().OnlyHaveUniqueItems();
        foreach (var code in codes)
        {
            MetricCatalog.Default.Contains(code).Should().BeTrue(code.ToString());
            MetricCatalog.Default.Get(code).Code.Should().Be(code);
        }
    }

    [Fact]
    public void Built_in_definitions_are_consistent()
    {
        var all = MetricCatalog.Default.All;
        all.Select(d => d.VietnameseName).Should().OnlyHaveUniqueItems();
        all.Select(d => d.EnglishName).Should().OnlyHaveUniqueItems();
        foreach (var definition in all)
        {
            VietnameseNormalization.Normalize(definition.VietnameseName).Should().Be(definition.VietnameseName);
            if (definition.Numerator is { } numerator)
            {
                MetricCatalog.Default.Contains(numerator).Should().BeTrue();
                MetricCatalog.Default.Contains(definition.Denominator!.Value).Should().BeTrue();
            }
        }

        all.Where(d => d.IsRatio).Should().OnlyContain(d => d.Unit == UnitOfMeasure.Percent);
        all.Where(d => d.Kind is MetricKind.Score or MetricKind.Grade).Should().OnlyContain(d => d.Additivity == NonAdditive);
    }

    [Fact]
    public void Built_in_definitions_say_what_the_reports_count()
    {
        var catalog = MetricCatalog.Default;
        var supervision = catalog.Get(BuiltInMetrics.SupervisionSessions);
        (supervision.Kind, supervision.Unit, supervision.Additivity, supervision.Direction).Should().Be((MetricKind.Count, UnitOfMeasure.Session, Additive, HigherIsBetter));
        catalog.Get(BuiltInMetrics.PropagandaAttendances).Unit.Should().Be(UnitOfMeasure.Attendance, "\"1.170.000 lượt người\"");
        catalog.Get(BuiltInMetrics.InspectionUnitVisits).Unit.Should().Be(UnitOfMeasure.UnitVisit, "\"174 lượt cơ quan, đơn vị\"");
        catalog.Get(BuiltInMetrics.CitizenReceptionVisits).Unit.Should().Be(UnitOfMeasure.CitizenVisit, "\"hơn 700 lượt công dân\"");
        catalog.Get(BuiltInMetrics.PetitionsReceived).Direction.Should().Be(Neutral);
        catalog.Get(BuiltInMetrics.CriticismUnits).Direction.Should().Be(LowerIsBetter);
        var rate = catalog.Get(BuiltInMetrics.PetitionsResolutionRate);
        (rate.Kind, rate.Unit, rate.Numerator, rate.Denominator).Should().Be((MetricKind.Rate, UnitOfMeasure.Percent, BuiltInMetrics.PetitionsResolved, BuiltInMetrics.PetitionsWithinJurisdiction));
        catalog.Get(BuiltInMetrics.ModelsInForce).Additivity.Should().Be(Stock, "models in force are a stock");
        catalog.Get(BuiltInMetrics.CommissionsStaffed).Kind.Should().Be(MetricKind.Coverage, "\"29/29 ban dân vận\"");
        var score = catalog.Get(BuiltInMetrics.GradingScore);
        (score.Kind, score.Unit, score.Additivity).Should().Be((MetricKind.Score, UnitOfMeasure.Point, NonAdditive));
        var grade = catalog.Get(BuiltInMetrics.GradingGrade);
        grade.Grades.Should().Equal("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ");
        grade.Grades.Should().Equal(BuiltInMetrics.Grades);
        grade.Direction.Should().Be(LowerIsBetter, "1 is the best grade");
    }

    [Fact]
    public void Empty_has_nothing()
    {
        MetricCatalog.Empty.All.Should().BeEmpty();
        MetricCatalog.Empty.Contains(BuiltInMetrics.SupervisionSessions).Should().BeFalse();
        MetricCatalog.Empty.Find(BuiltInMetrics.SupervisionSessions).Should().BeNull();
    }

    [Fact]
    public void With_adds_to_a_new_catalog_and_leaves_the_original_alone()
    {
        var catalog = MetricCatalog.Default.With(Mediation);
        catalog.Should().NotBeSameAs(MetricCatalog.Default);
        catalog.All.Should().HaveCount(MetricCatalog.Default.All.Count + 1);
        catalog.All[^1].Should().BeSameAs(Mediation);
        catalog.All.Take(MetricCatalog.Default.All.Count).Should().Equal(MetricCatalog.Default.All, "the order added is kept");
        catalog.Find(Mediation.Code).Should().BeSameAs(Mediation);
        MetricCatalog.Default.Contains(Mediation.Code).Should().BeFalse();
        MetricCatalog.Default.With().All.Should().Equal(MetricCatalog.Default.All);
    }

    [Fact]
    public void With_refuses_a_code_already_defined()
    {
        var again = new MetricDefinition(BuiltInMetrics.PetitionsReceived, "Đơn", "Petitions", UnitOfMeasure.Petition, MetricKind.Count, Additive, Neutral);
        var act = () => MetricCatalog.Default.With(again);
        act.Should().Throw<ArgumentException>().WithMessage("The metric petitions.received is defined twice.*").Which.ParamName.Should().Be("definitions");
        var twiceInOneCall = () => MetricCatalog.Empty.With(Mediation, Mediation);
        twiceInOneCall.Should().Throw<ArgumentException>().WithMessage("The metric hanoi.mediation-cases is defined twice.*");
    }

    [Fact]
    public void A_ratio_needs_its_parts_in_the_catalog()
    {
        var rate = new MetricDefinition(
            Code("hanoi.mediation-rate"), "Tỷ lệ hòa giải thành", "Mediation success rate", UnitOfMeasure.Percent, MetricKind.Rate, Additive, HigherIsBetter,
            Mediation.Code, Code("hanoi.mediation-cases-received"));
        var missing = () => MetricCatalog.Default.With(Mediation, rate);
        missing.Should().Throw<ArgumentException>().WithMessage("hanoi.mediation-rate names hanoi.mediation-cases-received as a part, which is not in the catalog.*");
        var received = new MetricDefinition(
            Code("hanoi.mediation-cases-received"), "Số vụ việc tiếp nhận hòa giải", "Mediation cases received", UnitOfMeasure.Session, MetricKind.Count, Additive, Neutral);
        var catalog = MetricCatalog.Default.With(rate, Mediation, received);
        catalog.Get(rate.Code).Should().BeSameAs(rate, "parts may come after the ratio in the same call");
        var fromBuiltIns = new MetricDefinition(
            Code("petitions.received-resolution-rate"), "Tỷ lệ giải quyết trên số đơn tiếp nhận", "Resolved over received", UnitOfMeasure.Percent, MetricKind.Rate, Additive, HigherIsBetter,
            BuiltInMetrics.PetitionsResolved, BuiltInMetrics.PetitionsReceived);
        MetricCatalog.Default.With(fromBuiltIns).Contains(fromBuiltIns.Code).Should().BeTrue("parts may be built-in metrics");
        var alone = () => MetricCatalog.Of([fromBuiltIns]);
        alone.Should().Throw<ArgumentException>().WithMessage("*petitions.resolved as a part*");
    }

    [Fact]
    public void Of_makes_a_catalog_of_exactly_the_definitions()
    {
        var catalog = MetricCatalog.Of([Mediation]);
        catalog.All.Should().Equal(Mediation);
        catalog.Contains(BuiltInMetrics.SupervisionSessions).Should().BeFalse();
        MetricCatalog.Of([]).All.Should().BeEmpty();
        MetricCatalog.Of(MetricCatalog.Default.All).All.Should().Equal(MetricCatalog.Default.All);
        var twice = () => MetricCatalog.Of([Mediation, Mediation]);
        twice.Should().Throw<ArgumentException>().WithMessage("*defined twice*");
    }

    [Fact]
    public void Null_arguments_and_items_are_refused()
    {
        var ofNull = () => MetricCatalog.Of(null!);
        ofNull.Should().Throw<ArgumentNullException>();
        var ofNullItem = () => MetricCatalog.Of([Mediation, null!]);
        ofNullItem.Should().Throw<ArgumentNullException>();
        var withNull = () => MetricCatalog.Default.With(null!);
        withNull.Should().Throw<ArgumentNullException>();
        var withNullItem = () => MetricCatalog.Default.With(Mediation, null!);
        withNullItem.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Find_Get_and_Contains_agree()
    {
        var catalog = MetricCatalog.Default;
        var code = BuiltInMetrics.TrainingClasses;
        catalog.Find(code).Should().BeSameAs(catalog.Get(code));
        catalog.Find(code)!.VietnameseName.Should().Be("Số lớp tập huấn");
        var unknown = Code("training.unknown");
        catalog.Find(unknown).Should().BeNull();
        catalog.Contains(unknown).Should().BeFalse();
        var get = () => catalog.Get(unknown);
        get.Should().Throw<KeyNotFoundException>().WithMessage("The metric catalog does not define training.unknown.");
        catalog.Find(default).Should().BeNull();
        catalog.Contains(default).Should().BeFalse();
    }

    [Fact]
    public void The_catalog_is_safe_to_read_from_many_threads()
    {
        var codes = BuiltInCodes();
        Parallel.For(0, 10_000, i =>
        {
            var code = codes[i % codes.Count];
            if (MetricCatalog.Default.Get(code).Code != code)
            {
                throw new InvalidOperationException(code.ToString());
            }
        });
    }
}
