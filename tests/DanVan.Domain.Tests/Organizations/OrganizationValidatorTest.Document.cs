using System.Reflection;
using DanVan.Domain.Organizations;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>docs/organizations-validation.md: every code in its tables, and its example messages as the validator writes them.</summary>
public partial class OrganizationValidatorTest
{
    private static readonly string Guide = File.ReadAllText(TestPaths.Repository("docs/organizations-validation.md"));

    [Fact]
    public void The_guide_has_a_row_for_every_organization_and_appointment_code_with_its_severity()
    {
        var descriptors = typeof(OrganizationIssues).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(AppointmentIssues).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(field => (IssueDescriptor)field.GetValue(null)!).ToList();
        descriptors.Should().HaveCount(24);
        foreach (var descriptor in descriptors)
        {
            Guide.Should().Contain($"| {descriptor.Code} | {descriptor.Severity.ToString().ToLowerInvariant()} |");
        }
    }

    [Fact]
    public void The_guides_examples_are_what_the_validator_says()
    {
        var skip = Check(Body("10186/party-committee", "Đảng ủy xã Ninh Sở", parent: "01/party-committee", from: new LocalDate(2020, 1, 1), until: new LocalDate(2020, 12, 31))).Issues.Single();
        Guide.Should().Contain(skip.EnglishMessage).And.Contain(skip.VietnameseMessage);

        var danVan = Check(new Organization(Id("tw/danvan-commission"), "Ban Dân vận Trung ương", parentId: Id("tw/central-committee"), validUntil: new LocalDate(2025, 6, 30))).Issues.Single();
        Guide.Should().Contain(danVan.EnglishMessage).And.Contain(danVan.VietnameseMessage);

        var delegation = new Organization(Id("279/inspection-delegation/2025-1"), "Đoàn Kiểm tra số 1 Huyện ủy Thường Tín",
            parentId: Id("279/party-committee"), number: 1, validFrom: new LocalDate(2025, 7, 5));
        foreach (var issue in Check(delegation).Issues)
        {
            Guide.Should().Contain($"{issue.Code} {issue.Path}: {issue.EnglishMessage}");
        }

        Guide.Should().Contain(Check(Body("10183@2020-01-01/party-committee", parent: "279/party-committee")).Issues.Single().EnglishMessage);

        var overlap = new OrganizationRegistryBuilder()
            .Add(Appoint(A, "01/peoples-committee", PostRole.Head, new LocalDate(2016, 1, 1), new LocalDate(2020, 5, 31)))
            .Add(Appoint(B, "01/peoples-committee", PostRole.Head, new LocalDate(2020, 5, 1)))
            .Validate().Issues.Single();
        Guide.Should().Contain(overlap.EnglishMessage);
    }

    [Fact]
    public void The_guides_example_of_a_survey_carried_on_by_the_merged_commission_holds()
    {
        Guide.Should().Contain("a delegation set up by the Ban Dân vận Trung ương in 2024 that never\nended is under the Ban Tuyên giáo và Dân vận Trung ương today");
        Check(Body("tw/survey-delegation/2024", parent: "tw/danvan-commission", from: new LocalDate(2024, 5, 1))).Issues.Should().BeEmpty();
    }
}
