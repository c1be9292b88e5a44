using System.Text.RegularExpressions;
using DanVan.Domain.Metrics;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Metrics;

public partial class MetricCodeTest
{
    // The grammar written independently of the parser: dotted segments of a letter, then letters, digits and single inner hyphens.
    private static readonly Regex Grammar = new(@"\A(?=.{1,100}\z)[a-z](?:[a-z0-9]|-(?=[a-z0-9]))*(?:\.[a-z](?:[a-z0-9]|-(?=[a-z0-9]))*)+\z", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    [Fact]
    public void Hostile_strings_never_throw_from_TryParse_and_every_entry_point_agrees_with_the_grammar()
    {
        var strings = Fuzz.HostileStrings.Generate(5_000).ToList();
        strings.Should().HaveCountGreaterThan(5_000);
        foreach (var text in strings)
        {
            Check(text);
        }
    }

    [Fact]
    public void Random_strings_near_the_grammar_never_throw_and_agree_with_the_grammar()
    {
        string[] alphabets =
        [
            "abcdefghijk.",
            "abcz09.-",
            "abcdefgh.-",
            "abcABC019.-_ ",
            "ab.\u0301\u00E1\u0111\0\uD800\uFF41",
        ];
        var accepted = 0;
        foreach (var text in Fuzz.HostileStrings.FromAlphabets(2021_12_30, alphabets, 8_000, longLength: 160, anyCharOneIn: 60))
        {
            accepted += Check(text) ? 1 : 0;
        }

        accepted.Should().BeGreaterThan(300, "the alphabets must reach the success path often enough to test it");
    }

    // Every entry point agrees; a success is a code whose text is the input; a failure carries an issue whose code fits.
    private static bool Check(string text)
    {
        var expected = Grammar.IsMatch(text);
        var ok = MetricCode.TryParse(text, out var code, out var error);
        ok.Should().Be(expected, "'{0}' ({1} chars)", JsonFuzzShow(text), text.Length);
        MetricCode.TryParse(text, out var plain).Should().Be(ok);
        MetricCode.TryParse(text, null, out _).Should().Be(ok);
        MetricCode.TryParse(text.AsSpan(), null, out var span).Should().Be(ok);
        if (ok)
        {
            code.ToString().Should().Be(text);
            plain.Should().Be(code);
            span.Should().Be(code);
            MetricCode.Parse(text, null).Should().Be(code);
            code.Area.Should().Be(text[..text.IndexOf('.', StringComparison.Ordinal)]);
            error.Should().BeNull();
            return true;
        }

        code.IsDefault.Should().BeTrue();
        span.IsDefault.Should().BeTrue();
        error!.Code.ToString().Should().Be(text.Length == 0 ? "DV6001" : "DV6002", JsonFuzzShow(text));
        error.EnglishMessage.Should().NotContain("{text}").And.NotContain("{reason}").And.NotBeEmpty();
        error.VietnameseMessage.Should().NotContain("{text}").And.NotContain("{reasonVi}").And.NotBeEmpty();
        (error.AttemptedValue ?? string.Empty).Length.Should().BeLessThanOrEqualTo(121);
        FluentActions.Invoking(() => MetricCode.Parse(text, null)).Should().Throw<DanVanFormatException>();
        return false;
    }

    private static string JsonFuzzShow(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
