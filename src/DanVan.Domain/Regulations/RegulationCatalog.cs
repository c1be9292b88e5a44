using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Serialization;
using NodaTime;

namespace DanVan.Domain.Regulations;

/// <summary>
/// An immutable set of <see cref="Regulation"/>s with the queries that need more than one document: find by
/// number (and date), what is in force on a date, replacement chains, and relations in both directions.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> holds the key dân vận documents and the legal bases of the 2025 reform, each with
/// its sources (docs/regulations.md lists them). Build your own with <see cref="CreateBuilder"/> (or extend the
/// default with <see cref="ToBuilder"/>), or read one with <see cref="Load(Stream)"/>.</para>
/// <para>Relations may be recorded on either document: "23-QĐ/TW replaces 290-QĐ/TW" and "290-QĐ/TW is replaced by
/// 23-QĐ/TW" give the same link, navigable from both ends. A relation whose target is not in the catalog is kept on
/// the regulation but leads nowhere (the validator reports it, DV4109).</para>
/// <para>Immutable and thread-safe; the indexes are built once, when the catalog is created.</para>
/// </remarks>
/// <example>
/// <code>
/// var catalog = RegulationCatalog.Default;
/// var rules = catalog.Find("290-QĐ/TW")!;
/// catalog.Successor(rules)!.Number;                      // 23-QĐ/TW
/// catalog.StatusAt(rules, new LocalDate(2022, 1, 1));    // NoLongerInForce
/// catalog.Related(rules, RelationKind.ImplementedBy);    // 2034-QĐ/TU of the Hà Nội Party Committee
/// </code>
/// </example>
public sealed class RegulationCatalog
{
    private readonly Dictionary<DocumentNumber, Regulation[]> _byNumber;
    private readonly Dictionary<RegulationKey, (RelationKind Kind, Regulation Other)[]> _links;
    private readonly Dictionary<RegulationKey, LocalDate?> _effectiveEnd;

    // For JSON: a null or duplicate regulation must be a JsonException (the serializer adds the path).
    [JsonConstructor]
    internal RegulationCatalog(IReadOnlyList<Regulation> regulations)
        : this(CheckedForJson(regulations))
    {
    }

    internal RegulationCatalog(Regulation[] regulations)
    {
        var all = regulations.OrderBy(r => r.IssueDate).ThenBy(r => r.Number).ToArray();
        Regulations = Array.AsReadOnly(all);
        _byNumber = all.GroupBy(r => r.Number).ToDictionary(g => g.Key, g => g.ToArray());
        var links = all.ToDictionary(r => r.Key, _ => new List<(RelationKind, Regulation)>());
        foreach (var source in all)
        {
            foreach (var relation in source.Relations)
            {
                var target = Resolve(source, relation);
                if (target is null || ReferenceEquals(target, source))
                {
                    continue;
                }

                AddLink(links, source, relation.Kind, target);
                AddLink(links, target, relation.Kind.Inverse(), source);
            }
        }

        _links = links.ToDictionary(p => p.Key, p => p.Value.ToArray());
        _effectiveEnd = all.ToDictionary(r => r.Key, ComputeEnd);
    }

    /// <summary>The built-in catalog of key dân vận documents, loaded on first use from the package's embedded data.</summary>
    public static RegulationCatalog Default => DefaultHolder.Catalog;

    /// <summary>A catalog with no regulations.</summary>
    public static RegulationCatalog Empty { get; } = new(Array.Empty<Regulation>());

    /// <summary>Every regulation, ordered by issue date then number.</summary>
    public IReadOnlyList<Regulation> Regulations { get; }

    /// <summary>The number of regulations.</summary>
    [JsonIgnore]
    public int Count => Regulations.Count;

    /// <summary>A new, empty builder.</summary>
    public static RegulationCatalogBuilder CreateBuilder() => new();

    /// <summary>A builder holding this catalog's regulations, to extend or correct it.</summary>
    public RegulationCatalogBuilder ToBuilder() => new(Regulations);

