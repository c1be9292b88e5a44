using System.Diagnostics;
using System.Text;
using DanVan.Domain.Tests.Fuzz;

namespace DanVan.Domain.Tests.Regulations;

public partial class ReferenceExtractorTest
{
    [Fact]
    public void Hostile_and_random_text_never_throws_and_spans_stay_inside_the_text()
    {
        foreach (var text in HostileStrings.Generate(3000))
        {
            var found = Extractor.FindAll(text);
            foreach (var reference in found)
            {
                reference.Index.Should().BeInRange(0, text.Length);
                (reference.Index + reference.Length).Should().BeLessThanOrEqualTo(text.Length);
                reference.Text.Should().Be(text.Substring(reference.Index, reference.Length));
            }
        }

        Extractor.FindAll(null).Should().BeEmpty();
        Extractor.FindAll(string.Empty).Should().BeEmpty();
    }

    [Fact]
    public void Reference_like_noise_around_real_references_is_survived()
    {
        var pieces = new[]
        {
            "Quyết định", "số", " ", "290", "-", "/", "QĐ", "TW", "ngày", "25/2/2010", "của", "Bộ Chính trị", "“", "”", "về",
            "\uD800", "\u0301", ",", "và", "217", "của", "Thành ủy", "Hà Nội", "\n", "Nghị quyết", "số:", "04/2015/NĐ-CP",
        };
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var builder = new StringBuilder();
            for (var j = random.Next(1, 40); j > 0; j--)
            {
                builder.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? string.Empty : " ");
            }

            var text = builder.ToString();
            FluentActions.Invoking(() => Extractor.FindAll(text)).Should().NotThrow(text);
        }
    }

    // Each of these would take quadratic time (minutes) with a naive scanner; a linear one reads a megabyte in well
    // under a second. The bound is generous so that a slow CI machine cannot fail it, yet far below quadratic time.
    [Theory]
    [InlineData("1")]
    [InlineData("1-")]
    [InlineData("/")]
    [InlineData("Quyết định số ")]
    [InlineData("Quyết định số 1 về \"")]
    [InlineData("Quyết định 217, ")]
    [InlineData("của Thành ủy Hà ")]
    [InlineData("Luật Thực hiện dân chủ ở cơ sở ")]
    [InlineData("Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị. ")]
    [InlineData("ngày 25/2/2010 ")]
    public void A_megabyte_of_repeated_pieces_is_read_in_linear_time(string piece)
    {
        var text = new StringBuilder(1 << 20).Insert(0, piece, (1 << 20) / piece.Length).ToString();
        var watch = Stopwatch.StartNew();
        var found = Extractor.FindAll(text);
        watch.Stop();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), $"{found.Count} references in 1 MB of '{piece}'");
    }

    [Fact]
    public void Ten_thousand_slashes_and_digit_runs_are_not_references()
    {
        Extractor.FindAll(new string('/', 10_000)).Should().BeEmpty();
        Extractor.FindAll("Quyết định số " + new string('9', 100_000)).Should().BeEmpty();
        Extractor.FindAll("Quyết định số 1" + new string('/', 10_000) + "QĐ").Should().BeEmpty();
    }
}
