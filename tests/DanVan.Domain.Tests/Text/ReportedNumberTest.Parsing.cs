using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests.Text;

public partial class ReportedNumberTest
{
    [Theory]
    [InlineData("7.300", "7300")]
    [InlineData("1.170.000", "1170000")]
    [InlineData("79,63", "79.63")]
    [InlineData("07", "7")]
    [InlineData("0", "0")]
    [InlineData("1170000", "1170000")]
    [InlineData("  2.071 ", "2071")]
    [InlineData("\u00A0925\t", "925")]
    [InlineData("0,5", "0.5")]
    [InlineData("1,170", "1.17")]
    [InlineData("-5", "-5")]
    [InlineData("\u22125", "-5")]
    [InlineData("-1.170.000,25", "-1170000.25")]
    [InlineData("-0", "0")]
    public void Parse_reads_exact_plain_numbers(string text, string expected)
    {
        var number = ReportedNumber.Parse(text);

        number.Kind.Should().Be(ReportedNumberKind.Number);
        number.Qualifier.Should().Be(NumberQualifier.Exact);
        number.IsExact.Should().BeTrue();
        number.Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        number.Denominator.Should().BeNull();
        number.Fraction.Should().BeNull();
    }

    [Theory]
    [InlineData("hơn 700", NumberQualifier.MoreThan, "700")]
    [InlineData("hon 700", NumberQualifier.MoreThan, "700")]
    [InlineData("HƠN 700", NumberQualifier.MoreThan, "700")]
    [InlineData("ho\u031Bn 700", NumberQualifier.MoreThan, "700")]
    [InlineData("hơn700", NumberQualifier.MoreThan, "700")]
    [InlineData("trên 1.000", NumberQualifier.MoreThan, "1000")]
    [InlineData("tren 1.000", NumberQualifier.MoreThan, "1000")]
    [InlineData("dưới 50", NumberQualifier.LessThan, "50")]
    [InlineData("duoi 50", NumberQualifier.LessThan, "50")]
    [InlineData("gần 2.000", NumberQualifier.Nearly, "2000")]
    [InlineData("khoảng 300", NumberQualifier.About, "300")]
    [InlineData("khoang 300", NumberQualifier.About, "300")]
    [InlineData("chừng 300", NumberQualifier.About, "300")]
    [InlineData("khoảng chừng 300", NumberQualifier.About, "300")]
    [InlineData("Xấp xỉ 300", NumberQualifier.About, "300")]
    [InlineData("ít nhất 01", NumberQualifier.AtLeast, "1")]
    [InlineData("it  nhat 01", NumberQualifier.AtLeast, "1")]
    [InlineData("tối thiểu 3", NumberQualifier.AtLeast, "3")]
    [InlineData("tối đa 5", NumberQualifier.AtMost, "5")]
    [InlineData("toi da 5", NumberQualifier.AtMost, "5")]
    [InlineData("nhiều nhất 5", NumberQualifier.AtMost, "5")]
    [InlineData("dưới -5", NumberQualifier.LessThan, "-5")]
    public void Parse_exposes_the_qualifier(string text, NumberQualifier qualifier, string expected)
    {
        var number = ReportedNumber.Parse(text);

        number.Qualifier.Should().Be(qualifier);
        number.IsExact.Should().BeFalse();
        number.Kind.Should().Be(ReportedNumberKind.Number);
        number.Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("100%", "100")]
    [InlineData("100 %", "100")]
    [InlineData("79,63%", "79.63")]
    [InlineData("0%", "0")]
    [InlineData("150%", "150")]
    public void Parse_reads_percentages(string text, string expected)
    {
        var number = ReportedNumber.Parse(text);

        number.Kind.Should().Be(ReportedNumberKind.Percentage);
        number.Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        number.Denominator.Should().BeNull();
    }

    [Fact]
    public void Parse_reads_a_qualified_percentage()
    {
        var number = ReportedNumber.Parse("gần 100 %");

        number.Should().Be(ReportedNumber.Percentage(100m, NumberQualifier.Nearly));
    }

