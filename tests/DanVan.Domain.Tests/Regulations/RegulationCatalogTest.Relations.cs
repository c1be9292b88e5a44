using DanVan.Domain.Regulations;
using static DanVan.Domain.Tests.Regulations.RegulationSamples;

namespace DanVan.Domain.Tests.Regulations;

public partial class RegulationCatalogTest
{
    [Fact]
    public void A_relation_is_navigable_from_both_ends()
    {
        var old = Make("290-QĐ/TW", Day(2010, 2, 25));
        var plan = Make("2034-QĐ/TU", Day(2010, 6, 11), relations: Relation(RelationKind.Implements, "290-QĐ/TW"));
        var replacer = Make("23-QĐ/TW", Day(2021, 7, 30), relations: Replaces("290-QĐ/TW"));
        var catalog = Catalog(old, plan, replacer);
        catalog.Related(replacer, RelationKind.Replaces).Should().Equal(old);
        catalog.Related(old, RelationKind.ReplacedBy).Should().Equal(replacer);
        catalog.Related(plan, RelationKind.Implements).Should().Equal(old);
        catalog.Related(old, RelationKind.ImplementedBy).Should().Equal(plan);
        catalog.Related(old, RelationKind.Replaces).Should().BeEmpty();
        catalog.Related(replacer, RelationKind.ReplacedBy).Should().BeEmpty();
        catalog.Related(plan, RelationKind.ImplementedBy).Should().BeEmpty();
    }

    [Fact]
    public void A_relation_recorded_only_on_the_passive_side_is_navigable_from_both()
    {
        var old = Make("290-QĐ/TW", Day(2010, 2, 25), relations: Relation(RelationKind.ReplacedBy, "23-QĐ/TW"));
        var replacer = Make("23-QĐ/TW", Day(2021, 7, 30), entryIntoForce: Day(2021, 8, 1));
        var catalog = Catalog(old, replacer);
        catalog.Related(old, RelationKind.ReplacedBy).Should().Equal(replacer);
        catalog.Related(replacer, RelationKind.Replaces).Should().Equal(old);
        catalog.Successor(old).Should().BeSameAs(replacer);
        catalog.Predecessor(replacer).Should().BeSameAs(old);
        catalog.EndOfForce(old).Should().Be(Day(2021, 8, 1));
    }

    [Fact]
    public void A_relation_recorded_on_both_sides_gives_one_link()
    {
        var old = Make("290-QĐ/TW", Day(2010, 2, 25), relations: Relation(RelationKind.ReplacedBy, "23-QĐ/TW"));
        var replacer = Make("23-QĐ/TW", Day(2021, 7, 30), relations: Replaces("290-QĐ/TW"));
        var catalog = Catalog(old, replacer);
        catalog.Links(old).Should().Equal((RelationKind.ReplacedBy, replacer));
        catalog.Links(replacer).Should().Equal((RelationKind.Replaces, old));
    }

    [Fact]
    public void Links_lists_every_link_in_both_directions_from_the_regulations_side()
    {
        var resolution = Make("25-NQ/TW", Day(2013, 6, 3));
        var conclusion = Make("43-KL/TW", Day(2019, 1, 7), relations: Relation(RelationKind.Implements, "25-NQ/TW"));
        var plan = Make("24-KH/BDVTU", Day(2019, 3, 1), relations: [Relation(RelationKind.Implements, "43-KL/TW"), Relation(RelationKind.BasedOn, "25-NQ/TW")]);
        var catalog = Catalog(resolution, conclusion, plan);
        catalog.Links(conclusion).Should().BeEquivalentTo([(RelationKind.Implements, resolution), (RelationKind.ImplementedBy, plan)]);
        catalog.Links(resolution).Should().BeEquivalentTo([(RelationKind.ImplementedBy, conclusion), (RelationKind.BasisFor, plan)]);
        catalog.Links(plan).Should().BeEquivalentTo([(RelationKind.Implements, conclusion), (RelationKind.BasedOn, resolution)]);
    }

