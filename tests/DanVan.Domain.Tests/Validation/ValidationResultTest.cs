using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests.Validation;

public class ValidationResultTest
{
    private static readonly ValidationIssue Error = TextIssues.Required.Create("title", null);
    private static readonly ValidationIssue Warning = TextIssues.UntidyWhiteSpace.Create("title", " x ");
    private static readonly ValidationIssue Info = TextIssues.Required.Create(ValidationSeverity.Info, "note", null);

    [Fact]
    public void Valid_means_no_errors()
    {
        ValidationResult.Success.IsValid.Should().BeTrue();
        ValidationResult.From(Warning, Info).IsValid.Should().BeTrue();
        ValidationResult.From(Warning, Error).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Filters_by_severity()
    {
        var result = ValidationResult.From(Error, Warning, Info);
        result.Errors.Should().Equal(Error);
        result.Warnings.Should().Equal(Warning);
        result.OfSeverity(ValidationSeverity.Info).Issues.Should().Equal(Info);
        result.AtLeast(ValidationSeverity.Warning).Issues.Should().Equal(Error, Warning);
    }

    [Fact]
    public void Merging_keeps_order_and_results_compare_by_value()
    {
        var merged = ValidationResult.From(Error).Merge(ValidationResult.From(Warning));
        merged.Issues.Should().Equal(Error, Warning);
        merged.Should().Be(ValidationResult.From(Error, Warning));
        merged.Should().NotBe(ValidationResult.From(Warning, Error));
        (ValidationResult.From(Error) + ValidationResult.Success).Should().Be(ValidationResult.From(Error));
        ValidationResult.Merge(ValidationResult.From(Error), ValidationResult.From(Info)).Issues.Should().HaveCount(2);
        ValidationResult.From(Error).GetHashCode().Should().Be(ValidationResult.From(Error).GetHashCode());
    }

    [Fact]
    public void Path_prefix_places_a_part_inside_the_whole()
    {
        var result = ValidationResult.From(Error).WithPathPrefix("activities[2]");
        result.Issues.Single().Path.Should().Be("activities[2].title");
    }

    [Fact]
    public void Problem_details_groups_messages_by_path_in_the_chosen_language()
    {
        var second = TextIssues.TooLong.Create("title", "x", new IssueArgument("length", "9"), new IssueArgument("maximum", "5"));
        var errors = ValidationResult.From(Error, second, Warning, Info).ToProblemDetailsErrors(MessageLanguage.Vietnamese);
        errors.Keys.Should().Equal("title");
        errors["title"].Should().Equal("DV1001: Bắt buộc phải có giá trị.", "DV1005: Văn bản dài 9 ký tự; tối đa cho phép là 5.");

        var withWarnings = ValidationResult.From(Error, Warning).ToProblemDetailsErrors(MessageLanguage.English, ValidationSeverity.Warning);
        withWarnings["title"].Should().HaveCount(2);
    }

    [Fact]
    public void Null_issues_are_rejected()
    {
        var act = () => new ValidationResult(new[] { Error, null! }.AsEnumerable());
        act.Should().Throw<ArgumentException>();
        new ValidationResult((IEnumerable<ValidationIssue>?)null).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Issues_cannot_be_changed_through_the_list()
    {
        var result = ValidationResult.From(Error);
        result.Issues.Should().NotBeAssignableTo<IList<ValidationIssue>>();
    }
}
