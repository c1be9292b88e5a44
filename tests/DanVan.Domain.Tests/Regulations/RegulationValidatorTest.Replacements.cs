using DanVan.Domain.Regulations;
using static DanVan.Domain.Tests.Regulations.RegulationSamples;

namespace DanVan.Domain.Tests.Regulations;

public partial class RegulationValidatorTest
{
    [Fact]
    public void DV4106_a_replacement_issued_before_the_document_it_replaces()
    {
        var older = Make("10-QĐ/TW", Day(2015, 1, 1));
        var newer = Make("20-QĐ/TW", Day(2014, 1, 1), entryIntoForce: Day(2015, 6, 1), relations: Replaces("10-QĐ/TW"));
        var issue = Issues("DV4106", older, newer).Should().ContainSingle().Which;
        issue.Path.Should().Be("regulations[0].relations[0]", "the replacement, issued first, comes first");
        issue.AttemptedValue.Should().Be("10-QĐ/TW");
        issue.GetArgument("number").Should().Be("20-QĐ/TW");
        issue.GetArgument("replaced").Should().Be("10-QĐ/TW");
        issue.GetArgument("replacedEndOfForce").Should().Be("—");
    }

    [Fact]
    public void DV4106_a_replacement_in_force_before_the_document_it_replaces()
    {
        var older = Make("10-QĐ/TW", Day(2015, 1, 1), entryIntoForce: Day(2015, 6, 1));
        var newer = Make("20-QĐ/TW", Day(2015, 2, 1), entryIntoForce: Day(2015, 3, 1), relations: Replaces("10-QĐ/TW"));
        var issue = Issues("DV4106", older, newer).Should().ContainSingle().Which;
        issue.Path.Should().Be("regulations[1].relations[0]");
        issue.GetArgument("entryIntoForce").Should().Be("2015-03-01");
        issue.GetArgument("replacedEntryIntoForce").Should().Be("2015-06-01");
    }

    [Fact]
    public void DV4106_a_replaced_document_still_in_force_after_the_replacement_starts()
    {
        var older = Make("10-QĐ/TW", Day(2010, 1, 1), endOfForce: Day(2016, 1, 1));
        var newer = Make("20-QĐ/TW", Day(2015, 1, 1), relations: Replaces("10-QĐ/TW"));
        var issue = Issues("DV4106", older, newer).Should().ContainSingle().Which;
        issue.Path.Should().Be("regulations[1].relations[0]");
        issue.GetArgument("replacedEndOfForce").Should().Be("2016-01-01");
    }

    [Fact]
    public void DV4106_is_reported_on_a_passive_relation_too()
    {
        var older = Make("10-QĐ/TW", Day(2015, 1, 1), relations: Relation(RelationKind.ReplacedBy, "20-QĐ/TW"));
        var newer = Make("20-QĐ/TW", Day(2015, 2, 1));
        var ok = Issues("DV4106", older, newer);
        ok.Should().BeEmpty();
        var late = Make("10-QĐ/TW", Day(2015, 1, 1), endOfForce: Day(2015, 3, 1), relations: Relation(RelationKind.ReplacedBy, "20-QĐ/TW"));
        var issue = Issues("DV4106", late, newer).Should().ContainSingle().Which;
        issue.Path.Should().Be("regulations[0].relations[0]");
        issue.GetArgument("number").Should().Be("20-QĐ/TW", "the message always names the replacement first");
        issue.GetArgument("replaced").Should().Be("10-QĐ/TW");
    }

    [Fact]
    public void DV4106_consistent_replacements_are_fine()
    {
        var older = Make("10-QĐ/TW", Day(2010, 1, 1), endOfForce: Day(2015, 1, 1));
        var newer = Make("20-QĐ/TW", Day(2014, 12, 1), entryIntoForce: Day(2015, 1, 1), relations: Replaces("10-QĐ/TW"));
        Issues("DV4106", older, newer).Should().BeEmpty("ending on the day the replacement starts is exactly right");
        var sameDay = Make("30-QĐ/TW", Day(2010, 1, 1), relations: Replaces("10-QĐ/TW"));
        Issues("DV4106", Make("10-QĐ/TW", Day(2010, 1, 1)), sameDay).Should().BeEmpty("issued and in force on the same day is no contradiction");
    }

