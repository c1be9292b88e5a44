using NodaTime;

namespace DanVan.Domain.Regulations;

/// <summary>
/// A typed link from a document to another one, named by its number and, when the number alone could be
/// ambiguous (Party numbers restart every term), its issue date.
/// </summary>
/// <param name="Kind">How this document relates to the target.</param>
/// <param name="Target">The target's number.</param>
/// <param name="TargetIssueDate">The target's issue date, when known; it settles which of several documents with that number is meant.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct RegulationRelation(RelationKind Kind, DocumentNumber Target, LocalDate? TargetIssueDate = null)
{
    /// <summary>"replaces 290-QĐ/TW", with the date when given.</summary>
    public override string ToString() =>
        TargetIssueDate is { } date ? $"{Kind} {Target} ({date:uuuu-MM-dd})" : $"{Kind} {Target}";
}
