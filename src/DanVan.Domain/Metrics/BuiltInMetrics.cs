using static DanVan.Domain.Metrics.Additivity;
using static DanVan.Domain.Metrics.MetricDirection;
using static DanVan.Domain.Metrics.MetricKind;

namespace DanVan.Domain.Metrics;

/// <summary>
/// The codes of the built-in metrics: the figures dân vận reports give (DOMAIN.md section 4; the seed articles of
/// huyện Thường Tín 2020 and huyện Lập Thạch 2021). <see cref="MetricCatalog.Default"/> holds their definitions;
/// docs/metrics-definitions.md lists them with the report phrases they come from.
/// </summary>
public static class BuiltInMetrics
{
    /// <summary>propaganda.sessions: tuyên truyền, vận động sessions ("7.300 cuộc").</summary>
    public static readonly MetricCode PropagandaSessions = Code("propaganda.sessions");

    /// <summary>propaganda.attendances: attendances at those sessions ("1.170.000 lượt người").</summary>
    public static readonly MetricCode PropagandaAttendances = Code("propaganda.attendances");

    /// <summary>supervision.sessions: supervision sessions of all kinds ("557 cuộc giám sát").</summary>
    public static readonly MetricCode SupervisionSessions = Code("supervision.sessions");

    /// <summary>supervision.regular-sessions: giám sát thường kỳ.</summary>
    public static readonly MetricCode SupervisionRegularSessions = Code("supervision.regular-sessions");

    /// <summary>supervision.thematic-sessions: giám sát chuyên đề.</summary>
    public static readonly MetricCode SupervisionThematicSessions = Code("supervision.thematic-sessions");

    /// <summary>inspection.sessions: kiểm tra, inspections held.</summary>
    public static readonly MetricCode InspectionSessions = Code("inspection.sessions");

    /// <summary>inspection.unit-visits: agencies and units inspected, counted per visit ("kiểm tra 174 lượt cơ quan, đơn vị").</summary>
    public static readonly MetricCode InspectionUnitVisits = Code("inspection.unit-visits");

    /// <summary>survey.sessions: khảo sát, surveys held.</summary>
    public static readonly MetricCode SurveySessions = Code("survey.sessions");

    /// <summary>dialogue.sessions: đối thoại trực tiếp, dialogues held.</summary>
    public static readonly MetricCode DialogueSessions = Code("dialogue.sessions");

    /// <summary>citizen-reception.visits: tiếp công dân, citizen visits received ("tiếp hơn 700 lượt công dân").</summary>
    public static readonly MetricCode CitizenReceptionVisits = Code("citizen-reception.visits");

    /// <summary>petitions.received: đơn thư received ("tiếp nhận 79 đơn kiến nghị, phản ánh, KNTC").</summary>
    public static readonly MetricCode PetitionsReceived = Code("petitions.received");

    /// <summary>petitions.within-jurisdiction: received petitions within the body's jurisdiction (đơn thuộc thẩm quyền).</summary>
    public static readonly MetricCode PetitionsWithinJurisdiction = Code("petitions.within-jurisdiction");

    /// <summary>petitions.resolved: petitions within jurisdiction resolved (giải quyết xong).</summary>
    public static readonly MetricCode PetitionsResolved = Code("petitions.resolved");

    /// <summary>petitions.resolution-rate: resolved over within jurisdiction ("176/221 = 79,63%").</summary>
    public static readonly MetricCode PetitionsResolutionRate = Code("petitions.resolution-rate");

    /// <summary>training.classes: tập huấn classes ("7 lớp tập huấn").</summary>
    public static readonly MetricCode TrainingClasses = Code("training.classes");

    /// <summary>training.attendances: attendances at training ("925 lượt cán bộ").</summary>
    public static readonly MetricCode TrainingAttendances = Code("training.attendances");

    /// <summary>criticism.units: units criticised after inspection ("phê bình đối với 07 xã").</summary>
    public static readonly MetricCode CriticismUnits = Code("criticism.units");

    /// <summary>dan-van-kheo.models-registered: Dân vận khéo models registered in the period ("2.071").</summary>
    public static readonly MetricCode ModelsRegistered = Code("dan-van-kheo.models-registered");

