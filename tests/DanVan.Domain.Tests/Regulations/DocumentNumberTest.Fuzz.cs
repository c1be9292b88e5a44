using System.Text;
using DanVan.Domain.Regulations;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests.Regulations;

public partial class DocumentNumberTest
{
    private const int OneMegabyte = 1 << 20;

    // Walked by Facts, not InlineData: xUnit serialises theory data and would turn lone surrogates into U+FFFD.
    private static readonly string[] HostileNumberStrings =
    [
        Repeat("0123456789", OneMegabyte),
        Repeat("/", OneMegabyte),
        Repeat("1-", OneMegabyte),
        Repeat("QĐ/", OneMegabyte),
        Repeat("Quyết định số Nghị quyết của Bộ Chính trị ", OneMegabyte),
        new string('/', 10_000),
        new string('-', 10_000),
        "290-QĐ/" + new string('/', 10_000),
        "1" + new string('0', 10_000) + "-QĐ/TW",
        new string('9', 100_000) + "/2015/NĐ-CP",
        "04/" + new string('2', 100_000) + "/NĐ-CP",
        "290-QĐ/TW" + new string('1', 100_000),
        "10/2022/QH" + new string('1', 100_000),
        "1" + Repeat("-A", 10_000),
        "1/" + Repeat("A-", 10_000),
        "1/2015/" + Repeat("TT-", 50) + "CP",
        "290-QĐ/TW\0",
        "\0290-QĐ/TW",
        "290-QĐ\u0001/TW",
        "290\u0007-QĐ/TW",
        "290-Q\u0110/TW\u001B[31m",
        "290-QĐ/TW\uD800",
        "\uDC00290-QĐ/TW",
        "290-Q\uD800Đ/TW",
        "290-QĐ/T\uDBFF\uDFFFW",
        "٢٩٠-QĐ/TW",
        "२९०-QĐ/TW",
        "290-КД/ТW",
        "290-ΚΔ/TW",
        "290-中文/TW",
        "290-QĐ/TW 🇻🇳",
        "𝟐𝟗𝟎-QĐ/TW",
        "290-QĐ/T\u0301W",
        "290-Q\u0110\u0300/TW",
        "Số " + new string(' ', 100_000) + "290-QĐ/TW",
        "Quyết định số" + Repeat(" số", 30) + " 290-QĐ/TW",
        "(((((((290-QĐ/TW)))))))",
        new string('(', 100) + "290-QĐ/TW" + new string(')', 100),
        "“”‘’«»290-QĐ/TW…",
        "290\u2010\u2011\u2012\u2013QĐ/TW",
        "290－QĐ／TW／／",
        "0-0/0",
        "999999-QĐ/TW",
        "1000000-QĐ/TW",
        "2147483648-QĐ/TW",
        "04/9999/NĐ-CP",
        "04/0000/NĐ-CP",
        "10/2022/QH99",
        "10/2022/QH100",
        "10/2022/QH00015",
        "1656/NQ-UBTVQH15-UBTVQH16-QH1",
        "55/2005/TTLT-BNV-VPCP-BNV-VPCP-BNV-VPCP-BNV-VPCP-CP",
        "1/a-b-c-d-e-f-g-h-i-j-k",
        "12/hd-hd-hd",
        "12-tư/tư",
        "12-QĐ/TƯ-TƯ",
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
    public void Random_strings_from_the_numbers_alphabet_never_throw()
    {
        string[] alphabets =
        [
            "0123456789-/QĐTWNCPHqđtwncph",
            "0123456789-/ .,;:()QĐiTWUBNDTTgVPCPBNVKLNQHSố",
            "0123456789-/\u2013\u2014\uFF0F\uFF0D\u00D0\u00A0\u200B",
            "\0\u0001\t\n \u00A0\u200B\u0301\u031B\uD800\uDC00\uFFFF0123456789-/ĐƯ",
        ];
        foreach (var text in Fuzz.HostileStrings.FromAlphabets(290_2010, alphabets, 4_000, longLength: 400, anyCharOneIn: 40))
        {
            CheckNeverThrows(text);
        }
    }

    [Fact]
    public void Lenient_successes_round_trip_through_the_strict_canonical_form()
    {
        var parsed = new List<DocumentNumber>();
        foreach (var text in Candidates())
        {
            if (!DocumentNumber.TryParse(text, out var number))
            {
                continue;
            }

            var canonical = number.ToString();
            canonical.Should().NotBeEmpty();
            number.ToString().Should().Be(canonical, "ToString is stable");
            DocumentNumber.TryParse(canonical, DocumentNumberParseMode.Strict, out var strict, out var error)
                .Should().BeTrue("'{0}' parsed leniently as '{1}', which strict parsing refused: {2}", Show(text), canonical, error?.EnglishMessage);
            strict.Should().Be(number);
            strict.ToString().Should().Be(canonical);
            strict.System.Should().Be(number.System);
            strict.Number.Should().Be(number.Number);
            strict.Year.Should().Be(number.Year);
            strict.TypeAbbreviation.Should().Be(number.TypeAbbreviation);
            strict.IssuerAbbreviations.Should().Equal(number.IssuerAbbreviations);
            strict.AssemblyTerm.Should().Be(number.AssemblyTerm);
            strict.DraftingUnit.Should().Be(number.DraftingUnit);
            DocumentNumber.Parse(canonical).Should().Be(number, "lenient parsing of a canonical form gives it back");
            parsed.Add(number);
        }

        parsed.Should().HaveCountGreaterThan(500, "the mutations must reach the success path often enough to test it");
        CheckContracts(parsed.Take(200).ToList());
    }

    private static IEnumerable<string> Candidates()
    {
        string[] seeds =
        [
            "290-QĐ/TW", "11-QĐi/TW", "13-CT/ĐU", "04/2015/NĐ-CP", "55/2005/TTLT-BNV-VPCP", "10/2022/QH15", "34/2007/PL-UBTVQH11",
            "1656/NQ-UBTVQH15", "19/2025/QĐ-TTg", "70/KH-UBND", "1027/CTK-CSCL", "12/QyĐ-UBND", "12-QĐ/XYZ", "Số: 290-qd/tw.",
            "Quyết định số 04 / 2015 / ND-CP", "290–QĐ／TƯ", "123/UBND-VX",
        ];
        foreach (var seed in seeds)
        {
            yield return seed;
        }

        var random = new Random(23_2021);
        const string Pieces = "0123456789-/ QĐDdđiTWUBNDCPHKL.";
        for (var i = 0; i < 4_000; i++)
        {
            var chars = new List<char>(seeds[random.Next(seeds.Length)]);
            for (var edits = random.Next(1, 3); edits > 0; edits--)
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

            yield return new string(chars.ToArray());
        }
    }

    private static void CheckContracts(List<DocumentNumber> sample)
    {
        foreach (var a in sample)
        {
            a.Equals(a).Should().BeTrue();
            a.CompareTo(a).Should().Be(0);
            a.CompareTo((object?)null).Should().BePositive();
            a.CompareTo(default).Should().BePositive("default sorts first");
            a.Equals(default).Should().BeFalse();
            foreach (var b in sample)
            {
                var equal = a.Equals(b);
                b.Equals(a).Should().Be(equal, "equality is symmetric for {0} and {1}", a, b);
                (a == b).Should().Be(equal);
                (a != b).Should().Be(!equal);
                equal.Should().Be(a.ToString() == b.ToString(), "equality is on the canonical form");
                if (equal)
                {
                    a.GetHashCode().Should().Be(b.GetHashCode());
                }

                var order = a.CompareTo(b);
                Math.Sign(b.CompareTo(a)).Should().Be(-Math.Sign(order), "CompareTo is antisymmetric for {0} and {1}", a, b);
                (order == 0).Should().Be(equal, "CompareTo is consistent with Equals for {0} and {1}", a, b);
                a.CompareTo((object)b).Should().Be(order);
                (a < b).Should().Be(order < 0);
                (a >= b).Should().Be(order >= 0);
            }
        }

        var sorted = sample.Order().ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            sorted[i - 1].CompareTo(sorted[i]).Should().BeLessThanOrEqualTo(0);
        }

        FluentActions.Invoking(() => sample[0].CompareTo((object)"290-QĐ/TW")).Should().Throw<ArgumentException>();
    }

