using DanVan.Domain.Regulations;

namespace DanVan.Domain.Tests.Regulations;

public partial class DocumentNumberTest
{
    // What clerks and older web pages type, each with the canonical form lenient parsing must give, and which strict
    // parsing must refuse.
    [Theory]
    [InlineData("290-QD/TW", "290-QĐ/TW")] // ASCII D for Đ
    [InlineData("13-CT/DU", "13-CT/ĐU")]
    [InlineData("04/2015/ND-CP", "04/2015/NĐ-CP")]
    [InlineData("11-QDI/TW", "11-QĐi/TW")]
    [InlineData("12/QYD-UBND", "12/QyĐ-UBND")]
    [InlineData("290-qđ/tw", "290-QĐ/TW")] // lower case
    [InlineData("11-qđi/tw", "11-QĐi/TW")]
    [InlineData("19/2025/qd-ttg", "19/2025/QĐ-TTg")]
    [InlineData("34/2007/pl-ubtvqh11", "34/2007/PL-UBTVQH11")]
    [InlineData("10/2022/qh15", "10/2022/QH15")]
    [InlineData("70/kh-ubnd", "70/KH-UBND")]
    [InlineData("290 - QĐ / TW", "290-QĐ/TW")] // spaces around separators
    [InlineData("04 / 2015 / NĐ - CP", "04/2015/NĐ-CP")]
    [InlineData("  290-QĐ/TW \t", "290-QĐ/TW")]
    [InlineData("Số 290-QĐ/TW", "290-QĐ/TW")] // prefixes
    [InlineData("số: 290-QĐ/TW", "290-QĐ/TW")]
    [InlineData("Số:290-QĐ/TW", "290-QĐ/TW")]
    [InlineData("SỐ 04/2015/NĐ-CP", "04/2015/NĐ-CP")]
    [InlineData("Quyết định số 290-QĐ/TW", "290-QĐ/TW")]
    [InlineData("quyet dinh so 290-qd/tw", "290-QĐ/TW")]
    [InlineData("Nghị quyết 25-NQ/TW", "25-NQ/TW")]
    [InlineData("Nghị định số 04/2015/NĐ-CP", "04/2015/NĐ-CP")]
    [InlineData("Luật số 10/2022/QH15", "10/2022/QH15")]
    [InlineData("Chương trình hành động số 13-CT/ĐU", "13-CT/ĐU")]
    [InlineData("NĐ 30/2020/NĐ-CP", "30/2020/NĐ-CP")]
    [InlineData("QĐ 290-QĐ/TW", "290-QĐ/TW")]
    [InlineData("290-QĐ/TW.", "290-QĐ/TW")] // trailing punctuation and wrapping
    [InlineData("290-QĐ/TW;", "290-QĐ/TW")]
    [InlineData("290-QĐ/TW),", "290-QĐ/TW")]
    [InlineData("(290-QĐ/TW)", "290-QĐ/TW")]
    [InlineData("“290-QĐ/TW”", "290-QĐ/TW")]
    [InlineData("290–QĐ/TW", "290-QĐ/TW")] // en dash
    [InlineData("290—QĐ/TW", "290-QĐ/TW")] // em dash
    [InlineData("290‐QĐ/TW", "290-QĐ/TW")] // hyphen U+2010
    [InlineData("290−QĐ/TW", "290-QĐ/TW")] // minus sign
    [InlineData("04/2015/NĐ–CP", "04/2015/NĐ-CP")]
    [InlineData("290－QĐ／TW", "290-QĐ/TW")] // full-width dash and slash
    [InlineData("２９０-ＱĐ/ＴＷ", "290-QĐ/TW")] // full-width digits and letters
    [InlineData("290-QÐ/TW", "290-QĐ/TW")] // Icelandic eth (U+00D0), common on old pages
    [InlineData("290-QĐ/TƯ", "290-QĐ/TW")] // TƯ, the other spelling of Trung ương
    [InlineData("4/2015/NĐ-CP", "04/2015/NĐ-CP")] // numbers below 10 take a leading zero
    [InlineData("004/2015/NĐ-CP", "04/2015/NĐ-CP")]
    [InlineData("0290-QĐ/TW", "290-QĐ/TW")]
    [InlineData("34/2007/PL-UBTVQH011", "34/2007/PL-UBTVQH11")]
    [InlineData("290-QĐ/\u200BTW", "290-QĐ/TW")] // zero-width space from a scraped page
    [InlineData("290-QĐ/TW\u00A0", "290-QĐ/TW")]
    public void Lenient_inputs_give_the_canonical_form_and_strict_refuses_them(string input, string canonical)
    {
        DocumentNumber.Parse(input).ToString().Should().Be(canonical);
        DocumentNumber.Parse(input).Should().Be(DocumentNumber.Parse(canonical, DocumentNumberParseMode.Strict));
        DocumentNumber.TryParse(input, DocumentNumberParseMode.Strict, out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().StartWith("DV40");
    }

    [Theory]
    [InlineData("290-QD/TW", "290-QĐ/TW")]
    [InlineData("4/2015/NĐ-CP", "04/2015/NĐ-CP")]
    [InlineData("290-qđ/tw", "290-QĐ/TW")]
    [InlineData("290-QĐ/TƯ", "290-QĐ/TW")]
    [InlineData("34/2007/PL-UBTVQH011", "34/2007/PL-UBTVQH11")]
    public void Strict_parsing_names_the_official_form(string input, string canonical)
    {
        DocumentNumber.TryParse(input, DocumentNumberParseMode.Strict, out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().Be("DV4009");
        error.Arguments.Should().Contain(a => a.Name == "canonical" && a.Value == canonical);
        error.VietnameseMessage.Should().Contain(canonical);
    }

    [Fact]
    public void Unknown_abbreviations_are_upper_cased_when_lenient_and_kept_as_written_when_strict()
    {
        DocumentNumber.Parse("12-qđ/xyz").ToString().Should().Be("12-QĐ/XYZ");
        DocumentNumber.Parse("12-QĐ/Xyz", DocumentNumberParseMode.Strict).ToString().Should().Be("12-QĐ/Xyz");
    }

    [Fact]
    public void Parsing_the_canonical_form_again_gives_the_same_number()
    {
        foreach (var input in new[] { "290 - qd / tw", "Số: 4/2015/nd-cp.", "55/2005/ttlt-bnv-vpcp", "1027/ctk-cscl", "10/2022/qh15" })
        {
            var once = DocumentNumber.Parse(input);
            var twice = DocumentNumber.Parse(once.ToString(), DocumentNumberParseMode.Strict);
            twice.Should().Be(once);
            twice.ToString().Should().Be(once.ToString());
        }
    }
}
