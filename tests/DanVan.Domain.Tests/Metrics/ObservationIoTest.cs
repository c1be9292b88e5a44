using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using DanVan.Domain.Organizations;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Reading and writing observations: the shapes of one observation and one subject in JSON.</summary>
public partial class ObservationIoTest
{
    private static readonly ObservationSubject ThuongTin = ObservationSubject.Of(UnitCode.Parse("279"));
    private static readonly ObservationSubject LapThach = ObservationSubject.Of(UnitCode.Parse("246"), new LocalDate(2021, 12, 31));
    private static readonly ObservationSubject LapThachCommission = ObservationSubject.Of(OrganizationId.Parse("246/danvan-commission", null));
    private static readonly ObservationSubject LapThachBoth =
        ObservationSubject.Of(UnitCode.Parse("246"), new LocalDate(2021, 12, 31), OrganizationId.Parse("246/danvan-commission", null));

    // The new xã Thường Tín (10183) exists from 2025-07-01.
    private static readonly ObservationSubject NewThuongTin = ObservationSubject.Of(UnitCode.Parse("10183"), new LocalDate(2025, 7, 1));
    private static readonly ReportingPeriod Since2011 = ReportingPeriod.Custom(new LocalDate(2011, 1, 1), new LocalDate(2020, 3, 26));
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.CalendarYear(2021);

    /// <summary>
    /// A set with every feature: the seed figures (Thường Tín since 2011, Lập Thạch 2021), plus rows whose values,
    /// periods and sources are placeholders (marked) for what the seeds lack: ratios given as parts, provisional and
    /// repeated figures, organizations, every qualifier, period kind and unit of measure, and texts that need quoting.
    /// </summary>
    internal static ObservationSet Sample()
    {
        const string Inspection = "Đoàn Kiểm tra số 3 Thành ủy Hà Nội, 26/3/2020";
        const string LapThachReport = "Huyện Lập Thạch, 30/12/2021";
        var b = new ObservationSetBuilder();
        b.Add(BuiltInMetrics.SupervisionSessions, ThuongTin, Since2011, 557m, source: Inspection, unit: UnitOfMeasure.Session);
        b.Add(BuiltInMetrics.TrainingClasses, ThuongTin, Since2011, 7m, source: Inspection, unit: UnitOfMeasure.Class);
        b.Add(BuiltInMetrics.TrainingAttendances, ThuongTin, Since2011, 925m, source: Inspection, unit: UnitOfMeasure.Attendance);
        b.Add(BuiltInMetrics.InspectionUnitVisits, ThuongTin, Since2011, 174m, source: Inspection, unit: UnitOfMeasure.UnitVisit);
        b.Add(BuiltInMetrics.CriticismUnits, ThuongTin, Since2011, 7m, source: Inspection, unit: UnitOfMeasure.Unit);
        b.Add(BuiltInMetrics.PropagandaSessions, ThuongTin, Since2011, 7_300m, source: Inspection, unit: UnitOfMeasure.Session);
        b.Add(BuiltInMetrics.PropagandaAttendances, ThuongTin, Since2011, 1_170_000m, source: Inspection, unit: UnitOfMeasure.Attendance);
        b.Add(BuiltInMetrics.CitizenReceptionVisits, LapThach, Year2021, 700m, NumberQualifier.MoreThan, source: LapThachReport, unit: UnitOfMeasure.CitizenVisit);
        b.Add(BuiltInMetrics.PetitionsReceived, LapThach, Year2021, 79m, source: LapThachReport, unit: UnitOfMeasure.Petition);
        b.Add(BuiltInMetrics.PetitionsResolutionRate, LapThach, Year2021, 100m, source: LapThachReport, unit: UnitOfMeasure.Percent);

        // Placeholders from here on: "176/221" is DOMAIN.md's example of a fuller report, not a Lập Thạch figure.
        b.AddRatio(BuiltInMetrics.PetitionsResolutionRate, LapThachBoth, ReportingPeriod.HalfYear(2021, 2), 176m, 221m,
            status: ObservationStatus.Provisional, source: "Báo cáo \"sơ kết\", bản 2\r\ndòng hai; dấu, phẩy");
        b.AddRatio(BuiltInMetrics.CommissionsStaffed, LapThachCommission, ReportingPeriod.Quarter(2021, 3), 0m, 0m);
        b.Add(BuiltInMetrics.DialogueSessions, LapThachCommission, ReportingPeriod.Month(2021, 3), 2m, NumberQualifier.AtLeast, unit: UnitOfMeasure.Session);
        b.Add(BuiltInMetrics.SupervisionSessions, NewThuongTin, ReportingPeriod.Quarter(2025, 3), 12m, NumberQualifier.About, ObservationStatus.Provisional);
        b.Add(BuiltInMetrics.SupervisionSessions, NewThuongTin, ReportingPeriod.Quarter(2025, 3), 13m); // the final figure of the same
        b.Add(BuiltInMetrics.GradingScore, ObservationSubject.Of(UnitCode.Parse("01")), ReportingPeriod.NineMonths(2024), 92.5m, NumberQualifier.Nearly, unit: UnitOfMeasure.Point);
        b.Add(BuiltInMetrics.GradingGrade, ObservationSubject.Of(UnitCode.Parse("01")), ReportingPeriod.CalendarYear(2024), 1m, unit: UnitOfMeasure.Grade);
        b.Add(BuiltInMetrics.ModelsInForce, ObservationSubject.Of(UnitCode.Parse("01")), ReportingPeriod.Years(2020, 2025), 2_071m, NumberQualifier.LessThan, unit: UnitOfMeasure.Model);
        b.Add(BuiltInMetrics.SurveySessions, ObservationSubject.Of(UnitCode.Parse("26")), ReportingPeriod.HalfYear(2024, 1), 3m, NumberQualifier.AtMost, unit: UnitOfMeasure.Person);
        b.Add(MetricCode.Parse("budget.spent", null), ObservationSubject.Of(UnitCode.Parse("26")), ReportingPeriod.Month(2024, 12), 123_456_789_012_345_678m, unit: UnitOfMeasure.Dong);
        b.Add(MetricCode.Parse("budget.spent", null), ObservationSubject.Of(UnitCode.Parse("25")), ReportingPeriod.Month(2024, 12), -0.000000000000000001m);
        b.Add(MetricCode.Parse("budget.spent", null), ObservationSubject.Of(UnitCode.Parse("25")), ReportingPeriod.Month(2025, 1), 0m, source: "  ");
        return b.Build();
    }

