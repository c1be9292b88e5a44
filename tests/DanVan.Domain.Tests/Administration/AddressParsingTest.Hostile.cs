using DanVan.Domain.Administration;
using DanVan.Domain.Tests.Fuzz;

namespace DanVan.Domain.Tests.Administration;

public partial class AddressParsingTest
{
    [Fact]
    public void Hostile_and_random_text_never_throws_and_always_gives_a_consistent_result()
    {
        var texts = HostileStrings.Generate(1_000)
            .Append(string.Concat(Enumerable.Repeat("Phường 15, ", 1_000)))
            .Append(string.Concat(Enumerable.Repeat("quan 1 ", 1_500)))
            .Append(new string(',', 10_000))
            .Append("123 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM" + new string('x', 10_000));
        foreach (var text in texts)
        {
            foreach (var date in new[] { OldState, State2026 })
            {
                var match = Catalog.ParseAddress(text, date);
                Enum.IsDefined(match.Status).Should().BeTrue();
                ShouldBeAChain(match);
                match.Issues.Any(i => i.IsError).Should().Be(match.Status is not (AddressMatchStatus.Resolved or AddressMatchStatus.PartiallyResolved));
                (match.SuggestedDate is not null).Should().Be(match.Status == AddressMatchStatus.ValidOnOtherDate);
            }

            Catalog.TranslateAddress(text, OldState).Should().NotBeNull();
        }
    }
}
