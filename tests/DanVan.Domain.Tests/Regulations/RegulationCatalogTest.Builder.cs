using DanVan.Domain.Regulations;
using static DanVan.Domain.Tests.Regulations.RegulationSamples;

namespace DanVan.Domain.Tests.Regulations;

public partial class RegulationCatalogTest
{
    [Fact]
    public void Adding_a_second_regulation_with_the_same_number_and_date_throws()
    {
        var builder = RegulationCatalog.CreateBuilder().Add(First2012);
        var twin = Make("01-NQ/TW", First2012.IssueDate, entryIntoForce: First2012.IssueDate.PlusDays(1));
        FluentActions.Invoking(() => builder.Add(twin)).Should().Throw<ArgumentException>().WithParameterName("regulation");
        builder.Count.Should().Be(1);
        builder.Add(First2017).Count.Should().Be(2, "the same number in another term is another document");
        FluentActions.Invoking(() => builder.Add(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.Set(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Set_replaces_the_regulation_with_the_same_key()
    {
        var corrected = Make("01-NQ/TW", First2012.IssueDate, entryIntoForce: First2012.IssueDate.PlusDays(10));
        var catalog = RegulationCatalog.CreateBuilder().Add(First2012).Set(corrected).Set(Other).Build();
        catalog.Count.Should().Be(2);
        catalog.Find(Number("01-NQ/TW")).Should().BeSameAs(corrected);
    }

    [Fact]
    public void Remove_takes_a_regulation_out_by_key()
    {
        var builder = RegulationCatalog.CreateBuilder().Add(First2012).Add(First2017);
        builder.Remove(First2012.Key).Should().BeTrue();
        builder.Remove(First2012.Key).Should().BeFalse();
        builder.Remove(new RegulationKey(Number("01-NQ/TW"), Day(2000, 1, 1))).Should().BeFalse();
        builder.Build().Regulations.Should().Equal(First2017);
    }

    [Fact]
    public void A_built_catalog_does_not_change_when_the_builder_does()
    {
        var builder = RegulationCatalog.CreateBuilder().Add(First2012);
        var before = builder.Build();
        builder.Add(First2017);
        before.Regulations.Should().Equal(First2012);
        builder.Build().Regulations.Should().Equal(First2012, First2017);
    }

    [Fact]
    public void ToBuilder_round_trips_and_leaves_the_original_alone()
    {
        var original = RegulationCatalog.Default;
        var copy = original.ToBuilder().Build();
        copy.Should().NotBeSameAs(original);
        copy.Regulations.Should().Equal(original.Regulations);
        var r290 = copy.Find("290-QĐ/TW")!;
        copy.Successor(r290).Should().BeSameAs(original.Successor(original.Find("290-QĐ/TW")!));

        var extended = original.ToBuilder().Add(First2012).Build();
        extended.Count.Should().Be(original.Count + 1);
        original.Find(Number("01-NQ/TW")).Should().BeNull();
        extended.Find(Number("01-NQ/TW")).Should().BeSameAs(First2012);

        var builder = original.ToBuilder();
        builder.Count.Should().Be(original.Count);
        builder.Remove(r290.Key).Should().BeTrue();
        var smaller = builder.Build();
        smaller.Find("290-QĐ/TW").Should().BeNull();
        smaller.Predecessor(smaller.Find("23-QĐ/TW")!).Should().BeNull("the replaced document is gone");
    }
}
