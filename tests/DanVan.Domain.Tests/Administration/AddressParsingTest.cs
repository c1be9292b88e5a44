using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Tests.Administration;

/// <summary><see cref="AdministrativeCatalog.ParseAddress"/> on the built-in catalog: one partial class per concern.</summary>
public partial class AddressParsingTest
{
    private static readonly AdministrativeCatalog Catalog = AdministrativeCatalog.Default;
    private static readonly LocalDate OldState = new(2025, 6, 30);
    private static readonly LocalDate State2026 = new(2026, 4, 30);

    private static UnitCode Code(string text) => UnitCode.Parse(text, null);

    private static IEnumerable<string> Codes(AddressMatch match) => match.Units.Select(u => u.Code.ToString());

    // Every chain runs from a province down, each unit the parent of the next, all valid on the date.
    private static void ShouldBeAChain(AddressMatch match)
    {
        if (match.Units.Count == 0)
        {
            match.Unit.Should().BeNull();
            return;
        }

        match.Units[0].Level.Should().Be(AdministrativeLevel.Province);
        match.Units[0].ParentCode.Should().BeNull();
        for (var i = 1; i < match.Units.Count; i++)
        {
            match.Units[i].ParentCode.Should().Be(match.Units[i - 1].Code);
        }

        match.Units.Should().OnlyContain(u => u.IsValidOn(match.AsOf));
        match.Unit.Should().BeSameAs(match.Units[^1]);
    }
}
