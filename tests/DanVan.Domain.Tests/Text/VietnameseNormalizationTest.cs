using System.Text;
using System.Text.Json;
using DanVan.Domain.Tests.Fuzz;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public class VietnameseNormalizationTest
{
    private static readonly bool RuntimeNormalizes = "e\u0301".Normalize(NormalizationForm.FormC) == "é";

    [Theory]
    [InlineData("Hoà", "Hòa")]
    [InlineData("Thuỵ", "Thụy")]
    [InlineData("Khoả", "Khỏa")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("HOÀ BÌNH", "HÒA BÌNH")]
    [InlineData("Thuỷ Nguyên", "Thủy Nguyên")]
    [InlineData("Oà", "Òa")]
    [InlineData("Đoàn Kiểm tra số 3", "Đoàn Kiểm tra số 3")]
    [InlineData("quý", "quý")]
    [InlineData("Quỳnh Lưu", "Quỳnh Lưu")]
    [InlineData("Hoàn Kiếm", "Hoàn Kiếm")]
    [InlineData("thuở", "thuở")]
    [InlineData("Ea H'Leo", "Ea H'Leo")]
    public void Tone_marks_go_where_the_official_lists_put_them(string text, string expected) =>
        VietnameseNormalization.Normalize(text).Should().Be(expected);

    [Theory]
    [InlineData("Hòa", "Hoà")]
    [InlineData("Thụy", "Thuỵ")]
    [InlineData("Khỏa", "Khoả")]
    [InlineData("quý", "quý")]
    [InlineData("Hoàn", "Hoàn")]
    public void Modern_style_puts_the_mark_on_the_second_vowel(string text, string expected) =>
        VietnameseNormalization.Normalize(text, ToneMarkStyle.Modern).Should().Be(expected);

    [Theory]
    [InlineData("Ho\u0300a", "Hòa")]
    [InlineData("o\u0323\u0302", "ộ")]
    [InlineData("o\u0302\u0323", "ộ")]
    [InlineData("u\u031B\u0300", "ừ")]
    [InlineData("\u00F4\u0323", "ộ")]
    [InlineData("a\u0306\u0301", "ắ")]
    [InlineData("A\u0302\u0309", "Ẩ")]
    [InlineData("Tha\u0300nh pho\u0302\u0301 Ho\u0302\u0300 Chi\u0301 Minh", "Thành phố Hồ Chí Minh")]
    [InlineData("e\u0341", "é")]
    public void Combining_marks_compose_into_vietnamese_letters(string text, string expected) =>
        VietnameseNormalization.Normalize(text).Should().Be(expected);

    [Theory]
    [InlineData("a\u031B")]
    [InlineData("\u0301a")]
    [InlineData("x\u0301")]
    [InlineData("e\u0306")]
    public void Marks_that_form_no_vietnamese_letter_are_kept(string text) =>
        VietnameseNormalization.Normalize(text).Should().Be(text);

    [Fact]
    public void Two_tones_on_one_vowel_keep_the_second_as_a_mark()
    {
        VietnameseNormalization.Normalize("a\u0300\u0301").Should().Be("à\u0301");
    }

    [Fact]
    public void A_tone_is_not_moved_while_an_uncomposed_mark_follows_the_word()
    {
        // Found by the fuzz test: moving the tone freed "a" to absorb the extra acute on a second pass.
        var once = VietnameseNormalization.Normalize("Hoa\u0300\u0301");
        once.Should().Be("Hoà\u0301");
        VietnameseNormalization.Normalize(once).Should().Be(once);
    }

    [Fact]
    public void Normal_text_is_returned_as_the_same_instance()
    {
        var text = "Ban Dân vận Huyện ủy Thường Tín";
        VietnameseNormalization.Normalize(text).Should().BeSameAs(text);
        VietnameseNormalization.IsNormalized(text).Should().BeTrue();
        VietnameseNormalization.IsNormalized("Thuỵ").Should().BeFalse();
    }

    [Fact]
    public void Null_normalizes_to_empty() => VietnameseNormalization.Normalize(null).Should().BeEmpty();

    [Fact]
    public void Equality_ignores_composition_and_tone_placement()
    {
        VietnameseNormalization.NormalizedEquals("Hoà Bình", "Ho\u0300a Bình").Should().BeTrue();
        VietnameseNormalization.NormalizedEquals("Hòa", "Hoa").Should().BeFalse();
    }

    [Fact]
    public void Hostile_strings_normalize_without_throwing_idempotently_and_consistently_with_folding()
    {
        foreach (var text in HostileStrings.Generate(5_000))
        {
            var normal = VietnameseNormalization.Normalize(text);
            VietnameseNormalization.Normalize(normal).Should().Be(normal);
            VietnameseNormalization.IsNormalized(normal).Should().BeTrue();
            VietnameseFolding.Fold(normal).Should().Be(VietnameseFolding.Fold(text));
            VietnameseNormalization.Normalize(VietnameseNormalization.Normalize(text, ToneMarkStyle.Modern)).Should().Be(normal);
        }
    }

    [Fact]
    public void The_two_official_lists_agree_on_every_commune_name_once_normalized()
    {
        // 1027/CTK-CSCL (2025-07-01) and the 2026 list spell about 190 names with the other tone placement.
        var official = File.ReadLines(TestPaths.Shared("data/admin-units/communes-2025-07-01.csv")).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(cells => cells[0], cells => cells[1]);
        using var document = JsonDocument.Parse(File.ReadAllText(TestPaths.Shared("data/admin-units/units-2026-04-30.json")));
        var compared = 0;
        var spelledDifferently = 0;
        foreach (var ward in document.RootElement.EnumerateArray().SelectMany(p => p.GetProperty("Wards").EnumerateArray()))
        {
            if (!official.TryGetValue(ward.GetProperty("Code").GetString()!, out var name))
            {
                continue;
            }

            var other = ward.GetProperty("Name").GetString()!;
            if (other != name)
            {
                spelledDifferently++;
            }

            VietnameseNormalization.Normalize(other).Should().Be(VietnameseNormalization.Normalize(name), $"{other} is {name}");
            compared++;
        }

        compared.Should().BeGreaterThan(3_300);
        spelledDifferently.Should().BeGreaterThan(150);
    }

    [Fact]
    public void Composition_matches_the_runtime_nfc_on_the_decomposed_conversion_table()
    {
        // lineage-2025-07-01.csv is not in NFC in places: our table-driven composition must give what ICU gives.
        var text = File.ReadAllText(TestPaths.Shared("data/admin-units/lineage-2025-07-01.csv"));
        text.Should().Contain("\u0300", "the file has decomposed text, so this test exercises composition");
        var ours = VietnameseNormalization.Normalize(text, ToneMarkStyle.Traditional);
        ours.Should().NotContainAny("\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B");
        if (RuntimeNormalizes)
        {
            var runtime = text.Normalize(NormalizationForm.FormC);
            VietnameseNormalization.Normalize(runtime).Should().Be(ours);
        }
    }
}
