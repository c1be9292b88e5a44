using DanVan.Domain.Administration;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Administration;

public partial class UnitCodeTest
{
    [Fact]
    public void Hostile_strings_never_throw_from_TryParse_and_successes_are_exactly_their_digits()
    {
        var strings = Fuzz.HostileStrings.Generate(5_000).ToList();
        strings.Should().HaveCountGreaterThan(5_000);
        foreach (var text in strings)
        {
            Check(text);
        }
    }

    [Fact]
    public void Random_strings_near_the_grammar_never_throw_and_agree_with_a_plain_reading()
    {
        string[] alphabets =
        [
            "0123456789",
            "0123456789 +-.",
            "0123456789０１２３٠١٢۰०",
            "\0\t \u00A0\u200B\uFEFF\uD800\uDC000123456789",
        ];
        var accepted = 0;
        foreach (var text in Fuzz.HostileStrings.FromAlphabets(2025_07_01, alphabets, 8_000, longLength: 200, anyCharOneIn: 50))
        {
            accepted += Check(text) ? 1 : 0;
        }

        accepted.Should().BeGreaterThan(300, "the alphabets must reach the success path often enough to test it");
    }

    // Every entry point agrees; a success is a code whose text is the input; a failure carries an issue whose code fits.
    private static bool Check(string text)
    {
        var expected = text.Length is 2 or 3 or 5 && text.All(char.IsAsciiDigit);
        var ok = UnitCode.TryParse(text, out var code, out var error);
        ok.Should().Be(expected, "'{0}' ({1} chars)", Show(text), text.Length);
        UnitCode.TryParse(text, out var plain).Should().Be(ok);
        UnitCode.TryParse(text.AsSpan(), out var span).Should().Be(ok);
        UnitCode.TryParse(text, null, out _).Should().Be(ok);
        UnitCode.TryParse(text.AsSpan(), null, out _).Should().Be(ok);
        if (ok)
        {
            code.ToString().Should().Be(text);
            plain.Should().Be(code);
            span.Should().Be(code);
            UnitCode.Parse(text, null).Should().Be(code);
            error.Should().BeNull();
            return true;
        }

        code.IsDefault.Should().BeTrue();
        error!.Code.ToString().Should().Be(text.Length == 0 ? "DV2001" : text.All(char.IsAsciiDigit) ? "DV2003" : "DV2002", Show(text));
        error.EnglishMessage.Should().NotContain("{text}").And.NotContain("{length}").And.NotBeEmpty();
        error.VietnameseMessage.Should().NotContain("{text}").And.NotContain("{length}").And.NotBeEmpty();
        FluentActions.Invoking(() => UnitCode.Parse(text, null)).Should().Throw<DanVanFormatException>();
        return false;
    }

    private static string Show(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
