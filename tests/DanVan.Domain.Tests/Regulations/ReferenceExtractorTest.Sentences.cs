namespace DanVan.Domain.Tests.Regulations;

// Sentences in the style of Vietnamese reports, written for these tests: positives with each type word and form,
// and negatives where a type word is a verb or a number counts something.
public partial class ReferenceExtractorTest
{
    [Fact]
    public void Decision_with_long_date() => ShouldFindExactly(
        "Thực hiện Quyết định số 2034-QĐ/TU ngày 11 tháng 6 năm 2010 của Thành ủy Hà Nội, các huyện đã ban hành quy chế.",
        new Expected("Quyết định số 2034-QĐ/TU ngày 11 tháng 6 năm 2010 của Thành ủy Hà Nội", "Quyết định", 2034, "2034-QĐ/TU", "2010-06-11", "Thành ủy Hà Nội", "2034-QĐ/TU"));

    [Fact]
    public void Resolution_with_date_and_central_committee() => ShouldFindExactly(
        "Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI đã đi vào cuộc sống.",
        new Expected("Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng", "Nghị quyết", 25, "25-NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "25-NQ/TW"));

    [Fact]
    public void Bare_resolution_number() => ShouldFindExactly(
        "Các cấp ủy tiếp tục quán triệt Nghị quyết 25 trong toàn Đảng bộ.",
        new Expected("Nghị quyết 25", "Nghị quyết", 25));

    [Fact]
    public void Bare_regulation_with_so_resolves_through_the_issuer() => ShouldFindExactly(
        "Người đứng đầu cấp ủy thực hiện nghiêm Quy định số 11 của Bộ Chính trị về tiếp dân.",
        new Expected("Quy định số 11 của Bộ Chính trị", "Quy định", 11, Issuer: "Bộ Chính trị", Resolved: "11-QĐi/TW"));

    [Fact]
    public void Regulation_with_its_symbol() => ShouldFindExactly(
        "Theo Quy định 11-QĐi/TW, người đứng đầu cấp ủy cấp xã tiếp dân ít nhất hai ngày trong một tháng.",
        new Expected("Quy định 11-QĐi/TW", "Quy định", 11, "11-QĐi/TW", Resolved: "11-QĐi/TW"));

    [Fact]
    public void Conclusion_amending_a_regulation() => ShouldFindExactly(
        "Kết luận số 215-KL/TW ngày 23/11/2025 của Bộ Chính trị sửa đổi Quy định số 11-QĐi/TW.",
        new Expected("Kết luận số 215-KL/TW ngày 23/11/2025 của Bộ Chính trị", "Kết luận", 215, "215-KL/TW", "2025-11-23", "Bộ Chính trị", "215-KL/TW"),
        new Expected("Quy định số 11-QĐi/TW", "Quy định", 11, "11-QĐi/TW", Resolved: "11-QĐi/TW"));

    [Fact]
    public void Directive_of_the_Prime_Minister() => ShouldFindExactly(
        "Triển khai Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận chính quyền.",
        new Expected("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ", "Chỉ thị", 33, "33/CT-TTg", "2021-11-26", "Thủ tướng Chính phủ", "33/CT-TTg"));

    [Fact]
    public void Law_named_before_its_number() => ShouldFindExactly(
        "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 có hiệu lực từ ngày 01/7/2023.",
        new Expected("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15", "Luật", 10, "10/2022/QH15", Resolved: "10/2022/QH15"));

    [Fact]
    public void Decree_with_symbol_and_issuer() => ShouldFindExactly(
        "Nghị định số 59/2023/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật.",
        new Expected("Nghị định số 59/2023/NĐ-CP của Chính phủ", "Nghị định", 59, "59/2023/NĐ-CP", Issuer: "Chính phủ", Resolved: "59/2023/NĐ-CP"));

    [Fact]
    public void Ordinance_by_number_and_year() => ShouldFindExactly(
        "Pháp lệnh số 34/2007/PL-UBTVQH11 đã hết hiệu lực.",
        new Expected("Pháp lệnh số 34/2007/PL-UBTVQH11", "Pháp lệnh", 34, "34/2007/PL-UBTVQH11", Resolved: "34/2007/PL-UBTVQH11"));

    [Fact]
    public void Plan_of_a_peoples_committee() => ShouldFindExactly(
        "UBND huyện ban hành Kế hoạch số 70/KH-UBND ngày 15/3/2021 của UBND huyện Lập Thạch về dân vận chính quyền.",
        new Expected("Kế hoạch số 70/KH-UBND ngày 15/3/2021 của UBND huyện Lập Thạch", "Kế hoạch", 70, "70/KH-UBND", "2021-03-15", "UBND huyện Lập Thạch"));

    [Fact]
    public void Guidance_of_the_central_office() => ShouldFindExactly(
        "Văn bản trình bày theo Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng.",
        new Expected("Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng", "Hướng dẫn", 36, "36-HD/VPTW", "2018-04-03", "Văn phòng Trung ương Đảng", "36-HD/VPTW"));

    [Fact]
    public void Official_letter() => ShouldFindExactly(
        "Mã số xã theo Công văn số 1027/CTK-CSCL ngày 25/6/2025 của Cục Thống kê.",
        new Expected("Công văn số 1027/CTK-CSCL ngày 25/6/2025 của Cục Thống kê", "Công văn", 1027, "1027/CTK-CSCL", "2025-06-25", "Cục Thống kê", "1027/CTK-CSCL"));

    [Fact]
    public void Action_programme_with_colon() => ShouldFindExactly(
        "Thực hiện Chương trình hành động số: 20 của Huyện ủy, xã đã xây dựng kế hoạch.",
        new Expected("Chương trình hành động số: 20 của Huyện ủy", "Chương trình hành động", 20, Issuer: "Huyện ủy"));

    [Fact]
    public void Cooperation_programme_keeps_its_qualifier_in_the_type_word() => ShouldFindExactly(
        "Ký kết Chương trình phối hợp số 05 giữa Ban Dân vận và UBND huyện.",
        new Expected("Chương trình phối hợp số 05", "Chương trình phối hợp", 5));

    [Fact]
    public void Decision_of_a_district_committee_glued_by_scraping() => ShouldFindExactly(
        "Đảng ủy lãnh đạo thực hiện Quyết định 106 của Huyện ủy.Tiếp đó, theoQuyết định số 2242-QĐ/TU, các xã đối thoại.",
        new Expected("Quyết định 106 của Huyện ủy", "Quyết định", 106, Issuer: "Huyện ủy"),
        new Expected("Quyết định số 2242-QĐ/TU", "Quyết định", 2242, "2242-QĐ/TU"));

    [Fact]
    public void Two_decisions_in_a_list_share_type_and_issuer() => ShouldFindExactly(
        "Thực hiện Quyết định 217 và 218 của Bộ Chính trị.",
        new Expected("Quyết định 217", "Quyết định", 217, Issuer: "Bộ Chính trị", Resolved: "217-QĐ/TW"),
        new Expected("218 của Bộ Chính trị", "Quyết định", 218, Issuer: "Bộ Chính trị", Resolved: "218-QĐ/TW"));

    [Fact]
    public void Party_committee_of_a_named_province() => ShouldFindExactly(
        "Chỉ thị số 16-CT/TU của Tỉnh ủy Bến Tre về phong trào Đồng khởi mới.",
        new Expected("Chỉ thị số 16-CT/TU của Tỉnh ủy Bến Tre", "Chỉ thị", 16, "16-CT/TU", Issuer: "Tỉnh ủy Bến Tre"));

    [Fact]
    public void Ascii_text_from_an_old_page() => ShouldFindExactly(
        "Thuc hien Quyet dinh so 290-QD/TW ngay 25/2/2010 cua Bo Chinh tri.",
        new Expected("Quyet dinh so 290-QD/TW ngay 25/2/2010 cua Bo Chinh tri", "Quyet dinh", 290, "290-QD/TW", "2010-02-25", "Bo Chinh tri", "290-QĐ/TW"));

    // Found while moving to windows (the whole-text scanner did the same): a mark after the last letter was left out,
    // so "trị" written decomposed came back as "tri" in the text, the type word and the issuer.
    [Fact]
    public void Decomposed_text_keeps_the_marks_of_its_last_letters() => ShouldFindExactly(
        "Trie\u0302\u0309n khai Chi\u0309 thi\u0323 so\u0302\u0301 33/CT-TTg cu\u0309a Bo\u0323\u0302 Chi\u0301nh tri\u0323.",
        new Expected("Chi\u0309 thi\u0323 so\u0302\u0301 33/CT-TTg cu\u0309a Bo\u0323\u0302 Chi\u0301nh tri\u0323", "Chỉ thị", 33, "33/CT-TTg", Issuer: "Bộ Chính trị", Resolved: "33/CT-TTg"));

    [Fact]
    public void Bare_symbol_without_type_word() => ShouldFindExactly(
        "Quy chế mới (23-QĐ/TW) thay thế quy chế cũ (290-QĐ/TW).",
        new Expected("23-QĐ/TW", null, 23, "23-QĐ/TW", Resolved: "23-QĐ/TW"),
        new Expected("290-QĐ/TW", null, 290, "290-QĐ/TW", Resolved: "290-QĐ/TW"));

    [Fact]
    public void Quoted_title_between_number_and_issuer() => ShouldFindExactly(
        "Nghị quyết số 25-NQ/TW về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận” của Ban Chấp hành Trung ương.",
        new Expected("Nghị quyết số 25-NQ/TW về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận” của Ban Chấp hành Trung ương", "Nghị quyết", 25, "25-NQ/TW", Issuer: "Ban Chấp hành Trung ương", Resolved: "25-NQ/TW"));

    [Fact]
    public void A_wrong_date_resolves_to_nothing_older_than_it() => ShouldFindExactly(
        "Quyết định số 23-QĐ/TW ngày 30/7/2020 của Bộ Chính trị.",
        new Expected("Quyết định số 23-QĐ/TW ngày 30/7/2020 của Bộ Chính trị", "Quyết định", 23, "23-QĐ/TW", "2020-07-30", "Bộ Chính trị"));

    // Found by the noise test: a bare number at the very end of the text, followed by spaces, read past the end.
    [Fact]
    public void A_bare_number_at_the_end_of_the_text() => ShouldFindExactly(
        "đã ban hành Quyết định 290 ",
        new Expected("Quyết định 290", "Quyết định", 290));

    [Fact]
    public void A_symbol_that_does_not_parse_is_reported_with_its_error()
    {
        var found = Extractor.FindAll("Thực hiện Quyết định số 290-QĐ-TW của Bộ Chính trị.");
        found.Should().ContainSingle();
        found[0].DocumentNumber.Should().BeNull();
        found[0].Symbol.Should().Be("290-QĐ-TW");
        found[0].SymbolError!.Code.ToString().Should().Be("DV4005");
        found[0].Number.Should().Be(290);
    }

    [Theory]
    [InlineData("Ban Thường vụ đã quyết định đúng đắn việc thành lập đoàn kiểm tra.")]
    [InlineData("Xã đã vận động số 20 hộ dân hiến đất làm đường.")]
    [InlineData("Quyết định 20 hộ dân được hỗ trợ là đúng.")]
    [InlineData("Kế hoạch 5 năm 2021-2025 đã hoàn thành.")]
    [InlineData("UBND xã hướng dẫn 30 hộ làm hồ sơ.")]
    [InlineData("Nghị quyết Trung ương 4 (khóa XI, khóa XII) được thực hiện nghiêm túc.")]
    [InlineData("Nghị quyết Đại hội XV của Đảng bộ thành phố.")]
    [InlineData("Đoàn Kiểm tra số 3 Thành ủy Hà Nội làm việc với huyện.")]
    [InlineData("Thực hiện tốt Quy chế dân chủ ở cơ sở theo quy định.")]
    [InlineData("Các chỉ thị, nghị quyết của Trung ương và Thành ủy còn sơ sài.")]
    [InlineData("Đã tổ chức 7.300 cuộc tới 1.170.000 lượt người; 29/29 ban dân vận đủ cán bộ.")]
    [InlineData("Báo cáo 6 tháng đầu năm 2021 cho thấy kết quả tốt.")]
    [InlineData("Chương trình 135 hỗ trợ các xã đặc biệt khó khăn.")]
    [InlineData("Luật 2 năm qua đã đi vào cuộc sống.")]
    [InlineData("Tổ chức hội nghị quán triệt nghị quyết 3 lần trong năm.")]
    [InlineData("Quyết định 100% số đơn thuộc thẩm quyền được giải quyết.")]
    public void Verbs_counts_and_named_meetings_are_not_references(string sentence) => ShouldFindExactly(sentence);
}
