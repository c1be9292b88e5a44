using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace DanVan.Domain.Regulations;

/// <summary>
/// Văn bản: one Party or State document with its lifecycle and its typed relations to other documents, after
/// the work level of Akoma Ntoso and ELI.
/// </summary>
/// <remarks>
/// <para>Identity is the number plus the issue date (<see cref="Key"/>): Party numbers restart every committee
/// term, so the number alone can name several documents.</para>
/// <para>A regulation records only its own facts: issue date, entry into force, an end of force when the document
/// itself or its source states one. Whether it is in force at a date is computed, never stored:
/// <see cref="StatusAt(LocalDate)"/> from these facts alone, and <see cref="RegulationCatalog.StatusAt"/> also from
/// the documents that replace or repeal it. Facts the sources did not settle are flagged in
/// <see cref="UncertainFacts"/>.</para>
/// <para>Equality compares every fact. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var rules = new Regulation(
///     DocumentNumber.Parse("23-QĐ/TW"), DocumentKind.Decision, "Bộ Chính trị",
///     "Ban hành Quy chế công tác dân vận của hệ thống chính trị", new LocalDate(2021, 7, 30),
///     relations: [new RegulationRelation(RelationKind.Replaces, DocumentNumber.Parse("290-QĐ/TW"))]);
/// rules.StatusAt(new LocalDate(2021, 1, 1)); // NotYetInForce
/// </code>
/// </example>
public sealed class Regulation : IEquatable<Regulation>
{
    /// <summary>Creates a regulation.</summary>
    /// <param name="number">The number (số, ký hiệu).</param>
    /// <param name="kind">The kind of document; it need not match the number's abbreviation (Party quy định are often numbered QĐ).</param>
    /// <param name="issuedBy">The issuing body as named in Vietnamese ("Bộ Chính trị", "Thành ủy Hà Nội").</param>
    /// <param name="title">The title (trích yếu).</param>
    /// <param name="issueDate">The issue (signing) date.</param>
    /// <param name="entryIntoForce">The first day in force; null means the issue date (documents in force from signing).</param>
    /// <param name="endOfForce">The first day no longer in force, when the document or a source states it; null when open or unknown.</param>
    /// <param name="relations">Typed links to other documents, in either direction.</param>
    /// <param name="sources">Where the facts were read: URLs or citations.</param>
    /// <param name="uncertainFacts">The facts the sources did not settle.</param>
    /// <param name="note">A remark for readers, e.g. why a fact is uncertain.</param>
    /// <exception cref="ArgumentException"><paramref name="number"/> is <c>default</c>, <paramref name="kind"/> is not a defined value, a text is blank, a source is null or blank, or a relation has an undefined kind or a <c>default</c> target.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="issuedBy"/> or <paramref name="title"/> is null.</exception>
    public Regulation(
        DocumentNumber number,
        DocumentKind kind,
        string issuedBy,
        string title,
        LocalDate issueDate,
        LocalDate? entryIntoForce = null,
        LocalDate? endOfForce = null,
        IEnumerable<RegulationRelation>? relations = null,
        IEnumerable<string>? sources = null,
        RegulationFacts uncertainFacts = RegulationFacts.None,
        string? note = null)
        : this(
            number,
            kind,
            issuedBy ?? throw new ArgumentNullException(nameof(issuedBy)),
            title ?? throw new ArgumentNullException(nameof(title)),
            issueDate,
            entryIntoForce ?? issueDate,
            endOfForce,
            relations,
            sources,
            uncertainFacts,
            note,
            message => new ArgumentException(message))
    {
    }

    // For JSON: a blank text or a null source must be a JsonException (the serializer adds the path). A missing
    // entryIntoForce arrives as default(LocalDate) and means the issue date, as null does in the public constructor.
    [JsonConstructor]
    internal Regulation(
        DocumentNumber number,
        DocumentKind kind,
        string issuedBy,
        string title,
        LocalDate issueDate,
        LocalDate entryIntoForce = default,
        LocalDate? endOfForce = null,
        IReadOnlyList<RegulationRelation>? relations = null,
        IReadOnlyList<string>? sources = null,
        RegulationFacts uncertainFacts = RegulationFacts.None,
        string? note = null)
        : this(
            number,
            kind,
            issuedBy,
            title,
            issueDate,
            entryIntoForce == default ? issueDate : entryIntoForce,
            endOfForce,
            relations,
            sources,
            uncertainFacts,
            note,
            message => new JsonException(message))
    {
    }

    private Regulation(
        DocumentNumber number,
        DocumentKind kind,
        string issuedBy,
        string title,
        LocalDate issueDate,
        LocalDate entryIntoForce,
        LocalDate? endOfForce,
        IEnumerable<RegulationRelation>? relations,
        IEnumerable<string>? sources,
        RegulationFacts uncertainFacts,
        string? note,
        Func<string, Exception> fail)
    {
        var relationList = ValueList<RegulationRelation>.From(relations);
        var problem = Problem(number, kind, issuedBy, title, sources, relationList);
        if (problem is not null)
        {
            throw fail(problem);
        }

        Number = number;
        Kind = kind;
        IssuedBy = issuedBy;
        Title = title;
        IssueDate = issueDate;
        EntryIntoForce = entryIntoForce;
        EndOfForce = endOfForce;
        Relations = relationList;
        Sources = ValueList<string>.From(sources);
        UncertainFacts = uncertainFacts;
        Note = note;
    }

