using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests.Text;

public class ParseResultTest
{
    [Fact]
    public void Success_carries_the_value()
    {
        var result = ParseResult.Ok(42);
        result.Success.Should().BeTrue();
        result.Value.Should().Be(42);
        result.Error.Should().BeNull();
        result.TryGetValue(out var value).Should().BeTrue();
        value.Should().Be(42);
    }

    [Fact]
    public void Failure_throws_a_format_exception_carrying_the_issue_only_when_the_value_is_asked_for()
    {
        var issue = TextIssues.Required.Create(string.Empty, null);
        var result = ParseResult.Fail<int>(issue);
        result.Success.Should().BeFalse();
        result.Error.Should().Be(issue);
        result.GetValueOrDefault(7).Should().Be(7);
        result.TryGetValue(out _).Should().BeFalse();
        var act = () => result.GetValueOrThrow();
        var thrown = act.Should().Throw<DanVanFormatException>().Which;
        thrown.Should().BeAssignableTo<FormatException>();
        thrown.Issue.Should().Be(issue);
        thrown.Message.Should().Be("A value is required.");
        thrown.VietnameseMessage.Should().Be("Bắt buộc phải có giá trị.");
    }

    [Fact]
    public void Default_is_a_failure_with_a_generic_reason()
    {
        default(ParseResult<int>).Success.Should().BeFalse();
        default(ParseResult<int>).Error!.Code.Should().Be(IssueCode.Parse("DV1000"));
    }

    [Fact]
    public void Exception_made_from_a_message_gets_the_generic_code()
    {
        var exception = new DanVanFormatException("bad");
        exception.Issue.Code.ToString().Should().Be("DV1000");
        exception.Issue.GetArgument("reason").Should().Be("bad");
    }
}

public class ParseResultTryGetValueTest
{
    [Fact]
    public void Try_get_value_with_error_gives_the_value_or_the_reason()
    {
        ParseResult.Ok("x").TryGetValue(out var value, out var none).Should().BeTrue();
        value.Should().Be("x");
        none.Should().BeNull();
        var issue = TextIssues.Required.Create(string.Empty, null);
        ParseResult.Fail<string>(issue).TryGetValue(out _, out var error).Should().BeFalse();
        error.Should().Be(issue);
    }
}
