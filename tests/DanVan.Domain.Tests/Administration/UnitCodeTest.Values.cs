using DanVan.Domain.Administration;

namespace DanVan.Domain.Tests.Administration;

public partial class UnitCodeTest
{
    [Fact]
    public void Codes_order_by_level_then_value_with_default_first()
    {
        var codes = new[] { Code("26740"), Code("01"), Code("279"), Code("00004"), default, Code("99"), Code("001"), Code("00"), Code("999") };
        codes.Order().Select(c => c.ToString())
            .Should().Equal(string.Empty, "00", "01", "99", "001", "279", "999", "00004", "26740");
    }

    [Fact]
    public void Comparison_operators_agree_with_CompareTo()
    {
        var all = new[] { default, Code("00"), Code("01"), Code("99"), Code("000"), Code("001"), Code("00004"), Code("26740") };
        foreach (var a in all)
        {
            foreach (var b in all)
            {
                var order = a.CompareTo(b);
                (a < b).Should().Be(order < 0);
                (a > b).Should().Be(order > 0);
                (a <= b).Should().Be(order <= 0);
                (a >= b).Should().Be(order >= 0);
                (a == b).Should().Be(order == 0);
                (a != b).Should().Be(order != 0);
                a.Equals(b).Should().Be(order == 0);
                a.Equals((object)b).Should().Be(order == 0);
                Math.Sign(b.CompareTo(a)).Should().Be(-Math.Sign(order), "CompareTo is antisymmetric");
                Math.Sign(((IComparable)a).CompareTo(b)).Should().Be(Math.Sign(order));
                if (order == 0)
                {
                    a.GetHashCode().Should().Be(b.GetHashCode());
                }
            }
        }
    }

    [Fact]
    public void Equal_codes_from_different_sources_have_equal_hashes_and_distinct_codes_rarely_collide()
    {
        Code("00004").GetHashCode().Should().Be(UnitCode.Of(AdministrativeLevel.Commune, 4).GetHashCode());
        var hashes = new HashSet<int>();
        for (var i = 0; i < 100; i++)
        {
            hashes.Add(UnitCode.Of(AdministrativeLevel.Province, i).GetHashCode());
            hashes.Add(UnitCode.Of(AdministrativeLevel.District, i).GetHashCode());
            hashes.Add(UnitCode.Of(AdministrativeLevel.Commune, i).GetHashCode());
        }

        hashes.Should().HaveCount(300, "the level is part of the hash");
    }

    [Fact]
    public void Non_generic_CompareTo_puts_null_first_and_refuses_other_types()
    {
        IComparable code = Code("01");
        code.CompareTo(null).Should().BePositive();
        FluentActions.Invoking(() => code.CompareTo("01")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("obj");
        Code("01").Equals("01").Should().BeFalse();
        Code("01").Equals(null).Should().BeFalse();
    }

    [Theory]
    [InlineData("01")]
    [InlineData("279")]
    [InlineData("00004")]
    public void TryFormat_writes_the_digits_and_refuses_a_short_buffer_without_writing(string text)
    {
        var code = Code(text);
        Span<char> exact = stackalloc char[text.Length];
        code.TryFormat(exact, out var written, default, null).Should().BeTrue();
        written.Should().Be(text.Length);
        new string(exact).Should().Be(text);

        Span<char> longer = stackalloc char[8];
        longer.Fill('x');
        code.TryFormat(longer, out written, "G", null).Should().BeTrue();
        new string(longer[..written]).Should().Be(text);
        new string(longer[written..]).Should().Be(new string('x', 8 - text.Length), "nothing is written past the digits");

        Span<char> buffer = stackalloc char[8];
        for (var length = 0; length < text.Length; length++)
        {
            var shortBuffer = buffer[..length];
            shortBuffer.Fill('x');
            code.TryFormat(shortBuffer, out written, default, null).Should().BeFalse();
            written.Should().Be(0);
            new string(shortBuffer).Should().Be(new string('x', length), "a refused write leaves the buffer untouched");
        }

        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{code}]").Should().Be($"[{text}]", "interpolation uses TryFormat");
    }

    [Fact]
    public void Default_is_not_a_code()
    {
        var code = default(UnitCode);
        code.IsDefault.Should().BeTrue();
        code.Value.Should().Be(0);
        code.ToString().Should().BeEmpty();
        FluentActions.Invoking(() => code.Level).Should().Throw<InvalidOperationException>();
        code.TryFormat(Span<char>.Empty, out var written, default, null).Should().BeTrue();
        written.Should().Be(0);
        code.Should().NotBe(Code("00"), "00 is a real province-length code, default is none");
        code.Should().Be(new UnitCode());
        UnitCode.TryParse("00", out var zero).Should().BeTrue();
        zero.IsDefault.Should().BeFalse();
    }
}
