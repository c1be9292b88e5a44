using DanVan.Domain.Metrics;
using static DanVan.Domain.Metrics.Additivity;
using static DanVan.Domain.Metrics.MetricDirection;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Metric definitions: every rule of the constructor, NFC names, value equality.</summary>
public class MetricDefinitionTest
{
    private static readonly MetricCode Resolved = BuiltInMetrics.PetitionsResolved;
    private static readonly MetricCode WithinJurisdiction = BuiltInMetrics.PetitionsWithinJurisdiction;
    private static readonly string[] Levels = ["Xuất sắc", "Tốt", "Đạt"];

    private static MetricCode Code(string text) => MetricCode.Parse(text, null);

    private static MetricDefinition Define(
        MetricKind kind,
        UnitOfMeasure unit = UnitOfMeasure.Session,
        Additivity additivity = Additive,
        MetricCode? numerator = null,
        MetricCode? denominator = null,
        IEnumerable<string>? grades = null,
        string code = "test.metric") =>
        new(Code(code), "Chỉ tiêu thử", "Test metric", unit, kind, additivity, HigherIsBetter, numerator, denominator, grades);

    [Fact]
    public void A_count_keeps_what_it_was_given()
    {
        var definition = new MetricDefinition(
            BuiltInMetrics.SupervisionSessions, "Số cuộc giám sát", "Supervision sessions", UnitOfMeasure.Session, MetricKind.Count, Additive, HigherIsBetter,
            description: "Giám sát của Hội đồng nhân dân");
        definition.Code.Should().Be(BuiltInMetrics.SupervisionSessions);
        definition.VietnameseName.Should().Be("Số cuộc giám sát");
        definition.EnglishName.Should().Be("Supervision sessions");
        definition.Unit.Should().Be(UnitOfMeasure.Session);
        definition.Kind.Should().Be(MetricKind.Count);
        definition.Additivity.Should().Be(Additive);
        definition.Direction.Should().Be(HigherIsBetter);
        definition.Numerator.Should().BeNull();
        definition.Denominator.Should().BeNull();
        definition.Grades.Should().BeEmpty();
        definition.Description.Should().Be("Giám sát của Hội đồng nhân dân");
        definition.IsRatio.Should().BeFalse();
        definition.CanAggregate.Should().BeTrue();
        definition.ToString().Should().Be("supervision.sessions (Số cuộc giám sát)");
    }

    [Fact]
    public void A_rate_names_its_parts_and_is_a_ratio()
    {
        var rate = Define(MetricKind.Rate, UnitOfMeasure.Percent, numerator: Resolved, denominator: WithinJurisdiction);
        rate.IsRatio.Should().BeTrue();
        rate.Numerator.Should().Be(Resolved);
        rate.Denominator.Should().Be(WithinJurisdiction);
        Define(MetricKind.Coverage, UnitOfMeasure.Percent, Stock).IsRatio.Should().BeTrue("a coverage may be given without part metrics");
        Define(MetricKind.Rate, UnitOfMeasure.Percent).Numerator.Should().BeNull("a rate may be reported only as a percentage");
    }

    [Theory]
    [InlineData(MetricKind.Rate, UnitOfMeasure.Session)]
    [InlineData(MetricKind.Rate, UnitOfMeasure.Petition)]
    [InlineData(MetricKind.Coverage, UnitOfMeasure.Unit)]
    [InlineData(MetricKind.Coverage, UnitOfMeasure.Point)]
    public void A_ratio_must_be_measured_in_percent(MetricKind kind, UnitOfMeasure unit)
    {
        var act = () => Define(kind, unit);
        act.Should().Throw<ArgumentException>().WithMessage("test.metric: a rate or coverage is measured in percent.*").Which.ParamName.Should().Be("unit");
    }

    [Theory]
    [InlineData(MetricKind.Score, Additive)]
    [InlineData(MetricKind.Score, Stock)]
    [InlineData(MetricKind.Grade, Additive)]
    [InlineData(MetricKind.Grade, Stock)]
    public void Scores_and_grades_must_be_non_additive(MetricKind kind, Additivity additivity)
    {
        var act = () => Define(kind, kind == MetricKind.Grade ? UnitOfMeasure.Grade : UnitOfMeasure.Point, additivity, grades: kind == MetricKind.Grade ? Levels : null);
        act.Should().Throw<ArgumentException>().WithMessage($"test.metric: a {kind.ToString().ToLowerInvariant()} is never added; its additivity must be NonAdditive.*")
            .Which.ParamName.Should().Be("additivity");
    }

    [Fact]
    public void Non_additive_scores_and_grades_are_accepted_and_cannot_be_aggregated()
    {
        var score = Define(MetricKind.Score, UnitOfMeasure.Point, NonAdditive);
        score.CanAggregate.Should().BeFalse();
        var grade = Define(MetricKind.Grade, UnitOfMeasure.Grade, NonAdditive, grades: Levels);
        grade.Grades.Should().Equal(Levels);
        grade.CanAggregate.Should().BeFalse();
        Define(MetricKind.Count, additivity: NonAdditive).CanAggregate.Should().BeFalse("any kind may be declared non-additive");
    }

