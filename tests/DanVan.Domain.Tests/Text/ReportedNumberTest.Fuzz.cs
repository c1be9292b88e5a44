using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests.Text;

public partial class ReportedNumberTest
{
    // A list walked by a Fact, not MemberData: xUnit serialises theory data and turns lone surrogates into U+FFFD.
    private static readonly string[] HostileNumberStrings =
    [
        string.Empty,
        " ",
        "\t\n\r\v\f\u00A0\u2028\u3000",
        new string('9', 40),
        new string('9', 100_000),
        new string('.', 1000),
        new string(',', 1000),
        "1" + string.Concat(Enumerable.Repeat(".000", 20_000)),
        "hơn " + new string(' ', 50_000) + "7",
        new string('h', 100_000) + " 7",
        "\0\u0001\u0007\u001B700",
        "\uD800700",
        "700\uDC00",
        "\uDC00\uD800",
        "7\u0300",
        "ho\u031B\u0300\u0301n 700",
        "\u200Bhơn\u200D 700",
        "٧٠٠",
        "७००",
        "７００",
        "七百",
        "семьсот 700",
        "𝟕𝟎𝟎",
        "hơn hơn 700",
        "%/%/%/",
        "1/2/3/4",
        "9/" + new string('9', 50),
        "-" + new string('-', 1000) + "5",
        "−−5",
        "1e5",
        "0x10",
        "NaN",
        "∞",
        "1 000",
    ];

    [Fact]
    public void Hostile_strings_never_throw_from_TryParse()
    {
        foreach (var text in HostileNumberStrings.Concat(Fuzz.HostileStrings.Generate(3_000)))
        {
            CheckNeverThrows(text);
        }
    }

    [Fact]
    public void Random_strings_never_throw_from_TryParse()
    {
        string[] alphabets =
        [
            "0123456789.,%/ hơn",
            "0123456789.,%/ -\u2212",
            "0123456789..,,,%%// hơntrêndướigầnkhoảngítnhấttốiđa",
            "\0\u0001\t\n \u00A0\u200B\u0301\u031B\uD800\uDC00\uFFFF0123456789.,",
            "aăâbcdđeêghiklmnoôơpqrstuưvxy0123456789 %/.,AĂÂĐÊÔƠƯ",
        ];
        foreach (var text in Fuzz.HostileStrings.FromAlphabets(11_2024, alphabets, 6_000, longLength: 3_000, anyCharOneIn: 50))
        {
            CheckNeverThrows(text);
        }
    }

    [Fact]
    public void Mutated_valid_strings_never_throw_from_TryParse()
    {
        var random = new Random(29_29);
        string[] seeds = ["7.300", "1.170.000", "79,63%", "hơn 700", "ít nhất 01", "176/221", "khoảng 300", "-1.234,5", "100 %"];
        const string Pieces = "0123456789.,%/- \u2212hơn";
        for (var i = 0; i < 5_000; i++)
        {
            var chars = new List<char>(seeds[random.Next(seeds.Length)]);
            var edits = random.Next(1, 4);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(chars.Count + 1);
                switch (random.Next(3))
                {
                    case 0:
                        chars.Insert(at, Pieces[random.Next(Pieces.Length)]);
                        break;
                    case 1 when at < chars.Count:
                        chars.RemoveAt(at);
                        break;
                    default:
                        if (at < chars.Count)
                        {
                            chars[at] = Pieces[random.Next(Pieces.Length)];
                        }

                        break;
                }
            }

            var text = new string(chars.ToArray());
            CheckNeverThrows(text);
            if (ReportedNumber.TryParse(text, out var number))
            {
                ReportedNumber.Parse(number.ToString()).Should().Be(number, "'{0}' printed as '{1}'", text, number);
            }
        }
    }

    private static void CheckNeverThrows(string text)
    {
        bool ok;
        ValidationIssue? error;
        ReportedNumber result;
        try
        {
            ok = ReportedNumber.TryParse(text, out result, out error);
            ReportedNumber.TryParse(text, out _).Should().Be(ok);
            ReportedNumber.TryParse(text.AsSpan(), null, out _).Should().Be(ok);
            VietnameseNumber.TryParse(text, out _);
        }
        catch (Exception exception)
        {
            Assert.Fail($"TryParse threw {exception.GetType().Name} for '{Show(text)}': {exception.Message}");
            return;
        }

        if (ok)
        {
            error.Should().BeNull();
            FluentActions.Invoking(() => ReportedNumber.Parse(text)).Should().NotThrow().Which.Should().Be(result);
            return;
        }

        error.Should().NotBeNull();
        error!.Code.Number.Should().BeInRange(1100, 1199, "'{0}' gave {1}", Show(text), error.Code);
        error.AttemptedValue!.Length.Should().BeLessThanOrEqualTo(121);
        try
        {
            ReportedNumber.Parse(text);
            Assert.Fail($"Parse accepted '{Show(text)}' which TryParse rejected.");
        }
        catch (DanVanFormatException exception)
        {
            exception.Issue.Should().Be(error);
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"Parse threw {exception.GetType().Name} for '{Show(text)}': {exception.Message}");
        }
    }

    private static string Show(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");
}