    [Theory]
    [InlineData("29/29", 29, 29)]
    [InlineData("176/221", 176, 221)]
    [InlineData("176 / 221", 176, 221)]
    [InlineData("2.071/1.808", 2071, 1808)]
    [InlineData("0/0", 0, 0)]
    public void Parse_reads_ratios(string text, int numerator, int denominator)
    {
        var number = ReportedNumber.Parse(text);

        number.Kind.Should().Be(ReportedNumberKind.Ratio);
        number.Value.Should().Be(numerator);
        number.Denominator.Should().Be(denominator);
    }

    [Fact]
    public void Fraction_divides_the_ratio_and_is_null_for_a_zero_denominator()
    {
        ReportedNumber.Parse("29/29").Fraction.Should().Be(1m);
        ReportedNumber.Parse("176/221").Fraction.Should().BeApproximately(0.7963m, 0.0001m);
        ReportedNumber.Parse("0/0").Fraction.Should().BeNull();
        ReportedNumber.Parse("79,63%").Fraction.Should().BeNull();
    }

    [Fact]
    public void Parse_reads_a_qualified_ratio()
    {
        ReportedNumber.Parse("hơn 20/29").Should().Be(ReportedNumber.Ratio(20m, 29m, NumberQualifier.MoreThan));
    }

    [Theory]
    [InlineData("", "DV1101")]
    [InlineData("   ", "DV1101")]
    [InlineData("\t\r\n", "DV1101")]
    [InlineData("abc", "DV1102")]
    [InlineData("%", "DV1102")]
    [InlineData("-", "DV1102")]
    [InlineData("rất nhiều 700", "DV1103")]
    [InlineData("about 700", "DV1103")]
    [InlineData("+5", "DV1103")]
    [InlineData("- 5", "DV1103")]
    [InlineData("hơn - 5", "DV1103")]
    [InlineData("hơn", "DV1104")]
    [InlineData("ít nhất", "DV1104")]
    [InlineData("  KHOANG  ", "DV1104")]
    [InlineData("7.30", "DV1105")]
    [InlineData("1.5", "DV1105")]
    [InlineData("1170.000", "DV1105")]
    [InlineData("1.1700.000", "DV1105")]
    [InlineData("1.000,5.3", "DV1108")]
    [InlineData("0.500", "DV1106")]
    [InlineData("00.500", "DV1106")]
    [InlineData("000.000", "DV1106")]
    [InlineData("1,5,3", "DV1107")]
    [InlineData("1.000,5,3", "DV1107")]
    [InlineData("1,170,000", "DV1108")]
    [InlineData("1,170.5", "DV1108")]
    [InlineData("79228162514264337593543950336", "DV1109")]
    [InlineData("9999999999999999999999999999999999999999", "DV1109")]
    [InlineData("0,00000000000000000000000000001", "DV1109")]
    [InlineData("700 abc", "DV1110")]
    [InlineData("700abc", "DV1110")]
    [InlineData("29/29%", "DV1110")]
    [InlineData("100%%", "DV1110")]
    [InlineData("5 7", "DV1110")]
    [InlineData("1/2/3", "DV1110")]
    [InlineData("-5%", "DV1111")]
    [InlineData("-5/7", "DV1111")]
    [InlineData("5/-7", "DV1111")]
    [InlineData("1,5/2", "DV1112")]
    [InlineData("3/2,5", "DV1112")]
    [InlineData(",5", "DV1113")]
    [InlineData("7,", "DV1113")]
    [InlineData("7.", "DV1113")]
    [InlineData("1..000", "DV1113")]
    [InlineData("29/", "DV1113")]
    [InlineData("/29", "DV1113")]
    [InlineData("29/%", "DV1113")]
    public void TryParse_rejects_with_the_specific_code(string text, string code)
    {
        ReportedNumber.TryParse(text, out var result, out var error).Should().BeFalse();

        error.Should().NotBeNull();
        error!.Code.ToString().Should().Be(code, "'{0}' gave: {1}", text, error.EnglishMessage);
        error.Severity.Should().Be(ValidationSeverity.Error);
        error.AttemptedValue.Should().Be(text);
        error.VietnameseMessage.Should().NotBeNullOrWhiteSpace().And.NotContain("{");
        error.EnglishMessage.Should().NotContain("{");
        result.Should().Be(default(ReportedNumber));
    }

