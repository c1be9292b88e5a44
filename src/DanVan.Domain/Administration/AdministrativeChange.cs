using System.Text.Json.Serialization;
using DanVan.Domain.Regulations;
using DanVan.Domain.Serialization;
using NodaTime;

namespace DanVan.Domain.Administration;

/// <summary>
/// Biến động đơn vị hành chính: one event in a unit's history: what happened (<see cref="Kind"/>), on which day, the
/// units that took it over (<see cref="Successors"/>, each whole or partial), and the legal basis.
/// </summary>
/// <remarks>
/// <para><see cref="Unit"/> names the unit as it was the day before <see cref="Effective"/>; for
/// <see cref="AdministrativeChangeKind.Established"/>, as it is on that day. Successor codes are as valid on
/// <see cref="Effective"/>. Codes are resolved by date, never alone (<see cref="UnitCode"/>).</para>
/// <para><see cref="LegalBasis"/> lists the documents that decided the change when they are known, and is empty
/// rather than guessed otherwise. Equality compares every property. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// // Phường Bến Nghé (26740) on 2025-07-01: merged whole into the new Phường Sài Gòn, which reuses the code 26740.
/// var change = AdministrativeCatalog.Default.ChangesOf(UnitCode.Parse("26740"), new LocalDate(2025, 6, 30)).Single();
/// change.Kind;                 // AdministrativeChangeKind.MergedInto
/// change.Successors[0];        // 26740, Coverage.Whole, "Nhập toàn bộ"
/// change.LegalBasis[0];        // 1685/NQ-UBTVQH15
/// </code>
/// </example>
[JsonConverter(typeof(AdministrativeChangeJsonConverter))]
public sealed class AdministrativeChange : IEquatable<AdministrativeChange>
{
    private const AdministrativeChangeKind AllKinds = (AdministrativeChangeKind)255;

    /// <summary>Creates a change event.</summary>
    /// <param name="kind">What happened; one or more flags, not <see cref="AdministrativeChangeKind.None"/>.</param>
    /// <param name="effective">The first day of the new state.</param>
    /// <param name="unit">The unit the event is about (as valid the day before; for an establishment, on the day).</param>
    /// <param name="successors">The units that took it over, as valid on <paramref name="effective"/>.</param>
    /// <param name="legalBasis">The documents that decided the change, when known.</param>
    /// <param name="note">A remark, e.g. the conversion table's free-text note.</param>
    /// <exception cref="ArgumentException">The kind is none or undefined, a code is <c>default</c>, a successor is null or has an undefined coverage, or a legal basis is <c>default</c>.</exception>
    public AdministrativeChange(
        AdministrativeChangeKind kind,
        LocalDate effective,
        UnitCode unit,
        IEnumerable<UnitSuccessor>? successors = null,
        IEnumerable<DocumentNumber>? legalBasis = null,
        string? note = null)
        : this(kind, effective, unit, ValueList<UnitSuccessor>.From(successors), ValueList<DocumentNumber>.From(legalBasis), note, message => new ArgumentException(message))
    {
    }

    internal AdministrativeChange(
        AdministrativeChangeKind kind,
        LocalDate effective,
        UnitCode unit,
        ValueList<UnitSuccessor> successors,
        ValueList<DocumentNumber> legalBasis,
        string? note,
        Func<string, Exception>? fail)
    {
        // A null fail means trusted input: the embedded catalog, written by this library from validated changes.
        if (fail is not null && Problem(kind, unit, successors, legalBasis) is { } problem)
        {
            throw fail(problem);
        }

        Kind = kind;
        Effective = effective;
        Unit = unit;
        Successors = successors;
        LegalBasis = legalBasis;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>What happened (flags).</summary>
    public AdministrativeChangeKind Kind { get; }

    /// <summary>The first day of the new state (2025-07-01 for the reform).</summary>
    public LocalDate Effective { get; }

    /// <summary>The unit the event is about.</summary>
    public UnitCode Unit { get; }

    /// <summary>The level of <see cref="Unit"/>.</summary>
    public AdministrativeLevel Level => Unit.Level;

    /// <summary>The units that took over all or part of <see cref="Unit"/>; empty for an establishment and for a dissolution whose territory followed the unit's children.</summary>
    public IReadOnlyList<UnitSuccessor> Successors { get; }

    /// <summary>The documents that decided the change (202/2025/QH15, 1656/NQ-UBTVQH15, 30/2026/QH16...); empty when unknown.</summary>
    public IReadOnlyList<DocumentNumber> LegalBasis { get; }

    /// <summary>A remark, or null.</summary>
    public string? Note { get; }

    /// <summary>The date on which <see cref="Unit"/> is looked up: the day before <see cref="Effective"/>, or that day for an establishment.</summary>
    public LocalDate UnitDate => Kind == AdministrativeChangeKind.Established ? Effective : Effective.PlusDays(-1);

    /// <inheritdoc />
    public bool Equals(AdministrativeChange? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (Kind == other.Kind && Effective == other.Effective && Unit == other.Unit && Successors.Equals(other.Successors) &&
         LegalBasis.Equals(other.LegalBasis) && Note == other.Note));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AdministrativeChange);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Effective, Unit, Successors.Count);

    /// <summary>"2025-07-01 26740 mergedInto → 26740 (whole)": kinds and coverages by their JSON names, as in the catalog file.</summary>
    public override string ToString() =>
        $"{LocalDateJsonConverter.Format(Effective)} {Unit} {JsonEnumNames<AdministrativeChangeKind>.Name(Kind)}" +
        (Successors.Count == 0 ? string.Empty : " → " + string.Join(", ", Successors.Select(s => $"{s.Code} ({JsonEnumNames<Coverage>.Name(s.Coverage)})")));

    private static string? Problem(AdministrativeChangeKind kind, UnitCode unit, ValueList<UnitSuccessor> successors, ValueList<DocumentNumber> legalBasis)
    {
        if (kind == AdministrativeChangeKind.None || (kind & ~AllKinds) != 0)
        {
            return $"'{kind}' is not a change kind.";
        }

        if (unit.IsDefault)
        {
            return "A change needs the code of its unit; default(UnitCode) is not one.";
        }

        foreach (var successor in successors)
        {
            if (successor is null || successor.Code.IsDefault || successor.Coverage is not (Coverage.Whole or Coverage.Partial))
            {
                return $"The change of {unit} has a successor that is null, has no code or has an undefined coverage.";
            }
        }

        return legalBasis.Any(d => d.IsDefault) ? $"The change of {unit} has a default(DocumentNumber) as legal basis." : null;
    }
}
