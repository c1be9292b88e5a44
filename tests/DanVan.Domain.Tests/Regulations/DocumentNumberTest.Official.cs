using DanVan.Domain.Regulations;

namespace DanVan.Domain.Tests.Regulations;

public partial class DocumentNumberTest
{
    // Every example of the issue, with the parts the grammar must find: system, number, year, type, issuers, term, drafting unit.
    [Theory]
    [InlineData("290-QĐ/TW", DocumentSystem.Party, 290, 0, "QĐ", "TW", 0, null)]
    [InlineData("11-QĐi/TW", DocumentSystem.Party, 11, 0, "QĐi", "TW", 0, null)]
    [InlineData("13-CT/ĐU", DocumentSystem.Party, 13, 0, "CT", "ĐU", 0, null)]
    [InlineData("2242-QĐ/TU", DocumentSystem.Party, 2242, 0, "QĐ", "TU", 0, null)]
    [InlineData("24-KH/BDVTU", DocumentSystem.Party, 24, 0, "KH", "BDVTU", 0, null)]
    [InlineData("36-HD/VPTW", DocumentSystem.Party, 36, 0, "HD", "VPTW", 0, null)]
    [InlineData("04/2015/NĐ-CP", DocumentSystem.State, 4, 2015, "NĐ", "CP", 0, null)]
    [InlineData("55/2005/TTLT-BNV-VPCP", DocumentSystem.State, 55, 2005, "TTLT", "BNV,VPCP", 0, null)]
    [InlineData("10/2022/QH15", DocumentSystem.State, 10, 2022, null, "QH", 15, null)]
    [InlineData("202/2025/QH15", DocumentSystem.State, 202, 2025, null, "QH", 15, null)]
    [InlineData("34/2007/PL-UBTVQH11", DocumentSystem.State, 34, 2007, "PL", "UBTVQH", 11, null)]
    [InlineData("1656/NQ-UBTVQH15", DocumentSystem.State, 1656, 0, "NQ", "UBTVQH", 15, null)]
    [InlineData("30/2026/QH16", DocumentSystem.State, 30, 2026, null, "QH", 16, null)]
    [InlineData("19/2025/QĐ-TTg", DocumentSystem.State, 19, 2025, "QĐ", "TTg", 0, null)]
    [InlineData("70/KH-UBND", DocumentSystem.State, 70, 0, "KH", "UBND", 0, null)]
    [InlineData("2579/QĐ-UBND", DocumentSystem.State, 2579, 0, "QĐ", "UBND", 0, null)]
    [InlineData("1027/CTK-CSCL", DocumentSystem.State, 1027, 0, null, "CTK", 0, "CSCL")]
    [InlineData("33/CT-TTg", DocumentSystem.State, 33, 0, "CT", "TTg", 0, null)]
    [InlineData("155/QĐ-BGDĐT", DocumentSystem.State, 155, 0, "QĐ", "BGDĐT", 0, null)]
    [InlineData("237/NQ-UBTVQH16", DocumentSystem.State, 237, 0, "NQ", "UBTVQH", 16, null)]
    public void Official_forms_parse_strictly_into_their_parts(
        string text, DocumentSystem system, int number, int year, string? type, string issuers, int term, string? draftingUnit)
    {
        foreach (var mode in new[] { DocumentNumberParseMode.Strict, DocumentNumberParseMode.Lenient })
        {
            var parsed = DocumentNumber.Parse(text, mode);
            parsed.ToString().Should().Be(text);
            parsed.System.Should().Be(system);
            parsed.Number.Should().Be(number);
            parsed.Year.Should().Be(year == 0 ? null : year);
            parsed.TypeAbbreviation.Should().Be(type);
            parsed.IssuerAbbreviations.Should().Equal(issuers.Split(','));
            parsed.IssuerAbbreviation.Should().Be(issuers.Split(',')[0]);
            parsed.AssemblyTerm.Should().Be(term == 0 ? null : term);
            parsed.DraftingUnit.Should().Be(draftingUnit);
            parsed.IsDefault.Should().BeFalse();
        }
    }

    [Theory]
    [InlineData("290-QĐ/TW", DocumentKind.Decision)]
    [InlineData("11-QĐi/TW", DocumentKind.Regulation)]
    [InlineData("43-KL/TW", DocumentKind.Conclusion)]
    [InlineData("12-TT/TW", DocumentKind.PartyCircular)]
    [InlineData("04/2015/NĐ-CP", DocumentKind.Decree)]
    [InlineData("01/2012/TT-BNV", DocumentKind.Circular)]
    [InlineData("12/QyĐ-UBND", DocumentKind.Regulation)]
    [InlineData("34/2007/PL-UBTVQH11", DocumentKind.Ordinance)]
    [InlineData("1027/CTK-CSCL", DocumentKind.OfficialLetter)]
    public void The_type_is_read_in_the_numbers_system(string text, DocumentKind kind) =>
        DocumentNumber.Parse(text).Type!.Kind.Should().Be(kind);

    [Fact]
    public void A_law_style_number_does_not_say_its_type_and_an_unknown_abbreviation_has_no_type()
    {
        DocumentNumber.Parse("10/2022/QH15").Type.Should().BeNull();
        DocumentNumber.Parse("12-ABC/TW").Type.Should().BeNull();
        DocumentNumber.Parse("12-ABC/TW").TypeAbbreviation.Should().Be("ABC");
    }

