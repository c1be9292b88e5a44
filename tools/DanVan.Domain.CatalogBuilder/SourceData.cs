using System.Text.Json;
using DanVan.Domain.Administration;
using DanVan.Domain.Regulations;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.CatalogBuilder;

/// <summary>
/// The source files of ../shared/data/admin-units (see its README), read into unit versions and change events.
/// </summary>
/// <remarks>
/// States: the three-level list valid until 2025-06-30 (attested from 2025-03-01, open start), the two-level lists from
/// 2025-07-01 with the official conversion table, and the changes of 2026-04-30, checked against the 2026 list.
/// </remarks>
internal sealed class SourceData
{
    internal static readonly LocalDate OldListDate = new(2025, 3, 1);
    internal static readonly LocalDate ReformDate = new(2025, 7, 1);
    internal static readonly LocalDate LastOldDay = ReformDate.PlusDays(-1);

    private readonly List<AdministrativeUnit> _old = [];
    private readonly Dictionary<UnitCode, AdministrativeUnit> _oldByCode = [];
    private readonly List<AdministrativeUnit> _new = [];
    private readonly Dictionary<UnitCode, AdministrativeUnit> _newByCode = [];
    private readonly List<Dictionary<string, string>> _lineage;
    private readonly List<Dictionary<string, string>> _changes2026;
    private readonly Dictionary<UnitCode, (string Name, AdministrativeUnitKind Kind, UnitCode? Parent, string English)> _list2026 = [];

    private SourceData(string directory)
    {
        ReadOldUnits(Path.Combine(directory, "units-2025-03-01.json"));
        var english2026 = Read2026(Path.Combine(directory, "units-2026-04-30.json"));
        ReadNewUnits(Path.Combine(directory, "provinces-2025-07-01.csv"), Path.Combine(directory, "communes-2025-07-01.csv"), english2026);
        _lineage = Csv.Read(Path.Combine(directory, "lineage-2025-07-01.csv"));
        _changes2026 = Csv.Read(Path.Combine(directory, "changes-2026-04-30.csv"));
    }

    internal static IReadOnlyList<string> Sources { get; } =
    [
        "State until 2025-06-30 (attested from 2025-03-01): thanglequoc/vietnamese-provinces-database v2.4.1 (commit fc33b74), MIT; official codes of Quyết định 124/2004/QĐ-TTg and 19/2025/QĐ-TTg.",
        "Provinces from 2025-07-01: Công văn 915/CTK-CSCL, via dvhcvn/20250701 (commit dd94887), MIT.",
        "Communes from 2025-07-01: Công văn 1027/CTK-CSCL Phụ lục I, via dvhcvn/20250701, MIT.",
        "Old-to-new conversion table of 2025-07-01: national statistics office (state document), cleaned as described in the data README.",
        "State from 2026-04-30: thanglequoc/vietnamese-provinces-database commit cd58063, MIT; Nghị quyết 30/2026/QH16 and 237/NQ-UBTVQH16.",
        "Legal bases of 2025-07-01: Nghị quyết 202/2025/QH15 (provinces), 203/2025/QH15 and Luật 72/2025/QH15 (end of the district level), 1654/NQ-UBTVQH15 to 1687/NQ-UBTVQH15 (communes, one per province).",
    ];

    internal static SourceData Read(string directory)
    {
        if (!File.Exists(Path.Combine(directory, "units-2025-03-01.json")))
        {
            throw new InvalidDataException($"The source data are not in '{Path.GetFullPath(directory)}' (expected units-2025-03-01.json and the other files of ../shared/data/admin-units).");
        }

        return new SourceData(directory);
    }

    internal AdministrativeCatalog ToCatalog()
    {
        var builder = new AdministrativeCatalogBuilder().AddSources(Sources);
        var (versions, changes) = new ReformLineage(_old, _oldByCode, _new, _newByCode, _lineage).Build();
        var (finalVersions, changes2026) = Apply2026(versions);
        builder.AddRange(finalVersions).AddRange(changes).AddRange(changes2026);
        var catalog = builder.Build();
        Check2026(catalog);
        return catalog;
    }

