using DanVan.Domain.Regulations;
using NodaTime;

namespace DanVan.Domain.Tests.Regulations;

public partial class RegulationTest
{
    [Fact]
    public void Status_changes_on_the_entry_and_end_days()
    {
        var entry = new LocalDate(2020, 1, 10);
        var end = new LocalDate(2021, 1, 10);
        var regulation = Rules(entryIntoForce: entry, endOfForce: end);
        regulation.StatusAt(entry.PlusDays(-1)).Should().Be(RegulationStatus.NotYetInForce);
        regulation.StatusAt(entry).Should().Be(RegulationStatus.InForce);
        regulation.StatusAt(end.PlusDays(-1)).Should().Be(RegulationStatus.InForce);
        regulation.StatusAt(end).Should().Be(RegulationStatus.NoLongerInForce, "the end of force is the first day no longer in force");
        regulation.StatusAt(end.PlusDays(1)).Should().Be(RegulationStatus.NoLongerInForce);
    }

    [Fact]
    public void Without_an_entry_date_the_document_is_in_force_from_its_issue_day()
    {
        var regulation = Rules();
        regulation.StatusAt(Issued.PlusDays(-1)).Should().Be(RegulationStatus.NotYetInForce);
        regulation.StatusAt(Issued).Should().Be(RegulationStatus.InForce);
        regulation.StatusAt(new LocalDate(9999, 12, 31)).Should().Be(RegulationStatus.InForce, "no end is recorded");
    }

    [Fact]
    public void Entry_after_issue_leaves_the_gap_not_yet_in_force()
    {
        var regulation = Rules(entryIntoForce: Issued.PlusDays(45));
        regulation.StatusAt(Issued).Should().Be(RegulationStatus.NotYetInForce);
        regulation.StatusAt(Issued.PlusDays(44)).Should().Be(RegulationStatus.NotYetInForce);
        regulation.StatusAt(Issued.PlusDays(45)).Should().Be(RegulationStatus.InForce);
    }
}
