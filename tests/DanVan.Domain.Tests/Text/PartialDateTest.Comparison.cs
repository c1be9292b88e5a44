using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public partial class PartialDateTest
{
    // In ascending order: by start, then the coarser precision first.
    private static readonly PartialDate[] Ordered =
    [
        default,
        new(1, 1),
        new(1, 1, 1),
        new(2020),
        new(2020, 1),
        new(2020, 1, 1),
        new(2020, 1, 2),
        new(2020, 1, 31),
        new(2020, 2),
        new(2020, 2, 1),
        new(2020, 2, 29),
        new(2020, 12, 31),
        new(2021),
        new(2021, 6),
        new(2021, 6, 11),
        new(9999, 12, 31),
    ];

    [Fact]
    public void Ordering_is_by_start_then_coarser_precision_first()
    {
        for (var i = 0; i < Ordered.Length; i++)
        {
            for (var j = 0; j < Ordered.Length; j++)
            {
                var (a, b) = (Ordered[i], Ordered[j]);
                var expected = i.CompareTo(j);
                Math.Sign(a.CompareTo(b)).Should().Be(expected, $"{a} vs {b}");
                Math.Sign(a.CompareTo((object)b)).Should().Be(expected);
                (a == b).Should().Be(i == j);
                (a != b).Should().Be(i != j);
                a.Equals(b).Should().Be(i == j);
                a.Equals((object)b).Should().Be(i == j);
                (a < b).Should().Be(i < j);
                (a > b).Should().Be(i > j);
                (a <= b).Should().Be(i <= j);
                (a >= b).Should().Be(i >= j);
            }
        }
    }

    [Fact]
    public void Sorting_a_shuffled_list_gives_the_order()
    {
        var random = new Random(1203);
        var shuffled = Ordered.OrderBy(_ => random.Next()).ToList();
        shuffled.Sort();
        shuffled.Should().Equal(Ordered);
    }

    [Fact]
    public void Equal_values_have_equal_hash_codes()
    {
        new PartialDate(2021, 6, 11).GetHashCode().Should().Be(PartialDate.Parse("2021-06-11").GetHashCode());
        new PartialDate(2021).GetHashCode().Should().Be(PartialDate.Parse("2021").GetHashCode());
        default(PartialDate).GetHashCode().Should().Be(new PartialDate(1).GetHashCode());
        Ordered.Select(date => date.GetHashCode()).Distinct().Count().Should().BeGreaterThan(Ordered.Length / 2);
    }

    [Fact]
    public void Same_start_but_different_precision_is_not_equal()
    {
        new PartialDate(2021, 6).Should().NotBe(new PartialDate(2021, 6, 1));
        new PartialDate(2021).Should().NotBe(new PartialDate(2021, 1));
        new PartialDate(2021).Start.Should().Be(new PartialDate(2021, 1, 1).Start);
    }

    [Fact]
    public void CompareTo_object_handles_null_and_rejects_other_types()
    {
        new PartialDate(2021).CompareTo(null).Should().BePositive();
        FluentActions.Invoking(() => new PartialDate(2021).CompareTo("2021")).Should().Throw<ArgumentException>();
        new PartialDate(2021).Equals("2021").Should().BeFalse();
        new PartialDate(2021).Equals(null).Should().BeFalse();
    }
}
