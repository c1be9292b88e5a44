using DanVan.Domain.Metrics;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Metric codes: the strict dotted grammar, every reason a text is refused, value semantics and the parse overloads.</summary>
public partial class MetricCodeTest
{
    private static MetricCode Code(string text) => MetricCode.Parse(text, null);

    [Theory]
    [InlineData("supervision.sessions", "supervision")]
    [InlineData("petitions.within-jurisdiction", "petitions")]
    [InlineData("dan-van-kheo.models-recognised.economy", "dan-van-kheo")]
    [InlineData("a.b", "a")]
    [InlineData("a1.b2c3", "a1")]
    [InlineData("x.y.z.w", "x")]
    [InlineData("hanoi.mediation-cases-2025", "hanoi")]
    public void Valid_codes_parse_and_keep_their_text(string text, string area)
    {
        var code = Code(text);
        code.IsDefault.Should().BeFalse();
        code.ToString().Should().Be(text);
        code.ToString(null, null).Should().Be(text);
        code.ToString("G", System.Globalization.CultureInfo.InvariantCulture).Should().Be(text, "format and provider are ignored");
        $"{code}".Should().Be(text);
        code.Area.Should().Be(area);
        MetricCode.Parse(text).Should().Be(code);
        MetricCode.TryParse(text, out var viaTry).Should().BeTrue();
        viaTry.Should().Be(code);
        MetricCode.TryParse(text, out var withError, out var error).Should().BeTrue();
        withError.Should().Be(code);
        error.Should().BeNull();
        MetricCode.TryParse(text, null, out var viaProvider).Should().BeTrue();
        viaProvider.Should().Be(code);
        MetricCode.TryParse(text.AsSpan(), null, out var viaSpan).Should().BeTrue();
        viaSpan.Should().Be(code);
        MetricCode.Parse(text.AsSpan(), null).Should().Be(code);
        ParseGeneric<MetricCode>(text).Should().Be(code, "the ISpanParsable members are the same parser");
    }

