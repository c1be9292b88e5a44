using DanVan.Domain.Administration;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests.Administration;

public partial class UnitCodeTest
{
    private static UnitCode Code(string text) => UnitCode.Parse(text, null);

    [Theory]
    [InlineData("01", AdministrativeLevel.Province, 1)]
    [InlineData("00", AdministrativeLevel.Province, 0)]
    [InlineData("99", AdministrativeLevel.Province, 99)]
    [InlineData("001", AdministrativeLevel.District, 1)]
    [InlineData("279", AdministrativeLevel.District, 279)]
    [InlineData("999", AdministrativeLevel.District, 999)]
    [InlineData("00004", AdministrativeLevel.Commune, 4)]
    [InlineData("26740", AdministrativeLevel.Commune, 26740)]
    [InlineData("99999", AdministrativeLevel.Commune, 99999)]
    public void Every_valid_length_parses_with_its_level_and_keeps_its_leading_zeros(string text, AdministrativeLevel level, int value)
    {
        var code = Code(text);
        code.Level.Should().Be(level);
        code.Value.Should().Be(value);
        code.IsDefault.Should().BeFalse();
        code.ToString().Should().Be(text);
        code.ToString(null, null).Should().Be(text);
        $"{code}".Should().Be(text);
        UnitCode.TryParse(text, out var viaTry).Should().BeTrue();
        viaTry.Should().Be(code);
        UnitCode.TryParse(text.AsSpan(), out var viaSpan).Should().BeTrue();
        viaSpan.Should().Be(code);
        UnitCode.Parse(text.AsSpan(), null).Should().Be(code);
        UnitCode.TryParse(text, null, out var viaProvider).Should().BeTrue();
        viaProvider.Should().Be(code);
        UnitCode.TryParse(text, out _, out var error).Should().BeTrue();
        error.Should().BeNull();
        UnitCode.Of(level, value).Should().Be(code);
    }

    [Fact]
    public void The_same_number_at_different_levels_is_three_different_codes()
    {
        var province = Code("04");
        var district = Code("004");
        var commune = Code("00004");
        province.Value.Should().Be(district.Value).And.Be(commune.Value);
        new[] { province, district, commune }.Distinct().Should().HaveCount(3);
        province.Should().NotBe(district);
        district.Should().NotBe(commune);
    }

    [Theory]
    [InlineData(AdministrativeLevel.Province, 0, "00")]
    [InlineData(AdministrativeLevel.Province, 7, "07")]
    [InlineData(AdministrativeLevel.District, 7, "007")]
    [InlineData(AdministrativeLevel.Commune, 7, "00007")]
    [InlineData(AdministrativeLevel.Commune, 26740, "26740")]
    public void Of_pads_the_value_to_the_levels_length(AdministrativeLevel level, int value, string expected) =>
        UnitCode.Of(level, value).ToString().Should().Be(expected);

