using DanVan.Domain.Administration;
using DanVan.Domain.Text;

namespace DanVan.Domain.CatalogBuilder;

/// <summary>
/// The change events of 2025-07-01, from the official conversion table (one row per new commune and old commune) and,
/// for provinces, from the provinces the rows connect.
/// </summary>
/// <remarks>
/// Per old unit: several successors is a split; one successor that also took in other units is a merger; one
/// successor formed from this unit alone is the same unit continuing, renamed, reclassified, recoded or moved as its
/// name, kind, code or parent differ. A province continuing unchanged keeps one version across the date. Districts
/// are dissolved (their communes carry the territory on), except the island districts the table turns into đặc khu.
/// Coverage: "một phần" or "phần còn lại" in the note is partial, anything else whole.
/// </remarks>
internal sealed class ReformLineage(
    List<AdministrativeUnit> old,
    Dictionary<UnitCode, AdministrativeUnit> oldByCode,
    List<AdministrativeUnit> @new,
    Dictionary<UnitCode, AdministrativeUnit> newByCode,
    List<Dictionary<string, string>> rows)
{
    private static readonly string[] PartialMarks = ["mot phan", "phan con lai"];

    internal (List<AdministrativeUnit> Versions, List<AdministrativeChange> Changes) Build()
    {
        var successors = new Dictionary<UnitCode, List<UnitSuccessor>>();
        var originals = new Dictionary<UnitCode, HashSet<UnitCode>>();
        var provinceOf = new Dictionary<UnitCode, UnitCode>();
        foreach (var row in rows)
        {
            var target = UnitCode.Parse(row["new_ward_code"]);
            if (!newByCode.TryGetValue(target, out var newUnit) || newUnit.ParentCode != UnitCode.Parse(row["new_province_code"]))
            {
                throw new InvalidDataException($"lineage: new commune {target} is not in the 2025-07-01 list under {row["new_province_code"]}.");
            }

            var oldDistrict = UnitCode.Parse(row["old_district_code"]);
            var source = row["old_ward_code"].Length > 0 ? UnitCode.Parse(row["old_ward_code"]) : oldDistrict;
            if (!oldByCode.TryGetValue(source, out var oldUnit))
            {
                throw new InvalidDataException($"lineage: old unit {source} is not in the 2025-03-01 list.");
            }

            var note = VietnameseNormalization.Normalize(row["note"].Trim());
            if (source == oldDistrict && oldUnit.Level == AdministrativeLevel.District && row["old_ward_name"].Trim().Length > 0)
            {
                // A territory without a commune code (the coastal strip of Kim Sơn) is part of its district.
                note = VietnameseNormalization.Normalize(row["old_ward_name"].Trim()) + ": " + note;
            }

            var coverage = IsPartial(note) || (source == oldDistrict && row["old_ward_name"].Trim().Length > 0) ? Coverage.Partial : Coverage.Whole;
            Add(successors, source, new UnitSuccessor(target, coverage, note.Length == 0 ? null : note));
            Add(originals, target, source);
            var oldProvince = Province(oldUnit);
            if (provinceOf.TryGetValue(oldProvince, out var known) && known != newUnit.ParentCode!.Value)
            {
                throw new InvalidDataException($"lineage: old province {oldProvince} maps to both {known} and {newUnit.ParentCode}.");
            }

            provinceOf[oldProvince] = newUnit.ParentCode!.Value;
        }

        var versions = new List<AdministrativeUnit>();
        var changes = new List<AdministrativeChange>();
        Provinces(provinceOf, versions, changes);
        foreach (var unit in old.Where(u => u.Level != AdministrativeLevel.Province))
        {
            versions.Add(unit);
            var links = successors.GetValueOrDefault(unit.Code) ?? [];
            if (unit.Level == AdministrativeLevel.District && (links.Count == 0 || links.All(l => l.Coverage == Coverage.Partial)))
            {
                changes.Add(new AdministrativeChange(AdministrativeChangeKind.Dissolved, SourceData.ReformDate, unit.Code, links, ReformLegalBasis.Districts));
                continue;
            }

            if (links.Count == 0)
            {
                throw new InvalidDataException($"lineage: old commune {unit.Code} ({unit.FullName}) has no successor.");
            }

            var kind = links.Count > 1
                ? AdministrativeChangeKind.Split
                : originals[links[0].Code].Count > 1 || links[0].Coverage == Coverage.Partial
                    ? AdministrativeChangeKind.MergedInto
                    : Continuation(unit, newByCode[links[0].Code]);
            var basis = links.Select(l => ReformLegalBasis.Communes(newByCode[l.Code].ParentCode!.Value)).Distinct();
            changes.Add(new AdministrativeChange(kind, SourceData.ReformDate, unit.Code, links, basis));
        }

        foreach (var unit in @new.Where(u => u.Level == AdministrativeLevel.Commune))
        {
            versions.Add(unit);
            if (!originals.TryGetValue(unit.Code, out var from))
            {
                throw new InvalidDataException($"lineage: new commune {unit.Code} ({unit.FullName}) has no old commune.");
            }

            if (!IsContinuation(from, successors))
            {
                changes.Add(new AdministrativeChange(AdministrativeChangeKind.Established, SourceData.ReformDate, unit.Code, null, [ReformLegalBasis.Communes(unit.ParentCode!.Value)]));
            }
        }

        return (versions, changes);
    }

    private void Provinces(Dictionary<UnitCode, UnitCode> provinceOf, List<AdministrativeUnit> versions, List<AdministrativeChange> changes)
    {
        var originals = provinceOf.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList());
        foreach (var unit in old.Where(u => u.Level == AdministrativeLevel.Province))
        {
            var target = newByCode[provinceOf[unit.Code]];
            if (originals[target.Code].Count > 1)
            {
                versions.Add(unit);
                changes.Add(new AdministrativeChange(AdministrativeChangeKind.MergedInto, SourceData.ReformDate, unit.Code, [new UnitSuccessor(target.Code, Coverage.Whole)], [ReformLegalBasis.Provinces]));
                continue;
            }

            var kind = Continuation(unit, target);
            if (kind == AdministrativeChangeKind.None)
            {
                // Unchanged by the reform (Hà Nội, Huế, Cao Bằng...): one version across the date.
                versions.Add(new AdministrativeUnit(unit.Code, unit.Kind, unit.Name, null, null, null, target.EnglishName, unit.KnownSince));
                continue;
            }

            versions.Add(unit);
            versions.Add(target);
            changes.Add(new AdministrativeChange(kind, SourceData.ReformDate, unit.Code, [new UnitSuccessor(target.Code, Coverage.Whole)], [ReformLegalBasis.Provinces]));
        }

        foreach (var target in @new.Where(u => u.Level == AdministrativeLevel.Province && originals[u.Code].Count > 1))
        {
            versions.Add(target);
            changes.Add(new AdministrativeChange(AdministrativeChangeKind.Established, SourceData.ReformDate, target.Code, null, [ReformLegalBasis.Provinces]));
        }
    }

    private static AdministrativeChangeKind Continuation(AdministrativeUnit before, AdministrativeUnit after)
    {
        var kind = AdministrativeChangeKind.None;
        kind |= before.Name != after.Name ? AdministrativeChangeKind.Renamed : 0;
        kind |= before.Kind != after.Kind ? AdministrativeChangeKind.Reclassified : 0;
        kind |= before.Code != after.Code ? AdministrativeChangeKind.Recoded : 0;
        kind |= !Nullable.Equals(before.ParentCode, after.ParentCode) ? AdministrativeChangeKind.Moved : 0;
        return kind;
    }

    // A new unit continues an old one when it came from that unit alone, wholly, and the old unit went nowhere else.
    private static bool IsContinuation(HashSet<UnitCode> from, Dictionary<UnitCode, List<UnitSuccessor>> successors) =>
        from.Count == 1 && successors[from.First()] is [{ Coverage: Coverage.Whole }];

    private UnitCode Province(AdministrativeUnit unit)
    {
        var current = unit;
        while (current.ParentCode is { } parent)
        {
            current = oldByCode[parent];
        }

        return current.Code;
    }

    private static bool IsPartial(string note)
    {
        var folded = VietnameseFolding.Fold(note).Replace("nhap mot", "mot", StringComparison.Ordinal);
        return PartialMarks.Any(mark => folded.Contains(mark, StringComparison.Ordinal));
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, HashSet<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = [];
        }

        set.Add(value);
    }
}
