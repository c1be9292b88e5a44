using DanVan.Domain.Metrics;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Hostile and random text: the readers never throw, and whatever they accept is exactly what they write.</summary>
public partial class ReportingPeriodTest
{
    [Fact]
    public void Hostile_strings_never_throw_and_the_only_text_accepted_is_the_canonical_one()
    {
        var strings = Fuzz.HostileStrings.Generate(5_000).ToList();
        strings.Should().HaveCountGreaterThan(5_000);
        foreach (var text in strings)
        {
            CheckText(text);
            CheckLabel(text);
        }
    }

    [Fact]
    public void Random_strings_near_the_text_grammar_never_throw_and_accept_only_canonical_text()
    {
        string[] alphabets =
        [
            "0123456789-/MQH",
            "2019-/MQH90123",
            "012-/MQHmqh9 ",
            "\0\t \u00A0\uD800\uDC00０１２-/MQH",
        ];
        var accepted = 0;
        foreach (var text in Fuzz.HostileStrings.FromAlphabets(2021_09_30, alphabets, 20_000, longLength: 200, anyCharOneIn: 60))
        {
            accepted += CheckText(text) ? 1 : 0;
        }

        accepted.Should().BeGreaterThan(50, "the alphabets must reach the success path often enough to test it");
    }

    [Fact]
    public void Random_mutations_of_canonical_text_never_throw()
    {
        var random = new Random(7);
        const string Pieces = "0123456789-/MQH9 mqh";
        var accepted = 0;
        for (var i = 0; i < 30_000; i++)
        {
            var text = RandomPeriod(random).ToString().ToCharArray();
            text[random.Next(text.Length)] = Pieces[random.Next(Pieces.Length)];
            accepted += CheckText(new string(text)) ? 1 : 0;
        }

        accepted.Should().BeGreaterThan(1_000, "many mutations still name a period");
    }

    [Fact]
    public void Random_strings_near_the_label_grammar_never_throw_and_accepted_labels_round_trip()
    {
        string[] words = ["Tháng", "Quý", "6", "9", "tháng", "đầu", "cuối", "năm", "Năm", "Nhiệm kỳ", "Giai đoạn", "Từ", "đến", "ngày",
            "III", "IV", "V", "1", "3", "12", "13", "2021", "2020", "2025", "0999", "/", "-", "–", " ", "01/01/2011", "30/02/2021"];
        var random = new Random(3);
        var accepted = 0;
        for (var i = 0; i < 30_000; i++)
        {
            // Half random word sequences, half real labels with one word replaced.
            var label = RandomPeriod(random).ToVietnameseLabel(random.Next(2) == 0 ? MultiYearWording.Term : MultiYearWording.Span).Split(' ');
            label[random.Next(label.Length)] = words[random.Next(words.Length)];
            var text = i % 2 == 0
                ? string.Join(" ", label)
                : string.Join(random.Next(3) == 0 ? string.Empty : " ", Enumerable.Range(0, random.Next(1, 9)).Select(_ => words[random.Next(words.Length)]));
            accepted += CheckLabel(text) ? 1 : 0;
        }

        accepted.Should().BeGreaterThan(100, "the words must reach the success path often enough to test it");
    }

    // Every entry point agrees; a success is exactly the canonical text; a failure carries a DV61xx issue.
    private static bool CheckText(string text)
    {
        var ok = ReportingPeriod.TryParse(text, out var period, out var error);
        ReportingPeriod.TryParse(text, out var plain).Should().Be(ok);
        ReportingPeriod.TryParse(text.AsSpan(), out var span).Should().Be(ok);
        ReportingPeriod.TryParse(text, null, out _).Should().Be(ok);
        ReportingPeriod.TryParse(text.AsSpan(), null, out _).Should().Be(ok);
        if (ok)
        {
            period.ToString().Should().Be(text, "reading is strict: one spelling per period");
            plain.Should().Be(period);
            span.Should().Be(period);
            error.Should().BeNull();
            return true;
        }

        period.IsDefault.Should().BeTrue();
        error!.Code.ToString().Should().MatchRegex("^DV610[1-9]$");
        error.EnglishMessage.Should().NotContain("{text}").And.NotContain("{reason}");
        error.VietnameseMessage.Should().NotContain("{text}").And.NotContain("{reasonVi}");
        FluentActions.Invoking(() => ReportingPeriod.Parse(text, null)).Should().Throw<DanVanFormatException>();
        return false;
    }

    private static bool CheckLabel(string text)
    {
        var ok = ReportingPeriod.TryParseLabel(text, out var period, out var error);
        ReportingPeriod.TryParseLabel(text, out var plain).Should().Be(ok);
        if (ok)
        {
            plain.Should().Be(period);
            ReportingPeriod.ParseLabel(period.ToVietnameseLabel()).Should().Be(period);
            return true;
        }

        period.IsDefault.Should().BeTrue();
        error!.Code.ToString().Should().MatchRegex("^DV61(0[1-9]|10)$");
        error.Code.ToString().Should().NotBe("DV6102", "labels are not canonical text");
        FluentActions.Invoking(() => ReportingPeriod.ParseLabel(text)).Should().Throw<DanVanFormatException>();
        return false;
    }
}