    [Theory]
    [InlineData(AdministrativeLevel.Province, 100, "province", "2")]
    [InlineData(AdministrativeLevel.Province, -1, "province", "2")]
    [InlineData(AdministrativeLevel.District, 1000, "district", "3")]
    [InlineData(AdministrativeLevel.Commune, 100000, "commune", "5")]
    [InlineData(AdministrativeLevel.Commune, int.MinValue, "commune", "5")]
    [InlineData(AdministrativeLevel.Commune, int.MaxValue, "commune", "5")]
    public void Of_refuses_a_value_that_does_not_fit_the_level(AdministrativeLevel level, int value, string levelName, string digits)
    {
        var exception = FluentActions.Invoking(() => UnitCode.Of(level, value)).Should().Throw<ArgumentOutOfRangeException>().Which;
        exception.ParamName.Should().Be("value");
        exception.ActualValue.Should().Be(value);
        exception.Message.Should().Contain($"A {levelName} code has {digits} digits.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void Of_refuses_an_undefined_level(int level) =>
        FluentActions.Invoking(() => UnitCode.Of((AdministrativeLevel)level, 1)).Should().Throw<ArgumentOutOfRangeException>()
            .Which.ParamName.Should().Be("level");

    public static TheoryData<string, string> NotDigits => new()
    {
        { " 01", "leading space" },
        { "01 ", "trailing space" },
        { "0 1", "inner space" },
        { "+01", "sign" },
        { "-01", "sign" },
        { "+1", "sign, two characters" },
        { "-1", "negative" },
        { "０１", "full-width digits" },
        { "２７９", "full-width digits" },
        { "٠١", "Arabic-Indic digits" },
        { "٢٧٩", "Arabic-Indic digits" },
        { "۰۱", "extended Arabic-Indic digits" },
        { "०१", "Devanagari digits" },
        { "𝟎𝟏", "mathematical digits (surrogate pairs)" },
        { "1.0", "decimal point" },
        { "1e3", "exponent" },
        { "0x1", "hex" },
        { "ab", "letters" },
        { "01\0", "NUL" },
        { "\u200B01", "zero-width space" },
        { "12345\n", "line feed" },
        { "Xã", "a name" },
    };

    [Theory]
    [MemberData(nameof(NotDigits))]
    public void Anything_but_ASCII_digits_is_DV2002_with_both_messages(string text, string why)
    {
        UnitCode.TryParse(text, out var code, out var error).Should().BeFalse(why);
        code.IsDefault.Should().BeTrue("a failed parse leaves default");
        error!.Code.ToString().Should().Be("DV2002");
        error.Severity.Should().Be(ValidationSeverity.Error);
        error.Path.Should().BeEmpty();
        error.AttemptedValue.Should().Be(text);
        error.GetArgument("text").Should().Be(text);
        error.EnglishMessage.Should().Be($"'{text}' is not an administrative unit code: a code has digits only, as in 01, 279 or 10015.");
        error.VietnameseMessage.Should().Be($"'{text}' không phải là mã đơn vị hành chính: mã chỉ gồm chữ số, ví dụ 01, 279 hoặc 10015.");
        UnitCode.TryParse(text, out _).Should().BeFalse();
        UnitCode.TryParse(text.AsSpan(), out _).Should().BeFalse();
        UnitCode.TryParse(text, null, out _).Should().BeFalse();
        UnitCode.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("4", 1)]
    [InlineData("0004", 4)]
    [InlineData("2790", 4)]
    [InlineData("000004", 6)]
    [InlineData("267400", 6)]
    [InlineData("1234567", 7)]
    [InlineData("99999999999999999999", 20)]
    public void Digits_of_a_length_other_than_2_3_or_5_are_DV2003_with_the_length(string text, int length)
    {
        UnitCode.TryParse(text, out var code, out var error).Should().BeFalse();
        code.IsDefault.Should().BeTrue();
        error!.Code.ToString().Should().Be("DV2003");
        error.AttemptedValue.Should().Be(text);
        error.GetArgument("text").Should().Be(text);
        error.GetArgument("length").Should().Be(length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        error.EnglishMessage.Should().Be($"'{text}' has {length} digits; a code has 2 (province), 3 (district) or 5 (commune), with its leading zeros.");
        error.VietnameseMessage.Should().Be($"'{text}' có {length} chữ số; mã có 2 chữ số (cấp tỉnh), 3 chữ số (cấp huyện) hoặc 5 chữ số (cấp xã), kể cả số 0 ở đầu.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Null_and_empty_are_DV2001_required(string? text)
    {
        UnitCode.TryParse(text, out var code, out var error).Should().BeFalse();
        code.IsDefault.Should().BeTrue();
        error!.Code.ToString().Should().Be("DV2001");
        error.AttemptedValue.Should().Be(text);
        error.EnglishMessage.Should().Be("An administrative unit code is required.");
        error.VietnameseMessage.Should().Be("Bắt buộc phải có mã đơn vị hành chính.");
        UnitCode.TryParse(text, out _).Should().BeFalse();
        UnitCode.TryParse(text.AsSpan(), out _).Should().BeFalse();
    }

    [Fact]
    public void A_long_rejected_text_is_cut_in_the_issue()
    {
        var text = new string('7', 10_000);
        UnitCode.TryParse(text, out _, out var error).Should().BeFalse();
        error!.AttemptedValue!.Length.Should().BeLessThan(200);
        error.EnglishMessage.Length.Should().BeLessThan(400);
        error.GetArgument("length").Should().Be("10000");
    }

    [Theory]
    [InlineData("1", "DV2003")]
    [InlineData("0 1", "DV2002")]
    [InlineData("", "DV2001")]
    [InlineData("０１", "DV2002")]
    public void Parse_throws_DanVanFormatException_carrying_the_issue(string text, string code)
    {
        var exception = FluentActions.Invoking(() => UnitCode.Parse(text, null)).Should().Throw<DanVanFormatException>().Which;
        exception.Issue.Code.ToString().Should().Be(code);
        exception.Message.Should().Be(exception.Issue.EnglishMessage);
        exception.VietnameseMessage.Should().Be(exception.Issue.VietnameseMessage);
        FluentActions.Invoking(() => UnitCode.Parse(text.AsSpan(), null)).Should().Throw<DanVanFormatException>()
            .Which.Issue.Code.ToString().Should().Be(code, "the span overload reports the same issue");
#pragma warning disable CA1305 // The single-argument overload is tested on purpose.
        FluentActions.Invoking(() => UnitCode.Parse(text)).Should().Throw<DanVanFormatException>()
            .Which.Issue.Code.ToString().Should().Be(code);
#pragma warning restore CA1305
    }

    [Fact]
    public void Parse_of_null_throws_ArgumentNullException()
    {
        FluentActions.Invoking(() => UnitCode.Parse(null!, null)).Should().Throw<ArgumentNullException>();
#pragma warning disable CA1305 // The single-argument overload is tested on purpose.
        FluentActions.Invoking(() => UnitCode.Parse(null!)).Should().Throw<ArgumentNullException>();
#pragma warning restore CA1305
        UnitCode.TryParse((string?)null, null, out _).Should().BeFalse();
    }

    [Fact]
    public void The_generic_parsing_interfaces_work()
    {
        ParseGeneric<UnitCode>("279").Should().Be(Code("279"));
        TryParseGeneric<UnitCode>("2790", out _).Should().BeFalse();
        TryParseGeneric<UnitCode>("00004", out var code).Should().BeTrue();
        code.Should().Be(Code("00004"));
    }

    private static T ParseGeneric<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);

    private static bool TryParseGeneric<T>(string text, out T result)
        where T : ISpanParsable<T> => T.TryParse(text, null, out result!);
}
