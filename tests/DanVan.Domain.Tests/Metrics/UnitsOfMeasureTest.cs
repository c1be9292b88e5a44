using DanVan.Domain.Metrics;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>The words of every unit of measure, and the JSON names of the definition enums.</summary>
public class UnitsOfMeasureTest
{
    [Theory]
    [InlineData(UnitOfMeasure.Session, "cuộc", "sessions", "session")]
    [InlineData(UnitOfMeasure.Attendance, "lượt người", "attendances", "attendance")]
    [InlineData(UnitOfMeasure.Person, "người", "people", "person")]
    [InlineData(UnitOfMeasure.CitizenVisit, "lượt công dân", "citizen visits", "citizenVisit")]
    [InlineData(UnitOfMeasure.Petition, "đơn", "petitions", "petition")]
    [InlineData(UnitOfMeasure.Class, "lớp", "classes", "class")]
    [InlineData(UnitOfMeasure.Model, "mô hình", "models", "model")]
    [InlineData(UnitOfMeasure.Unit, "đơn vị", "units", "unit")]
    [InlineData(UnitOfMeasure.UnitVisit, "lượt cơ quan, đơn vị", "unit visits", "unitVisit")]
    [InlineData(UnitOfMeasure.Percent, "%", "%", "percent")]
    [InlineData(UnitOfMeasure.Dong, "đồng", "đồng", "dong")]
    [InlineData(UnitOfMeasure.Point, "điểm", "points", "point")]
    [InlineData(UnitOfMeasure.Grade, "mức xếp loại", "grade", "grade")]
    public void Every_unit_has_its_words_and_JSON_name(UnitOfMeasure unit, string vietnamese, string english, string json)
    {
        unit.VietnameseName().Should().Be(vietnamese);
        unit.EnglishName().Should().Be(english);
        VietnameseNormalization.Normalize(unit.VietnameseName()).Should().BeSameAs(unit.VietnameseName(), "stored NFC");
        DanVanJson.Serialize(unit).Should().Be($"\"{json}\"");
        DanVanJson.Deserialize<UnitOfMeasure>($"\"{json}\"").Should().Be(unit);
    }

    [Fact]
    public void The_theory_covers_every_member_and_the_words_are_distinct()
    {
        var units = Enum.GetValues<UnitOfMeasure>();
        units.Should().HaveCount(13, "the theory above lists thirteen; a new member needs a row there");
        units.Select(u => u.VietnameseName()).Should().OnlyHaveUniqueItems();
        units.Select(u => u.EnglishName()).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(14)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void An_undefined_value_has_no_words(int value)
    {
        var unit = (UnitOfMeasure)value;
        var vietnamese = () => unit.VietnameseName();
        vietnamese.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("unit");
        var english = () => unit.EnglishName();
        english.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_definition_enums_are_written_as_their_camel_case_names()
    {
        Names<MetricKind>().Should().Equal("count", "amount", "rate", "coverage", "score", "grade");
        Names<Additivity>().Should().Equal("additive", "stock", "nonAdditive");
        Names<MetricDirection>().Should().Equal("higherIsBetter", "lowerIsBetter", "neutral");
        foreach (var kind in Enum.GetValues<MetricKind>())
        {
            DanVanJson.Deserialize<MetricKind>(DanVanJson.Serialize(kind)).Should().Be(kind);
        }
    }

    private static IEnumerable<string> Names<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(value => DanVanJson.Serialize(value).Trim('"'));
}