    [Fact]
    public void A_code_of_exactly_the_maximum_length_parses_and_one_more_character_does_not()
    {
        var longest = "a." + new string('b', MetricCode.MaximumLength - 2);
        longest.Length.Should().Be(100);
        Code(longest).ToString().Should().Be(longest);
        MetricCode.TryParse(longest + "b", out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().Be("DV6002");
        error.GetArgument("reason").Should().Be("it is longer than 100 characters");
        error.GetArgument("reasonVi").Should().Be("mã dài hơn 100 ký tự");
        error.AttemptedValue.Should().Be(longest + "b");
        var hostile = "a." + new string('b', 300);
        MetricCode.TryParse(hostile, out _, out error).Should().BeFalse();
        error!.AttemptedValue.Should().Be(hostile[..120] + "…", "hostile input is cut to a readable length");
        error.GetArgument("text").Should().Be(hostile[..120] + "…");
    }

    private const string Characters = "only lower-case ASCII letters, digits, hyphens and dots are allowed";
    private const string Segments = "each dotted segment must start with a letter and have no leading, trailing or double hyphen";
    private const string TwoSegments = "it needs at least two dotted segments, as in supervision.sessions";

    [Theory]
    [InlineData("Supervision.sessions", Characters)]
    [InlineData("supervision.Sessions", Characters)]
    [InlineData("supervision sessions", Characters)]
    [InlineData("supervision. sessions", Characters)]
    [InlineData(" supervision.sessions", Characters)]
    [InlineData("supervision.sessions ", Characters)]
    [InlineData("giám-sát.cuộc", Characters)]
    [InlineData("supervision_sessions.x", Characters)]
    [InlineData("supervision/sessions", Characters)]
    [InlineData("supervision.sessions\n", Characters)]
    [InlineData("ｓupervision.sessions", Characters)]
    [InlineData("supervision..sessions", Segments)]
    [InlineData(".supervision.sessions", Segments)]
    [InlineData("supervision.sessions.", Segments)]
    [InlineData("supervision.1sessions", Segments)]
    [InlineData("1supervision.sessions", Segments)]
    [InlineData("supervision.-sessions", Segments)]
    [InlineData("supervision.sessions-", Segments)]
    [InlineData("dan--van.kheo", Segments)]
    [InlineData(".", Segments)]
    [InlineData("..", Segments)]
    [InlineData("-.a", Segments)]
    [InlineData("supervision", TwoSegments)]
    [InlineData("a", TwoSegments)]
    [InlineData("dan-van-kheo", TwoSegments)]
    public void Malformed_codes_are_refused_with_the_reason(string text, string reason)
    {
        MetricCode.TryParse(text, out var code, out var error).Should().BeFalse();
        code.IsDefault.Should().BeTrue();
        error!.Code.ToString().Should().Be("DV6002");
        error.Path.Should().BeEmpty();
        error.AttemptedValue.Should().Be(text);
        error.GetArgument("text").Should().Be(text);
        error.GetArgument("reason").Should().Be(reason);
        error.GetArgument("reasonVi").Should().NotBeNullOrWhiteSpace();
        error.EnglishMessage.Should().Be($"'{text}' is not a metric code: {reason}.");
        error.VietnameseMessage.Should().StartWith($"'{text}' không phải là mã chỉ tiêu: ");
        MetricCode.TryParse(text, out _).Should().BeFalse();
        MetricCode.TryParse(text, null, out _).Should().BeFalse();
        MetricCode.TryParse(text.AsSpan(), null, out var viaSpan).Should().BeFalse();
        viaSpan.IsDefault.Should().BeTrue();
        var parse = () => MetricCode.Parse(text, null);
        parse.Should().Throw<DanVanFormatException>().Which.Issue.Should().Be(error);
        var parseSpan = () => MetricCode.Parse(text.AsSpan(), null);
        parseSpan.Should().Throw<DanVanFormatException>().Which.Issue.Code.ToString().Should().Be("DV6002");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_missing_code_is_DV6001(string? text)
    {
        MetricCode.TryParse(text, out var code, out var error).Should().BeFalse();
        code.IsDefault.Should().BeTrue();
        error!.Code.ToString().Should().Be("DV6001");
        error.EnglishMessage.Should().Be("A metric code is required.");
        error.VietnameseMessage.Should().Be("Bắt buộc phải có mã chỉ tiêu.");
        MetricCode.TryParse(text, out _).Should().BeFalse();
        MetricCode.TryParse(text, null, out _).Should().BeFalse();
        MetricCode.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_refuses_null_with_ArgumentNullException_and_empty_with_the_issue()
    {
        var parse = () => MetricCode.Parse(null!);
        parse.Should().Throw<ArgumentNullException>();
        var withProvider = () => MetricCode.Parse(null!, null);
        withProvider.Should().Throw<ArgumentNullException>();
        var empty = () => MetricCode.Parse(string.Empty, null);
        empty.Should().Throw<DanVanFormatException>().Which.Issue.Code.ToString().Should().Be("DV6001");
        var emptySpan = () => MetricCode.Parse(ReadOnlySpan<char>.Empty, null);
        emptySpan.Should().Throw<DanVanFormatException>().Which.Issue.Code.ToString().Should().Be("DV6001");
    }

    [Fact]
    public void Default_is_not_a_code()
    {
        var code = default(MetricCode);
        code.IsDefault.Should().BeTrue();
        code.ToString().Should().BeEmpty();
        code.Area.Should().BeEmpty();
        code.Should().Be(default(MetricCode));
        code.Should().NotBe(Code("a.b"));
        code.GetHashCode().Should().Be(0);
        code.TryFormat(Span<char>.Empty, out var written, default, null).Should().BeTrue("the empty text fits anywhere");
        written.Should().Be(0);
    }

    [Fact]
    public void Equality_is_ordinal_on_the_text()
    {
        var a = Code("supervision.sessions");
        var b = MetricCode.Parse(string.Concat("supervision", ".sessions"));
        a.Should().Be(b);
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.Equals((object)b).Should().BeTrue();
        a.Equals("supervision.sessions").Should().BeFalse("a string is not a code");
        a.Equals(null).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
        var other = Code("supervision.thematic-sessions");
        (a == other).Should().BeFalse();
        (a != other).Should().BeTrue();
        new HashSet<MetricCode> { a, b, other }.Should().HaveCount(2);
    }

    [Fact]
    public void Order_is_ordinal_with_default_first()
    {
        string[] texts = ["supervision.thematic-sessions", "a.b", "dan-van-kheo.models-in-force", "supervision.sessions", "a.b-c", "a.b.c", "a1.b", "z.a"];
        var codes = texts.Select(Code).ToList();
        codes.Add(default);
        codes.Order().Select(c => c.ToString()).Should().Equal(new[] { string.Empty }.Concat(texts.Order(StringComparer.Ordinal)));
        var low = Code("a.b");
        var high = Code("a.c");
        (low < high).Should().BeTrue();
        (low <= high).Should().BeTrue();
        (high > low).Should().BeTrue();
        (high >= low).Should().BeTrue();
        (low >= high).Should().BeFalse();
        (low <= Code("a.b")).Should().BeTrue();
        (low >= Code("a.b")).Should().BeTrue();
        low.CompareTo(Code("a.b")).Should().Be(0);
        low.CompareTo((object)high).Should().BeNegative();
        low.CompareTo(null).Should().BePositive();
        var wrongType = () => low.CompareTo("a.b");
        wrongType.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void TryFormat_writes_the_text_when_it_fits()
    {
        var code = Code("petitions.received");
        Span<char> exact = stackalloc char[18];
        code.TryFormat(exact, out var written, default, null).Should().BeTrue();
        written.Should().Be(18);
        exact.ToString().Should().Be("petitions.received");
        Span<char> small = stackalloc char[17];
        code.TryFormat(small, out written, default, null).Should().BeFalse();
        written.Should().Be(0);
    }

    [Fact]
    public void Every_built_in_code_is_a_valid_code_that_reads_back_from_its_text()
    {
        foreach (var code in MetricCatalogTest.BuiltInCodes())
        {
            code.IsDefault.Should().BeFalse();
            Code(code.ToString()).Should().Be(code);
        }
    }

    private static T ParseGeneric<T>(string text)
        where T : ISpanParsable<T> =>
        T.Parse(text.AsSpan(), null);
}
