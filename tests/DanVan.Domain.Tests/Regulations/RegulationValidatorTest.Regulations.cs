using DanVan.Domain.Regulations;
using DanVan.Domain.Validation;
using static DanVan.Domain.Tests.Regulations.RegulationSamples;

namespace DanVan.Domain.Tests.Regulations;

public partial class RegulationValidatorTest
{
    private static ValidationIssue[] Issues(RegulationCatalog catalog, string code) =>
        RegulationValidator.Validate(catalog).Issues.Where(i => i.Code.ToString() == code).ToArray();

    private static ValidationIssue[] Issues(string code, params Regulation[] regulations) => Issues(Catalog(regulations), code);

    private static Regulation Good(string number = "12-QĐ/TW") => Make(number, Day(2020, 1, 10));

    [Fact]
    public void DV4101_an_unknown_issuer_is_a_warning_on_the_number()
    {
        var issue = Issues("DV4101", Good(), Make("12-QĐ/XYZ", Day(2020, 2, 1))).Should().ContainSingle().Which;
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.Path.Should().Be("regulations[1].number");
        issue.AttemptedValue.Should().Be("12-QĐ/XYZ");
        issue.GetArgument("issuer").Should().Be("XYZ");
        issue.VietnameseMessage.Should().Contain("Đảng");

        var joint = Issues("DV4101", Make("55/2005/TTLT-BNV-ABC", Day(2005, 5, 5))).Should().ContainSingle().Which;
        joint.GetArgument("issuer").Should().Be("ABC", "only the unknown one of a joint number's issuers is reported");
        joint.Path.Should().Be("regulations[0].number");
        RegulationValidator.Validate(Number("12-QĐ/XYZ")).Issues.Should().ContainSingle().Which.Path.Should().Be("number");
    }

