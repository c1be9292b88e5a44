using DanVan.Domain.Administration;
using DanVan.Domain.Regulations;
using NodaTime;

namespace DanVan.Domain.Tests.Administration;

/// <summary>One change event: construction, the derived dates, equality by value, ToString.</summary>
public class AdministrativeChangeTest
{
    private static readonly LocalDate Reform = new(2025, 7, 1);

    private static UnitCode Code(string text) => UnitCode.Parse(text, null);

    private static DocumentNumber Number(string text) => DocumentNumber.Parse(text, DocumentNumberParseMode.Strict);

    private static AdministrativeChange Merge(params UnitSuccessor[] successors) =>
        new(AdministrativeChangeKind.MergedInto, Reform, Code("26740"), successors, [Number("1685/NQ-UBTVQH15")], "ghi chú");

    [Fact]
    public void A_change_keeps_what_it_was_given()
    {
        var change = Merge(new UnitSuccessor(Code("26740"), Coverage.Whole, "Nhập toàn bộ"));
        change.Kind.Should().Be(AdministrativeChangeKind.MergedInto);
        change.Effective.Should().Be(Reform);
        change.Unit.Should().Be(Code("26740"));
        change.Level.Should().Be(AdministrativeLevel.Commune);
        change.Successors.Should().Equal(new UnitSuccessor(Code("26740"), Coverage.Whole, "Nhập toàn bộ"));
        change.LegalBasis.Should().Equal(Number("1685/NQ-UBTVQH15"));
        change.Note.Should().Be("ghi chú");
    }

    [Fact]
    public void The_unit_is_looked_up_the_day_before_except_for_an_establishment()
    {
        Merge().UnitDate.Should().Be(new LocalDate(2025, 6, 30));
        new AdministrativeChange(AdministrativeChangeKind.Established, Reform, Code("26740")).UnitDate.Should().Be(Reform);
        new AdministrativeChange(AdministrativeChangeKind.Established | AdministrativeChangeKind.Renamed, Reform, Code("26740")).UnitDate
            .Should().Be(new LocalDate(2025, 6, 30), "only a pure establishment names the unit as it is on the day");
    }

    [Fact]
    public void Optional_values_default_to_empty_lists_and_no_note()
    {
        var change = new AdministrativeChange(AdministrativeChangeKind.Dissolved, Reform, Code("279"));
        change.Successors.Should().BeEmpty();
        change.LegalBasis.Should().BeEmpty();
        change.Note.Should().BeNull();
        new AdministrativeChange(AdministrativeChangeKind.Dissolved, Reform, Code("279"), note: "  ").Note.Should().BeNull("a blank note is no note");
    }

    [Fact]
    public void The_lists_are_copies_that_cannot_be_changed()
    {
        var successors = new[] { new UnitSuccessor(Code("26740"), Coverage.Whole) };
        var change = Merge(successors);
        successors[0] = new UnitSuccessor(Code("26743"), Coverage.Partial);
        change.Successors.Single().Code.Should().Be(Code("26740"));
        change.Successors.Should().NotBeAssignableTo<ICollection<UnitSuccessor>>("nothing outside can add, remove or replace a successor");
        change.LegalBasis.Should().NotBeAssignableTo<ICollection<DocumentNumber>>();
    }

    [Theory]
    [InlineData(0, "'None' is not a change kind.")]
    [InlineData(256, "'256' is not a change kind.")]
    [InlineData(-1, "is not a change kind.")]
    public void An_empty_or_undefined_kind_is_refused(int kind, string message) =>
        FluentActions.Invoking(() => new AdministrativeChange((AdministrativeChangeKind)kind, Reform, Code("279")))
            .Should().Throw<ArgumentException>().Which.Message.Should().Contain(message);

    [Fact]
    public void Every_combination_of_defined_flags_is_accepted()
    {
        for (var bits = 1; bits < 256; bits++)
        {
            new AdministrativeChange((AdministrativeChangeKind)bits, Reform, Code("279")).Kind.Should().Be((AdministrativeChangeKind)bits);
        }
    }

    [Fact]
    public void A_default_unit_code_is_refused() =>
        FluentActions.Invoking(() => new AdministrativeChange(AdministrativeChangeKind.Dissolved, Reform, default))
            .Should().Throw<ArgumentException>().Which.Message.Should().Be("A change needs the code of its unit; default(UnitCode) is not one.");

    public static TheoryData<UnitSuccessor?> BadSuccessors => new()
    {
        null,
        new UnitSuccessor(default, Coverage.Whole),
        new UnitSuccessor(Code("26740"), (Coverage)0),
        new UnitSuccessor(Code("26740"), (Coverage)3),
    };

    [Theory]
    [MemberData(nameof(BadSuccessors))]
    public void A_null_codeless_or_coverless_successor_is_refused(UnitSuccessor? successor) =>
        FluentActions.Invoking(() => Merge(new UnitSuccessor(Code("26743"), Coverage.Partial), successor!))
            .Should().Throw<ArgumentException>().Which.Message
            .Should().Be("The change of 26740 has a successor that is null, has no code or has an undefined coverage.");

