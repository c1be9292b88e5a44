using DanVan.Domain.Tests.Fuzz;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public class FoldedTailTest
{
    [Theory]
    [InlineData("Quyết định số 290", "nh so ")]
    [InlineData("Quyết định  số:\u00A0\u200B290", "h so: ")]
    [InlineData("Quye\u0302\u0301t đi\u0323nh 290", " dinh ")]
    [InlineData("   290", "")]
    [InlineData("a\uD83D\uDE00 290", "a\uD83D\uDE00 ")]
    public void Reads_the_last_folded_characters_before_a_position(string text, string tail)
    {
        var end = text.IndexOf('2', StringComparison.Ordinal);
        Span<char> buffer = stackalloc char[6];
        var written = FoldedTail.Read(text, end, buffer, 64, out _);
        buffer[^written..].ToString().Should().Be(tail);
    }

    [Fact]
    public void A_lone_surrogate_reads_as_the_replacement_character()
    {
        Span<char> buffer = stackalloc char[6];
        var written = FoldedTail.Read("\uDE00 290", 2, buffer, 64, out var whole);
        buffer[^written..].ToString().Should().Be("\uFFFD ");
        whole.Should().BeTrue();
    }

    [Fact]
    public void Is_the_end_of_the_fold_of_the_whole_text_before_any_letter_or_digit()
    {
        var alphabets = new[] { "aă Đ1 \u00A0\t\n\u0301\u200B\uD800\uDC00.,", "số 1:./-\u0323 " };
        Span<char> buffer = stackalloc char[8];
        foreach (var text in HostileStrings.FromAlphabets(11, alphabets, 2000, 300, 20))
        {
            var fold = MappedFold.Create(text);
            for (var end = 0; end < text.Length; end++)
            {
                if (!char.IsAsciiLetterOrDigit(text[end]))
                {
                    continue;
                }

                var k = Array.IndexOf(fold.SourceIndex, end);
                var written = FoldedTail.Read(text, end, buffer, int.MaxValue, out var whole);
                var expected = fold.Text[..k];
                buffer[^written..].ToString().Should().Be(expected[^Math.Min(8, k)..].ToString(), "before {0} in {1}", end, text);
                if (k < buffer.Length)
                {
                    whole.Should().BeTrue();
                }
            }
        }
    }

    [Fact]
    public void Stops_after_the_source_characters_it_may_read()
    {
        var text = "a" + new string('\u200B', 100) + "1";
        Span<char> buffer = stackalloc char[6];
        FoldedTail.Read(text, text.Length - 1, buffer, 64, out var whole).Should().Be(0);
        whole.Should().BeFalse();
        FoldedTail.Read(text, text.Length - 1, buffer, 200, out whole).Should().Be(1);
        whole.Should().BeTrue();
    }
}