    /// <summary>dan-van-kheo.models-recognised: Dân vận khéo models recognised in the period ("1.808"), all fields.</summary>
    public static readonly MetricCode ModelsRecognised = Code("dan-van-kheo.models-recognised");

    /// <summary>dan-van-kheo.models-recognised.economy: recognised models in the field of economy (kinh tế).</summary>
    public static readonly MetricCode ModelsRecognisedEconomy = Code("dan-van-kheo.models-recognised.economy");

    /// <summary>dan-van-kheo.models-recognised.culture-society: recognised models in culture and society (văn hóa - xã hội).</summary>
    public static readonly MetricCode ModelsRecognisedCultureSociety = Code("dan-van-kheo.models-recognised.culture-society");

    /// <summary>dan-van-kheo.models-recognised.defence-security: recognised models in defence and security (quốc phòng - an ninh).</summary>
    public static readonly MetricCode ModelsRecognisedDefenceSecurity = Code("dan-van-kheo.models-recognised.defence-security");

    /// <summary>dan-van-kheo.models-recognised.political-system: recognised models in building the political system (xây dựng hệ thống chính trị).</summary>
    public static readonly MetricCode ModelsRecognisedPoliticalSystem = Code("dan-van-kheo.models-recognised.political-system");

    /// <summary>dan-van-kheo.models-in-force: recognised models still maintained at the end of the period (a stock).</summary>
    public static readonly MetricCode ModelsInForce = Code("dan-van-kheo.models-in-force");

    /// <summary>coverage.danvan-commissions-staffed: commissions with their staff in place over commissions ("29/29 ban dân vận quận, huyện, thị").</summary>
    public static readonly MetricCode CommissionsStaffed = Code("coverage.danvan-commissions-staffed");

    /// <summary>coverage.heads-on-standing-committee: heads of Ban Dân vận sitting on the BTV over heads ("100% trưởng ban dân vận tham gia ban thường vụ").</summary>
    public static readonly MetricCode HeadsOnStandingCommittee = Code("coverage.heads-on-standing-committee");

    /// <summary>grading.score: the yearly state dân vận score, out of 100.</summary>
    public static readonly MetricCode GradingScore = Code("grading.score");

    /// <summary>grading.grade: the yearly grade, four levels; the value is the position in <see cref="Grades"/> (1 is best), so lower is better.</summary>
    public static readonly MetricCode GradingGrade = Code("grading.grade");

    /// <summary>The four yearly grades, best first (DOMAIN.md section 4).</summary>
    public static IReadOnlyList<string> Grades { get; } = Array.AsReadOnly(["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"]);

