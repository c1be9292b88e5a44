using DanVan.Domain.Regulations;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests.Regulations;

public partial class DocumentNumberTest
{
    [Theory]
    [InlineData("", "DV4001")]
    [InlineData("   ", "DV4001")]
    [InlineData("QĐ/TW", "DV4002")]
    [InlineData("Quyết định", "DV4002")]
    [InlineData("0-QĐ/TW", "DV4003")]
    [InlineData("00/2015/NĐ-CP", "DV4003")]
    [InlineData("1234567-QĐ/TW", "DV4003")]
    [InlineData("290", "DV4004")]
    [InlineData("Số 290", "DV4004")]
    [InlineData("04/2015", "DV4004")]
    [InlineData("290-QĐ-TW", "DV4005")] // Party 290-QĐ/TW or State 290/QĐ-TW?
    [InlineData("290/QĐ/TW", "DV4005")]
    [InlineData("290-QĐ/TW ngày 25/2/2010", "DV4006")]
    [InlineData("290 QĐ/TW", "DV4006")]
    [InlineData("290-QĐ/TW/BCT", "DV4006")]
    [InlineData("290_QĐ/TW", "DV4006")]
    [InlineData("290-QĐ/TỨ", "DV4006")]
    [InlineData("04/15/NĐ-CP", "DV4007")]
    [InlineData("04/20150/NĐ-CP", "DV4007")]
    [InlineData("04/0215/NĐ-CP", "DV4007")]
    [InlineData("12/hd-UBND", "DV4008")] // hướng dẫn (HD) or hợp đồng (HĐ)?
    [InlineData("12/da-UBND", "DV4008")] // dự án (DA) or đề án (ĐA)?
    [InlineData("Xin chào 290-QĐ/TW", "DV4010")]
    [InlineData("Điều 5 290-QĐ/TW", "DV4010")]
    [InlineData("290-/TW", "DV4011")]
    [InlineData("04/2015/CP", "DV4011")]
    [InlineData("290-QĐ", "DV4012")]
    [InlineData("290-QĐ/", "DV4012")]
    [InlineData("04/2015/NĐ", "DV4012")]
    [InlineData("04/2015/NĐ-", "DV4012")]
    [InlineData("10/2022/QH", "DV4013")]
    [InlineData("1656/NQ-UBTVQH", "DV4013")]
    [InlineData("04/2015/NĐ-CP15", "DV4014")]
    [InlineData("10/2022/QH150", "DV4014")]
    [InlineData("10/2022/QH0", "DV4014")]
    [InlineData("290-QĐ1/TW", "DV4014")]
    [InlineData("04/2015/NĐ1-CP", "DV4014")] // the digits of a type were silently dropped (04/2015/NĐ-CP)
    [InlineData("12/QyĐ1-UBND", "DV4014")] // ... and an unknown-looking type upper-cased (12/QYĐ-UBND), which strict parsing refused
    public void Bad_input_is_an_error_with_its_reason(string input, string code)
    {
        DocumentNumber.TryParse(input, out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().Be(code);
        error.AttemptedValue.Should().Be(input);
        error.EnglishMessage.Should().NotBeNullOrWhiteSpace();
        error.VietnameseMessage.Should().NotBeNullOrWhiteSpace();
        FluentActions.Invoking(() => DocumentNumber.Parse(input)).Should().Throw<DanVanFormatException>()
            .Which.Issue.Code.ToString().Should().Be(code);
    }

    [Fact]
    public void An_ambiguous_separator_names_both_readings()
    {
        DocumentNumber.TryParse("290-QĐ-TW", out _, out var error).Should().BeFalse();
        error!.Arguments.Should().Contain(new IssueArgument("party", "290-QĐ/TW"));
        error.Arguments.Should().Contain(new IssueArgument("state", "290/QĐ-TW"));
        DocumentNumber.TryParse("290/QĐ/TW", out _, out error).Should().BeFalse();
        error!.Arguments.Should().Contain(new IssueArgument("party", "290-QĐ/TW"));
    }

    [Fact]
    public void An_ambiguous_abbreviation_names_the_candidates()
    {
        DocumentNumber.TryParse("12/hd-UBND", out _, out var error).Should().BeFalse();
        error!.EnglishMessage.Should().Contain("HD").And.Contain("HĐ");
        DocumentNumber.Parse("12/HD-UBND").Type!.Kind.Should().Be(DocumentKind.Guidance); // the exact letters are never ambiguous
        DocumentNumber.Parse("12/HĐ-UBND").Type!.Kind.Should().Be(DocumentKind.Contract);
        DocumentNumber.Parse("12-hd/TW").Type!.Kind.Should().Be(DocumentKind.Guidance); // the Party has no HĐ
    }

    [Fact]
    public void Null_is_refused_by_TryParse_and_Parse_throws_ArgumentNullException()
    {
        DocumentNumber.TryParse(null, out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().Be("DV4001");
        FluentActions.Invoking(() => DocumentNumber.Parse(null!)).Should().Throw<ArgumentNullException>();
    }
}
