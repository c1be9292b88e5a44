using DanVan.Domain.Regulations;
using NodaTime;
using static DanVan.Domain.Tests.Regulations.RegulationSamples;

namespace DanVan.Domain.Tests.Regulations;

public partial class RegulationTest
{
    private static readonly LocalDate Issued = new(2010, 2, 25);

    private static Regulation Rules(
        LocalDate? entryIntoForce = null,
        LocalDate? endOfForce = null,
        IEnumerable<string>? sources = null) =>
        new(Number("290-QĐ/TW"), DocumentKind.Decision, "Bộ Chính trị", "Về việc ban hành Quy chế công tác dân vận của hệ thống chính trị",
            Issued, entryIntoForce, endOfForce, sources: sources ?? ["DOMAIN.md §3"]);

    [Fact]
    public void Constructor_keeps_every_fact()
    {
        var relations = new[] { Relation(RelationKind.Implements, "25-NQ/TW") };
        var regulation = new Regulation(
            Number("43-KL/TW"), DocumentKind.Conclusion, "Ban Bí thư", "Về tiếp tục thực hiện", new LocalDate(2019, 1, 7),
            (LocalDate?)new LocalDate(2019, 2, 1), new LocalDate(2024, 1, 1), relations, ["a", "b"], RegulationFacts.Title | RegulationFacts.EntryIntoForce, "ghi chú");
        regulation.Number.ToString().Should().Be("43-KL/TW");
        regulation.Kind.Should().Be(DocumentKind.Conclusion);
        regulation.IssuedBy.Should().Be("Ban Bí thư");
        regulation.Title.Should().Be("Về tiếp tục thực hiện");
        regulation.IssueDate.Should().Be(new LocalDate(2019, 1, 7));
        regulation.EntryIntoForce.Should().Be(new LocalDate(2019, 2, 1));
        regulation.EndOfForce.Should().Be(new LocalDate(2024, 1, 1));
        regulation.Relations.Should().Equal(relations);
        regulation.Sources.Should().Equal("a", "b");
        regulation.UncertainFacts.Should().Be(RegulationFacts.Title | RegulationFacts.EntryIntoForce);
        regulation.Note.Should().Be("ghi chú");
        regulation.System.Should().Be(DocumentSystem.Party);
        regulation.Type!.Kind.Should().Be(DocumentKind.Conclusion);
        regulation.Issuer!.Abbreviation.Should().Be("TW");
    }

    [Fact]
    public void Entry_into_force_defaults_to_the_issue_date()
    {
        var regulation = Rules();
        regulation.EntryIntoForce.Should().Be(Issued);
        regulation.EndOfForce.Should().BeNull();
        regulation.Relations.Should().BeEmpty();
        regulation.UncertainFacts.Should().Be(RegulationFacts.None);
        regulation.Note.Should().BeNull();
        new Regulation(Number("290-QĐ/TW"), DocumentKind.Decision, "x", "y", Issued, entryIntoForce: null).Sources.Should().BeEmpty();
    }

    [Fact]
    public void The_input_collections_are_copied()
    {
        var sources = new List<string> { "a" };
        var relations = new List<RegulationRelation> { Replaces("132-QĐ/TW") };
        var regulation = new Regulation(Number("124-QĐ/TW"), DocumentKind.Regulation, "Bộ Chính trị", "t", Issued, entryIntoForce: null, relations: relations, sources: sources);
        sources.Add("b");
        relations.Clear();
        regulation.Sources.Should().Equal("a");
        regulation.Relations.Should().ContainSingle();
    }

    [Fact]
    public void A_default_number_is_refused() =>
        FluentActions.Invoking(() => new Regulation(default, DocumentKind.Decision, "Bộ Chính trị", "Tiêu đề", Issued, entryIntoForce: null))
            .Should().Throw<ArgumentException>().WithMessage("*default(DocumentNumber)*");

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    [InlineData("\u00A0")]
    public void A_blank_issuer_or_title_is_refused(string blank)
    {
        FluentActions.Invoking(() => new Regulation(Number("290-QĐ/TW"), DocumentKind.Decision, blank, "Tiêu đề", Issued, entryIntoForce: null))
            .Should().Throw<ArgumentException>().WithMessage("*issuer*");
        FluentActions.Invoking(() => new Regulation(Number("290-QĐ/TW"), DocumentKind.Decision, "Bộ Chính trị", blank, Issued, entryIntoForce: null))
            .Should().Throw<ArgumentException>().WithMessage("*title*");
    }

