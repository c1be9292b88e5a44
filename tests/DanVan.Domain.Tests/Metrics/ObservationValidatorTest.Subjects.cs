using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Subjects: the unit (and an organization's unit) must exist on the date its code is read at, and over the period; the period within the activity.</summary>
public partial class ObservationValidatorTest
{
    private static Observation Sessions(ObservationSubject subject, ReportingPeriod period) =>
        new(BuiltInMetrics.SupervisionSessions, subject, period, 12m);

    [Fact]
    public void DV6211_a_unit_code_no_unit_had_on_the_date_says_what_the_code_was()
    {
        // Huyện Thường Tín ended on 2025-06-30; a 2025 figure reads the code on 2025-12-31.
        var issue = Fires(Sessions(ThuongTin, ReportingPeriod.CalendarYear(2025)), "DV6211", "unit");
        issue.AttemptedValue.Should().Be("279");
        issue.GetArgument("date").Should().Be("2025-12-31");
        issue.EnglishMessage.Should().Be(
            "supervision.sessions for 279, 2025: no unit had code 279 on 2025-12-31. The code was: " +
            AdministrativeCatalog.Default.Versions(Unit("279")).Single() + ".");
        issue.EnglishMessage.Should().Contain("Huyện Thường Tín").And.Contain("2025-06-30");
        issue.VietnameseMessage.Should().Contain("không có đơn vị nào mang mã 279 vào ngày 2025-12-31. Mã này là: Huyện Thường Tín");
    }

    [Fact]
    public void DV6211_a_code_no_unit_ever_had()
    {
        var code = Unit("99999");
        AdministrativeCatalog.Default.Versions(code).Should().BeEmpty("the premise: no commune has ever had code 99999");
        var issue = Fires(Sessions(ObservationSubject.Of(code), Year2021), "DV6211", "unit");
        issue.EnglishMessage.Should().EndWith("no unit had code 99999 on 2021-12-31. No unit ever had this code.");
        issue.VietnameseMessage.Should().EndWith("Chưa có đơn vị nào mang mã này.");
    }

    [Fact]
    public void DV6211_Vinh_Phuc_after_its_merger_into_Phu_Tho()
    {
        var vinhPhuc = ObservationSubject.Of(Unit("26"));
        Quiet(Sessions(vinhPhuc, ReportingPeriod.CalendarYear(2024)));
        Fires(Sessions(vinhPhuc, ReportingPeriod.CalendarYear(2026)), "DV6211", "unit").EnglishMessage.Should().Contain("Vĩnh Phúc");
        Quiet(Sessions(ObservationSubject.Of(Unit("25")), ReportingPeriod.CalendarYear(2026)));
    }

    [Fact]
    public void DV6211_an_organization_whose_unit_did_not_exist()
    {
        var commission = ObservationSubject.Of(Org("279/danvan-commission"));
        Quiet(Sessions(commission, ReportingPeriod.CalendarYear(2020)));
        var issue = Fires(Sessions(commission, ReportingPeriod.CalendarYear(2026)), "DV6211", "organization");
        issue.GetArgument("subject").Should().Be("279/danvan-commission");
        issue.GetArgument("code").Should().Be("279");
    }

    [Fact]
    public void DV6212_a_unit_that_existed_on_its_date_but_not_over_the_whole_period_is_a_warning()
    {
        // Xã Thường Tín (10183) exists from 2025-07-01; a 2024 figure dated to it covers days before it existed.
        var newCommune = ObservationSubject.Of(Unit("10183"), new LocalDate(2025, 7, 1));
        var issue = Fires(Sessions(newCommune, ReportingPeriod.CalendarYear(2024)), "DV6212", "unit");
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.GetArgument("unit").Should().Be(AdministrativeCatalog.Default.Find(Unit("10183"), new LocalDate(2025, 7, 1))!.ToString());
        issue.GetArgument("unit").Should().StartWith("Xã Thường Tín (10183, 2025-07-01–");
        issue.EnglishMessage.Should().EndWith("did not exist for the whole period.");
        Validator.Validate(Sessions(newCommune, ReportingPeriod.CalendarYear(2024))).IsValid.Should().BeTrue("a warning does not make the result invalid");

        // Huyện Thường Tín read on its last day, for the whole of 2025.
        Fires(Sessions(ObservationSubject.Of(Unit("279"), new LocalDate(2025, 6, 30)), ReportingPeriod.CalendarYear(2025)), "DV6212", "unit");
        Quiet(Sessions(ObservationSubject.Of(Unit("279"), new LocalDate(2025, 6, 30)), ReportingPeriod.HalfYear(2025, 1)));
        Quiet(Sessions(newCommune, ReportingPeriod.HalfYear(2025, 2)));
    }

    [Fact]
    public void A_reused_code_is_read_at_the_period_end_without_a_date()
    {
        // Before 2025-07-01 code 10183 was thị trấn Thường Tín, so a 2024 figure without a date is that unit's.
        AdministrativeCatalog.Default.Find(Unit("10183"), new LocalDate(2024, 12, 31))!.FullName.Should().Be("Thị trấn Thường Tín");
        Quiet(Sessions(ObservationSubject.Of(Unit("10183")), ReportingPeriod.CalendarYear(2024)));
    }

    [Fact]
    public void DV6212_an_organization_dated_after_the_period()
    {
        var committee = ObservationSubject.Of(Org("10183@2025-07-01/party-committee"));
        Fires(Sessions(committee, ReportingPeriod.CalendarYear(2024)), "DV6212", "organization");
        Quiet(Sessions(committee, ReportingPeriod.CalendarYear(2026)));
    }

    [Fact]
    public void A_unit_and_an_organization_are_both_checked_once_each()
    {
        var both = ObservationSubject.Of(Unit("279"), null, Org("279/danvan-commission"));
        Quiet(Sessions(both, ReportingPeriod.CalendarYear(2020)));
        Single(Validator.Validate(Sessions(both, ReportingPeriod.CalendarYear(2026))), "DV6211");
        var other = ObservationSubject.Of(Unit("246"), null, Org("279/danvan-commission"));
        var result = Validator.Validate(Sessions(other, ReportingPeriod.CalendarYear(2026)));
        result.Issues.Select(i => (i.GetArgument("code"), i.Path)).Should().Equal(("246", "unit"), ("279", "organization"));
        Quiet(Sessions(ObservationSubject.Of(Org("tw/danvan-commission")), ReportingPeriod.CalendarYear(2020)));
    }

    [Fact]
    public void DV6213_a_period_outside_the_activity()
    {
        var activity = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 6, 30));
        var late = Sessions(LapThach, ReportingPeriod.Quarter(2021, 3));
        var issue = Single(Validator.Validate(late, activity), "DV6213");
        issue.Path.Should().Be("period");
        issue.AttemptedValue.Should().Be("2021-Q3");
        issue.GetArgument("activity").Should().Be("2021-01-01/2021-06-30");
        issue.EnglishMessage.Should().Be("supervision.sessions for 246, 2021-Q3: the period is not within the activity's dates, 2021-01-01/2021-06-30.");
        issue.VietnameseMessage.Should().EndWith("kỳ báo cáo nằm ngoài thời gian của hoạt động, chương trình (2021-01-01/2021-06-30).");
        Single(Validator.Validate(Sessions(LapThach, Year2021), activity), "DV6213").GetArgument("period").Should().Be("2021");
        Single(Validator.Validate(Sessions(LapThach, ReportingPeriod.Month(2020, 12)), activity), "DV6213");
        Validator.Validate(Sessions(LapThach, ReportingPeriod.HalfYear(2021, 1)), activity).Issues.Should().BeEmpty("the first half is exactly the activity");
        Validator.Validate(Sessions(LapThach, ReportingPeriod.Month(2021, 6)), activity).Issues.Should().BeEmpty();
        Validator.Validate(late).Issues.Should().BeEmpty("without an activity the period is not checked");
    }

    [Fact]
    public void DV6213_reports_every_row_outside_in_a_set_and_accepts_an_interval_in_another_calendar()
    {
        var activity = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31));
        var set = ObservationSet.From(
        [
            Sessions(LapThach, ReportingPeriod.Quarter(2021, 4)),
            Sessions(LapThach, ReportingPeriod.Quarter(2022, 1)),
            Sessions(LapThach, ReportingPeriod.Years(2020, 2022)),
            Sessions(LapThach, ReportingPeriod.Month(2021, 1)),
        ]);
        Validator.Validate(set, activity).Issues.Select(i => i.Path).Should().Equal("observations[1].period", "observations[2].period");
        var julian = new DateInterval(activity.Start.WithCalendar(CalendarSystem.Julian), activity.End.WithCalendar(CalendarSystem.Julian));
        Validator.Validate(set, julian).Issues.Select(i => i.Path).Should().Equal("observations[1].period", "observations[2].period");
    }
}
