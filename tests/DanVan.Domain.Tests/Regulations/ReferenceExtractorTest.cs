using System.Globalization;
using DanVan.Domain.Regulations;

namespace DanVan.Domain.Tests.Regulations;

public partial class ReferenceExtractorTest
{
    private static readonly ReferenceExtractor Extractor = ReferenceExtractor.Default;

    /// <summary>One expected reference: its text, type word, number, symbol, date (yyyy-MM-dd), issuer and the resolved document.</summary>
    public sealed record Expected(string Text, string? TypeWord, int Number, string? Symbol = null, string? Date = null, string? Issuer = null, string? Resolved = null);

    private static void ShouldFindExactly(string text, params Expected[] expected)
    {
        var found = Extractor.FindAll(text);
        found.Select(r => r.Text).Should().Equal(expected.Select(e => e.Text), "these and only these are references in: " + Shorten(text));
        for (var i = 0; i < expected.Length; i++)
        {
            var actual = found[i];
            var wanted = expected[i];
            text.Substring(actual.Index, actual.Length).Should().Be(actual.Text);
            actual.TypeWord.Should().Be(wanted.TypeWord, wanted.Text);
            actual.Number.Should().Be(wanted.Number, wanted.Text);
            actual.Symbol.Should().Be(wanted.Symbol, wanted.Text);
            (actual.DocumentNumber?.ToString()).Should().Be(wanted.Symbol is null ? null : DocumentNumber.Parse(wanted.Symbol).ToString(), wanted.Text);
            actual.Date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture).Should().Be(wanted.Date, wanted.Text);
            if (wanted.Date is null)
            {
                actual.Date.Should().BeNull(wanted.Text);
            }

            actual.IssuerName.Should().Be(wanted.Issuer, wanted.Text);
            (actual.Regulation?.Number.ToString()).Should().Be(wanted.Resolved, wanted.Text);
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
