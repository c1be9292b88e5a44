using System.Reflection;
using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>docs/metrics-validation.md must stay true: every code is described, and every example message is what the library gives.</summary>
public sealed class ObservationValidatorDocumentTest
{
    private static readonly ObservationSubject LapThach = ObservationSubject.Of(UnitCode.Parse("246", null));
    private static readonly ReportingPeriod Year = ReportingPeriod.CalendarYear(2021);
    private static readonly string Text = Normalised(File.ReadAllText(TestPaths.Repository("docs/metrics-validation.md")));

    [Fact]
    public void Every_observation_code_is_in_the_table_and_has_a_section()
    {
        var codes = typeof(ObservationIssues).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => ((IssueDescriptor)field.GetValue(null)!).Code.ToString()).ToList();
        codes.Should().HaveCount(13);
        var headings = File.ReadLines(TestPaths.Repository("docs/metrics-validation.md")).Where(line => line.StartsWith("### ", StringComparison.Ordinal)).ToList();
        foreach (var code in codes)
        {
            Text.Should().Contain($"| {code} |", "the table lists {0}", code);
            headings.Should().Contain(heading => heading.Contains(code, StringComparison.Ordinal), "a section explains {0}", code);
        }
    }

    [Fact]
    public void The_examples_show_what_the_library_gives()
    {
        var validator = ObservationValidator.Default;
        var single = new[]
        {
            new Observation(MetricCode.Parse("hanoi.mediation-cases", null), LapThach, Year, 5m),
            new Observation(BuiltInMetrics.PetitionsReceived, LapThach, Year, 79m, unit: UnitOfMeasure.CitizenVisit),
            Observation.Ratio(BuiltInMetrics.PetitionsReceived, LapThach, Year, 79m, 100m),
            Observation.Ratio(BuiltInMetrics.PetitionsResolutionRate, LapThach, Year, 221m, 176m),
            new Observation(BuiltInMetrics.PetitionsResolutionRate, LapThach, Year, 100.5m),
            new Observation(BuiltInMetrics.PetitionsReceived, LapThach, Year, -79m),
            new Observation(BuiltInMetrics.TrainingClasses, LapThach, Year, 7.5m),
            new Observation(BuiltInMetrics.GradingGrade, LapThach, Year, 5m),
            new Observation(BuiltInMetrics.SupervisionSessions, ObservationSubject.Of(UnitCode.Parse("279", null)), ReportingPeriod.CalendarYear(2025), 12m),
            new Observation(BuiltInMetrics.SupervisionSessions, ObservationSubject.Of(UnitCode.Parse("10183", null), new LocalDate(2025, 7, 1)), ReportingPeriod.CalendarYear(2024), 12m),
        };
        foreach (var observation in single)
        {
            var issue = validator.Validate(observation).Issues.Single();
            Text.Should().Contain(Normalised(issue.EnglishMessage));
        }

        var duplicate = validator.Validate(
        [
            new Observation(BuiltInMetrics.PetitionsReceived, LapThach, Year, 75m, status: ObservationStatus.Provisional),
            new Observation(BuiltInMetrics.PetitionsReceived, LapThach, Year, 79m),
        ]).Issues.Single();
        Text.Should().Contain(Normalised(duplicate.Path + ": " + duplicate.EnglishMessage));

        var relation = validator.Validate(
        [
            new Observation(BuiltInMetrics.PetitionsReceived, LapThach, Year, 79m),
            new Observation(BuiltInMetrics.PetitionsWithinJurisdiction, LapThach, Year, 85m),
        ]).Issues.Single();
        Text.Should().Contain(Normalised(relation.Path + ": " + relation.EnglishMessage));

        var outside = validator.Validate(
            new Observation(BuiltInMetrics.SupervisionSessions, LapThach, ReportingPeriod.Quarter(2021, 3), 12m),
            new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 6, 30))).Issues.Single();
        Text.Should().Contain(Normalised(outside.EnglishMessage));

        // The relations the document lists are the built-in ones.
        foreach (var builtIn in MetricRelation.BuiltIn)
        {
            Text.Should().Contain($"`{builtIn.Greater}`");
        }

        AdministrativeCatalog.Default.Find(UnitCode.Parse("279", null), new LocalDate(2025, 6, 30))!.ValidUntil.Should().Be(new LocalDate(2025, 6, 30));
    }

    // Prose and code blocks wrap lines anywhere; compare with single spaces.
    private static string Normalised(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
