using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public class VietnameseNumberTest
{
    [Theory]
    [InlineData("1170000", "1.170.000")]
    [InlineData("79.63", "79,63")]
    [InlineData("-5", "-5")]
    [InlineData("0", "0")]
    [InlineData("0.000", "0")]
    [InlineData("7.300", "7,3")]
    [InlineData("100", "100")]
    [InlineData("1000", "1.000")]
    [InlineData("-1234567.891", "-1.234.567,891")]
    public void Format_writes_Vietnamese_separators(string invariant, string expected) =>
        VietnameseNumber.Format(decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [Theory]
    [InlineData("1.170.000", "1170000")]
    [InlineData("79,63", "79.63")]
    [InlineData("07", "7")]
    [InlineData(" -5 ", "-5")]
    [InlineData("\u22125", "-5")]
    public void TryParse_reads_a_bare_number(string text, string expected)
    {
        VietnameseNumber.TryParse(text, out var value).Should().BeTrue();
        value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("hơn 700")]
    [InlineData("100%")]
    [InlineData("29/29")]
    [InlineData("7.30")]
    [InlineData("1,170,000")]
    [InlineData("1 000")]
    [InlineData("７")]
    [InlineData("+5")]
    [InlineData("--5")]
    public void TryParse_rejects_anything_but_a_bare_number(string text)
    {
        VietnameseNumber.TryParse(text, out var value).Should().BeFalse();
        value.Should().Be(0m);
    }
}
