using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Tests.Fuzz;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

public sealed class OrganizationIdTest
{
    [Theory]
    [InlineData("tw/politburo", OrganizationKind.Politburo, null, null, null)]
    [InlineData("01/party-committee", OrganizationKind.PartyCommittee, "01", null, null)]
    [InlineData("279/danvan-commission", OrganizationKind.DanVanCommission, "279", null, null)]
    [InlineData("10015@2025-07-01/peoples-committee", OrganizationKind.PeoplesCommittee, "10015", "2025-07-01", null)]
    [InlineData("01/inspection-delegation/2020-3", OrganizationKind.InspectionDelegation, "01", null, "2020-3")]
    public void Parses_the_scheme(string text, OrganizationKind kind, string? unit, string? since, string? local)
    {
        var id = OrganizationId.Parse(text, null);
        id.Kind.Should().Be(kind);
        id.Unit?.ToString().Should().Be(unit);
        (id.Unit is null).Should().Be(unit is null);
        id.IsCentral.Should().Be(unit is null);
        id.UnitSince?.ToString("yyyy-MM-dd", null).Should().Be(since);
        (id.UnitSince is null).Should().Be(since is null);
        id.Local.Should().Be(local);
        id.ToString().Should().Be(text);
        OrganizationId.TryParse(text, out var again).Should().BeTrue();
        again.Should().Be(id);
    }

    [Fact]
    public void Factories_build_the_same_identifiers()
    {
        OrganizationId.Central(OrganizationKind.Politburo).ToString().Should().Be("tw/politburo");
        OrganizationId.For(OrganizationKind.PeoplesCommittee, UnitCode.Parse("10015", null), new LocalDate(2025, 7, 1)).ToString()
            .Should().Be("10015@2025-07-01/peoples-committee");
        var hanoi = AdministrativeCatalog.Default.Find(UnitCode.Parse("01", null))!;
        OrganizationId.For(OrganizationKind.PartyCommittee, hanoi).ToString().Should().Be("01/party-committee");
        OrganizationId.For(OrganizationKind.InspectionDelegation, hanoi, "2020-3").Local.Should().Be("2020-3");
        FluentActions.Invoking(() => OrganizationId.For(OrganizationKind.PartyCommittee, default(UnitCode))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => OrganizationId.Central(OrganizationKind.Politburo, "Bad Local")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => OrganizationId.Central((OrganizationKind)99)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("", "DV3001")]
    [InlineData("politburo", "DV3002")]
    [InlineData("/politburo", "DV3002")]
    [InlineData("1/party-committee", "DV3002")]
    [InlineData("0a/party-committee", "DV3002")]
    [InlineData("01@2025-02-30/party-committee", "DV3002")]
    [InlineData("01@2025-7-1/party-committee", "DV3002")]
    [InlineData("01/party-committee/", "DV3002")]
    [InlineData("01/party-committee/-x", "DV3002")]
    [InlineData("01/party-committee/A", "DV3002")]
    [InlineData("01/inspection-delegation/a/b", "DV3002")]
    [InlineData("01/huyen-uy", "DV3003")]
    [InlineData("01/Party-Committee", "DV3003")]
    [InlineData("TW/politburo", "DV3002")]
    public void Reports_why_a_text_is_not_an_identifier(string text, string code)
    {
        OrganizationId.TryParse(text, out var id, out var error).Should().BeFalse();
        id.IsDefault.Should().BeTrue();
        error!.Code.ToString().Should().Be(code);
        error.EnglishMessage.Should().NotBeNullOrWhiteSpace();
        error.VietnameseMessage.Should().NotBeNullOrWhiteSpace();
        FluentActions.Invoking(() => OrganizationId.Parse(text, null)).Should().Throw<DanVanFormatException>().Which.Issue.Code.Should().Be(error.Code);
    }

    [Fact]
    public void Null_is_refused_by_Parse_and_TryParse_says_no()
    {
        FluentActions.Invoking(() => OrganizationId.Parse(null!, null)).Should().Throw<ArgumentNullException>();
        OrganizationId.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Default_is_not_an_identifier()
    {
        default(OrganizationId).IsDefault.Should().BeTrue();
        default(OrganizationId).IsCentral.Should().BeFalse();
        default(OrganizationId).ToString().Should().BeEmpty();
    }

    [Fact]
    public void Equality_and_order_follow_the_text()
    {
        var a = OrganizationId.Parse("01/party-committee", null);
        var b = OrganizationId.Parse("01/party-committee", null);
        var c = OrganizationId.Parse("279/party-committee", null);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != c).Should().BeTrue();
        (a < c).Should().BeTrue();
        a.CompareTo((object?)null).Should().BePositive();
        FluentActions.Invoking(() => a.CompareTo("x")).Should().Throw<ArgumentException>();
        Span<char> small = stackalloc char[3];
        a.TryFormat(small, out var written, default, null).Should().BeFalse();
        written.Should().Be(0);
    }

    [Fact]
    public void Hostile_text_never_throws_from_TryParse()
    {
        foreach (var text in HostileStrings.Generate(3000).Concat(["01/" + new string('a', 10000), "tw/" + new string('/', 50), "01@/x", "01@9999-12-31/party-committee"]))
        {
            var ok = OrganizationId.TryParse(text, out var id, out var error);
            if (ok)
            {
                id.ToString().Should().Be(text);
            }
            else
            {
                error.Should().NotBeNull();
            }
        }
    }
}