    [Theory]
    [InlineData(MetricKind.Count)]
    [InlineData(MetricKind.Amount)]
    [InlineData(MetricKind.Rate)]
    [InlineData(MetricKind.Coverage)]
    [InlineData(MetricKind.Score)]
    public void Only_a_grade_lists_grades(MetricKind kind)
    {
        var unit = kind is MetricKind.Rate or MetricKind.Coverage ? UnitOfMeasure.Percent : UnitOfMeasure.Point;
        var additivity = kind == MetricKind.Score ? NonAdditive : Additive;
        var act = () => Define(kind, unit, additivity, grades: Levels);
        act.Should().Throw<ArgumentException>().WithMessage("*only a grade does*").Which.ParamName.Should().Be("grades");
    }

    [Fact]
    public void A_grade_must_list_its_levels()
    {
        var none = () => Define(MetricKind.Grade, UnitOfMeasure.Grade, NonAdditive);
        none.Should().Throw<ArgumentException>().WithMessage("*a grade lists its levels*").Which.ParamName.Should().Be("grades");
        var empty = () => Define(MetricKind.Grade, UnitOfMeasure.Grade, NonAdditive, grades: []);
        empty.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("grades");
    }

    [Theory]
    [InlineData("Tốt", "")]
    [InlineData("Tốt", "  ")]
    [InlineData("Tốt", "Tốt")]
    [InlineData("Hòa", "Ho\u0300a")]
    [InlineData("Hoà", "Hòa")]
    public void Grade_levels_must_be_distinct_after_normalising_and_not_blank(string first, string second)
    {
        var act = () => Define(MetricKind.Grade, UnitOfMeasure.Grade, NonAdditive, grades: [first, second]);
        act.Should().Throw<ArgumentException>().WithMessage("*grade levels must be distinct and not blank*").Which.ParamName.Should().Be("grades");
    }

