using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public class VietnameseFoldingTest
{
    [Theory]
    [InlineData("Xã Quang Sơn", "xa quang son")]
    [InlineData("  Huyện   Thường\tTín ", "huyen thuong tin")]
    [InlineData("ĐẮK LẮK", "dak lak")]
    [InlineData("Ea H’Leo", "ea h'leo")]
    [InlineData("Ea H'Leo", "ea h'leo")]
    [InlineData("Thu\u0323y", "thuy")]
    [InlineData("Tha\u0300nh pho\u0302\u0301 Ho\u0302\u0300 Chi\u0301 Minh", "thanh pho ho chi minh")]
    [InlineData("ＴＰ．ＨＣＭ", "tp.hcm")]
    [InlineData("Hà\u00A0Nội\u200B", "ha noi")]
    [InlineData("Bà Rịa–Vũng Tàu", "ba ria-vung tau")]
    [InlineData("", "")]
    [InlineData(" \t\r\n ", "")]
    public void Fold_gives_the_accent_insensitive_key(string text, string expected) =>
        VietnameseFolding.Fold(text).Should().Be(expected);
}