    [Fact]
    public void A_relation_to_a_document_not_in_the_catalog_leads_nowhere_but_is_kept()
    {
        var plan = Make("24-KH/BDVTU", Day(2019, 3, 1), relations: Relation(RelationKind.Implements, "43-KL/TW"));
        var catalog = Catalog(plan);
        catalog.Links(plan).Should().BeEmpty();
        catalog.Related(plan, RelationKind.Implements).Should().BeEmpty();
        catalog.Regulations[0].Relations.Should().ContainSingle();
    }

    [Fact]
    public void A_relation_to_itself_is_not_a_link()
    {
        var odd = Make("10-QĐ/TW", Day(2010, 1, 1), relations: Replaces("10-QĐ/TW"));
        var catalog = Catalog(odd);
        catalog.Links(odd).Should().BeEmpty();
        catalog.EndOfForce(odd).Should().BeNull();
    }

    [Fact]
    public void Without_a_target_date_an_active_relation_means_the_latest_document_issued_on_or_before_the_source()
    {
        var in2013 = Make("05-KH/TU", Day(2013, 3, 1), relations: Relation(RelationKind.Implements, "01-NQ/TW"));
        var in2018 = Make("06-KH/TU", Day(2018, 3, 1), relations: Relation(RelationKind.Implements, "01-NQ/TW"));
        var catalog = Catalog(First2012, First2017, in2013, in2018);
        catalog.Related(in2013, RelationKind.Implements).Should().Equal(First2012);
        catalog.Related(in2018, RelationKind.Implements).Should().Equal(First2017);
        catalog.Related(First2012, RelationKind.ImplementedBy).Should().Equal(in2013);
        catalog.Related(First2017, RelationKind.ImplementedBy).Should().Equal(in2018);
    }

    [Fact]
    public void Without_a_target_date_a_passive_relation_means_the_first_document_issued_on_or_after_the_source()
    {
        var old = Make("10-QĐ/TW", Day(2011, 1, 1), relations: Relation(RelationKind.ReplacedBy, "01-NQ/TW"));
        var catalog = Catalog(First2012, First2017, old);
        catalog.Related(old, RelationKind.ReplacedBy).Should().Equal(First2012);
        catalog.Related(First2012, RelationKind.Replaces).Should().Equal(old);
        catalog.Related(First2017, RelationKind.Replaces).Should().BeEmpty();
    }

    [Fact]
    public void A_target_issue_date_settles_which_document_is_meant()
    {
        var plan = Make("06-KH/TU", Day(2018, 3, 1), relations: Relation(RelationKind.Implements, "01-NQ/TW", Day(2012, 1, 16)));
        var wrongDate = Make("07-KH/TU", Day(2018, 3, 1), relations: Relation(RelationKind.Implements, "01-NQ/TW", Day(2012, 1, 17)));
        var catalog = Catalog(First2012, First2017, plan, wrongDate);
        catalog.Related(plan, RelationKind.Implements).Should().Equal([First2012], "the date names the older resolution although a newer one was issued before the plan");
        catalog.Related(First2017, RelationKind.ImplementedBy).Should().BeEmpty();
        catalog.Related(wrongDate, RelationKind.Implements).Should().BeEmpty("no 01-NQ/TW was issued on 2012-01-17");
    }

    [Fact]
    public void Relations_print_their_kind_target_and_date() =>
        new[] { Replaces("290-QĐ/TW").ToString(), Replaces("290-QĐ/TW", Day(2010, 2, 25)).ToString() }
            .Should().Equal("Replaces 290-QĐ/TW", "Replaces 290-QĐ/TW (2010-02-25)");

    [Fact]
    public void Relation_kinds_invert_in_pairs()
    {
        foreach (var kind in Enum.GetValues<RelationKind>())
        {
            kind.Inverse().Inverse().Should().Be(kind);
            kind.Inverse().Should().NotBe(kind);
            kind.Inverse().IsActive().Should().Be(!kind.IsActive());
        }

        RelationKind.Replaces.Inverse().Should().Be(RelationKind.ReplacedBy);
        RelationKind.BasisFor.Inverse().Should().Be(RelationKind.BasedOn);
        FluentActions.Invoking(() => ((RelationKind)0).Inverse()).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ((RelationKind)13).Inverse()).Should().Throw<ArgumentOutOfRangeException>();
    }
}
