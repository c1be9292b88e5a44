using DanVan.Domain.Administration;
using DanVan.Domain.Text;
using NodaTime;
using Xunit.Abstractions;

namespace DanVan.Domain.Tests.Administration;

/// <summary>The official conversion table of 2025-07-01, row by row, through Translate and Predecessors.</summary>
public class AdministrativeCatalogLineageTest(ITestOutputHelper output)
{
    private static readonly AdministrativeCatalog Catalog = AdministrativeCatalog.Default;
    private static readonly LocalDate LastOldDay = new(2025, 6, 30);
    private static readonly LocalDate ReformDay = new(2025, 7, 1);
    private static readonly List<Dictionary<string, string>> Rows = SharedCsv.Read("data/admin-units/lineage-2025-07-01.csv");

    [Fact]
    public void Every_row_of_the_conversion_table_is_reproduced_by_Translate_and_Predecessors()
    {
        Rows.Should().HaveCount(10_571);
        var translations = new Dictionary<AdministrativeUnit, IReadOnlyList<LinkedUnit>>(ReferenceEqualityComparer.Instance);
        var predecessors = new Dictionary<AdministrativeUnit, IReadOnlyList<LinkedUnit>>(ReferenceEqualityComparer.Instance);
        var failures = new List<string>();
        foreach (var row in Rows)
        {
            var oldCode = row["old_ward_code"].Length > 0 ? row["old_ward_code"] : row["old_district_code"];
            var old = Catalog.Find(Code(oldCode), LastOldDay);
            var @new = Catalog.Find(Code(row["new_ward_code"]), ReformDay);
            if (old is null || @new is null)
            {
                failures.Add($"{oldCode} -> {row["new_ward_code"]}: unit not found");
                continue;
            }

            var expected = ExpectedCoverage(row);
            var forward = Get(translations, old, u => Catalog.Translate(u, ReformDay)).SingleOrDefault(l => ReferenceEquals(l.Unit, @new));
            var backward = Get(predecessors, @new, u => Catalog.Predecessors(u, LastOldDay)).SingleOrDefault(l => ReferenceEquals(l.Unit, old));
            if (forward is null || backward is null)
            {
                failures.Add($"{old} -> {@new}: Translate {(forward is null ? "misses" : "has")} it, Predecessors {(backward is null ? "misses" : "has")} it");
            }
            else if (forward.Coverage != expected || backward.Coverage != expected)
            {
                failures.Add($"{old} -> {@new}: '{row["note"]}' is {expected}, Translate says {forward.Coverage}, Predecessors {backward.Coverage}");
            }
            else if (old.Level == AdministrativeLevel.Commune && backward.Note != VietnameseNormalization.Normalize(row["note"].Trim()))
            {
                failures.Add($"{old} -> {@new}: note '{backward.Note}', the table says '{row["note"]}'");
            }
        }

        failures.Should().BeEmpty();
        output.WriteLine($"{Rows.Count} rows reproduced; {translations.Count} old units translated, {predecessors.Count} new units traced back.");
    }

    [Fact]
    public void Translate_and_Predecessors_give_nothing_the_table_does_not_have_for_communes()
    {
        var pairs = Rows.Where(r => r["old_ward_code"].Length > 0).Select(r => (r["old_ward_code"], r["new_ward_code"])).ToHashSet();
        var olds = Rows.Where(r => r["old_ward_code"].Length > 0).Select(r => r["old_ward_code"]).Distinct().ToList();
        olds.Should().HaveCount(10_035);
        var extra = olds.SelectMany(o => Catalog.Translate(Catalog.Find(Code(o), LastOldDay)!, ReformDay).Select(l => (o, l.Unit.Code.ToString())))
            .Where(p => !pairs.Contains(p)).ToList();
        extra.Should().BeEmpty();
    }

    [Fact]
    public void Ben_Nghe_in_2020_is_covered_by_Phuong_Sai_Gon_today_with_the_legal_basis()
    {
        var benNghe = Catalog.Find(Code("26740"), new LocalDate(2020, 3, 26))!;
        var today = new LocalDate(2026, 11, 21);
        var covering = Catalog.Translate(benNghe, today);
        covering.Should().ContainSingle().Which.Should().Match<LinkedUnit>(l => l.Unit.FullName == "Phường Sài Gòn" && l.Coverage == Coverage.Whole);
        Catalog.Translate(Code("26740"), new LocalDate(2020, 3, 26), today).Should().Equal(covering);
        var change = Catalog.ChangesOf(benNghe).Single();
        change.Kind.Should().Be(AdministrativeChangeKind.MergedInto);
        change.LegalBasis.Select(d => d.ToString()).Should().Equal("1685/NQ-UBTVQH15");
        Catalog.Predecessors(covering[0].Unit, LastOldDay).Should().Contain(l => ReferenceEquals(l.Unit, benNghe));
    }