    private void ReadOldUnits(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var province in document.RootElement.EnumerateArray())
        {
            var provinceUnit = Old(province, AdministrativeLevel.Province, null, false);
            var isMunicipality = provinceUnit.Kind == AdministrativeUnitKind.Municipality;
            foreach (var district in province.GetProperty("District").EnumerateArray())
            {
                var districtUnit = Old(district, AdministrativeLevel.District, provinceUnit.Code, isMunicipality);
                if (district.GetProperty("Ward").ValueKind == JsonValueKind.Array)
                {
                    foreach (var ward in district.GetProperty("Ward").EnumerateArray())
                    {
                        Old(ward, AdministrativeLevel.Commune, districtUnit.Code, false);
                    }
                }
            }
        }
    }

    private AdministrativeUnit Old(JsonElement element, AdministrativeLevel level, UnitCode? parent, bool parentIsMunicipality)
    {
        var code = UnitCode.Parse(element.GetProperty("Code").GetString()!);
        var fullName = element.GetProperty("FullName").GetString()!;
        var kind = AdministrativeUnitKinds.FromFullName(fullName, level, parentIsMunicipality, out var nameStart)
            ?? throw new InvalidDataException($"units-2025-03-01.json: '{fullName}' ({code}) has no known prefix.");
        var name = element.GetProperty("Name").GetString()!;
        if (!VietnameseFolding.FoldedEquals(fullName[nameStart..], name))
        {
            throw new InvalidDataException($"units-2025-03-01.json: '{fullName}' ({code}) does not end with its name '{name}'.");
        }

        var unit = new AdministrativeUnit(code, kind, name, parent, validFrom: null, validUntil: LastOldDay, englishName: element.GetProperty("NameEn").GetString(), knownSince: OldListDate);
        if (!_oldByCode.TryAdd(code, unit))
        {
            throw new InvalidDataException($"units-2025-03-01.json: code {code} appears twice.");
        }

        _old.Add(unit);
        return unit;
    }

    private Dictionary<UnitCode, string> Read2026(string path)
    {
        var english = new Dictionary<UnitCode, string>();
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var province in document.RootElement.EnumerateArray())
        {
            var provinceCode = UnitCode.Parse(province.GetProperty("Code").GetString()!);
            Add2026(province, provinceCode, AdministrativeLevel.Province, null, english);
            foreach (var ward in province.GetProperty("Wards").EnumerateArray())
            {
                Add2026(ward, UnitCode.Parse(ward.GetProperty("Code").GetString()!), AdministrativeLevel.Commune, provinceCode, english);
            }
        }

        return english;
    }

    private void Add2026(JsonElement element, UnitCode code, AdministrativeLevel level, UnitCode? parent, Dictionary<UnitCode, string> english)
    {
        var fullName = element.GetProperty("FullName").GetString()!;
        var kind = AdministrativeUnitKinds.FromFullName(fullName, level, false, out _)
            ?? throw new InvalidDataException($"units-2026-04-30.json: '{fullName}' ({code}) has no known prefix.");
        var name = VietnameseNormalization.Normalize(element.GetProperty("Name").GetString());
        var englishName = element.GetProperty("NameEn").GetString()!;
        english[code] = englishName;

        if (!_list2026.TryAdd(code, (name, kind, parent, englishName)))
        {
            throw new InvalidDataException($"units-2026-04-30.json: code {code} appears twice.");
        }
    }

    private void ReadNewUnits(string provincesPath, string communesPath, Dictionary<UnitCode, string> english)
    {
        foreach (var row in Csv.Read(provincesPath))
        {
            var code = UnitCode.Parse(row["code"]);
            var kind = row["kind"] switch
            {
                "Tỉnh" => AdministrativeUnitKind.Province,
                "Thành phố trực thuộc trung ương" => AdministrativeUnitKind.Municipality,
                var other => throw new InvalidDataException($"{provincesPath}: unknown kind '{other}' for {code}."),
            };
            AddNew(new AdministrativeUnit(code, kind, row["name"], null, ReformDate, null, english.GetValueOrDefault(code)));
        }

        foreach (var row in Csv.Read(communesPath))
        {
            var code = UnitCode.Parse(row["code"]);
            var kind = row["kind"] switch
            {
                "Xã" => AdministrativeUnitKind.Commune,
                "Phường" => AdministrativeUnitKind.Ward,
                "Đặc khu" => AdministrativeUnitKind.SpecialZone,
                var other => throw new InvalidDataException($"{communesPath}: unknown kind '{other}' for {code}."),
            };
            AddNew(new AdministrativeUnit(code, kind, row["name"], UnitCode.Parse(row["province_code"]), ReformDate, null, english.GetValueOrDefault(code)));
        }
    }

    private void AddNew(AdministrativeUnit unit)
    {
        if (!_newByCode.TryAdd(unit.Code, unit))
        {
            throw new InvalidDataException($"The 2025-07-01 lists hold code {unit.Code} twice.");
        }

        _new.Add(unit);
    }

    private (List<AdministrativeUnit> Versions, List<AdministrativeChange> Changes) Apply2026(List<AdministrativeUnit> versions)
    {
        var changes = new List<AdministrativeChange>();
        foreach (var row in _changes2026)
        {
            var effective = NodaTime.Text.LocalDatePattern.Iso.Parse(row["effective"]).GetValueOrThrow();
            var code = UnitCode.Parse(row["code"]);
            if (row["change"] != "reclassified")
            {
                throw new InvalidDataException($"changes-2026-04-30.csv: unknown change '{row["change"]}' for {code}.");
            }

            var index = versions.FindIndex(v => v.Code == code && v.IsValidOn(effective));
            if (index < 0)
            {
                throw new InvalidDataException($"changes-2026-04-30.csv: no unit {code} on {effective}.");
            }

            var before = versions[index];
            var toKind = KindNamed(row["to_kind"], before.Level);
            if (KindNamed(row["from_kind"], before.Level) != before.Kind || !VietnameseFolding.FoldedEquals(row["name"], before.Name))
            {
                throw new InvalidDataException($"changes-2026-04-30.csv: {code} is {before.FullName} before {effective}, not {row["from_kind"]} {row["name"]}.");
            }

            versions[index] = new AdministrativeUnit(before.Code, before.Kind, before.Name, before.ParentCode, before.ValidFrom, effective.PlusDays(-1), before.EnglishName, before.KnownSince);
            var englishName = _list2026.TryGetValue(code, out var listed) ? listed.English : before.EnglishName;
            versions.Add(new AdministrativeUnit(before.Code, toKind, before.Name, before.ParentCode, effective, null, englishName));
            changes.Add(new AdministrativeChange(
                AdministrativeChangeKind.Reclassified, effective, code, [new UnitSuccessor(code, Coverage.Whole)],
                [DocumentNumber.Parse(row["legal_basis"])]));
        }

        return (versions, changes);
    }

    private static AdministrativeUnitKind KindNamed(string name, AdministrativeLevel level) =>
        AdministrativeUnitKinds.All.FirstOrDefault(k => k.Level == level &&
            (VietnameseFolding.FoldedEquals(k.VietnameseName, name) || (VietnameseFolding.FoldedEquals(k.Prefix, name) && k.Kind != AdministrativeUnitKind.ProvincialCity)))?.Kind
        ?? throw new InvalidDataException($"'{name}' is not a kind at {level} level.");

    // The 2026 list must be exactly the 2025-07-01 state with the 2026 changes applied (names compared in normal form,
    // which absorbs the sources' tone-mark placement). The shared file already carries the README's erratum (Xã Ba Chẽ 06970).
    private void Check2026(AdministrativeCatalog catalog)
    {
        var date = new LocalDate(2026, 4, 30);
        var units = catalog.AllAt(date);
        var problems = new List<string>();
        foreach (var unit in units)
        {
            if (!_list2026.TryGetValue(unit.Code, out var listed))
            {
                problems.Add($"{unit} is not in the 2026 list");
            }
            else if (listed.Name != unit.Name || listed.Kind != unit.Kind || !Nullable.Equals(listed.Parent, unit.ParentCode))
            {
                problems.Add($"{unit} differs from the 2026 list: {listed.Kind} {listed.Name} under {listed.Parent}");
            }
        }

        if (units.Count != _list2026.Count)
        {
            problems.Add($"{units.Count} units on {date}, the 2026 list has {_list2026.Count}");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("The 2026 state does not match units-2026-04-30.json: " + string.Join("; ", problems.Take(10)));
        }
    }
}