    [Fact]
    public void A_null_issuer_or_title_is_an_ArgumentNullException()
    {
        FluentActions.Invoking(() => new Regulation(Number("290-QĐ/TW"), DocumentKind.Decision, null!, "Tiêu đề", Issued, entryIntoForce: null))
            .Should().Throw<ArgumentNullException>().WithParameterName("issuedBy");
        FluentActions.Invoking(() => new Regulation(Number("290-QĐ/TW"), DocumentKind.Decision, "Bộ Chính trị", null!, Issued, entryIntoForce: null))
            .Should().Throw<ArgumentNullException>().WithParameterName("title");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_null_or_blank_source_is_refused(string? source)
    {
        FluentActions.Invoking(() => Rules(sources: ["ok", source!]))
            .Should().Throw<ArgumentException>().WithMessage("*source*");
        FluentActions.Invoking(() => Rules(sources: ["ok"])).Should().NotThrow();
    }

    [Fact]
    public void An_undefined_kind_or_a_relation_without_kind_or_target_is_refused()
    {
        FluentActions.Invoking(() => new Regulation(Number("290-QĐ/TW"), (DocumentKind)99, "Bộ Chính trị", "Tiêu đề", Issued, entryIntoForce: null))
            .Should().Throw<ArgumentException>().WithMessage("*kind*");
        foreach (var relation in new[] { new RegulationRelation(0, Number("25-NQ/TW")), new RegulationRelation((RelationKind)13, Number("25-NQ/TW")), new RegulationRelation(RelationKind.Replaces, default), default })
        {
            FluentActions.Invoking(() => new Regulation(Number("290-QĐ/TW"), DocumentKind.Decision, "Bộ Chính trị", "Tiêu đề", Issued, entryIntoForce: null, relations: [relation]))
                .Should().Throw<ArgumentException>("{0} is not a relation", relation).WithMessage("*relation*");
        }

        new Regulation(Number("290-QĐ/TW"), DocumentKind.Decision, "Bộ Chính trị", "Tiêu đề", Issued, entryIntoForce: null, relations: [new RegulationRelation(RelationKind.BasisFor, Number("25-NQ/TW"))])
            .Relations.Should().ContainSingle();
    }

    [Fact]
    public void Key_is_the_number_and_the_issue_date()
    {
        var regulation = Rules(entryIntoForce: new LocalDate(2010, 3, 1));
        regulation.Key.Should().Be(new RegulationKey(Number("290-QĐ/TW"), Issued));
        regulation.Key.ToString().Should().Be("290-QĐ/TW (2010-02-25)");
        Rules().Key.Should().Be(regulation.Key, "the entry into force is no part of the identity");
    }

    [Fact]
    public void ToString_names_type_number_date_and_issuer()
    {
        Rules().ToString().Should().Be("Quyết định 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị");
        new Regulation(Number("124-QĐ/TW"), DocumentKind.Regulation, "Bộ Chính trị", "t", new LocalDate(2023, 10, 4), entryIntoForce: null)
            .ToString().Should().Be("Quy định 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị");
        new Regulation(Number("12-QĐ/TW"), DocumentKind.Decree, "Bộ Chính trị", "t", new LocalDate(2023, 10, 4), entryIntoForce: null)
            .ToString().Should().Be("Decree 12-QĐ/TW ngày 04/10/2023 của Bộ Chính trị", "the Party has no decree, so the kind is named");
    }

    [Fact]
    public void ToString_does_not_depend_on_the_current_culture()
    {
        var culture = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.DateSeparator = ".";
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
            Rules().ToString().Should().Be("Quyết định 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị");
            Rules().Key.ToString().Should().Be("290-QĐ/TW (2010-02-25)");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