    private static void CheckNeverThrows(string text)
    {
        bool lenient;
        bool strict;
        ValidationIssue? lenientError;
        ValidationIssue? strictError;
        DocumentNumber lenientValue;
        ParseResult<DocumentNumber> spanResult;
        try
        {
            lenient = DocumentNumber.TryParse(text, out lenientValue, out lenientError);
            strict = DocumentNumber.TryParse(text, DocumentNumberParseMode.Strict, out _, out strictError);
            DocumentNumber.TryParse(text, out _).Should().Be(lenient);
            DocumentNumber.TryParse(text, DocumentNumberParseMode.Strict, out _).Should().Be(strict);
            DocumentNumber.TryParse(text.AsSpan(), null, out _).Should().Be(lenient);
            spanResult = DocumentNumber.ParseResult(text.AsSpan());
            DocumentNumber.ParseResult(text.AsSpan(), DocumentNumberParseMode.Strict).Success.Should().Be(strict);
            _ = spanResult.ToString();
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"TryParse threw {exception.GetType().Name} for '{Show(text)}': {exception.Message}");
            return;
        }

        spanResult.Success.Should().Be(lenient);
        if (strict)
        {
            lenient.Should().BeTrue("whatever strict parsing accepts, lenient parsing accepts: '{0}'", Show(text));
        }

