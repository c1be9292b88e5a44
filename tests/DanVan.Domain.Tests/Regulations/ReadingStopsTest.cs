using DanVan.Domain.Regulations;
using DanVan.Domain.Tests.Fuzz;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Regulations;

public class ReadingStopsTest
{
    // Folded text; the stop asked about is the last character.
    [Theory]
    [InlineData("cua bo chinh tri;")]
    [InlineData("(")]
    [InlineData("cua bo chinh tri.")]
    [InlineData("cua bo chinh tri,")]
    [InlineData("cua bo chinh tri ,")]
    [InlineData("100%")]
    [InlineData("cua huyen uy \"")]
    [InlineData("cua huyen uy\"")]
    [InlineData("nghi quyet:")]
    [InlineData("h'")]
    public void Ends_every_reading(string folded) => ReadingStops.IsStop(folded, folded.Length - 1).Should().BeTrue();

    [Theory]
    [InlineData("quyet dinh so:")] // "số:" then the number
    [InlineData("quyet dinh so.")]
    [InlineData("ngay 25.")] // "25.2.2010"
    [InlineData("ngay 25 .")]
    [InlineData("7.")] // "7.300"
    [InlineData("217,")] // "217, 218"
    [InlineData("217 ,")]
    [InlineData("13-ct/du,")] // "13-CT/ĐU, ngày"
    [InlineData("290-qd/")]
    [InlineData("so 25-nq/tw \"")] // a title after the symbol
    [InlineData("so 25-nq/tw ve \"")]
    [InlineData("ngay 3/6/2013, \"")]
    [InlineData("a b")]
    [InlineData("-")]
    public void Is_read_past_by_some_rule(string folded) => ReadingStops.IsStop(folded, folded.Length - 1).Should().BeFalse();

    [Fact]
    public void A_stop_seen_in_the_source_is_a_stop_once_folded()
    {
        var alphabets = new[] { "ab so ve1 .,;:\"“”()%/-\u00A0\u200B\u0301", "Quyết định số 25-NQ/TW, “về” của Huyện ủy.;(0)" };
        foreach (var generated in HostileStrings.FromAlphabets(5, alphabets, 3000, 300, 30))
        {
            // Opened by a stop, as a window always has context before what it reads: at the very start of a fold the
            // rules must assume a word may go on before it.
            var text = "( " + generated;
            var fold = MappedFold.Create(text);
            var end = ReadingStops.SourceEndAfterStop(text, 2, text.Length);
            if (end < 0)
            {
                continue;
            }

            var k = Array.IndexOf(fold.SourceIndex, end - 1);
            k.Should().BeGreaterThanOrEqualTo(0, "the stop is kept by folding: {0}", text);
            ReadingStops.IsStop(fold.Text, k).Should().BeTrue("'{0}' at {1} in {2}", text[end - 1], end - 1, text);
        }
    }

    [Fact]
    public void Any_finds_a_stop_after_a_position()
    {
        ReadingStops.Any("so 20 cua huyen uy, cac xa", 3).Should().BeTrue();
        ReadingStops.Any("so 20 cua huyen uy va cac xa", 3).Should().BeFalse();
        ReadingStops.Any("so 20, 21 va 22", 3).Should().BeFalse();
    }
}