    internal static MetricDefinition[] Definitions() =>
    [
        Count(PropagandaSessions, "Số cuộc tuyên truyền, vận động", "Propaganda and mobilization sessions", UnitOfMeasure.Session),
        Count(PropagandaAttendances, "Số lượt người dự tuyên truyền, vận động", "Attendances at propaganda and mobilization sessions", UnitOfMeasure.Attendance),
        Count(SupervisionSessions, "Số cuộc giám sát", "Supervision sessions", UnitOfMeasure.Session),
        Count(SupervisionRegularSessions, "Số cuộc giám sát thường kỳ", "Regular supervision sessions", UnitOfMeasure.Session),
        Count(SupervisionThematicSessions, "Số cuộc giám sát chuyên đề", "Thematic supervision sessions", UnitOfMeasure.Session),
        Count(InspectionSessions, "Số cuộc kiểm tra", "Inspections", UnitOfMeasure.Session),
        Count(InspectionUnitVisits, "Số lượt cơ quan, đơn vị được kiểm tra", "Agencies and units inspected (visits)", UnitOfMeasure.UnitVisit),
        Count(SurveySessions, "Số cuộc khảo sát", "Surveys", UnitOfMeasure.Session),
        Count(DialogueSessions, "Số cuộc đối thoại trực tiếp", "Direct dialogues held", UnitOfMeasure.Session),
        Count(CitizenReceptionVisits, "Số lượt công dân được tiếp", "Citizen visits received", UnitOfMeasure.CitizenVisit, direction: Neutral),
        Count(PetitionsReceived, "Số đơn tiếp nhận", "Petitions received", UnitOfMeasure.Petition, direction: Neutral),
        Count(PetitionsWithinJurisdiction, "Số đơn thuộc thẩm quyền", "Petitions within jurisdiction", UnitOfMeasure.Petition, direction: Neutral),
        Count(PetitionsResolved, "Số đơn thuộc thẩm quyền đã giải quyết xong", "Petitions within jurisdiction resolved", UnitOfMeasure.Petition),
        new(PetitionsResolutionRate, "Tỷ lệ giải quyết đơn thuộc thẩm quyền", "Resolution rate of petitions within jurisdiction", UnitOfMeasure.Percent, Rate, Additive, HigherIsBetter, PetitionsResolved, PetitionsWithinJurisdiction),
        Count(TrainingClasses, "Số lớp tập huấn", "Training classes", UnitOfMeasure.Class),
        Count(TrainingAttendances, "Số lượt người dự tập huấn", "Attendances at training", UnitOfMeasure.Attendance),
        Count(CriticismUnits, "Số đơn vị bị phê bình", "Units criticised", UnitOfMeasure.Unit, direction: LowerIsBetter),
        Count(ModelsRegistered, "Số mô hình \"Dân vận khéo\" đăng ký", "\"Dân vận khéo\" models registered", UnitOfMeasure.Model),
        Count(ModelsRecognised, "Số mô hình \"Dân vận khéo\" được công nhận", "\"Dân vận khéo\" models recognised", UnitOfMeasure.Model),
        Count(ModelsRecognisedEconomy, "Số mô hình \"Dân vận khéo\" được công nhận lĩnh vực kinh tế", "\"Dân vận khéo\" models recognised: economy", UnitOfMeasure.Model),
        Count(ModelsRecognisedCultureSociety, "Số mô hình \"Dân vận khéo\" được công nhận lĩnh vực văn hóa - xã hội", "\"Dân vận khéo\" models recognised: culture and society", UnitOfMeasure.Model),
        Count(ModelsRecognisedDefenceSecurity, "Số mô hình \"Dân vận khéo\" được công nhận lĩnh vực quốc phòng - an ninh", "\"Dân vận khéo\" models recognised: defence and security", UnitOfMeasure.Model),
        Count(ModelsRecognisedPoliticalSystem, "Số mô hình \"Dân vận khéo\" được công nhận lĩnh vực xây dựng hệ thống chính trị", "\"Dân vận khéo\" models recognised: building the political system", UnitOfMeasure.Model),
        Count(ModelsInForce, "Số mô hình \"Dân vận khéo\" đang duy trì", "\"Dân vận khéo\" models maintained", UnitOfMeasure.Model, Stock),
        new(CommissionsStaffed, "Tỷ lệ ban dân vận được kiện toàn", "Dân vận commissions staffed", UnitOfMeasure.Percent, MetricKind.Coverage, Stock, HigherIsBetter),
        new(HeadsOnStandingCommittee, "Tỷ lệ trưởng ban dân vận tham gia ban thường vụ", "Heads of dân vận commissions on the standing committee", UnitOfMeasure.Percent, MetricKind.Coverage, Stock, HigherIsBetter),
        new(GradingScore, "Điểm đánh giá công tác dân vận", "Dân vận grading score", UnitOfMeasure.Point, Score, NonAdditive, HigherIsBetter),
        new(GradingGrade, "Xếp loại công tác dân vận", "Dân vận grade", UnitOfMeasure.Grade, Grade, NonAdditive, LowerIsBetter, grades: Grades),
    ];

    private static MetricDefinition Count(MetricCode code, string vietnamese, string english, UnitOfMeasure unit, Additivity additivity = Additive, MetricDirection direction = HigherIsBetter) =>
        new(code, vietnamese, english, unit, MetricKind.Count, additivity, direction);

    private static MetricCode Code(string text) => MetricCode.Parse(text, null);
}
