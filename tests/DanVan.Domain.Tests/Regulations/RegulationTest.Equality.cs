using DanVan.Domain.Regulations;
using NodaTime;
using static DanVan.Domain.Tests.Regulations.RegulationSamples;

namespace DanVan.Domain.Tests.Regulations;

public partial class RegulationTest
{
    private static Regulation Full(
        string number = "23-QĐ/TW",
        DocumentKind kind = DocumentKind.Decision,
        string issuedBy = "Bộ Chính trị",
        string title = "Ban hành Quy chế công tác dân vận",
        LocalDate? issueDate = null,
        LocalDate? entryIntoForce = null,
        LocalDate? endOfForce = null,
        RegulationRelation[]? relations = null,
        string[]? sources = null,
        RegulationFacts facts = RegulationFacts.Title,
        string? note = "ghi chú") =>
        new(Number(number), kind, issuedBy, title, issueDate ?? new LocalDate(2021, 7, 30), (LocalDate?)(entryIntoForce ?? new LocalDate(2021, 8, 1)),
            endOfForce, relations ?? [Replaces("290-QĐ/TW")], sources ?? ["a", "b"], facts, note);

    [Fact]
    public void Regulations_with_the_same_facts_are_equal_and_collections_compare_by_value()
    {
        var one = Full();
        var two = Full(relations: [Replaces("290-QĐ/TW")], sources: [new string("a".AsSpan()), "b"]);
        one.Should().NotBeSameAs(two);
        one.Equals(two).Should().BeTrue();
        one.Equals((object)two).Should().BeTrue();
        two.Equals(one).Should().BeTrue();
        one.GetHashCode().Should().Be(two.GetHashCode());
        one.Equals(one).Should().BeTrue();
        one.Equals((Regulation?)null).Should().BeFalse();
        one!.Equals((object)"23-QĐ/TW").Should().BeFalse();
    }

    [Fact]
    public void An_entry_date_equal_to_the_issue_date_equals_an_omitted_one()
    {
        var issued = new LocalDate(2021, 7, 30);
        Full(issueDate: issued, entryIntoForce: issued).Should().Be(
            new Regulation(Number("23-QĐ/TW"), DocumentKind.Decision, "Bộ Chính trị", "Ban hành Quy chế công tác dân vận", issued,
                null, null, [Replaces("290-QĐ/TW")], ["a", "b"], RegulationFacts.Title, "ghi chú"));
    }

    [Fact]
    public void Every_fact_takes_part_in_equality()
    {
        var baseline = Full();
        var variants = new (string Field, Regulation Value)[]
        {
            ("number", Full(number: "24-QĐ/TW")),
            ("kind", Full(kind: DocumentKind.Regulation)),
            ("issuedBy", Full(issuedBy: "Ban Bí thư")),
            ("title", Full(title: "Ban hành Quy chế công tác dân vận.")),
            ("issueDate", Full(issueDate: new LocalDate(2021, 7, 29))),
            ("entryIntoForce", Full(entryIntoForce: new LocalDate(2021, 8, 2))),
            ("endOfForce", Full(endOfForce: new LocalDate(2030, 1, 1))),
            ("relations (kind)", Full(relations: [Relation(RelationKind.Amends, "290-QĐ/TW")])),
            ("relations (target)", Full(relations: [Replaces("291-QĐ/TW")])),
            ("relations (target date)", Full(relations: [Replaces("290-QĐ/TW", new LocalDate(2010, 2, 25))])),
            ("relations (count)", Full(relations: [])),
            ("relations (order)", Full(relations: [Replaces("290-QĐ/TW"), Replaces("291-QĐ/TW")])),
            ("sources", Full(sources: ["a"])),
            ("sources (order)", Full(sources: ["b", "a"])),
            ("uncertainFacts", Full(facts: RegulationFacts.Title | RegulationFacts.Kind)),
            ("note", Full(note: null)),
        };
        foreach (var (field, value) in variants)
        {
            value.Equals(baseline).Should().BeFalse("the regulations differ in {0}", field);
            baseline.Equals(value).Should().BeFalse("the regulations differ in {0}", field);
        }
    }
}
