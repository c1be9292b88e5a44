namespace DanVan.Domain.Tests.Regulations;

// The extractor folds a short window around each number rather than the whole text, and reads again with a longer
// one when what it found might depend on text outside. These cases need that: names, titles and places longer than
// the first window, text with no punctuation to end it, and numbers hidden by invisible or full-width characters.
public partial class ReferenceExtractorTest
{
    private static readonly string TenLetterWords11 = string.Concat(Enumerable.Repeat("abcdefghij ", 11));

    [Fact]
    public void A_law_name_of_twelve_long_words_is_read_back_to_its_type_word() => ShouldFindExactly(
        "Theo Luật " + TenLetterWords11 + "số 10/2022/QH15 của Quốc hội.",
        new Expected("Luật " + TenLetterWords11 + "số 10/2022/QH15 của Quốc hội", "Luật", 10, "10/2022/QH15", Issuer: "Quốc hội", Resolved: "10/2022/QH15"));

    [Fact]
    public void A_name_of_more_than_twelve_words_leaves_the_symbol_alone() => ShouldFindExactly(
        "Theo Luật " + TenLetterWords11 + "abcdefghij abcdefghij số 10/2022/QH15 của Quốc hội.",
        new Expected("10/2022/QH15 của Quốc hội", null, 10, "10/2022/QH15", Issuer: "Quốc hội", Resolved: "10/2022/QH15"));

    [Fact]
    public void A_title_longer_than_the_first_window_is_skipped_to_the_issuer()
    {
        var title = string.Concat(Enumerable.Repeat("công tác dân vận ", 18));
        ShouldFindExactly(
            "Nghị quyết số 25-NQ/TW về “" + title + "” của Ban Chấp hành Trung ương.",
            new Expected("Nghị quyết số 25-NQ/TW về “" + title + "” của Ban Chấp hành Trung ương", "Nghị quyết", 25, "25-NQ/TW", Issuer: "Ban Chấp hành Trung ương", Resolved: "25-NQ/TW"));
    }

    [Fact]
    public void A_title_longer_than_four_hundred_characters_is_not_a_title()
    {
        var title = string.Concat(Enumerable.Repeat("công tác dân vận ", 27));
        ShouldFindExactly(
            "Nghị quyết số 25-NQ/TW về “" + title + "” của Ban Chấp hành Trung ương.",
            new Expected("Nghị quyết số 25-NQ/TW", "Nghị quyết", 25, "25-NQ/TW", Resolved: "25-NQ/TW"));
    }

    [Fact]
    public void A_place_of_many_capitalised_words_is_read_to_its_end()
    {
        var place = "huyện " + string.Concat(Enumerable.Repeat("Xyz ", 70)).TrimEnd();
        ShouldFindExactly(
            "Quyết định số 5 của UBND " + place + " abc.",
            new Expected("Quyết định số 5 của UBND " + place, "Quyết định", 5, Issuer: "UBND " + place));
    }

    [Fact]
    public void A_reference_may_run_across_line_breaks() => ShouldFindExactly(
        "Thực hiện Quyết định\n\nsố 290-QĐ/TW\nngày 25/2/2010 của Bộ Chính trị; Nghị quyết 25.",
        new Expected("Quyết định\n\nsố 290-QĐ/TW\nngày 25/2/2010 của Bộ Chính trị", "Quyết định", 290, "290-QĐ/TW", "2010-02-25", "Bộ Chính trị", "290-QĐ/TW"),
        new Expected("Nghị quyết 25", "Nghị quyết", 25));

    [Fact]
    public void A_quote_after_an_issuer_and_a_symbol_in_brackets_are_told_apart() => ShouldFindExactly(
        "Quy định số 106 của Ban Thường vụ Huyện ủy “về việc ban hành Quy chế”, và 23-QĐ/TW (Quyết định số 1 ngày 2/1/2020).",
        new Expected("Quy định số 106 của Ban Thường vụ Huyện ủy", "Quy định", 106, Issuer: "Ban Thường vụ Huyện ủy"),
        new Expected("23-QĐ/TW", null, 23, "23-QĐ/TW", Resolved: "23-QĐ/TW"),
        new Expected("Quyết định số 1 ngày 2/1/2020", "Quyết định", 1, Date: "2020-01-02"));

    [Fact]
    public void Digits_split_by_an_invisible_character_are_one_number() => ShouldFindExactly(
        "Quyết định số 2\u200B034-QĐ/TU ngày 11/6/2010",
        new Expected("Quyết định số 2\u200B034-QĐ/TU ngày 11/6/2010", "Quyết định", 2034, "2\u200B034-QĐ/TU", "2010-06-11", Resolved: "2034-QĐ/TU"));

    [Fact]
    public void Full_width_digits_are_digits() => ShouldFindExactly(
        "Quyết định số ２９０-QĐ/TW của Bộ Chính trị",
        new Expected("Quyết định số ２９０-QĐ/TW của Bộ Chính trị", "Quyết định", 290, "２９０-QĐ/TW", Issuer: "Bộ Chính trị", Resolved: "290-QĐ/TW"));

    [Fact]
    public void References_in_a_long_text_without_punctuation_are_all_found()
    {
        var sentence = "thực hiện Quyết định 217 của Bộ Chính trị và Chương trình hành động số 20 của Huyện ủy ";
        var text = string.Concat(Enumerable.Repeat(sentence, 40));
        var found = Extractor.FindAll(text);
        found.Should().HaveCount(80);
        found.Select(r => r.Text).Distinct().Should().Equal("Quyết định 217 của Bộ Chính trị", "Chương trình hành động số 20 của Huyện ủy");
        found.Select(r => r.Index).Should().BeInAscendingOrder();
    }
}
