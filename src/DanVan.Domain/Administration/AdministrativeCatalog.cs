using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Serialization;
using NodaTime;

namespace DanVan.Domain.Administration;

/// <summary>
/// Danh mục đơn vị hành chính: every version of Vietnam's provinces, districts and communes with the events that
/// connect them, queried by date: what a code meant on a day, a unit's parent and children, all units at a date, and
/// what covers an old unit today (<see cref="Translate(AdministrativeUnit, LocalDate)"/>).
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> is the built-in catalog, built from the official lists when the package was built:
/// the three-level state valid until 2025-06-30 (with an open start, see <see cref="AdministrativeUnit.KnownSince"/>),
/// the two-level state from 2025-07-01 with the official conversion table, and the changes of 2026-04-30.
/// <see cref="Load(Stream)"/> reads a newer catalog in the same JSON format (docs/administration.md).</para>
/// <para>Every query takes an as-of date; without one it answers for the newest state (<see cref="NewestState"/>).
/// Lookups by code never allocate. Immutable and thread-safe: one instance can serve every request.</para>
/// </remarks>
/// <example>
/// <code>
/// var catalog = AdministrativeCatalog.Default;
/// var old = catalog.Find(UnitCode.Parse("26740"), new LocalDate(2020, 3, 26))!;  // Phường Bến Nghé
/// var now = catalog.Translate(old, new LocalDate(2026, 11, 21));                 // Phường Sài Gòn, whole
/// var path = catalog.FormatPath(catalog.Find(UnitCode.Parse("08764"), new LocalDate(2024, 1, 1))!);
/// // "Xã Quang Sơn, Huyện Lập Thạch, Tỉnh Vĩnh Phúc"
/// </code>
/// </example>
public sealed partial class AdministrativeCatalog
{
    /// <summary>The version of the JSON format this library writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    private readonly Dictionary<UnitCode, AdministrativeUnit[]> _byCode;
    private readonly Dictionary<UnitCode, AdministrativeUnit[]> _childrenByParent;
    private readonly Dictionary<UnitCode, AdministrativeChange[]> _changesByUnit;
    private readonly Dictionary<UnitCode, (AdministrativeChange Change, UnitSuccessor Link)[]> _linksBySuccessor;
    private readonly AdministrativeUnit[] _units;
    private readonly AdministrativeChange[] _changes;
    private readonly Lazy<UnitSearchIndex> _searchIndex;
    private readonly Lazy<LocalDate[]> _stateDates;

    internal AdministrativeCatalog(IEnumerable<AdministrativeUnit> units, IEnumerable<AdministrativeChange> changes, IEnumerable<string>? sources, Func<string, Exception> fail, bool check = true)
    {
        _units = [.. units];
        _changes = [.. changes];
        foreach (var unit in _units)
        {
            if (unit is null)
            {
                throw fail("A catalog cannot hold a null unit.");
            }
        }

        foreach (var change in _changes)
        {
            if (change is null)
            {
                throw fail("A catalog cannot hold a null change.");
            }
        }

        // The embedded catalog arrives sorted; sorting is for catalogs built by hand.
        if (!IsSorted(_units, CompareVersions))
        {
            Array.Sort(_units, CompareVersions);
        }

        if (!IsSorted(_changes, CompareChanges))
        {
            Array.Sort(_changes, CompareChanges);
        }

        Units = Array.AsReadOnly(_units);
        Changes = Array.AsReadOnly(_changes);
        Sources = ValueList<string>.From(sources?.Where(s => !string.IsNullOrWhiteSpace(s)));
        (_byCode, _childrenByParent, NewestState) = IndexUnits(_units);
        (_changesByUnit, _linksBySuccessor, var newestChange) = IndexChanges(_changes);
        NewestState = newestChange > NewestState ? newestChange : NewestState;
        _searchIndex = new Lazy<UnitSearchIndex>(() => new UnitSearchIndex(this, _units), LazyThreadSafetyMode.ExecutionAndPublication);
        _stateDates = new Lazy<LocalDate[]>(() => [.. _units.Where(u => u.ValidUntil is not null).Select(u => u.ValidUntil!.Value).Append(NewestState).Distinct().Order()]);

        if (check && AdministrativeValidator.FirstStructuralError(this) is { } error)
        {
            throw fail($"{error.EnglishMessage} ({error.Code}{(error.Path.Length == 0 ? string.Empty : " at " + error.Path)})");
        }
    }

    [JsonConstructor]
    internal AdministrativeCatalog(IReadOnlyList<AdministrativeUnit>? units = null, IReadOnlyList<AdministrativeChange>? changes = null, IReadOnlyList<string>? sources = null, int formatVersion = CurrentFormatVersion)
        : this(
            formatVersion is >= 1 and <= CurrentFormatVersion ? units ?? [] : throw new JsonException(
                $"The catalog has format version {formatVersion}; this library reads versions 1 to {CurrentFormatVersion}. Update the package to read it."),
            changes ?? [],
            sources,
            message => new JsonException(message))
    {
    }

