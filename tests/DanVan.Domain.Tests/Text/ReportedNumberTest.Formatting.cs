using System.Globalization;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public partial class ReportedNumberTest
{
    [Theory]
    [InlineData("7.300", "7.300")]
    [InlineData("1170000", "1.170.000")]
    [InlineData("hon 1.170.000", "hơn 1.170.000")]
    [InlineData("79,63%", "79,63%")]
    [InlineData("79,630 %", "79,63%")]
    [InlineData("29 / 29", "29/29")]
    [InlineData("07", "7")]
    [InlineData("ít nhất 01", "ít nhất 1")]
    [InlineData("tren 1.000", "hơn 1.000")]
    [InlineData("DUOI 50", "dưới 50")]
    [InlineData("gan 2.000", "gần 2.000")]
    [InlineData("xap xi 300", "khoảng 300")]
    [InlineData("toi thieu 3", "ít nhất 3")]
    [InlineData("nhieu nhat 5", "tối đa 5")]
    [InlineData("-0,50", "-0,5")]
    [InlineData("\u22121.000", "-1.000")]
    [InlineData("999", "999")]
    [InlineData("1.000", "1.000")]
    [InlineData("100.000,000", "100.000")]
    public void ToString_is_the_canonical_Vietnamese_text(string text, string expected)
    {
        var number = ReportedNumber.Parse(text);

        number.ToString().Should().Be(expected);
        ReportedNumber.Parse(number.ToString()).Should().Be(number);
    }

    [Fact]
    public void Default_is_exact_zero()
    {
        var zero = default(ReportedNumber);

        zero.Kind.Should().Be(ReportedNumberKind.Number);
        zero.Qualifier.Should().Be(NumberQualifier.Exact);
        zero.IsExact.Should().BeTrue();
        zero.Value.Should().Be(0m);
        zero.Denominator.Should().BeNull();
        zero.Should().Be(ReportedNumber.Exact(0m));
        zero.ToString().Should().Be("0");
    }

    [Fact]
    public void Factories_build_what_they_say()
    {
        ReportedNumber.Exact(7300m).ToString().Should().Be("7.300");
        ReportedNumber.Of(700m, NumberQualifier.MoreThan).ToString().Should().Be("hơn 700");
        ReportedNumber.Percentage(79.63m).ToString().Should().Be("79,63%");
        ReportedNumber.Percentage(100m, NumberQualifier.About).ToString().Should().Be("khoảng 100%");
        ReportedNumber.Ratio(176m, 221m).ToString().Should().Be("176/221");
        ReportedNumber.Ratio(1176m, 1221m, NumberQualifier.AtMost).ToString().Should().Be("tối đa 1.176/1.221");
        ReportedNumber.Ratio(29m, 0m).Fraction.Should().BeNull();
    }

    [Fact]
    public void Factories_reject_invalid_arguments()
    {
        FluentActions.Invoking(() => ReportedNumber.Percentage(-1m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportedNumber.Ratio(-1m, 2m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportedNumber.Ratio(1m, -2m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportedNumber.Ratio(1.5m, 2m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportedNumber.Ratio(1m, 2.5m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportedNumber.Of(1m, (NumberQualifier)99)).Should().Throw<ArgumentOutOfRangeException>()
            .Which.ParamName.Should().Be("qualifier");
        FluentActions.Invoking(() => ReportedNumber.Percentage(1m, (NumberQualifier)(-1))).Should().Throw<ArgumentOutOfRangeException>();
        ReportedNumber.Ratio(2.000m, 4.0m).Should().Be(ReportedNumber.Ratio(2m, 4m));
    }

    [Fact]
    public void Values_are_stored_without_trailing_zeros()
    {
        ReportedNumber.Exact(7.300m).Value.Scale.Should().Be(1);
        ReportedNumber.Parse("79,6300").Value.Scale.Should().Be(2);
        ReportedNumber.Exact(-0.000m).Value.Should().Be(0m);
        ReportedNumber.Exact(-0.000m).ToString().Should().Be("0");
    }

    [Fact]
    public void Equality_covers_every_part()
    {
        var values = new[]
        {
            ReportedNumber.Exact(29m),
            ReportedNumber.Of(29m, NumberQualifier.MoreThan),
            ReportedNumber.Of(29m, NumberQualifier.About),
            ReportedNumber.Percentage(29m),
            ReportedNumber.Ratio(29m, 29m),
            ReportedNumber.Ratio(29m, 30m),
            ReportedNumber.Ratio(29m, 29m, NumberQualifier.Nearly),
            ReportedNumber.Exact(30m),
        };

        for (var i = 0; i < values.Length; i++)
        {
            for (var j = 0; j < values.Length; j++)
            {
                (values[i] == values[j]).Should().Be(i == j, "{0} vs {1}", values[i], values[j]);
                (values[i] != values[j]).Should().Be(i != j);
                values[i].Equals(values[j]).Should().Be(i == j);
                values[i].Equals((object)values[j]).Should().Be(i == j);
            }
        }

        values[0].Equals(null).Should().BeFalse();
        values[0].Equals("29").Should().BeFalse();
    }

    [Fact]
    public void Equal_values_have_equal_hash_codes()
    {
        ReportedNumber.Exact(7.3m).Should().Be(ReportedNumber.Exact(7.300m));
        ReportedNumber.Exact(7.3m).GetHashCode().Should().Be(ReportedNumber.Exact(7.300m).GetHashCode());
        ReportedNumber.Parse("hơn 700").GetHashCode().Should().Be(ReportedNumber.Parse("HON 0700").GetHashCode());
        ReportedNumber.Exact(0m).GetHashCode().Should().Be(ReportedNumber.Exact(-0.0m).GetHashCode());
    }

    [Fact]
    public void Round_trip_holds_for_many_generated_values()
    {
        var random = new Random(20260311);
        for (var i = 0; i < 5_000; i++)
        {
            var number = RandomNumber(random, i);

            var text = number.ToString();
            ReportedNumber.TryParse(text, out var back, out var error).Should().BeTrue("'{0}' failed: {1}", text, error);
            back.Should().Be(number);
            back.ToString().Should().Be(text);
            back.GetHashCode().Should().Be(number.GetHashCode());
        }
    }

    [Fact]
    public void Round_trip_holds_at_the_decimal_limits()
    {
        foreach (var value in new[] { decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 1m / 3m, -2m / 3m })
        {
            var number = ReportedNumber.Exact(value);
            ReportedNumber.Parse(number.ToString()).Value.Should().Be(value);
        }
    }

    [Fact]
    public void IFormattable_and_ISpanFormattable_give_the_canonical_text()
    {
        var number = ReportedNumber.Parse("hơn 1.170.000");

        number.ToString(null, CultureInfo.InvariantCulture).Should().Be("hơn 1.170.000");
        number.ToString("G", null).Should().Be("hơn 1.170.000");
        string.Format(OddCulture(), "{0}", number).Should().Be("hơn 1.170.000");
        $"{number}".Should().Be("hơn 1.170.000");
        FluentActions.Invoking(() => number.ToString("N2", null)).Should().Throw<FormatException>();

        Span<char> buffer = stackalloc char[32];
        number.TryFormat(buffer, out var written, default, null).Should().BeTrue();
        buffer[..written].ToString().Should().Be("hơn 1.170.000");
        number.TryFormat(buffer[..5], out written, default, null).Should().BeFalse();
        written.Should().Be(0);
    }

    [Fact]
    public void Formatting_does_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = OddCulture();
            ReportedNumber.Parse("1.170.000,5").ToString().Should().Be("1.170.000,5");
            VietnameseNumber.Format(-1234.5m).Should().Be("-1.234,5");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    /// <summary>A culture with unusual number symbols that exists with and without ICU.</summary>
    private static CultureInfo OddCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = "#";
        culture.NumberFormat.NegativeSign = "~";
        culture.NumberFormat.NumberGroupSeparator = "_";
        return culture;
    }

    /// <summary>A plain number, a percentage or a ratio (by <paramref name="i"/> mod 3), with a random qualifier.</summary>
    private static ReportedNumber RandomNumber(Random random, int i)
    {
        var qualifiers = Enum.GetValues<NumberQualifier>();
        var qualifier = qualifiers[random.Next(qualifiers.Length)];
        var value = RandomDecimal(random);
        return (i % 3) switch
        {
            0 => ReportedNumber.Of(value, qualifier),
            1 => ReportedNumber.Percentage(Math.Abs(value), qualifier),
            _ => ReportedNumber.Ratio(Math.Abs(decimal.Truncate(value)), random.Next(0, 1_000_000), qualifier),
        };
    }

    private static decimal RandomDecimal(Random random)
    {
        var scale = (byte)random.Next(0, 29);
        var lo = random.Next(int.MinValue, int.MaxValue);
        var mid = random.Next(2) == 0 ? 0 : random.Next(int.MinValue, int.MaxValue);
        var hi = random.Next(4) switch
        {
            0 => random.Next(int.MinValue, int.MaxValue),
            1 => random.Next(0, 1000),
            _ => 0,
        };
        return random.Next(10) switch
        {
            0 => random.Next(-100, 10_000),
            1 => new decimal(random.Next(0, 100_000)) / 100m,
            _ => new decimal(lo, mid, hi, random.Next(2) == 0, scale),
        };
    }
}