    [Fact]
    public void A_split_commune_is_covered_partially_by_each_of_its_successors()
    {
        var split = Catalog.Changes.First(c => c.Kind == AdministrativeChangeKind.Split && c.Level == AdministrativeLevel.Commune);
        var old = Catalog.Find(split.Unit, split.UnitDate)!;
        var covering = Catalog.Translate(old, ReformDay);
        covering.Should().HaveCount(split.Successors.Count).And.HaveCountGreaterThan(1);
        covering.Select(c => c.Unit.Code).Should().BeEquivalentTo(split.Successors.Select(s => s.Code));
    }

    [Fact]
    public void A_district_is_covered_partially_by_the_communes_that_took_its_communes()
    {
        var thuongTin = Catalog.Find(Code("279"), LastOldDay)!;
        var covering = Catalog.Translate(thuongTin, ReformDay);
        var expected = Catalog.Children(thuongTin).SelectMany(c => Catalog.Translate(c, ReformDay)).Select(l => l.Unit).Distinct().ToList();
        covering.Select(l => l.Unit).Should().BeEquivalentTo(expected);
        covering.Should().OnlyContain(l => l.Coverage == Coverage.Partial && l.Unit.ParentCode == Code("01"));
        Catalog.ChangesOf(thuongTin).Single().Kind.Should().Be(AdministrativeChangeKind.Dissolved);
    }

    [Fact]
    public void An_island_district_continues_whole_as_its_special_zone_in_its_new_province()
    {
        var conDao = Catalog.Find(Code("755"), LastOldDay)!;
        conDao.FullName.Should().Be("Huyện Côn Đảo");
        var covering = Catalog.Translate(conDao, ReformDay).Should().ContainSingle().Subject;
        covering.Unit.FullName.Should().Be("Đặc khu Côn Đảo");
        covering.Unit.ParentCode.Should().Be(Code("79"));
        covering.Coverage.Should().Be(Coverage.Whole);
        Catalog.ChangesOf(conDao).Single().Kind.Should().Be(AdministrativeChangeKind.Reclassified | AdministrativeChangeKind.Recoded | AdministrativeChangeKind.Moved);
    }

    [Fact]
    public void Translating_across_2026_follows_the_reclassification()
    {
        var locNinh = Catalog.Find(Code("25270"), new LocalDate(2026, 4, 29))!;
        Catalog.Translate(locNinh, new LocalDate(2026, 5, 1)).Should().ContainSingle()
            .Which.Unit.Kind.Should().Be(AdministrativeUnitKind.Ward);
        var twoSteps = Catalog.Predecessors(Catalog.Find(Code("25270"))!, LastOldDay);
        twoSteps.Should().NotBeEmpty().And.OnlyContain(l => l.Unit.ValidUntil == LastOldDay);
    }

    [Fact]
    public void Translate_refuses_to_go_back_in_time_and_Predecessors_to_go_forward()
    {
        var saiGon = Catalog.Find(Code("26740"))!;
        var act = () => Catalog.Translate(saiGon, LastOldDay);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Predecessors*");
        var benNghe = Catalog.Find(Code("26740"), LastOldDay)!;
        var back = () => Catalog.Predecessors(benNghe, ReformDay);
        back.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Translate*");
        Catalog.Translate(Code("99999"), LastOldDay).Should().BeEmpty();
    }

    // The table's wording: "một phần" (also misspelt "Nhâp một phần") or "phần còn lại" is partial; a territory
    // without a commune code is only part of its district.
    private static Coverage ExpectedCoverage(Dictionary<string, string> row)
    {
        var note = VietnameseFolding.Fold(row["note"]);
        var partial = note.Contains("mot phan", StringComparison.Ordinal) || note.Contains("phan con lai", StringComparison.Ordinal) ||
            (row["old_ward_code"].Length == 0 && row["old_ward_name"].Length > 0);
        return partial ? Coverage.Partial : Coverage.Whole;
    }

    private static IReadOnlyList<LinkedUnit> Get(Dictionary<AdministrativeUnit, IReadOnlyList<LinkedUnit>> cache, AdministrativeUnit unit, Func<AdministrativeUnit, IReadOnlyList<LinkedUnit>> compute)
    {
        if (!cache.TryGetValue(unit, out var links))
        {
            cache[unit] = links = compute(unit);
        }

        return links;
    }

    private static UnitCode Code(string text) => UnitCode.Parse(text, null);
}