    /// <summary>Reads a catalog written by <see cref="WriteTo(Stream)"/> (the JSON format of docs/regulations.md).</summary>
    /// <exception cref="JsonException">The JSON is malformed or breaks the format; the message gives the path.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static RegulationCatalog Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return JsonSerializer.Deserialize(utf8Json, DanVanJson.TypeInfo<RegulationCatalog>())
            ?? throw new JsonException("A regulation catalog cannot be null.", "$", null, null);
    }

    /// <summary>Writes the catalog as UTF-8 JSON.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public void WriteTo(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, this, DanVanJson.TypeInfo<RegulationCatalog>());
    }

    /// <summary>
    /// The regulation with <paramref name="number"/>. Without a date: the most recently issued one with that number.
    /// With a date: the one issued on that date if any, else the most recent one issued on or before it (the
    /// document a text of that date could mean); null when there is none.
    /// </summary>
    public Regulation? Find(DocumentNumber number, LocalDate? date = null)
    {
        if (!_byNumber.TryGetValue(number, out var candidates))
        {
            return null;
        }

        if (date is not { } day)
        {
            return candidates[^1];
        }

        Regulation? best = null;
        foreach (var candidate in candidates)
        {
            if (candidate.IssueDate == day)
            {
                return candidate;
            }

            if (candidate.IssueDate < day)
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>Parses <paramref name="number"/> leniently and finds it, as <see cref="Find(DocumentNumber, LocalDate?)"/> does.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    /// <exception cref="Text.DanVanFormatException"><paramref name="number"/> is not a document number.</exception>
    public Regulation? Find(string number, LocalDate? date = null) => Find(DocumentNumber.Parse(number, DocumentNumberParseMode.Lenient), date);

    /// <summary>Every regulation with <paramref name="number"/>, oldest first (Party numbers restart every term).</summary>
    public IReadOnlyList<Regulation> FindAll(DocumentNumber number) =>
        _byNumber.TryGetValue(number, out var candidates) ? Array.AsReadOnly(candidates) : [];

    /// <summary>The first day <paramref name="regulation"/> is no longer in force: its own end, or the entry into force of the first document that replaces or repeals it; null while open.</summary>
    public LocalDate? EndOfForce(Regulation regulation)
    {
        ArgumentNullException.ThrowIfNull(regulation);
        return _effectiveEnd.TryGetValue(regulation.Key, out var end) ? end : regulation.EndOfForce;
    }

    /// <summary>The status of <paramref name="regulation"/> on <paramref name="date"/>, counting the documents of this catalog that replace or repeal it.</summary>
    public RegulationStatus StatusAt(Regulation regulation, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(regulation);
        return Regulation.StatusBetween(date, regulation.EntryIntoForce, EndOfForce(regulation));
    }

    /// <summary>The regulations in force on <paramref name="date"/>, ordered by issue date.</summary>
    public IReadOnlyList<Regulation> InForce(LocalDate date) =>
        Regulations.Where(r => StatusAt(r, date) == RegulationStatus.InForce).ToArray();

    /// <summary>
    /// The regulations related to <paramref name="regulation"/> by <paramref name="kind"/>, read from its side:
    /// <c>Related(x, Replaces)</c> are the documents x replaces, <c>Related(x, ReplacedBy)</c> those that replace x.
    /// </summary>
    public IReadOnlyList<Regulation> Related(Regulation regulation, RelationKind kind)
    {
        ArgumentNullException.ThrowIfNull(regulation);
        return _links.TryGetValue(regulation.Key, out var links)
            ? links.Where(l => l.Kind == kind).Select(l => l.Other).ToArray()
            : [];
    }

    /// <summary>Every link of <paramref name="regulation"/>, in both directions, as (kind read from its side, other document).</summary>
    public IReadOnlyList<(RelationKind Kind, Regulation Other)> Links(Regulation regulation)
    {
        ArgumentNullException.ThrowIfNull(regulation);
        return _links.TryGetValue(regulation.Key, out var links) ? Array.AsReadOnly(links) : [];
    }

    /// <summary>The document that replaced <paramref name="regulation"/> (the first to enter into force when several did); null when none did.</summary>
    public Regulation? Successor(Regulation regulation) =>
        Related(regulation, RelationKind.ReplacedBy).OrderBy(r => r.EntryIntoForce).FirstOrDefault();

    /// <summary>The document <paramref name="regulation"/> replaced (the latest when it replaced several); null when none.</summary>
    public Regulation? Predecessor(Regulation regulation) =>
        Related(regulation, RelationKind.Replaces).OrderBy(r => r.EntryIntoForce).LastOrDefault();

    /// <summary>The chain of successors, nearest first: 132-QĐ/TW gives 124-QĐ/TW, then 366-QĐ/TW. Stops at a cycle.</summary>
    public IReadOnlyList<Regulation> Successors(Regulation regulation) => Chain(regulation, Successor);

    /// <summary>The chain of predecessors, nearest first. Stops at a cycle.</summary>
    public IReadOnlyList<Regulation> Predecessors(Regulation regulation) => Chain(regulation, Predecessor);

    /// <summary>The regulation itself, or the last of its successors: the version that governs its subject now, or on <paramref name="date"/> when given.</summary>
    public Regulation Current(Regulation regulation, LocalDate? date = null)
    {
        ArgumentNullException.ThrowIfNull(regulation);
        var current = regulation;
        foreach (var next in Successors(regulation))
        {
            if (date is { } day && next.EntryIntoForce > day)
            {
                break;
            }

            current = next;
        }

        return current;
    }

    internal Regulation? Resolve(Regulation source, RegulationRelation relation)
    {
        if (!_byNumber.TryGetValue(relation.Target, out var candidates))
        {
            return null;
        }

        if (relation.TargetIssueDate is { } issued)
        {
            return candidates.FirstOrDefault(c => c.IssueDate == issued);
        }

        if (candidates.Length == 1)
        {
            return candidates[0];
        }

        // Several documents share the number: an active relation points back in time, its inverse forward.
        return relation.Kind.IsActive()
            ? candidates.LastOrDefault(c => c.IssueDate <= source.IssueDate)
            : candidates.FirstOrDefault(c => c.IssueDate >= source.IssueDate);
    }

    private static Regulation[] CheckedForJson(IReadOnlyList<Regulation>? regulations)
    {
        var keys = new HashSet<RegulationKey>();
        foreach (var regulation in regulations ?? [])
        {
            if (regulation is null)
            {
                throw new JsonException("A regulation cannot be null.");
            }

            if (!keys.Add(regulation.Key))
            {
                throw new JsonException($"The catalog holds {regulation.Key} twice.");
            }
        }

        return regulations?.ToArray() ?? [];
    }

    private static void AddLink(Dictionary<RegulationKey, List<(RelationKind, Regulation)>> links, Regulation from, RelationKind kind, Regulation to)
    {
        var list = links[from.Key];
        if (!list.Exists(l => l.Item1 == kind && ReferenceEquals(l.Item2, to)))
        {
            list.Add((kind, to));
        }
    }

    private LocalDate? ComputeEnd(Regulation regulation)
    {
        var end = regulation.EndOfForce;
        if (_links.TryGetValue(regulation.Key, out var links))
        {
            foreach (var (kind, other) in links)
            {
                if (kind is RelationKind.ReplacedBy or RelationKind.RepealedBy && (end is null || other.EntryIntoForce < end))
                {
                    end = other.EntryIntoForce;
                }
            }
        }

        return end;
    }

    private static ReadOnlyCollection<Regulation> Chain(Regulation regulation, Func<Regulation, Regulation?> step)
    {
        ArgumentNullException.ThrowIfNull(regulation);
        var chain = new List<Regulation>();
        var seen = new HashSet<RegulationKey> { regulation.Key };
        for (var next = step(regulation); next is not null && seen.Add(next.Key); next = step(next))
        {
            chain.Add(next);
        }

        return chain.AsReadOnly();
    }

    private static class DefaultHolder
    {
        internal static readonly RegulationCatalog Catalog = LoadEmbedded();

        private static RegulationCatalog LoadEmbedded()
        {
            using var stream = typeof(RegulationCatalog).Assembly.GetManifestResourceStream("DanVan.Domain.Data.regulations.json")
                ?? throw new InvalidOperationException("The embedded regulation catalog is missing from the assembly.");
            return Load(stream);
        }
    }
}
