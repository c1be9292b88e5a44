namespace DanVan.Domain.Metrics;

/// <summary>The words for each <see cref="UnitOfMeasure"/>.</summary>
public static class UnitsOfMeasure
{
    /// <summary>The Vietnamese word as written after a number: "cuộc", "lượt người", "%".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static string VietnameseName(this UnitOfMeasure unit) => unit switch
    {
        UnitOfMeasure.Session => "cuộc",
        UnitOfMeasure.Attendance => "lượt người",
        UnitOfMeasure.Person => "người",
        UnitOfMeasure.CitizenVisit => "lượt công dân",
        UnitOfMeasure.Petition => "đơn",
        UnitOfMeasure.Class => "lớp",
        UnitOfMeasure.Model => "mô hình",
        UnitOfMeasure.Unit => "đơn vị",
        UnitOfMeasure.UnitVisit => "lượt cơ quan, đơn vị",
        UnitOfMeasure.Percent => "%",
        UnitOfMeasure.Dong => "đồng",
        UnitOfMeasure.Point => "điểm",
        UnitOfMeasure.Grade => "mức xếp loại",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a unit of measure."),
    };

    /// <summary>The English word: "sessions", "attendances", "%".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static string EnglishName(this UnitOfMeasure unit) => unit switch
    {
        UnitOfMeasure.Session => "sessions",
        UnitOfMeasure.Attendance => "attendances",
        UnitOfMeasure.Person => "people",
        UnitOfMeasure.CitizenVisit => "citizen visits",
        UnitOfMeasure.Petition => "petitions",
        UnitOfMeasure.Class => "classes",
        UnitOfMeasure.Model => "models",
        UnitOfMeasure.Unit => "units",
        UnitOfMeasure.UnitVisit => "unit visits",
        UnitOfMeasure.Percent => "%",
        UnitOfMeasure.Dong => "đồng",
        UnitOfMeasure.Point => "points",
        UnitOfMeasure.Grade => "grade",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a unit of measure."),
    };
}
