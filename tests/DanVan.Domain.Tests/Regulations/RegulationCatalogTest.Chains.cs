using DanVan.Domain.Regulations;
using NodaTime;
using static DanVan.Domain.Tests.Regulations.RegulationSamples;

namespace DanVan.Domain.Tests.Regulations;

public partial class RegulationCatalogTest
{
    private static readonly RegulationCatalog Default = RegulationCatalog.Default;

    [Fact]
    public void Default_chain_132_124_366_is_followed_both_ways()
    {
        var r132 = Default.Find("132-QĐ/TW")!;
        var r124 = Default.Find("124-QĐ/TW")!;
        var r366 = Default.Find("366-QĐ/TW")!;
        Default.Successor(r132).Should().BeSameAs(r124);
        Default.Successor(r124).Should().BeSameAs(r366);
        Default.Successor(r366).Should().BeNull();
        Default.Predecessor(r366).Should().BeSameAs(r124);
        Default.Predecessor(r124).Should().BeSameAs(r132);
        Default.Predecessor(r132).Should().BeNull();
        Default.Successors(r132).Should().Equal(r124, r366);
        Default.Successors(r124).Should().Equal(r366);
        Default.Successors(r366).Should().BeEmpty();
        Default.Predecessors(r366).Should().Equal(r124, r132);
        Default.Predecessors(r132).Should().BeEmpty();
    }

    [Fact]
    public void Current_follows_the_chain_to_the_version_in_force_on_the_date()
    {
        var r132 = Default.Find("132-QĐ/TW")!;
        var r124 = Default.Find("124-QĐ/TW")!;
        var r366 = Default.Find("366-QĐ/TW")!;
        Default.Current(r132).Should().BeSameAs(r366);
        Default.Current(r124).Should().BeSameAs(r366);
        Default.Current(r366).Should().BeSameAs(r366);
        Default.Current(r132, r124.EntryIntoForce.PlusDays(-1)).Should().BeSameAs(r132);
        Default.Current(r132, r124.EntryIntoForce).Should().BeSameAs(r124);
        Default.Current(r132, r366.EntryIntoForce.PlusDays(-1)).Should().BeSameAs(r124);
        Default.Current(r132, r366.EntryIntoForce).Should().BeSameAs(r366);
    }

    [Fact]
    public void Default_chain_290_23()
    {
        var r290 = Default.Find("290-QĐ/TW")!;
        var r23 = Default.Find("23-QĐ/TW")!;
        Default.Successors(r290).Should().Equal(r23);
        Default.Predecessors(r23).Should().Equal(r290);
        Default.Current(r290).Should().BeSameAs(r23);
        Default.Current(r290, new LocalDate(2021, 7, 29)).Should().BeSameAs(r290);
        Default.Current(r290, new LocalDate(2021, 7, 30)).Should().BeSameAs(r23);
    }

    [Fact]
    public void Chains_stop_at_a_cycle()
    {
        var a = Make("10-QĐ/TW", Day(2010, 1, 1), relations: Replaces("30-QĐ/TW"));
        var b = Make("20-QĐ/TW", Day(2011, 1, 1), relations: Replaces("10-QĐ/TW"));
        var c = Make("30-QĐ/TW", Day(2012, 1, 1), relations: Replaces("20-QĐ/TW"));
        var catalog = Catalog(a, b, c);
        catalog.Successors(a).Should().Equal(b, c);
        catalog.Successors(b).Should().Equal(c, a);
        catalog.Predecessors(a).Should().Equal(c, b);
        catalog.Current(a).Should().BeSameAs(c);

        var x = Make("10-CT/TW", Day(2010, 1, 1), relations: Replaces("20-CT/TW"));
        var y = Make("20-CT/TW", Day(2011, 1, 1), relations: Replaces("10-CT/TW"));
        var pair = Catalog(x, y);
        pair.Successors(x).Should().Equal(y);
        pair.Predecessors(y).Should().Equal(x);
        pair.Current(y).Should().BeSameAs(x);
    }

    [Fact]
    public void A_long_chain_is_followed_to_its_end()
    {
        var builder = RegulationCatalog.CreateBuilder();
        var first = Make("01-QĐ/TW", Day(1950, 1, 1));
        builder.Add(first);
        for (var i = 2; i <= 2_000; i++)
        {
            builder.Add(Make($"{i:00}-QĐ/TW", Day(1950, 1, 1).PlusDays(i), relations: Replaces($"{i - 1:00}-QĐ/TW")));
        }

        var catalog = builder.Build();
        catalog.Successors(catalog.Find("01-QĐ/TW")!).Should().HaveCount(1_999);
        catalog.Current(catalog.Find("01-QĐ/TW")!).Number.ToString().Should().Be("2000-QĐ/TW");
    }
}