    /// <summary>The version of the JSON format (<see cref="CurrentFormatVersion"/>).</summary>
    [JsonPropertyOrder(-1)]
#pragma warning disable CA1822 // An instance property, so that the serializer writes it.
    public int FormatVersion => CurrentFormatVersion;
#pragma warning restore CA1822

    /// <summary>The built-in catalog, loaded from the package on first use (thread-safe).</summary>
    public static AdministrativeCatalog Default => DefaultHolder.Catalog;

    /// <summary>Every unit version, ordered by level, code and start.</summary>
    public IReadOnlyList<AdministrativeUnit> Units { get; }

    /// <summary>Every change event, ordered by date and unit code.</summary>
    public IReadOnlyList<AdministrativeChange> Changes { get; }

    /// <summary>Where the data come from, with their licences.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The first day of the newest state: the latest start of a version or change, or the day after the latest end (2026-04-30 for <see cref="Default"/>). Queries without a date answer for it.</summary>
    [JsonIgnore]
    public LocalDate NewestState { get; }

    /// <summary>A new builder holding this catalog's units and changes, to extend or correct it.</summary>
    public AdministrativeCatalogBuilder ToBuilder() => new AdministrativeCatalogBuilder().AddRange(_units).AddRange(_changes).AddSources(Sources);

