using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests.Validation;

public class ValidationIssueTest
{
    private static ValidationIssue TooLong(string path = "activities[2].title") =>
        TextIssues.TooLong.Create(path, "xxxx", new IssueArgument("length", "4"), new IssueArgument("maximum", "3"));

    [Fact]
    public void Descriptor_fills_both_messages_and_keeps_the_arguments()
    {
        var issue = TooLong();
        issue.Code.Should().Be(IssueCode.Parse("DV1005"));
        issue.Severity.Should().Be(ValidationSeverity.Error);
        issue.Path.Should().Be("activities[2].title");
        issue.AttemptedValue.Should().Be("xxxx");
        issue.EnglishMessage.Should().Be("The text has 4 characters; at most 3 are allowed.");
        issue.VietnameseMessage.Should().Be("Văn bản dài 4 ký tự; tối đa cho phép là 3.");
        issue.GetMessage(MessageLanguage.Vietnamese).Should().Be(issue.VietnameseMessage);
        issue.GetArgument("maximum").Should().Be("3");
        issue.GetArgument("missing").Should().BeNull();
        issue.IsError.Should().BeTrue();
    }

    [Fact]
    public void Issues_with_the_same_content_are_equal_including_their_arguments()
    {
        TooLong().Should().Be(TooLong());
        TooLong().GetHashCode().Should().Be(TooLong().GetHashCode());
        TooLong().Should().NotBe(TooLong("other"));
        var otherArgument = TextIssues.TooLong.Create("activities[2].title", "xxxx", new IssueArgument("length", "4"), new IssueArgument("maximum", "2"));
        TooLong().Should().NotBe(otherArgument);
    }

    [Fact]
    public void Paths_combine_with_dots_and_brackets()
    {
        TextIssues.Required.Create("date", null).WithPathPrefix("activities[2]").Path.Should().Be("activities[2].date");
        TextIssues.Required.Create("[0]", null).WithPathPrefix("activities").Path.Should().Be("activities[0]");
        TextIssues.Required.Create(string.Empty, null).WithPathPrefix("title").Path.Should().Be("title");
        IssuePath.Property(IssuePath.Index("activities", 2), "period").Should().Be("activities[2].period");
        IssuePath.Combine(string.Empty, "x").Should().Be("x");
    }

    [Fact]
    public void Severity_can_be_overridden()
    {
        var warning = TooLong().WithSeverity(ValidationSeverity.Warning);
        warning.Severity.Should().Be(ValidationSeverity.Warning);
        warning.IsError.Should().BeFalse();
        TextIssues.TooLong.Create(ValidationSeverity.Info, "x", null).Severity.Should().Be(ValidationSeverity.Info);
    }

    [Fact]
    public void Templates_leave_unknown_placeholders_and_unbalanced_braces_alone()
    {
        IReadOnlyList<IssueArgument> args = [new("a", "1")];
        IssueDescriptor.Format("{a} {b} {a", args).Should().Be("1 {b} {a");
        IssueDescriptor.Format("no placeholders", args).Should().Be("no placeholders");
    }

    [Fact]
    public void To_string_names_code_severity_path_and_message()
    {
        TooLong().ToString().Should().Be("DV1005 error at activities[2].title: The text has 4 characters; at most 3 are allowed.");
    }

    [Theory]
    [InlineData("DV1203", 1203, 1)]
    [InlineData("DV6000", 6000, 6)]
    public void Codes_parse_and_print(string text, int number, int area)
    {
        var code = IssueCode.Parse(text);
        code.Number.Should().Be(number);
        code.Area.Should().Be(area);
        code.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("DV123")]
    [InlineData("dv1203")]
    [InlineData("DV0999")]
    [InlineData("DV12034")]
    [InlineData(" DV1203")]
    [InlineData("DV12a3")]
    [InlineData("DV１２０３")]
    public void Bad_codes_are_rejected(string text)
    {
        IssueCode.TryParse(text, out _).Should().BeFalse();
        var act = () => IssueCode.Parse(text);
        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void Codes_compare_by_number()
    {
        (IssueCode.Parse("DV1001") < IssueCode.Parse("DV2001")).Should().BeTrue();
        IssueCode.Parse("DV1001").Should().Be(new IssueCode(1001));
        default(IssueCode).ToString().Should().Be("DV0000");
        var act = () => new IssueCode(999);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
