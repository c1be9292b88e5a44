using System.Text;
using System.Text.Json;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests.Text;

/// <summary>Random and hostile input: the non-throwing entry points never throw, and every failure carries a DV12xx issue.</summary>
public class DateFuzzTest
{
    private static readonly string[] Pieces =
    [
        "ngày", "Ngày", "nga\u0300y", "tháng", "THÁNG", "năm", "Năm", "na\u0306m", "Thứ", "thứ", "Thu\u031B\u0301", "Hai", "Ba", "Tư",
        "Năm", "Sáu", "Bảy", "Chủ nhật", "CN", "cn", ",", ".", "/", "-", "–", ":", " ", "  ", "\t", "\u00A0", "\u200B",
        "0", "1", "2", "5", "9", "10", "12", "13", "29", "30", "31", "32", "00", "06", "99", "999", "1000", "2010", "2020",
        "2021", "9999", "10000", "08:15", "lúc", "Hà Nội", "(", ")", "\uD800", "\uDC00", "\uD83D\uDE00", "\u0301", "\u0000",
        "\u001F", "\uFFFF", "\uFFFE", "２", "／", "٣", "日", "ß", "İ", "Ω", "е", "QĐ/TW", "số", "x",
    ];

    [Fact]
    public void Hostile_strings_never_throw()
    {
        foreach (var text in HostileStrings().Concat(Fuzz.HostileStrings.Generate(3_000)))
        {
            Check(text);
        }
    }

    [Fact]
    public void Random_strings_never_throw()
    {
        var random = new Random(1200);
        for (var i = 0; i < 6_000; i++)
        {
            Check(RandomString(random));
        }
    }

    private static IEnumerable<string> HostileStrings()
    {
        yield return string.Empty;
        yield return " ";
        yield return "\t\r\n\u00A0\u2028";
        yield return new string('9', 100_000);
        yield return new string('/', 100_000);
        yield return string.Concat(Enumerable.Repeat("1/", 50_000));
        yield return string.Concat(Enumerable.Repeat("ngày ", 20_000));
        yield return string.Concat(Enumerable.Repeat("Thứ Năm, ", 10_000));
        yield return string.Concat(Enumerable.Repeat("25/2/2010 ", 10_000));
        yield return string.Concat(Enumerable.Repeat("a\u0301", 50_000));
        yield return new string('\uD800', 1_000);
        yield return new string('\uDC00', 1_000);
        yield return "\u0000\u0001\u0002\u007F";
        yield return "25/2/2010\uD800";
        yield return "\uD800 25/2/2010";
        yield return "25/2/2010\u0000";
        yield return "25/2/" + new string('0', 5_000);
        yield return "ngày " + new string('1', 5_000) + " tháng 1 năm 2020";
        yield return "Thứ " + new string('x', 5_000) + ", 30/12/2021";
        yield return "тháng 6/2018";
        for (var c = 0; c < 0x3000; c += 7)
        {
            yield return "25/2/2010" + (char)c;
            yield return (char)c + "6/2018";
        }
    }

    private static string RandomString(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 14);
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(4))
            {
                case 0:
                    builder.Append((char)random.Next(0, 0x10000));
                    break;
                case 1:
                    builder.Append((char)random.Next('-', ':'));
                    break;
                default:
                    builder.Append(Pieces[random.Next(Pieces.Length)]);
                    break;
            }
        }

        return builder.ToString();
    }

    private static void Check(string text)
    {
        VietnameseDate.TryParse(text, out _).Should().Be(VietnameseDate.TryParse(text, out var date, out var error));
        if (error is null)
        {
            VietnameseDate.Parse(text).Should().Be(date);
            VietnameseDate.Format(date, VietnameseDateStyle.Numeric).Should().NotBeEmpty();
        }
        else
        {
            ShouldBeDateIssue(error);
            var thrown = FluentActions.Invoking(() => VietnameseDate.Parse(text)).Should().Throw<DanVanFormatException>().Which;
            thrown.Issue.Should().Be(error);
        }

        foreach (var match in VietnameseDate.FindAll(text))
        {
            match.Index.Should().BeGreaterThanOrEqualTo(0);
            match.Length.Should().BePositive();
            (match.Index + match.Length).Should().BeLessThanOrEqualTo(text.Length);
            match.Value.Precision.Should().Be(DatePrecision.Day);
        }

        // The index-mapping fold used by the date parser gives exactly the library's folded key.
        var fold = MappedFold.Create(text);
        fold.Text.ToString().Should().Be(VietnameseFolding.Fold(text));
        fold.SourceIndex.Should().HaveCount(fold.Text.Length).And.BeInAscendingOrder();
        fold.SourceIndex.Where(i => i < 0 || i >= text.Length).Should().BeEmpty();

        if (!PartialDate.TryParse(text, out _, out var isoError))
        {
            ShouldBeDateIssue(isoError);
        }

        try
        {
            JsonSerializer.Deserialize<PartialDate>(JsonSerializer.Serialize(text));
        }
        catch (JsonException)
        {
        }
    }

    private static void ShouldBeDateIssue(ValidationIssue error)
    {
        error.Code.Number.Should().BeInRange(1200, 1299);
        error.EnglishMessage.Should().NotBeNullOrWhiteSpace();
        error.VietnameseMessage.Should().NotBeNullOrWhiteSpace();
        if (error.AttemptedValue is not null)
        {
            error.AttemptedValue.Length.Should().BeLessThanOrEqualTo(121);
        }
    }
}