        if (lenient)
        {
            lenientError.Should().BeNull();
            spanResult.Value.Should().Be(lenientValue);
            lenientValue.ToString().Length.Should().BeLessThanOrEqualTo(200);
            FluentActions.Invoking(() => DocumentNumber.Parse(text)).Should().NotThrow().Which.Should().Be(lenientValue);
        }
        else
        {
            lenientError!.Code.Number.Should().BeInRange(4001, 4099, "'{0}' gave {1}", Show(text), lenientError.Code);
            lenientError.AttemptedValue!.Length.Should().BeLessThanOrEqualTo(121);
            ExpectFormatException(() => DocumentNumber.Parse(text), text, lenientError);
            ExpectFormatException(() => DocumentNumber.Parse(text.AsSpan(), null), text, null);
        }

        if (!strict)
        {
            strictError!.Code.Number.Should().BeInRange(4001, 4099);
            ExpectFormatException(() => DocumentNumber.Parse(text, DocumentNumberParseMode.Strict), text, strictError);
        }
    }

    private static void ExpectFormatException(Func<DocumentNumber> parse, string text, ValidationIssue? expected)
    {
        try
        {
            parse();
            Assert.Fail($"Parse accepted '{Show(text)}' which TryParse rejected.");
        }
        catch (DanVanFormatException exception)
        {
            if (expected is not null)
            {
                exception.Issue.Should().Be(expected);
            }
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"Parse threw {exception.GetType().Name} for '{Show(text)}': {exception.Message}");
        }
    }

    [Fact]
    public void Null_never_throws_from_TryParse_and_Parse_throws_only_ArgumentNullException()
    {
        DocumentNumber.TryParse(null, out _).Should().BeFalse();
        DocumentNumber.TryParse(null, DocumentNumberParseMode.Strict, out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().Be("DV4001");
        DocumentNumber.TryParse((string?)null, null, out _).Should().BeFalse();
        FluentActions.Invoking(() => DocumentNumber.Parse(null!, DocumentNumberParseMode.Strict)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DocumentNumber.Parse(null!, (IFormatProvider?)null)).Should().Throw<ArgumentNullException>();
        DocumentNumber.ParseResult(default).Success.Should().BeFalse();
    }

    private static string Repeat(string piece, int length)
    {
        var builder = new StringBuilder(length + piece.Length);
        while (builder.Length < length)
        {
            builder.Append(piece);
        }

        return builder.ToString();
    }

    private static string Show(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");
}