    [Fact]
    public void A_null_grade_level_is_refused()
    {
        var act = () => Define(MetricKind.Grade, UnitOfMeasure.Grade, NonAdditive, grades: ["Tốt", null!]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Numerator_and_denominator_come_together_or_not_at_all()
    {
        var numeratorOnly = () => Define(MetricKind.Rate, UnitOfMeasure.Percent, numerator: Resolved);
        numeratorOnly.Should().Throw<ArgumentException>().WithMessage("test.metric: give both a numerator and a denominator metric, or neither.*")
            .Which.ParamName.Should().Be("numerator");
        var denominatorOnly = () => Define(MetricKind.Rate, UnitOfMeasure.Percent, denominator: WithinJurisdiction);
        denominatorOnly.Should().Throw<ArgumentException>().WithMessage("*give both*");
        var defaultNumerator = () => Define(MetricKind.Rate, UnitOfMeasure.Percent, numerator: default(MetricCode), denominator: WithinJurisdiction);
        defaultNumerator.Should().Throw<ArgumentException>().WithMessage("*give both*");
        var defaultDenominator = () => Define(MetricKind.Coverage, UnitOfMeasure.Percent, numerator: Resolved, denominator: default(MetricCode));
        defaultDenominator.Should().Throw<ArgumentException>().WithMessage("*give both*");
    }

    [Theory]
    [InlineData(MetricKind.Count)]
    [InlineData(MetricKind.Amount)]
    [InlineData(MetricKind.Score)]
    public void Only_a_ratio_has_part_metrics(MetricKind kind)
    {
        var act = () => Define(kind, additivity: kind == MetricKind.Score ? NonAdditive : Additive, numerator: Resolved, denominator: WithinJurisdiction);
        act.Should().Throw<ArgumentException>().WithMessage("test.metric: only a rate or a coverage has numerator and denominator metrics.*");
    }

    [Fact]
    public void A_ratio_cannot_be_its_own_part()
    {
        var asNumerator = () => Define(MetricKind.Rate, UnitOfMeasure.Percent, numerator: Code("test.metric"), denominator: WithinJurisdiction);
        asNumerator.Should().Throw<ArgumentException>().WithMessage("test.metric: a ratio cannot be its own numerator or denominator.*");
        var asDenominator = () => Define(MetricKind.Coverage, UnitOfMeasure.Percent, numerator: Resolved, denominator: Code("test.metric"));
        asDenominator.Should().Throw<ArgumentException>().WithMessage("*its own numerator or denominator*");
    }

    [Fact]
    public void A_code_and_both_names_are_required()
    {
        var noCode = () => new MetricDefinition(default, "Tên", "Name", UnitOfMeasure.Session, MetricKind.Count, Additive, HigherIsBetter);
        noCode.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("code");
        foreach (var blank in new[] { null, string.Empty, " ", "\t\n" })
        {
            var noVietnamese = () => new MetricDefinition(Code("a.b"), blank!, "Name", UnitOfMeasure.Session, MetricKind.Count, Additive, HigherIsBetter);
            noVietnamese.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("vietnameseName");
            var noEnglish = () => new MetricDefinition(Code("a.b"), "Tên", blank!, UnitOfMeasure.Session, MetricKind.Count, Additive, HigherIsBetter);
            noEnglish.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("englishName");
        }
    }

    [Fact]
    public void Undefined_enum_values_are_refused()
    {
        var unit = () => new MetricDefinition(Code("a.b"), "Tên", "Name", (UnitOfMeasure)99, MetricKind.Count, Additive, HigherIsBetter);
        unit.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("unit");
        var kind = () => new MetricDefinition(Code("a.b"), "Tên", "Name", UnitOfMeasure.Session, 0, Additive, HigherIsBetter);
        kind.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("kind");
        var additivity = () => new MetricDefinition(Code("a.b"), "Tên", "Name", UnitOfMeasure.Session, MetricKind.Count, (Additivity)4, HigherIsBetter);
        additivity.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("additivity");
        var direction = () => new MetricDefinition(Code("a.b"), "Tên", "Name", UnitOfMeasure.Session, MetricKind.Count, Additive, (MetricDirection)(-1));
        direction.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("direction");
    }

    [Fact]
    public void Names_grades_and_description_are_stored_in_NFC()
    {
        // "Số cuộc giám sát" typed with combining marks, and "Hoà" with the modern tone placement.
        var decomposed = "So\u0302\u0301 cuo\u0302\u0323c gia\u0301m sa\u0301t";
        decomposed.Should().NotBe("Số cuộc giám sát");
        var definition = new MetricDefinition(
            Code("grading.hoa"), decomposed, "Da\u0302n va\u0323\u0302n grade", UnitOfMeasure.Grade, MetricKind.Grade, NonAdditive, LowerIsBetter,
            grades: ["Hoà", "Kho\u0302ng hoa\u0300n tha\u0300nh"], description: "Xe\u0302\u0301p loa\u0323i");
        definition.VietnameseName.Should().Be("Số cuộc giám sát");
        definition.EnglishName.Should().Be("Dân vận grade");
        definition.Grades.Should().Equal("Hòa", "Không hoàn thành");
        definition.Description.Should().Be("Xếp loại");
    }

    [Fact]
    public void A_blank_description_is_none()
    {
        Define(MetricKind.Count).Description.Should().BeNull();
        new MetricDefinition(Code("a.b"), "Tên", "Name", UnitOfMeasure.Session, MetricKind.Count, Additive, HigherIsBetter, description: "  ").Description.Should().BeNull();
    }

    [Fact]
    public void Definitions_are_equal_by_value()
    {
        var a = Define(MetricKind.Grade, UnitOfMeasure.Grade, NonAdditive, grades: Levels);
        var b = Define(MetricKind.Grade, UnitOfMeasure.Grade, NonAdditive, grades: Levels.ToList());
        a.Should().NotBeSameAs(b);
        a.Should().Be(b);
        a.Grades.Equals(b.Grades).Should().BeTrue("grade lists compare by value too");
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals((object)"test.metric").Should().BeFalse();
        a.Equals((object)a).Should().BeTrue();
        MetricDefinition? none = null;
        a.Equals(none).Should().BeFalse();
    }

    [Fact]
    public void Definitions_differing_in_any_part_are_not_equal()
    {
        var code = Code("petitions.rate");
        MetricDefinition Make(
            string code = "petitions.rate", string vietnamese = "Tỷ lệ", string english = "Rate", MetricKind kind = MetricKind.Rate,
            Additivity additivity = Additive, MetricDirection direction = HigherIsBetter, MetricCode? numerator = null, MetricCode? denominator = null, string? description = null) =>
            new(Code(code), vietnamese, english, UnitOfMeasure.Percent, kind, additivity, direction, numerator ?? Resolved, denominator ?? WithinJurisdiction, description: description);
        var basis = Make();
        basis.Code.Should().Be(code);
        basis.Should().Be(Make());
        MetricDefinition[] others =
        [
            Make(code: "petitions.rate2"), Make(vietnamese: "Tỷ lệ khác"), Make(english: "Other rate"), Make(kind: MetricKind.Coverage),
            Make(additivity: Stock), Make(direction: LowerIsBetter), Make(numerator: BuiltInMetrics.PetitionsReceived),
            Make(denominator: BuiltInMetrics.PetitionsReceived), Make(description: "Ghi chú"),
        ];
        foreach (var other in others)
        {
            other.Should().NotBe(basis);
            basis.Equals(other).Should().BeFalse();
        }

        Define(MetricKind.Grade, UnitOfMeasure.Grade, NonAdditive, grades: Levels)
            .Should().NotBe(Define(MetricKind.Grade, UnitOfMeasure.Grade, NonAdditive, grades: Levels.Reverse()), "the order of grades matters");
        Define(MetricKind.Count).Should().NotBe(Define(MetricKind.Count, UnitOfMeasure.Petition));
    }
}
