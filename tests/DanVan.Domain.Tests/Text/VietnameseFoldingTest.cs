using DanVan.Domain.Tests.Fuzz;
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
    [InlineData("Ea H`Leo", "ea h'leo")]
    [InlineData("Thu\u0323y", "thuy")]
    [InlineData("Tha\u0300nh pho\u0302\u0301 Ho\u0302\u0300 Chi\u0301 Minh", "thanh pho ho chi minh")]
    [InlineData("ＴＰ．ＨＣＭ", "tp.hcm")]
    [InlineData("Hà\u00A0Nội\u200B", "ha noi")]
    [InlineData("Bà Rịa–Vũng Tàu", "ba ria-vung tau")]
    [InlineData("“Dân vận khéo”", "\"dan van kheo\"")]
    [InlineData("a\0b", "a b")]
    [InlineData("Hòa", "hoa")]
    [InlineData("Hoà", "hoa")]
    [InlineData("Đồng Nai", "dong nai")]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("", "")]
    [InlineData(" \t\r\n ", "")]
    public void Fold_gives_the_accent_insensitive_key(string text, string expected) =>
        VietnameseFolding.Fold(text).Should().Be(expected);

    [Fact]
    public void Null_folds_to_empty() => VietnameseFolding.Fold((string?)null).Should().BeEmpty();

    [Fact]
    public void Every_precomposed_letter_folds_to_an_ascii_letter()
    {
        foreach (var c in VietnameseLetters.Precomposed)
        {
            var folded = VietnameseFolding.Fold(c.ToString());
            folded.Should().HaveLength(1);
            folded[0].Should().BeInRange('a', 'z', $"{c} folds to ASCII");
        }
    }

    [Fact]
    public void Decomposed_letters_fold_like_precomposed_ones()
    {
        var marks = new Dictionary<Tone, string>
        {
            [Tone.Level] = string.Empty, [Tone.Grave] = "\u0300", [Tone.Acute] = "\u0301",
            [Tone.HookAbove] = "\u0309", [Tone.Tilde] = "\u0303", [Tone.DotBelow] = "\u0323",
        };
        var modifiers = new Dictionary<LetterModifier, string>
        {
            [LetterModifier.None] = string.Empty, [LetterModifier.Breve] = "\u0306",
            [LetterModifier.Circumflex] = "\u0302", [LetterModifier.Horn] = "\u031B",
        };
        foreach (var c in VietnameseLetters.AllVowels)
        {
            VietnameseLetters.TryGetVowel(c, out var v);
            var b = v.IsUpper ? char.ToUpperInvariant(v.Base) : v.Base;
            var decomposed = b + modifiers[v.Modifier] + marks[v.Tone];
            VietnameseFolding.Fold("x" + decomposed + "y").Should().Be(VietnameseFolding.Fold("x" + c + "y"));
        }
    }

    [Fact]
    public void Every_code_unit_folds_idempotently()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var text = "a" + (char)i + "b";
            var once = VietnameseFolding.Fold(text);
            VietnameseFolding.Fold(once).Should().Be(once, $"U+{i:X4}");
            VietnameseFolding.IsFolded(once).Should().BeTrue($"U+{i:X4}");
        }
    }

    [Fact]
    public void Folding_an_already_folded_string_returns_the_same_instance()
    {
        var key = "xa quang son, huyen lap thach";
        VietnameseFolding.Fold(key).Should().BeSameAs(key);
    }

    [Fact]
    public void Span_overload_writes_no_more_than_the_source_length()
    {
        var source = "  Ủy ban MTTQ   Việt Nam  ";
        Span<char> buffer = stackalloc char[source.Length];
        var written = VietnameseFolding.Fold(source, buffer);
        buffer[..written].ToString().Should().Be("uy ban mttq viet nam");
    }

    [Fact]
    public void Span_overload_rejects_a_short_destination()
    {
        var act = () => VietnameseFolding.Fold("abc".AsSpan(), new char[2]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Lone_surrogates_become_the_replacement_character_and_pairs_are_kept()
    {
        VietnameseFolding.Fold("a\uD800b").Should().Be("a\uFFFDb");
        VietnameseFolding.Fold("\uDC00").Should().Be("\uFFFD");
        VietnameseFolding.Fold("🇻🇳").Should().Be("🇻🇳");
    }

    [Fact]
    public void Hostile_strings_fold_without_throwing_idempotently_and_never_longer()
    {
        var count = 0;
        foreach (var text in HostileStrings.Generate(5_000))
        {
            var folded = VietnameseFolding.Fold(text);
            folded.Length.Should().BeLessThanOrEqualTo(text.Length);
            VietnameseFolding.Fold(folded).Should().Be(folded);
            VietnameseFolding.IsFolded(folded).Should().BeTrue();
            folded.Should().NotStartWith(" ").And.NotEndWith(" ").And.NotContain("  ");
            count++;
        }

        count.Should().BeGreaterThan(5_000);
    }

    [Fact]
    public void Real_commune_names_fold_to_the_official_ascii_code_names()
    {
        // units-2026-04-30.json carries CodeName, the ASCII slug of each name ("ba_dinh"): our key must agree with it.
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(TestPaths.Shared("data/admin-units/units-2026-04-30.json")));
        var checkedNames = 0;
        foreach (var province in document.RootElement.EnumerateArray())
        {
            foreach (var ward in province.GetProperty("Wards").EnumerateArray())
            {
                var name = ward.GetProperty("Name").GetString()!;
                var slug = ward.GetProperty("CodeName").GetString()!;
                var words = VietnameseFolding.Fold(name).Replace("'", string.Empty).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
                var key = string.Join('_', words);
                key.Should().Be(slug, $"the key of {name}");
                checkedNames++;
            }
        }

        checkedNames.Should().Be(3321);
    }
}