    [Fact]
    public void Known_issuers_come_from_the_table_and_unknown_ones_still_parse()
    {
        DocumentNumber.Parse("2242-QĐ/TU").Issuer!.Level.Should().Be(IssuerLevel.Province);
        DocumentNumber.Parse("10/2022/QH15").Issuer!.VietnameseName.Should().Be("Quốc hội");
        var unknown = DocumentNumber.Parse("12-QĐ/XYZ", DocumentNumberParseMode.Strict);
        unknown.Issuer.Should().BeNull();
        unknown.IssuerAbbreviation.Should().Be("XYZ");
    }

    [Fact]
    public void Without_a_year_an_unknown_first_token_is_a_type_only_when_a_known_issuer_follows()
    {
        var typed = DocumentNumber.Parse("12/ABC-UBND");
        typed.TypeAbbreviation.Should().Be("ABC");
        typed.IssuerAbbreviation.Should().Be("UBND");
        typed.DraftingUnit.Should().BeNull();

        var letter = DocumentNumber.Parse("123/UBND-VX");
        letter.TypeAbbreviation.Should().BeNull();
        letter.IssuerAbbreviation.Should().Be("UBND");
        letter.DraftingUnit.Should().Be("VX");
        letter.Type!.Kind.Should().Be(DocumentKind.OfficialLetter);
    }

    [Fact]
    public void A_canonical_input_string_is_reused_not_copied()
    {
        const string text = "04/2015/NĐ-CP";
        var copy = new string(text.AsSpan());
        DocumentNumber.Parse(copy).ToString().Should().BeSameAs(copy);
        DocumentNumber.Parse("04/2015/ND-CP").ToString().Should().Be(text);
    }

    [Fact]
    public void Default_is_not_a_number()
    {
        var value = default(DocumentNumber);
        value.IsDefault.Should().BeTrue();
        value.ToString().Should().BeEmpty();
        value.IssuerAbbreviation.Should().BeEmpty();
        value.IssuerAbbreviations.Should().BeEmpty();
        value.Type.Should().BeNull();
        value.Should().NotBe(DocumentNumber.Parse("290-QĐ/TW"));
    }

    [Fact]
    public void Generic_parsing_interfaces_work()
    {
        ParseWith<DocumentNumber>("290-qd/tw").ToString().Should().Be("290-QĐ/TW");
        SpanParseWith<DocumentNumber>("04/2015/ND-CP").ToString().Should().Be("04/2015/NĐ-CP");
        DocumentNumber.TryParse("x".AsSpan(), null, out _).Should().BeFalse();
        $"{DocumentNumber.Parse("290-QĐ/TW")}".Should().Be("290-QĐ/TW");
    }

    private static T ParseWith<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);

    private static T SpanParseWith<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);
}

public class DocumentNumberFastPathTest
{
    // The fast path for official input must agree with the general scanner on everything it accepts.
    [Fact]
    public void The_fast_path_and_the_general_scanner_agree()
    {
        var inputs = new List<string>
        {
            "290-QĐ/TW", "11-QĐi/TW", "13-CT/ĐU", "2242-QĐ/TU", "24-KH/BDVTU", "36-HD/VPTW", "04/2015/NĐ-CP", "55/2005/TTLT-BNV-VPCP",
            "10/2022/QH15", "202/2025/QH15", "34/2007/PL-UBTVQH11", "1656/NQ-UBTVQH15", "30/2026/QH16", "19/2025/QĐ-TTg", "70/KH-UBND",
            "2579/QĐ-UBND", "1027/CTK-CSCL", "33/CT-TTg", "155/QĐ-BGDĐT", "237/NQ-UBTVQH16", "1656/UBTVQH15", "10/2022/QH015",
            "10/2022/QH0", "04/2015/CP", "04/2015/NĐ-CP15", "290-QĐ/QH15", "4/2015/NĐ-CP", "0290-QĐ/TW", "290-QD/TW", "12/QĐ-XYZ",
        };
        var random = new Random(7);
        var alphabet = "0123456789-/QĐHTWNCPUBDVKLiyg ";
        foreach (var seed in inputs.ToArray())
        {
            for (var i = 0; i < 200; i++)
            {
                var chars = seed.ToCharArray();
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
                inputs.Add(new string(chars));
            }
        }

        foreach (var input in inputs)
        {
            foreach (var mode in new[] { DocumentNumberParseMode.Strict, DocumentNumberParseMode.Lenient })
            {
                var fast = DocumentNumberParser.TryParse(input, input, mode, out var viaFast);
                var general = DocumentNumberParser.TryParseGeneral(input, input, mode, out var viaGeneral);
                (fast is null).Should().Be(general is null, $"'{input}' in {mode} mode");
                if (fast is null)
                {
                    viaFast.Should().Be(viaGeneral, input);
                    viaFast.TypeAbbreviation.Should().Be(viaGeneral.TypeAbbreviation, input);
                    viaFast.IssuerAbbreviation.Should().Be(viaGeneral.IssuerAbbreviation, input);
                    viaFast.AssemblyTerm.Should().Be(viaGeneral.AssemblyTerm, input);
                    viaFast.Year.Should().Be(viaGeneral.Year, input);
                    viaFast.DraftingUnit.Should().Be(viaGeneral.DraftingUnit, input);
                }
                else
                {
                    fast.Code.Should().Be(general!.Code, input);
                }
            }
        }
    }
}
