using DanVan.Domain.Administration;
using DanVan.Domain.Serialization;

namespace DanVan.Domain.Tests.Administration;

public partial class AddressParsingTest
{
    [Theory]
    [InlineData("123 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM", "2025-06-30")]
    [InlineData("123 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM", "2026-04-30")]
    [InlineData("Phường 15, TP HCM", "2025-06-30")]
    [InlineData("asdf", "2025-06-30")]
    public void Address_matches_round_trip_through_JSON(string text, string date)
    {
        var match = Catalog.ParseAddress(text, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);
        var json = DanVanJson.Serialize(match);
        json.Should().Contain("\"status\":\"").And.Contain("\"asOf\":\"" + date + "\"").And.NotContain("\"isResolved\"");
        DanVanJson.Deserialize<AddressMatch>(json).Should().Be(match);
    }

    [Fact]
    public void Translations_and_search_results_round_trip_through_JSON()
    {
        var translation = Catalog.TranslateAddress("Quận 1, TP.HCM", OldState);
        DanVanJson.Deserialize<AddressTranslation>(DanVanJson.Serialize(translation)).Should().Be(translation);

        var matches = Catalog.Search("phuong 15", OldState, 5);
        var json = DanVanJson.Serialize(matches);
        json.Should().Contain("\"matchKind\":\"exact\"").And.Contain("\"kindMatched\":true");
        DanVanJson.Deserialize<IReadOnlyList<UnitMatch>>(json).Should().Equal(matches);
    }
}
