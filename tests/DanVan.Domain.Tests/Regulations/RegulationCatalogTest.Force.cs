using DanVan.Domain.Regulations;
using static DanVan.Domain.Tests.Regulations.RegulationSamples;

namespace DanVan.Domain.Tests.Regulations;

public partial class RegulationCatalogTest
{
    [Fact]
    public void Replacement_ends_force_of_the_replaced_document_on_the_replacers_entry_into_force()
    {
        var old = Make("10-QĐ/TW", Day(2010, 1, 1));
        var replacer = Make("20-QĐ/TW", Day(2015, 1, 20), entryIntoForce: Day(2015, 3, 1), relations: Replaces("10-QĐ/TW"));
        var catalog = Catalog(old, replacer);
        catalog.EndOfForce(old).Should().Be(Day(2015, 3, 1), "the replacer entered into force then, not when it was issued");
        catalog.EndOfForce(replacer).Should().BeNull();
        catalog.StatusAt(old, Day(2015, 2, 28)).Should().Be(RegulationStatus.InForce);
        catalog.StatusAt(old, Day(2015, 3, 1)).Should().Be(RegulationStatus.NoLongerInForce);
        catalog.StatusAt(replacer, Day(2015, 2, 28)).Should().Be(RegulationStatus.NotYetInForce);
        old.StatusAt(Day(2015, 3, 1)).Should().Be(RegulationStatus.InForce, "on its own the old document records no end");
    }

    [Fact]
    public void Repeal_ends_force_on_the_repealers_entry_into_force()
    {
        var repealed = Make("10/2010/NĐ-CP", Day(2010, 1, 1));
        var repealer = Make("20/2016/NĐ-CP", Day(2016, 1, 5), entryIntoForce: Day(2016, 2, 20), relations: Relation(RelationKind.Repeals, "10/2010/NĐ-CP"));
        var catalog = Catalog(repealed, repealer);
        catalog.EndOfForce(repealed).Should().Be(Day(2016, 2, 20));
        catalog.Related(repealed, RelationKind.RepealedBy).Should().Equal(repealer);
        catalog.Successor(repealed).Should().BeNull("a repeal is not a replacement");
    }

    [Fact]
    public void Amendments_and_other_relations_do_not_end_force()
    {
        var law = Make("10/2022/QH15", Day(2022, 11, 10), entryIntoForce: Day(2023, 7, 1));
        var amendment = Make("11/2024/QH15", Day(2024, 6, 1), relations: Relation(RelationKind.Amends, "10/2022/QH15"));
        var decree = Make("59/2023/NĐ-CP", Day(2023, 8, 14), relations: Relation(RelationKind.Guides, "10/2022/QH15"));
        var catalog = Catalog(law, amendment, decree);
        catalog.EndOfForce(law).Should().BeNull();
        catalog.StatusAt(law, Day(2030, 1, 1)).Should().Be(RegulationStatus.InForce);
    }

    [Fact]
    public void An_explicit_end_earlier_than_the_replacement_wins()
    {
        var old = Make("10-QĐ/TW", Day(2010, 1, 1), endOfForce: Day(2014, 12, 31));
        var replacer = Make("20-QĐ/TW", Day(2015, 1, 20), entryIntoForce: Day(2015, 3, 1), relations: Replaces("10-QĐ/TW"));
        Catalog(old, replacer).EndOfForce(old).Should().Be(Day(2014, 12, 31));
    }

    [Fact]
    public void An_explicit_end_later_than_the_replacement_loses()
    {
        var old = Make("10-QĐ/TW", Day(2010, 1, 1), endOfForce: Day(2016, 1, 1));
        var replacer = Make("20-QĐ/TW", Day(2015, 1, 20), entryIntoForce: Day(2015, 3, 1), relations: Replaces("10-QĐ/TW"));
        Catalog(old, replacer).EndOfForce(old).Should().Be(Day(2015, 3, 1));
    }

    [Fact]
    public void With_several_replacers_the_first_to_enter_into_force_ends_force()
    {
        var old = Make("10-QĐ/TW", Day(2010, 1, 1));
        var late = Make("30-QĐ/TW", Day(2015, 1, 1), entryIntoForce: Day(2016, 1, 1), relations: Replaces("10-QĐ/TW"));
        var early = Make("20-QĐ/TW", Day(2015, 1, 2), entryIntoForce: Day(2015, 6, 1), relations: Replaces("10-QĐ/TW"));
        var catalog = Catalog(old, late, early);
        catalog.EndOfForce(old).Should().Be(Day(2015, 6, 1));
        catalog.Successor(old).Should().BeSameAs(early);
        catalog.Related(old, RelationKind.ReplacedBy).Should().BeEquivalentTo([late, early]);
    }

    [Fact]
    public void InForce_lists_what_is_in_force_on_a_date()
    {
        var old = Make("10-QĐ/TW", Day(2010, 1, 1));
        var replacer = Make("20-QĐ/TW", Day(2015, 1, 20), entryIntoForce: Day(2015, 3, 1), relations: Replaces("10-QĐ/TW"));
        var ended = Make("05-CT/TW", Day(2011, 5, 1), endOfForce: Day(2012, 5, 1));
        var catalog = Catalog(old, replacer, ended);
        catalog.InForce(Day(2009, 12, 31)).Should().BeEmpty();
        catalog.InForce(Day(2011, 6, 1)).Should().Equal(old, ended);
        catalog.InForce(Day(2012, 5, 1)).Should().Equal(old);
        catalog.InForce(Day(2015, 2, 28)).Should().Equal(old);
        catalog.InForce(Day(2015, 3, 1)).Should().Equal(replacer);
    }

    [Fact]
    public void The_default_catalog_knows_when_290_stopped_and_23_started()
    {
        var catalog = RegulationCatalog.Default;
        var rules = catalog.Find("290-QĐ/TW")!;
        var successor = catalog.Find("23-QĐ/TW")!;
        catalog.EndOfForce(rules).Should().Be(successor.EntryIntoForce);
        catalog.InForce(Day(2021, 7, 29)).Should().Contain(rules).And.NotContain(successor);
        catalog.InForce(Day(2021, 7, 30)).Should().Contain(successor).And.NotContain(rules);
    }
}
