using DanVan.Domain.Regulations;
using DanVan.Domain.Text;
using static DanVan.Domain.Tests.Regulations.RegulationSamples;

namespace DanVan.Domain.Tests.Regulations;

public partial class RegulationCatalogTest
{
    // Party numbers restart every term: two resolutions numbered 01-NQ/TW, five years apart.
    private static readonly Regulation First2012 = Make("01-NQ/TW", Day(2012, 1, 16));
    private static readonly Regulation First2017 = Make("01-NQ/TW", Day(2017, 11, 3));
    private static readonly Regulation Other = Make("25-NQ/TW", Day(2013, 6, 3));

    private static readonly RegulationCatalog TwoTerms = Catalog(First2017, Other, First2012);

    [Fact]
    public void Find_without_a_date_gives_the_latest_document_with_the_number()
    {
        TwoTerms.Find(Number("01-NQ/TW")).Should().BeSameAs(First2017);
        TwoTerms.Find(Number("25-NQ/TW")).Should().BeSameAs(Other);
        TwoTerms.Find(Number("02-NQ/TW")).Should().BeNull();
        TwoTerms.Find(default(DocumentNumber)).Should().BeNull();
    }

    [Fact]
    public void Find_with_a_date_gives_the_document_issued_on_or_before_it()
    {
        var number = Number("01-NQ/TW");
        TwoTerms.Find(number, Day(2012, 1, 15)).Should().BeNull("nothing with that number was issued yet");
        TwoTerms.Find(number, Day(2012, 1, 16)).Should().BeSameAs(First2012);
        TwoTerms.Find(number, Day(2016, 12, 31)).Should().BeSameAs(First2012);
        TwoTerms.Find(number, Day(2017, 11, 2)).Should().BeSameAs(First2012);
        TwoTerms.Find(number, Day(2017, 11, 3)).Should().BeSameAs(First2017);
        TwoTerms.Find(number, Day(2030, 1, 1)).Should().BeSameAs(First2017);
    }

    [Fact]
    public void FindAll_gives_every_document_with_the_number_oldest_first()
    {
        TwoTerms.FindAll(Number("01-NQ/TW")).Should().Equal(First2012, First2017);
        TwoTerms.FindAll(Number("25-NQ/TW")).Should().Equal(Other);
        TwoTerms.FindAll(Number("02-NQ/TW")).Should().BeEmpty();
    }

    [Fact]
    public void Regulations_are_ordered_by_issue_date_then_number()
    {
        TwoTerms.Regulations.Should().Equal(First2012, Other, First2017);
        TwoTerms.Count.Should().Be(3);
        var sameDay = Catalog(Make("218-QĐ/TW", Day(2013, 12, 12)), Make("217-QĐ/TW", Day(2013, 12, 12)));
        sameDay.Regulations.Select(r => r.Number.ToString()).Should().Equal("217-QĐ/TW", "218-QĐ/TW");
    }

    [Fact]
    public void Find_by_string_parses_leniently()
    {
        TwoTerms.Find("01-nq/tw").Should().BeSameAs(First2017);
        TwoTerms.Find("Nghị quyết số 01-NQ/TƯ", Day(2013, 1, 1)).Should().BeSameAs(First2012);
        RegulationCatalog.Default.Find("290-qd/tw")!.Number.ToString().Should().Be("290-QĐ/TW");
        RegulationCatalog.Default.Find("04/2015/ND-CP")!.Number.ToString().Should().Be("04/2015/NĐ-CP");
        TwoTerms.Find("99-NQ/TW").Should().BeNull();
    }

    [Fact]
    public void Find_by_string_throws_for_text_that_is_not_a_number()
    {
        FluentActions.Invoking(() => TwoTerms.Find("không phải số")).Should().Throw<DanVanFormatException>();
        FluentActions.Invoking(() => TwoTerms.Find((string)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_empty_catalog_finds_nothing()
    {
        var empty = RegulationCatalog.Empty;
        empty.Count.Should().Be(0);
        empty.Regulations.Should().BeEmpty();
        empty.Find(Number("290-QĐ/TW")).Should().BeNull();
        empty.FindAll(Number("290-QĐ/TW")).Should().BeEmpty();
        empty.InForce(Day(2020, 1, 1)).Should().BeEmpty();
        empty.Related(First2012, RelationKind.Replaces).Should().BeEmpty();
        empty.Links(First2012).Should().BeEmpty();
        empty.Successors(First2012).Should().BeEmpty();
        empty.Current(First2012).Should().BeSameAs(First2012);
        empty.EndOfForce(Make("01-NQ/TW", Day(2012, 1, 16), endOfForce: Day(2013, 1, 1))).Should().Be(Day(2013, 1, 1), "a regulation not in the catalog keeps its own end");
        RegulationCatalog.CreateBuilder().Build().Count.Should().Be(0);
    }

    [Fact]
    public void Queries_refuse_a_null_regulation()
    {
        FluentActions.Invoking(() => TwoTerms.EndOfForce(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => TwoTerms.StatusAt(null!, Day(2020, 1, 1))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => TwoTerms.Related(null!, RelationKind.Replaces)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => TwoTerms.Links(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => TwoTerms.Successors(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => TwoTerms.Current(null!)).Should().Throw<ArgumentNullException>();
    }
}
