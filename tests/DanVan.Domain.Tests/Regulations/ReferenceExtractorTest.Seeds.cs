namespace DanVan.Domain.Tests.Regulations;

// Every reference (the scraped text keeps its non-breaking spaces, written \u00A0 here) of the five seed articles (../shared/seeds, DOMAIN.md §5), written out by hand; anything else the
// extractor reported would fail these tests. Not references, on purpose: "Nghị quyết Trung ương 4 (khóa XI, khóa XII)",
// "Nghị quyết Hội nghị lần thứ 18", "Nghị quyết Đại hội XV" (named by the meeting, not numbered), "Đoàn Kiểm tra số 3"
// (a delegation), "Quy chế công tác dân vận" and "quy chế dân chủ ở cơ sở" (named, not numbered).
public partial class ReferenceExtractorTest
{
    private static string Seed(string file) => File.ReadAllText(TestPaths.Shared("seeds/" + file));

    [Fact]
    public void Seed_000_Ha_Noi_inspection_of_Thuong_Tin() => ShouldFindExactly(
        Seed("000_7afe7d2e035e8aee.txt"),
        new("Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị", "Quyết định", 290, "290-QĐ/TW", "2010-02-25", "Bộ Chính trị", "290-QĐ/TW"),
        new("Quyết định số 2034-QĐ/TU ngày 11/6/2010 của Thành ủy Hà Nội", "Quyết định", 2034, "2034-QĐ/TU", "2010-06-11", "Thành ủy Hà Nội", "2034-QĐ/TU"),
        new("Quyết định số 290-QĐ/TW", "Quyết định", 290, "290-QĐ/TW", Resolved: "290-QĐ/TW"),
        new("Quyết định số 2034-QĐ/TU", "Quyết định", 2034, "2034-QĐ/TU", Resolved: "2034-QĐ/TU"));

    [Fact]
    public void Seed_001_survey_of_Action_Programme_20() => ShouldFindExactly(
        Seed("001_546b4ca9ae962e86.txt"),
        new("Chương trình hành động số 20 của Huyện ủy", "Chương trình hành động", 20, Issuer: "Huyện ủy"),
        new("Chương trình hành động số 20\u00A0 của Huyện ủy", "Chương trình hành động", 20, Issuer: "Huyện ủy"),
        new("Nghị quyết số 25-NQ/TW", "Nghị quyết", 25, "25-NQ/TW", Resolved: "25-NQ/TW"),
        new("Quy định số 106 của Ban Thường vụ Huyện ủy", "Quy định", 106, Issuer: "Ban Thường vụ Huyện ủy"),
        new("Chương trình động số 20 của Huyện ủy", "Chương trình", 20, Issuer: "Huyện ủy"), // "hành" lost in the source
        new("chương trình hành\u00A0 động số 13-CT/ĐU, ngày 29/8/2013 của Đảng ủy", "chương trình hành động", 13, "13-CT/ĐU", "2013-08-29", "Đảng ủy"),
        new("Quyết định 217của Bộ Chính trị", "Quyết định", 217, Issuer: "Bộ Chính trị", Resolved: "217-QĐ/TW"), // glued by scraping
        new("Chỉ thị số 16-CT/TU về “Đồng khởi mới”của Ban Thường\u00A0 vụ Tỉnh ủy", "Chỉ thị", 16, "16-CT/TU", Issuer: "Ban Thường vụ Tỉnh ủy"),
        new("Quyết định 106 của Huyện ủy", "Quyết định", 106, Issuer: "Huyện ủy"),
        new("chương trình hành động số 20 của Huyện ủy", "chương trình hành động", 20, Issuer: "Huyện ủy"),
        new("Quyết định 217-QĐ/TW của Bộ Chính trị", "Quyết định", 217, "217-QĐ/TW", Issuer: "Bộ Chính trị", Resolved: "217-QĐ/TW"),
        new("Nghị quyết số 25-NQ/TW", "Nghị quyết", 25, "25-NQ/TW", Resolved: "25-NQ/TW"),
        new("Chương trình\u00A0 hành động số 20 của Huyện ủy", "Chương trình hành động", 20, Issuer: "Huyện ủy"),
        new("Pháp lệnh 34 của Ủy ban Thường vụ Quốc hội", "Pháp lệnh", 34, Issuer: "Ủy ban Thường vụ Quốc hội", Resolved: "34/2007/PL-UBTVQH11"),
        new("Nghị định 04 của Chính phủ", "Nghị định", 4, Issuer: "Chính phủ", Resolved: "04/2015/NĐ-CP"),
        new("Quyết định 217", "Quyết định", 217, Issuer: "Bộ Chính trị", Resolved: "217-QĐ/TW"), // "Quyết định 217, 218 của Bộ Chính trị"
        new("218 của Bộ Chính trị", "Quyết định", 218, Issuer: "Bộ Chính trị", Resolved: "218-QĐ/TW"),
        new("Quyết định 2242-QĐ/TU", "Quyết định", 2242, "2242-QĐ/TU"),
        new("Quyết định 106 của Huyện ủy", "Quyết định", 106, Issuer: "Huyện ủy"));

    [Fact]
    public void Seed_002_Quan_11_briefing_has_no_numbered_reference() => ShouldFindExactly(Seed("002_04f70a9c28b4bc3c.txt"));

    [Fact]
    public void Seed_003_Lap_Thach_state_dan_van() => ShouldFindExactly(
        Seed("003_3c9d5718024cc25d.txt"),
        new("Quy định số 11 của Bộ Chính trị", "Quy định", 11, Issuer: "Bộ Chính trị", Resolved: "11-QĐi/TW"),
        new("Quyết định số 55 của Ban Thường vụ Tỉnh ủy", "Quyết định", 55, Issuer: "Ban Thường vụ Tỉnh ủy"));

    [Fact]
    public void Seed_004_Ha_Noi_Party_Committee_has_no_numbered_reference() => ShouldFindExactly(Seed("004_12b852c0032b1b86.txt"));
}
