using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public class VietnameseStringComparerTest
{
    [Fact]
    public void Folded_comparer_finds_names_typed_without_accents()
    {
        var codes = new Dictionary<string, string>(VietnameseStringComparer.Folded) { ["Lập Thạch"] = "246", ["Thường Tín"] = "279" };
        codes["lap thach"].Should().Be("246");
        codes["THUONG  TIN"].Should().Be("279");
        codes.ContainsKey("Lap Thanh").Should().BeFalse();
    }

    [Fact]
    public void Normalized_comparer_ignores_tone_placement_but_not_accents()
    {
        var comparer = VietnameseStringComparer.Normalized;
        comparer.Equals("Hoà Bình", "Hòa Bình").Should().BeTrue();
        comparer.GetHashCode("Hoà Bình").Should().Be(comparer.GetHashCode("Hòa Bình"));
        comparer.Equals("Hòa Bình", "Hoa Binh").Should().BeFalse();
    }

    [Fact]
    public void Nulls_are_equal_to_each_other_and_sort_first()
    {
        var comparer = VietnameseStringComparer.Folded;
        comparer.Equals(null, null).Should().BeTrue();
        comparer.Equals(null, "").Should().BeFalse();
        comparer.GetHashCode(null).Should().Be(0);
        comparer.Compare(null, "a").Should().BeNegative();
        comparer.Compare("a", null).Should().BePositive();
        comparer.Compare("Đà Nẵng", "da nang").Should().Be(0);
        comparer.Compare("Bắc Ninh", "Cà Mau").Should().BeNegative();
    }
}
