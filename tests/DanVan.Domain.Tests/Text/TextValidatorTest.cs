using DanVan.Domain.Tests.Fuzz;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public class TextValidatorTest
{
    private static readonly TextValidator Validator = new(maximumLength: 40);

    private static string[] Codes(string? text, TextValidator? validator = null) =>
        (validator ?? Validator).Validate(text, "name").Issues.Select(issue => issue.Code.ToString()).ToArray();

    [Fact]
    public void Clean_normalised_text_has_no_issues() =>
        Validator.Validate("Ban Dân vận Huyện ủy Thường Tín", "name").Issues.Should().BeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t")]
    public void Blank_text_is_required(string? text)
    {
        Codes(text).Should().Equal("DV1001");
        Codes(text, new TextValidator(required: false)).Should().BeEmpty();
    }

    [Fact]
    public void Each_problem_has_its_code_and_path()
    {
        Codes("Hà\u200BNội").Should().Equal("DV1002");
        Codes("Hà\u0007Nội").Should().Equal("DV1002");
        Codes("a\uD800").Should().Equal("DV1002");
        Codes(" Hà Nội").Should().Equal("DV1004");
        Codes("Hà  Nội").Should().Equal("DV1004");
        Codes("Hà\nNội").Should().Equal("DV1002", "DV1004");
        Codes("Thuỵ Hoà").Should().Equal("DV1003");
        Codes(new string('a', 41)).Should().Equal("DV1005");
        var issue = Validator.Validate("Thuỵ Hoà", "units[0].name").Issues.Single();
        issue.Path.Should().Be("units[0].name");
        issue.Severity.Should().Be(DanVan.Domain.Validation.ValidationSeverity.Warning);
        issue.GetArgument("normalized").Should().Be("Thụy Hòa");
    }

    [Fact]
    public void Invisible_character_issue_says_which_and_where()
    {
        var issue = Validator.Validate("Hà\u200BNội", "name").Issues.Single();
        issue.EnglishMessage.Should().Be("The text contains an invisible or control character (U+200B) at position 2.");
    }

    [Theory]
    [InlineData("  Ủy ban\u200B MTTQ\t\tViệt Nam \n", "Ủy ban MTTQ Việt Nam")]
    [InlineData("Thuỵ Hoà", "Thụy Hòa")]
    [InlineData("🇻🇳 Việt Nam", "🇻🇳 Việt Nam")]
    [InlineData(null, "")]
    public void Clean_gives_what_to_store(string? text, string expected) => TextValidator.Clean(text).Should().Be(expected);

    [Fact]
    public void Clean_drops_lone_surrogates()
    {
        // Not an InlineData: xUnit serialises theory data and mangles lone surrogates into U+FFFD.
        TextValidator.Clean("a\uD800b").Should().Be("ab");
    }

    [Fact]
    public void Cleaned_hostile_text_passes_validation_and_nothing_throws()
    {
        var lenient = new TextValidator(maximumLength: 200_000, required: false);
        foreach (var text in HostileStrings.Generate(3_000))
        {
            lenient.Validate(text, "x");
            lenient.Validate(TextValidator.Clean(text), "x").Issues.Should().BeEmpty($"cleaned from {text.Length} characters");
        }
    }
}
