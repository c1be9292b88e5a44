using DanVan.Domain.Tests.Fuzz;

namespace DanVan.Domain.Tests.Administration;

public partial class AdministrativeSearchTest
{
    [Fact]
    public void Null_empty_and_blank_text_find_nothing()
    {
        Search(null).Should().BeEmpty();
        Search(string.Empty).Should().BeEmpty();
        Search(" \t\r\n").Should().BeEmpty();
        Search(".,;-/'").Should().BeEmpty();
    }

    [Fact]
    public void Hostile_and_random_text_never_throws_and_returns_only_valid_units()
    {
        var long10K = string.Concat(Enumerable.Repeat("Thường Tín ", 1_000));
        var words = string.Join(' ', Enumerable.Repeat("a", 5_000));
        foreach (var text in HostileStrings.Generate(2_000).Append(long10K).Append(words).Append(new string('\'', 10_000)))
        {
            foreach (var date in new[] { OldState, State2026 })
            {
                Catalog.Search(text, date, 5).Where(m => !m.Unit.IsValidOn(date)).Should().BeEmpty();
                Catalog.Search(text, date, 5, Code("79")).Where(m => !m.Unit.IsValidOn(date)).Should().BeEmpty();
            }
        }
    }

    [Fact]
    public void Text_over_256_characters_finds_nothing() =>
        Search(new string(' ', 250) + "thuong tin", OldState).Should().BeEmpty();
}
