using NodaTime;

namespace DanVan.Domain.Regulations;

/// <summary>
/// The identity of a <see cref="Regulation"/>: its number and issue date. The number alone is not enough, since
/// Party numbers restart every committee term.
/// </summary>
/// <param name="Number">The number.</param>
/// <param name="IssueDate">The issue date.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct RegulationKey(DocumentNumber Number, LocalDate IssueDate)
{
    /// <summary>"290-QĐ/TW (2010-02-25)".</summary>
    public override string ToString() => $"{Number} ({IssueDate:uuuu-MM-dd})";
}