    /// <summary>The number (số, ký hiệu).</summary>
    public DocumentNumber Number { get; }

    /// <summary>The kind of document (Quyết định, Quy định, Luật...).</summary>
    public DocumentKind Kind { get; }

    /// <summary>The numbering system, from the number.</summary>
    [JsonIgnore]
    public DocumentSystem System => Number.System;

    /// <summary>The type row of <see cref="Kind"/> in <see cref="System"/>; null when that system has no such kind (see DV4103).</summary>
    [JsonIgnore]
    public DocumentType? Type => DocumentTypes.Find(System, Kind);

    /// <summary>The issuing body as named in Vietnamese ("Bộ Chính trị", "Thành ủy Hà Nội").</summary>
    public string IssuedBy { get; }

    /// <summary>The issuer abbreviation's row, from the number (<c>TW</c> for the Politburo); null for an unknown abbreviation.</summary>
    [JsonIgnore]
    public Issuer? Issuer => Number.Issuer;

    /// <summary>The title (trích yếu).</summary>
    public string Title { get; }

    /// <summary>The issue (signing) date.</summary>
    public LocalDate IssueDate { get; }

    /// <summary>The first day in force; the issue date unless stated otherwise.</summary>
    public LocalDate EntryIntoForce { get; }

    /// <summary>The first day no longer in force, when recorded on this document; null when open or unknown.</summary>
    public LocalDate? EndOfForce { get; }

    /// <summary>Typed links to other documents, as recorded on this one.</summary>
    public IReadOnlyList<RegulationRelation> Relations { get; }

    /// <summary>Where the facts were read: URLs or citations.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The facts the sources did not settle.</summary>
    public RegulationFacts UncertainFacts { get; }

    /// <summary>A remark for readers, or null.</summary>
    public string? Note { get; }

    /// <summary>The identity: number and issue date.</summary>
    [JsonIgnore]
    public RegulationKey Key => new(Number, IssueDate);

    /// <summary>The status on <paramref name="date"/> from this document's own dates: not yet in force before <see cref="EntryIntoForce"/>, no longer in force from <see cref="EndOfForce"/>.</summary>
    public RegulationStatus StatusAt(LocalDate date) => StatusBetween(date, EntryIntoForce, EndOfForce);

    /// <inheritdoc />
    public bool Equals(Regulation? other) =>
        other is not null &&
        (ReferenceEquals(this, other) ||
         (Number == other.Number && Kind == other.Kind && IssuedBy == other.IssuedBy && Title == other.Title &&
          IssueDate == other.IssueDate && EntryIntoForce == other.EntryIntoForce && EndOfForce == other.EndOfForce &&
          Relations.Equals(other.Relations) && Sources.Equals(other.Sources) && UncertainFacts == other.UncertainFacts &&
          Note == other.Note));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Regulation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, IssueDate, Title);

    /// <summary>"Quyết định 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị".</summary>
    /// <remarks>Culture-invariant: in NodaTime patterns '/' is the culture's date separator, so the date is formatted with the invariant culture.</remarks>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Type?.VietnameseName ?? Kind.ToString())} {Number} ngày {IssueDate:dd/MM/uuuu} của {IssuedBy}");

    internal static RegulationStatus StatusBetween(LocalDate date, LocalDate start, LocalDate? end) =>
        date < start ? RegulationStatus.NotYetInForce
        : end is { } last && date >= last ? RegulationStatus.NoLongerInForce
        : RegulationStatus.InForce;

    // JSON reads enums from integers too, and RegulationRelation (a struct) from an object that lacks "kind" or
    // "target": an undefined kind or a default target must be refused here, or the catalog would fail later with
    // ArgumentOutOfRangeException (RelationKinds.Inverse) or could not be written back.
    private static string? Problem(DocumentNumber number, DocumentKind kind, string? issuedBy, string? title, IEnumerable<string>? sources, ValueList<RegulationRelation> relations)
    {
        if (number.IsDefault)
        {
            return "A regulation needs a number; default(DocumentNumber) is not one.";
        }

        if (!Enum.IsDefined(kind))
        {
            return $"The kind of {number} is not a document kind.";
        }

        foreach (var relation in relations)
        {
            if (relation.Kind is < RelationKind.Replaces or > RelationKind.BasisFor || relation.Target.IsDefault)
            {
                return $"A relation of {number} has no valid kind or no target.";
            }
        }

        if (string.IsNullOrWhiteSpace(issuedBy))
        {
            return $"The issuer of {number} is blank.";
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return $"The title of {number} is blank.";
        }

        return sources is not null && sources.Any(string.IsNullOrWhiteSpace) ? $"A source of {number} is null or blank." : null;
    }
}