    /// <summary>Reads a catalog in the JSON format of docs/administration.md (what <see cref="WriteTo(Stream)"/> writes).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or breaks the format or the catalog's rules; the message gives the path.</exception>
    public static AdministrativeCatalog Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return JsonSerializer.Deserialize(utf8Json, DanVanJson.TypeInfo<AdministrativeCatalog>())
            ?? throw new JsonException("An administrative catalog cannot be null.", "$", null, null);
    }

    /// <summary>Writes the catalog as UTF-8 JSON in the format <see cref="Load(Stream)"/> reads.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public void WriteTo(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, this, DanVanJson.TypeInfo<AdministrativeCatalog>());
    }

    /// <summary>The unit with <paramref name="code"/> on <paramref name="date"/>; null when no unit had it then. Never allocates.</summary>
    public AdministrativeUnit? Find(UnitCode code, LocalDate date)
    {
        if (!_byCode.TryGetValue(code, out var versions))
        {
            return null;
        }

        foreach (var version in versions)
        {
            if (version.IsValidOn(date))
            {
                return version;
            }
        }

        return null;
    }

    /// <summary>The unit with <paramref name="code"/> in the newest state; null when it has none there.</summary>
    public AdministrativeUnit? Find(UnitCode code) => Find(code, NewestState);

    /// <summary>Every version that ever had <paramref name="code"/>, oldest first (15: Yên Bái, then Lào Cai).</summary>
    public IReadOnlyList<AdministrativeUnit> Versions(UnitCode code) =>
        _byCode.TryGetValue(code, out var versions) ? Array.AsReadOnly(versions) : [];

    /// <summary>The parent of <paramref name="unit"/> on <paramref name="asOf"/> (default: the unit's last valid day, or the newest state); null for a province.</summary>
    public AdministrativeUnit? Parent(AdministrativeUnit unit, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.ParentCode is { } parent ? Find(parent, DateFor(unit, asOf)) : null;
    }

    /// <summary>The parents up to the province, nearest first (district, then province before 2025-07-01).</summary>
    public IReadOnlyList<AdministrativeUnit> Ancestors(AdministrativeUnit unit, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var date = DateFor(unit, asOf);
        var chain = new List<AdministrativeUnit>(2);
        for (var parent = Parent(unit, date); parent is not null && chain.Count < 3; parent = Parent(parent, date))
        {
            chain.Add(parent);
        }

        return chain.AsReadOnly();
    }

    /// <summary>The units directly under <paramref name="unit"/> on <paramref name="asOf"/> (default: as for <see cref="Parent"/>), ordered by code.</summary>
    public IReadOnlyList<AdministrativeUnit> Children(AdministrativeUnit unit, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var date = DateFor(unit, asOf);
        if (!unit.IsValidOn(date) || !_childrenByParent.TryGetValue(unit.Code, out var children))
        {
            return [];
        }

        return Array.AsReadOnly(Array.FindAll(children, c => c.IsValidOn(date)));
    }

    /// <summary>Every unit valid on <paramref name="date"/>, optionally only at one <paramref name="level"/>, ordered by level and code.</summary>
    public IReadOnlyList<AdministrativeUnit> AllAt(LocalDate date, AdministrativeLevel? level = null) =>
        Array.AsReadOnly(Array.FindAll(_units, u => u.IsValidOn(date) && (level is null || u.Level == level)));

    /// <summary>
    /// The official path of <paramref name="unit"/> from itself up to its province, with the prefixes as printed:
    /// "Xã Quang Sơn, Huyện Lập Thạch, Tỉnh Vĩnh Phúc"; without diacritics when <paramref name="withDiacritics"/> is false
    /// ("Xa Quang Son, Huyen Lap Thach, Tinh Vinh Phuc").
    /// </summary>
    public string FormatPath(AdministrativeUnit unit, LocalDate? asOf = null, bool withDiacritics = true)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var parts = new List<string>(3) { unit.FullName };
        parts.AddRange(Ancestors(unit, asOf).Select(a => a.FullName));
        var path = string.Join(", ", parts);
        return withDiacritics ? path : AdministrativeUnit.WithoutDiacritics(path);
    }

    internal LocalDate DateFor(AdministrativeUnit unit, LocalDate? asOf) =>
        asOf ?? (unit.ValidUntil is { } until && until < NewestState ? until : NewestState);

    internal AdministrativeChange[] ChangesByUnit(UnitCode code) =>
        _changesByUnit.TryGetValue(code, out var changes) ? changes : [];

    internal (AdministrativeChange Change, UnitSuccessor Link)[] LinksTo(UnitCode code) =>
        _linksBySuccessor.TryGetValue(code, out var links) ? links : [];

    internal UnitSearchIndex SearchIndex => _searchIndex.Value;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CompareVersions(AdministrativeUnit a, AdministrativeUnit b)
    {
        var byCode = a.Code.CompareTo(b.Code);
        if (byCode != 0)
        {
            return byCode;
        }

        return (a.ValidFrom, b.ValidFrom) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            ({ } x, { } y) => x.CompareTo(y),
        };
    }

    private static int CompareChanges(AdministrativeChange a, AdministrativeChange b) =>
        a.Effective != b.Effective ? a.Effective.CompareTo(b.Effective) : a.Unit.CompareTo(b.Unit);

    // The loops below run once per load over every unit and change. Loading happens at startup, before tiered
    // compilation would optimise them, so they are compiled optimised at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSorted<T>(T[] items, Comparison<T> comparison)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (comparison(items[i - 1], items[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (Dictionary<UnitCode, AdministrativeUnit[]> ByCode, Dictionary<UnitCode, AdministrativeUnit[]> ByParent, LocalDate Newest) IndexUnits(AdministrativeUnit[] units)
    {
        var byCode = new Dictionary<UnitCode, List<AdministrativeUnit>>(units.Length);
        var byParent = new Dictionary<UnitCode, List<AdministrativeUnit>>(units.Length / 8);
        var newest = default(LocalDate);
        foreach (var unit in units)
        {
            Add(byCode, unit.Code, unit);
            if (unit.ParentCode is { } parent)
            {
                Add(byParent, parent, unit);
            }

            if ((unit.ValidFrom ?? unit.KnownSince) is { } start && start > newest)
            {
                newest = start;
            }

            // The day after a version ends starts a state too, one without it: a catalog whose last event is an end
            // must not answer for the newest state with the unit that ended.
            if (unit.ValidUntil is { } until && until < LocalDate.MaxIsoValue && until.PlusDays(1) > newest)
            {
                newest = until.PlusDays(1);
            }
        }

        return (ToArrays(byCode), ToArrays(byParent), newest);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (Dictionary<UnitCode, AdministrativeChange[]> ByUnit, Dictionary<UnitCode, (AdministrativeChange, UnitSuccessor)[]> BySuccessor, LocalDate Newest) IndexChanges(AdministrativeChange[] changes)
    {
        var byUnit = new Dictionary<UnitCode, List<AdministrativeChange>>(changes.Length);
        var bySuccessor = new Dictionary<UnitCode, List<(AdministrativeChange, UnitSuccessor)>>(changes.Length);
        var newest = default(LocalDate);
        foreach (var change in changes)
        {
            Add(byUnit, change.Unit, change);
            foreach (var successor in change.Successors)
            {
                Add(bySuccessor, successor.Code, (change, successor));
            }

            if (change.Effective > newest)
            {
                newest = change.Effective;
            }
        }

        return (ToArrays(byUnit), ToArrays(bySuccessor), newest);
    }

    private static void Add<T>(Dictionary<UnitCode, List<T>> lists, UnitCode key, T item)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(lists, key, out _);
        (list ??= new List<T>(1)).Add(item);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<UnitCode, T[]> ToArrays<T>(Dictionary<UnitCode, List<T>> lists)
    {
        var result = new Dictionary<UnitCode, T[]>(lists.Count);
        foreach (var (key, list) in lists)
        {
            result[key] = [.. list];
        }

        return result;
    }

    private static class DefaultHolder
    {
        internal const string ResourceName = "DanVan.Domain.Data.administrative-units.bin";

        internal static readonly AdministrativeCatalog Catalog = LoadEmbedded();

        private static AdministrativeCatalog LoadEmbedded()
        {
            using var stream = typeof(AdministrativeCatalog).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException("The embedded administrative catalog is missing from the assembly.");
            return AdministrativeCatalogBinary.Read(stream);
        }
    }
}