    [Fact]
    public void The_largest_decimal_is_accepted_and_one_more_is_not()
    {
        ReportedNumber.Parse("79.228.162.514.264.337.593.543.950.335").Value.Should().Be(decimal.MaxValue);
        ReportedNumber.Parse("-79228162514264337593543950335").Value.Should().Be(decimal.MinValue);
        ReportedNumber.Parse("0,0000000000000000000000000001").Value.Should().Be(0.0000000000000000000000000001m);
        ReportedNumber.Parse("0,00000000000000000000000000010000").Value.Should().Be(0.0000000000000000000000000001m);
        ReportedNumber.TryParse("79.228.162.514.264.337.593.543.950.336", out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().Be("DV1109");
    }

    [Fact]
    public void Leading_zeros_do_not_count_as_digits()
    {
        var text = new string('0', 10_000) + "7";

        ReportedNumber.Parse(text).Value.Should().Be(7m);
    }

    [Fact]
    public void The_thousands_group_message_explains_the_Vietnamese_convention()
    {
        ReportedNumber.TryParse("7.30", out _, out var error).Should().BeFalse();

        error!.GetArgument("group").Should().Be("30");
        error.GetArgument("text").Should().Be("7.30");
        error.EnglishMessage.Should().Contain("'.' separates thousands").And.Contain("',' is the decimal comma");
        error.VietnameseMessage.Should().Contain("dấu '.' ngăn cách hàng nghìn").And.Contain("dấu ',' là dấu thập phân");
    }

    [Fact]
    public void The_unknown_qualifier_is_named_in_the_issue()
    {
        ReportedNumber.TryParse("rất nhiều 700", out _, out var error).Should().BeFalse();

        error!.GetArgument("qualifier").Should().Be("rất nhiều");
        error.VietnameseMessage.Should().StartWith("'rất nhiều' đứng trước số");
    }

    [Fact]
    public void TryParse_of_null_is_false_with_DV1101()
    {
        ReportedNumber.TryParse(null, out _).Should().BeFalse();
        ReportedNumber.TryParse(null, out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().Be("DV1101");
        error.AttemptedValue.Should().BeNull();
        ReportedNumber.TryParse((string?)null, null, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_throws_a_DanVanFormatException_with_both_messages()
    {
        var act = () => ReportedNumber.Parse("1,170,000");

        var exception = act.Should().Throw<DanVanFormatException>().Which;
        exception.Should().BeAssignableTo<FormatException>();
        exception.Issue.Code.ToString().Should().Be("DV1108");
        exception.Message.Should().Be(exception.Issue.EnglishMessage);
        exception.VietnameseMessage.Should().Contain("tiếng Anh");
    }

    [Fact]
    public void Parse_of_null_throws_ArgumentNullException()
    {
        var act = () => ReportedNumber.Parse(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_interface_overloads_agree_with_the_plain_ones()
    {
        var provider = OddCulture();

        ReportedNumber.Parse("hơn 1.170.000", provider).Should().Be(ReportedNumber.Of(1170000m, NumberQualifier.MoreThan));
        ReportedNumber.Parse("hơn 1.170.000".AsSpan(), provider).Should().Be(ReportedNumber.Of(1170000m, NumberQualifier.MoreThan));
        ReportedNumber.TryParse("79,63%", provider, out var percent).Should().BeTrue();
        percent.Should().Be(ReportedNumber.Percentage(79.63m));
        ReportedNumber.TryParse("29/29".AsSpan(), provider, out var ratio).Should().BeTrue();
        ratio.Should().Be(ReportedNumber.Ratio(29m, 29m));
        ReportedNumber.TryParse("7.30".AsSpan(), provider, out _).Should().BeFalse();
        var act = () => ReportedNumber.Parse("7.30".AsSpan(), provider);
        act.Should().Throw<DanVanFormatException>();
    }

    [Fact]
    public void Generic_parsing_through_ISpanParsable_works()
    {
        static T ParseVia<T>(string text)
            where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);

        ParseVia<ReportedNumber>("khoảng 300").Should().Be(ReportedNumber.Of(300m, NumberQualifier.About));
    }

    [Fact]
    public void The_attempted_value_of_huge_input_is_cut()
    {
        var text = "700 " + new string('x', 10_000);

        ReportedNumber.TryParse(text, out _, out var error).Should().BeFalse();

        error!.Code.ToString().Should().Be("DV1110");
        error.AttemptedValue!.Length.Should().BeLessThan(200);
        error.EnglishMessage.Length.Should().BeLessThan(600);
    }
}
