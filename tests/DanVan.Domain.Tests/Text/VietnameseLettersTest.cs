using System.Text;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public class VietnameseLettersTest
{
    private static readonly bool RuntimeNormalizes = "e\u0301".Normalize(NormalizationForm.FormC) == "é";

    [Fact]
    public void There_are_134_distinct_precomposed_letters()
    {
        var letters = VietnameseLetters.Precomposed.ToList();
        letters.Should().HaveCount(134).And.OnlyHaveUniqueItems();
        letters.Should().Contain(['đ', 'Đ', 'ă', 'Ặ', 'ơ', 'Ữ', 'ỹ']);
    }

    [Fact]
    public void Every_letter_composes_from_its_parts_and_back()
    {
        foreach (var c in VietnameseLetters.AllVowels)
        {
            VietnameseLetters.TryGetVowel(c, out var vowel).Should().BeTrue();
            VietnameseLetters.TryCompose(vowel.Base, vowel.Modifier, vowel.Tone, vowel.IsUpper, out var again).Should().BeTrue();
            again.Should().Be(c);
        }
    }

    [Fact]
    public void Table_agrees_with_the_runtime_unicode_decomposition_when_the_runtime_has_it()
    {
        if (!RuntimeNormalizes)
        {
            return; // invariant globalization: the runtime cannot decompose; the table is checked in the ICU run
        }

        foreach (var c in VietnameseLetters.AllVowels)
        {
            VietnameseLetters.TryGetVowel(c, out var vowel);
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            char.ToLowerInvariant(decomposed[0]).Should().Be(vowel.Base, $"base of {c}");
            var marks = decomposed[1..];
            marks.Length.Should().Be((vowel.Modifier == LetterModifier.None ? 0 : 1) + (vowel.Tone == Tone.Level ? 0 : 1), $"marks of {c}");
            foreach (var mark in marks)
            {
                (VietnameseLetters.TryGetModifierMark(mark, out var m) ? m == vowel.Modifier : VietnameseLetters.TryGetToneMark(mark, out var t) && t == vowel.Tone)
                    .Should().BeTrue($"mark U+{(int)mark:X4} of {c}");
            }
        }
    }
}