    [Fact]
    public void A_default_legal_basis_is_refused() =>
        FluentActions.Invoking(() => new AdministrativeChange(AdministrativeChangeKind.Dissolved, Reform, Code("279"), legalBasis: [Number("202/2025/QH15"), default]))
            .Should().Throw<ArgumentException>().Which.Message.Should().Be("The change of 279 has a default(DocumentNumber) as legal basis.");

    [Fact]
    public void Equality_compares_successor_and_legal_basis_lists_by_value()
    {
        var change = Merge(new UnitSuccessor(Code("26740"), Coverage.Whole, "Nhập toàn bộ"), new UnitSuccessor(Code("26743"), Coverage.Partial));
        var same = new AdministrativeChange(
            AdministrativeChangeKind.MergedInto, Reform, Code("26740"),
            new List<UnitSuccessor> { new(Code("26740"), Coverage.Whole, "Nhập toàn bộ"), new(Code("26743"), Coverage.Partial) },
            new List<DocumentNumber> { Number("1685/NQ-UBTVQH15") }, "ghi chú");
        change.Should().Be(same);
        change.Equals((object)same).Should().BeTrue();
        change.GetHashCode().Should().Be(same.GetHashCode());

        AdministrativeChange[] others =
        [
            Merge(new UnitSuccessor(Code("26743"), Coverage.Partial), new UnitSuccessor(Code("26740"), Coverage.Whole, "Nhập toàn bộ")),
            Merge(new UnitSuccessor(Code("26740"), Coverage.Whole, "Nhập toàn bộ")),
            Merge(new UnitSuccessor(Code("26740"), Coverage.Partial, "Nhập toàn bộ"), new UnitSuccessor(Code("26743"), Coverage.Partial)),
            Merge(new UnitSuccessor(Code("26740"), Coverage.Whole), new UnitSuccessor(Code("26743"), Coverage.Partial)),
            new(AdministrativeChangeKind.MergedInto | AdministrativeChangeKind.Renamed, Reform, Code("26740"), change.Successors, change.LegalBasis, "ghi chú"),
            new(AdministrativeChangeKind.MergedInto, Reform.PlusDays(1), Code("26740"), change.Successors, change.LegalBasis, "ghi chú"),
            new(AdministrativeChangeKind.MergedInto, Reform, Code("26743"), change.Successors, change.LegalBasis, "ghi chú"),
            new(AdministrativeChangeKind.MergedInto, Reform, Code("26740"), change.Successors, [], "ghi chú"),
            new(AdministrativeChangeKind.MergedInto, Reform, Code("26740"), change.Successors, [Number("1686/NQ-UBTVQH15")], "ghi chú"),
            new(AdministrativeChangeKind.MergedInto, Reform, Code("26740"), change.Successors, change.LegalBasis, note: null),
        ];
        foreach (var other in others)
        {
            change.Should().NotBe(other, "{0} differs from {1}", other, change);
            other.Should().NotBe(change);
        }

        change.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void ToString_shows_date_unit_kind_and_successors_with_the_JSON_names()
    {
        Merge(new UnitSuccessor(Code("26740"), Coverage.Whole)).ToString().Should().Be("2025-07-01 26740 mergedInto → 26740 (whole)");
        new AdministrativeChange(AdministrativeChangeKind.Renamed | AdministrativeChangeKind.Moved, Reform, Code("00004"),
                [new UnitSuccessor(Code("00004"), Coverage.Whole), new UnitSuccessor(Code("00007"), Coverage.Partial)])
            .ToString().Should().Be("2025-07-01 00004 renamed, moved → 00004 (whole), 00007 (partial)");
        new AdministrativeChange(AdministrativeChangeKind.Dissolved, Reform, Code("279")).ToString().Should().Be("2025-07-01 279 dissolved");
    }

    [Fact]
    public void A_successor_and_a_linked_unit_are_values()
    {
        new UnitSuccessor(Code("26740"), Coverage.Whole, "a").Should().Be(new UnitSuccessor(Code("26740"), Coverage.Whole, "a"));
        new UnitSuccessor(Code("26740"), Coverage.Whole, "a").Should().NotBe(new UnitSuccessor(Code("26740"), Coverage.Whole, "b"));
        var unit = new AdministrativeUnit(Code("26740"), AdministrativeUnitKind.Ward, "Sài Gòn", Code("79"), Reform);
        new LinkedUnit(unit, Coverage.Whole).ToString().Should().Be("Phường Sài Gòn (26740) whole");
        new LinkedUnit(unit, Coverage.Partial, "Nhập một phần").ToString().Should().Be("Phường Sài Gòn (26740) partial");
        new LinkedUnit(unit, Coverage.Whole).Should().Be(new LinkedUnit(unit, Coverage.Whole));
    }
}
