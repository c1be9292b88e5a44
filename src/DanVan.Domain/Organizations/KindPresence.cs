using DanVan.Domain.Regulations;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Where and when an <see cref="OrganizationKind"/> exists: one level and a period (open ends mean "as far as the
/// library knows"), whether every unit of that level has one (<see cref="IsStanding"/>), and what replaced it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class KindPresence : IEquatable<KindPresence>
{
    internal KindPresence(
        OrganizationLevel level,
        LocalDate? from,
        LocalDate? until,
        bool isStanding,
        bool isUncertain = false,
        OrganizationKind? successor = null,
        DocumentNumber? legalBasis = null,
        string? note = null)
    {
        Level = level;
        From = from;
        Until = until;
        IsStanding = isStanding;
        IsUncertain = isUncertain;
        Successor = successor;
        LegalBasis = legalBasis is { } basis ? [basis] : [];
        Note = note;
    }

    /// <summary>The level.</summary>
    public OrganizationLevel Level { get; }

    /// <summary>The first day the kind exists at this level; null when it existed before any date the library covers.</summary>
    public LocalDate? From { get; }

    /// <summary>The last day (inclusive); null while it still exists.</summary>
    public LocalDate? Until { get; }

    /// <summary>
    /// True when every unit of the level has one body of this kind, so the registry materialises it from the
    /// administrative catalog; false for bodies that exist only where they were set up (chi bộ, delegations, boards),
    /// which must be added to the registry.
    /// </summary>
    public bool IsStanding { get; }

    /// <summary>True when the period or the existence itself is not certain (a medium-confidence fact, or an approximate day).</summary>
    public bool IsUncertain { get; }

    /// <summary>The kind that took over at this level when the period ended (Ban Dân vận to Ban Tuyên giáo và Dân vận); null otherwise.</summary>
    public OrganizationKind? Successor { get; }

    /// <summary>The decision behind the end of the period, where the library knows it.</summary>
    public IReadOnlyList<DocumentNumber> LegalBasis { get; }

    /// <summary>Why, and how sure: sources and caveats.</summary>
    public string? Note { get; }

    /// <summary>True when the kind exists at this level on <paramref name="date"/>.</summary>
    public bool Covers(LocalDate date) => (From is not { } from || date >= from) && (Until is not { } until || date <= until);

    /// <inheritdoc />
    public bool Equals(KindPresence? other) =>
        other is not null && Level == other.Level && From == other.From && Until == other.Until && IsStanding == other.IsStanding &&
        IsUncertain == other.IsUncertain && Successor == other.Successor && LegalBasis.SequenceEqual(other.LegalBasis) && Note == other.Note;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KindPresence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, From, Until, IsStanding);

    /// <summary>"district …–2025-06-30 (standing)".</summary>
    public override string ToString() =>
        $"{Level} {From?.ToString("yyyy-MM-dd", null) ?? "…"}–{Until?.ToString("yyyy-MM-dd", null) ?? "…"}{(IsStanding ? " (standing)" : string.Empty)}{(IsUncertain ? " (uncertain)" : string.Empty)}";
}