    [Fact]
    public void The_sample_has_every_feature()
    {
        var set = Sample();
        set.Count.Should().Be(22);
        set.SupersededCount.Should().Be(1, "the provisional 12 is set aside for the final 13");
        set.Where(o => o.HasParts).Count.Should().Be(2);
        set.Select(o => o.Qualifier).Distinct().Should().HaveCount(Enum.GetValues<NumberQualifier>().Length);
        set.Select(o => o.Period.Kind).Distinct().Should().HaveCount(Enum.GetValues<PeriodKind>().Length);
        set.Select(o => o.Unit).OfType<UnitOfMeasure>().Distinct().Should().HaveCount(Enum.GetValues<UnitOfMeasure>().Length);
        set.Select(o => o.Status).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public void An_observation_is_one_flat_object_with_defaults_omitted()
    {
        var full = new Observation(
            BuiltInMetrics.PetitionsReceived, LapThachBoth, Year2021, 79m, NumberQualifier.MoreThan, ObservationStatus.Provisional,
            "Huyện Lập Thạch, 30/12/2021", UnitOfMeasure.Petition);
        const string FullJson =
            "{\"metric\":\"petitions.received\",\"unit\":\"246\",\"unitDate\":\"2021-12-31\",\"organization\":\"246/danvan-commission\"," +
            "\"period\":\"2021\",\"value\":79,\"qualifier\":\"moreThan\",\"status\":\"provisional\",\"source\":\"Huyện Lập Thạch, 30/12/2021\"," +
            "\"unitOfMeasure\":\"petition\"}";
        DanVanJson.Serialize(full).Should().Be(FullJson);
        DanVanJson.Deserialize<Observation>(FullJson).Should().Be(full);

        var plain = new Observation(BuiltInMetrics.PetitionsReceived, ObservationSubject.Of(UnitCode.Parse("246")), Year2021, 79m);
        DanVanJson.Serialize(plain).Should().Be("{\"metric\":\"petitions.received\",\"unit\":\"246\",\"period\":\"2021\",\"value\":79}");

        var ratio = Observation.Ratio(BuiltInMetrics.PetitionsResolutionRate, ObservationSubject.Of(UnitCode.Parse("246")), Year2021, 176m, 221m);
        var ratioJson = DanVanJson.Serialize(ratio);
        ratioJson.Should().Be("{\"metric\":\"petitions.resolution-rate\",\"unit\":\"246\",\"period\":\"2021\",\"numerator\":176,\"denominator\":221}");
        var back = DanVanJson.Deserialize<Observation>(ratioJson)!;
        back.Should().Be(ratio);
        back.Value.Should().Be(176m * 100m / 221m, "the percentage is recomputed from the parts");

        var since = new Observation(BuiltInMetrics.SupervisionSessions, ThuongTin, Since2011, 557m);
        DanVanJson.Serialize(since).Should().Contain("\"period\":\"2011-01-01/2020-03-26\"");
    }

    [Fact]
    public void Decimals_are_exact_and_property_order_does_not_matter()
    {
        var read = DanVanJson.Deserialize<Observation>(
            "{\"value\":79.63,\"period\":\"2021-Q3\",\"organization\":\"246/danvan-commission\",\"metric\":\"petitions.resolution-rate\",\"extra\":{\"a\":[1,2]}}")!;
        read.Value.Should().Be(79.63m);
        read.Subject.Should().Be(LapThachCommission);
        read.Period.Should().Be(ReportingPeriod.Quarter(2021, 3));
        DanVanJson.Deserialize<Observation>("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":123456789012345678}")!
            .Value.Should().Be(123_456_789_012_345_678m);
        DanVanJson.Deserialize<Observation>("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1.5e3}")!
            .Value.Should().Be(1500m);
        DanVanJson.Deserialize<Observation>("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":5,\"source\":null,\"qualifier\":null,\"status\":null}")!
            .Should().Be(new Observation(MetricCode.Parse("a.b", null), ObservationSubject.Of(UnitCode.Parse("01")), Year2021, 5m));
    }

    [Fact]
    public void A_subject_is_an_object_of_its_present_parts()
    {
        DanVanJson.Serialize(NewThuongTin).Should().Be("{\"unit\":\"10183\",\"unitDate\":\"2025-07-01\"}");
        DanVanJson.Serialize(LapThachCommission).Should().Be("{\"organization\":\"246/danvan-commission\"}");
        DanVanJson.Serialize(LapThachBoth).Should().Be("{\"unit\":\"246\",\"unitDate\":\"2021-12-31\",\"organization\":\"246/danvan-commission\"}");
        foreach (var subject in new[] { ThuongTin, LapThach, LapThachCommission, LapThachBoth, NewThuongTin })
        {
            DanVanJson.Deserialize<ObservationSubject>(DanVanJson.Serialize(subject)).Should().Be(subject);
        }

        FluentActions.Invoking(() => DanVanJson.Serialize(default(ObservationSubject))).Should().Throw<System.Text.Json.JsonException>();
    }

    [Theory]
    [InlineData("{}", "'metric' is required")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"value\":1}", "'period' is required")]
    [InlineData("{\"metric\":\"a.b\",\"period\":\"2021\",\"value\":1}", "needs a 'unit', an 'organization', or both")]
    [InlineData("{\"metric\":\"a.b\",\"unitDate\":\"2021-01-01\",\"organization\":\"01/party-committee\",\"period\":\"2021\",\"value\":1}", "'unitDate' needs a 'unit'")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\"}", "needs a 'value', or a 'numerator' and a 'denominator'")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1,\"numerator\":1,\"denominator\":2}", "either a 'value' or both")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"numerator\":1}", "either a 'value' or both")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"numerator\":-1,\"denominator\":2}", "'numerator' of a ratio cannot be negative")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":12345678901234567890}", "more than 18 significant digits")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":\"79\"}", "'value': Expected a JSON number, found a string")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1e400}", "'value': The number is outside the range")]
    [InlineData("{\"metric\":\"A.B\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1}", "'metric': 'A.B' is not a metric code")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":1,\"period\":\"2021\",\"value\":1}", "'unit': Expected a unit code string")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021-Q5\",\"value\":1}", "'period': '2021-Q5': there is no quarter 5")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1,\"qualifier\":\"hơn\"}", "'qualifier': ")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1,\"qualifier\":1}", "'qualifier': Expected a NumberQualifier name")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1,\"status\":\"final, provisional\"}", "'status': ")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"period\":\"2021\",\"value\":1,\"unitOfMeasure\":\"cuộc\"}", "'unitOfMeasure': ")]
    [InlineData("{\"metric\":\"a.b\",\"organization\":\"nowhere\",\"period\":\"2021\",\"value\":1}", "'organization': ")]
    [InlineData("{\"metric\":\"a.b\",\"unit\":\"01\",\"unitDate\":\"2021-02-30\",\"period\":\"2021\",\"value\":1}", "'unitDate': ")]
    [InlineData("[]", "Expected an observation as a JSON object")]
    public void A_bad_observation_is_a_JsonException_that_says_why(string json, string message)
    {
        FluentActions.Invoking(() => DanVanJson.Deserialize<Observation>(json))
            .Should().Throw<System.Text.Json.JsonException>().Which.Message.Should().Contain(message);
    }
}
