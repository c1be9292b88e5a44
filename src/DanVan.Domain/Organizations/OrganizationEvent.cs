using System.Text.Json.Serialization;
using DanVan.Domain.Regulations;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// A restructuring event of an <see cref="Organization"/>: established, dissolved, merged into, split, renamed or
/// re-subordinated, on a day, with its successors, its legal basis and, for a re-subordination, the new superior.
/// </summary>
/// <remarks>Immutable and thread-safe; equality by value.</remarks>
/// <example>
/// <code>
/// // Ban Dân vận Trung ương on 2025-02-03:
/// new OrganizationEvent(OrganizationEventKind.MergedInto, new LocalDate(2025, 2, 3),
///     [new OrganizationSuccessor(OrganizationId.Central(OrganizationKind.PropagandaAndDanVanCommission), Coverage.Whole)],
///     [DocumentNumber.Parse("246-QĐ/TW")]);
/// </code>
/// </example>
[JsonConverter(typeof(OrganizationEventJsonConverter))]
public sealed class OrganizationEvent : IEquatable<OrganizationEvent>
{
    /// <summary>Creates an event.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="date">The day it took effect: the first day of the new state.</param>
    /// <param name="successors">The bodies that took over; empty for <see cref="OrganizationEventKind.Established"/> and <see cref="OrganizationEventKind.Dissolved"/>. For <see cref="OrganizationEventKind.Resubordinated"/> and <see cref="OrganizationEventKind.Renamed"/>, the same body under its new identifier when its unit got a new version (a commune that kept its code but moved from its district to its province on 2025-07-01); empty when the identifier stays.</param>
    /// <param name="legalBasis">The decisions behind it.</param>
    /// <param name="superior">For <see cref="OrganizationEventKind.Resubordinated"/>, the new parent or supervising body.</param>
    /// <param name="note">Why, or what the source says.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public OrganizationEvent(
        OrganizationEventKind kind,
        LocalDate date,
        IEnumerable<OrganizationSuccessor>? successors = null,
        IEnumerable<DocumentNumber>? legalBasis = null,
        OrganizationId? superior = null,
        string? note = null)
    {
        if (kind is < OrganizationEventKind.Established or > OrganizationEventKind.Resubordinated)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined organization event kind.");
        }

        Kind = kind;
        Date = date.WithCalendar(CalendarSystem.Iso);
        Successors = ValueList<OrganizationSuccessor>.From(successors);
        LegalBasis = ValueList<DocumentNumber>.From(legalBasis);
        Superior = superior is { IsDefault: true } ? null : superior;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>What happened.</summary>
    public OrganizationEventKind Kind { get; }

    /// <summary>The day it took effect: the first day of the new state.</summary>
    public LocalDate Date { get; }

    /// <summary>The bodies that took over.</summary>
    public IReadOnlyList<OrganizationSuccessor> Successors { get; }

    /// <summary>The decisions behind it.</summary>
    public IReadOnlyList<DocumentNumber> LegalBasis { get; }

    /// <summary>For a re-subordination, the new parent or supervising body.</summary>
    public OrganizationId? Superior { get; }

    /// <summary>Why, or what the source says.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public bool Equals(OrganizationEvent? other) =>
        other is not null && Kind == other.Kind && Date == other.Date && Successors.Equals(other.Successors) &&
        LegalBasis.Equals(other.LegalBasis) && Superior == other.Superior && Note == other.Note;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OrganizationEvent);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Date, Successors.Count, Superior);

    /// <summary>"mergedInto 2025-02-03 → tw/propaganda-danvan-commission (whole)".</summary>
    public override string ToString() =>
        $"{Kind} {Date:yyyy-MM-dd}" + (Successors.Count > 0 ? " → " + string.Join(", ", Successors) : string.Empty) +
        (Superior is { } superior ? " under " + superior : string.Empty);
}