    [Fact]
    public void DV4101_known_issuers_are_not_reported()
    {
        Issues("DV4101", Good(), Make("55/2005/TTLT-BNV-VPCP", Day(2005, 5, 5)), Make("10/2022/QH15", Day(2022, 11, 10))).Should().BeEmpty();
        RegulationValidator.Validate(Number("1656/NQ-UBTVQH15")).Issues.Should().BeEmpty();
        RegulationValidator.Validate(default(DocumentNumber)).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV4102_a_type_abbreviation_not_of_the_numbers_system_is_a_warning()
    {
        var issue = Issues("DV4102", Good(), Make("12-NĐ/TW", Day(2020, 2, 1), kind: DocumentKind.Decision)).Should().ContainSingle().Which;
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.Path.Should().Be("regulations[1].number");
        issue.GetArgument("type").Should().Be("NĐ");
        issue.GetArgument("system").Should().Be("Party");
    }

    [Fact]
    public void DV4102_types_of_the_numbers_own_system_are_not_reported() =>
        Issues("DV4102", Good(), Make("04/2015/NĐ-CP", Day(2015, 1, 14)), Make("1027/CTK-CSCL", Day(2025, 5, 1)), Make("10/2022/QH15", Day(2022, 11, 10)))
            .Should().BeEmpty();

    [Fact]
    public void DV4103_a_kind_the_system_does_not_have_is_an_error_on_kind()
    {
        var issue = Issues("DV4103", Good(), Make("12-QĐ/TW", Day(2020, 3, 1), kind: DocumentKind.Decree)).Should().ContainSingle().Which;
        issue.Severity.Should().Be(ValidationSeverity.Error);
        issue.Path.Should().Be("regulations[1].kind");
        issue.GetArgument("kindVietnamese").Should().Be("Nghị định");
        Issues("DV4103", Make("12/2020/QĐ-TTg", Day(2020, 3, 1), kind: DocumentKind.Conclusion)).Should().ContainSingle()
            .Which.GetArgument("system").Should().Be("State");
    }

    [Fact]
    public void DV4103_a_kind_other_than_the_abbreviations_but_valid_in_the_system_is_fine() =>
        Issues("DV4103", Make("124-QĐ/TW", Day(2023, 10, 4), kind: DocumentKind.Regulation), Make("10/2022/QH15", Day(2022, 11, 10), kind: DocumentKind.Law))
            .Should().BeEmpty();

    [Fact]
    public void DV4104_entry_into_force_before_issue_is_an_error_on_entryIntoForce()
    {
        var issue = Issues("DV4104", Good(), Make("13-QĐ/TW", Day(2020, 3, 10), entryIntoForce: Day(2020, 3, 9))).Should().ContainSingle().Which;
        issue.Path.Should().Be("regulations[1].entryIntoForce");
        issue.AttemptedValue.Should().Be("2020-03-09");
        issue.GetArgument("issueDate").Should().Be("2020-03-10");
        RegulationValidator.Validate(Make("13-QĐ/TW", Day(2020, 3, 10), entryIntoForce: Day(2020, 3, 9))).Issues
            .Should().ContainSingle().Which.Path.Should().Be("entryIntoForce");
    }

    [Fact]
    public void DV4104_entry_on_or_after_issue_is_fine() =>
        Issues("DV4104", Make("13-QĐ/TW", Day(2020, 3, 10), entryIntoForce: Day(2020, 3, 10)), Make("14-QĐ/TW", Day(2020, 3, 10), entryIntoForce: Day(2020, 3, 11)))
            .Should().BeEmpty();

    [Fact]
    public void DV4105_an_end_not_after_the_start_is_an_error_on_endOfForce()
    {
        var sameDay = Make("13-QĐ/TW", Day(2020, 3, 10), endOfForce: Day(2020, 3, 10));
        var before = Make("14-QĐ/TW", Day(2020, 3, 10), entryIntoForce: Day(2020, 4, 1), endOfForce: Day(2020, 3, 31));
        var issues = Issues("DV4105", sameDay, before);
        issues.Select(i => i.Path).Should().Equal("regulations[0].endOfForce", "regulations[1].endOfForce");
        issues[1].AttemptedValue.Should().Be("2020-03-31");
        issues[1].GetArgument("entryIntoForce").Should().Be("2020-04-01");
    }

    [Fact]
    public void DV4105_an_end_after_the_start_is_fine() =>
        Issues("DV4105", Make("13-QĐ/TW", Day(2020, 3, 10), endOfForce: Day(2020, 3, 11))).Should().BeEmpty();

    [Fact]
    public void DV4108_a_relation_to_itself_is_an_error_on_the_relation()
    {
        var self = Make("13-QĐ/TW", Day(2020, 3, 10), relations: [Relation(RelationKind.Implements, "25-NQ/TW"), Replaces("13-QĐ/TW")]);
        var issue = Issues("DV4108", Good(), self).Should().ContainSingle().Which;
        issue.Path.Should().Be("regulations[1].relations[1]");
        issue.GetArgument("relation").Should().Be("replaces");
        Issues("DV4108", Make("13-QĐ/TW", Day(2020, 3, 10), relations: Replaces("13-QĐ/TW", Day(2020, 3, 10)))).Should().ContainSingle();
        RegulationValidator.Validate(self).Issues.Should().ContainSingle(i => i.Code.ToString() == "DV4108")
            .Which.Path.Should().Be("relations[1]");
    }

    [Fact]
    public void DV4108_the_same_number_of_another_term_is_not_itself()
    {
        var older = Make("01-NQ/TW", Day(2012, 1, 16));
        var newer = Make("01-NQ/TW", Day(2017, 11, 3), relations: Replaces("01-NQ/TW", Day(2012, 1, 16)));
        var result = RegulationValidator.Validate(Catalog(older, newer));
        result.Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV4109_a_relation_to_a_document_not_in_the_catalog_is_information_on_the_relation()
    {
        var plan = Make("24-KH/BDVTU", Day(2019, 3, 1), relations: [Relation(RelationKind.Implements, "12-QĐ/TW"), Relation(RelationKind.Implements, "43-KL/TW")]);
        var issue = Issues("DV4109", Good(), plan).Should().ContainSingle().Which;
        issue.Severity.Should().Be(ValidationSeverity.Info);
        issue.Path.Should().Be("regulations[0].relations[1]", "the plan, issued in 2019, comes first");
        issue.AttemptedValue.Should().Be("43-KL/TW");
        issue.GetArgument("relation").Should().Be("implements");
        RegulationValidator.Validate(Catalog(Good(), plan)).IsValid.Should().BeTrue("information is not an error");
    }

    [Fact]
    public void DV4109_a_target_date_that_matches_no_document_leads_nowhere()
    {
        var plan = Make("24-KH/BDVTU", Day(2019, 3, 1), relations: Relation(RelationKind.Implements, "12-QĐ/TW", Day(2020, 1, 11)));
        Issues("DV4109", Good(), plan).Should().ContainSingle().Which.Path.Should().Be("regulations[0].relations[0]");
        var exact = Make("24-KH/BDVTU", Day(2021, 3, 1), relations: Relation(RelationKind.Implements, "12-QĐ/TW", Day(2020, 1, 10)));
        Issues("DV4109", Good(), exact).Should().BeEmpty();
    }

    [Fact]
    public void The_default_catalog_has_neither_errors_nor_warnings()
    {
        var result = RegulationValidator.Validate(RegulationCatalog.Default);
        result.IsValid.Should().BeTrue();
        result.Errors.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
        result.Issues.Where(i => i.Code.ToString() != "DV4109").Should().BeEmpty();
        foreach (var regulation in RegulationCatalog.Default.Regulations)
        {
            RegulationValidator.Validate(regulation).Issues.Should().BeEmpty("{0} is valid on its own", regulation);
        }
    }

    [Fact]
    public void Validate_refuses_null() =>
        FluentActions.Invoking(() => RegulationValidator.Validate((RegulationCatalog)null!)).Should().Throw<ArgumentNullException>();
}