    [Fact]
    public void DV4107_a_replacement_cycle_is_reported_once_on_its_earliest_member()
    {
        var a = Make("10-QĐ/TW", Day(2010, 1, 1), relations: Replaces("20-QĐ/TW"));
        var b = Make("20-QĐ/TW", Day(2011, 1, 1), relations: Replaces("10-QĐ/TW"));
        var issue = Issues("DV4107", a, b).Should().ContainSingle().Which;
        issue.Path.Should().Be("regulations[0]");
        issue.GetArgument("relation").Should().Be("replaces");
        issue.GetArgument("cycle").Should().Be("10-QĐ/TW → 20-QĐ/TW → 10-QĐ/TW");
    }

    [Fact]
    public void DV4107_a_longer_cycle_recorded_on_either_side_is_reported_once()
    {
        // 20 replaces 10 (recorded on 10), 30 replaces 20 (recorded on 30), 10 replaces 30 (recorded on 30).
        var a = Make("10-QĐ/TW", Day(2010, 1, 1), relations: Relation(RelationKind.ReplacedBy, "20-QĐ/TW"));
        var b = Make("20-QĐ/TW", Day(2011, 1, 1));
        var c = Make("30-QĐ/TW", Day(2012, 1, 1), relations: [Replaces("20-QĐ/TW"), Relation(RelationKind.ReplacedBy, "10-QĐ/TW")]);
        var lead = Make("40-QĐ/TW", Day(2009, 1, 1), relations: Replaces("10-QĐ/TW"));
        var issue = Issues("DV4107", lead, c, a, b).Should().ContainSingle().Which;
        issue.Path.Should().Be("regulations[1]", "40-QĐ/TW leads into the cycle but is not part of it");
        issue.GetArgument("cycle")!.Split(" → ").Should().HaveCount(4).And.Contain(["10-QĐ/TW", "20-QĐ/TW", "30-QĐ/TW"]);
    }

    [Fact]
    public void DV4107_amendment_cycles_and_separate_cycles_are_each_reported()
    {
        var a = Make("10/2020/QH14", Day(2020, 1, 1), relations: Relation(RelationKind.Amends, "11/2020/QH14"));
        var b = Make("11/2020/QH14", Day(2020, 2, 1), relations: Relation(RelationKind.Amends, "10/2020/QH14"));
        var c = Make("10-QĐ/TW", Day(2010, 1, 1), relations: Replaces("20-QĐ/TW"));
        var d = Make("20-QĐ/TW", Day(2011, 1, 1), relations: Replaces("10-QĐ/TW"));
        var issues = Issues("DV4107", a, b, c, d);
        issues.Should().HaveCount(2);
        issues.Select(i => i.GetArgument("relation")).Should().BeEquivalentTo(["replaces", "amends"]);
        issues.Select(i => i.Path).Should().BeEquivalentTo(["regulations[0]", "regulations[2]"]);
    }

    [Fact]
    public void DV4107_a_chain_without_a_cycle_is_fine()
    {
        var a = Make("10-QĐ/TW", Day(2010, 1, 1));
        var b = Make("20-QĐ/TW", Day(2011, 1, 1), relations: Replaces("10-QĐ/TW"));
        var c = Make("30-QĐ/TW", Day(2012, 1, 1), relations: [Replaces("20-QĐ/TW"), Replaces("10-QĐ/TW")]);
        Issues("DV4107", a, b, c).Should().BeEmpty();
        Issues(RegulationCatalog.Default, "DV4107").Should().BeEmpty();
    }
}
