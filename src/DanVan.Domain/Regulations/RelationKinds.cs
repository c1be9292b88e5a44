namespace DanVan.Domain.Regulations;

/// <summary>Helpers for <see cref="RelationKind"/>.</summary>
public static class RelationKinds
{
    /// <summary>The same relation seen from the other document: <see cref="RelationKind.Replaces"/> and <see cref="RelationKind.ReplacedBy"/>, and so on.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static RelationKind Inverse(this RelationKind kind) => kind switch
    {
        >= RelationKind.Replaces and <= RelationKind.BasisFor => IsActive(kind) ? kind + 1 : kind - 1,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a relation kind."),
    };

    /// <summary>True for the kinds that read from the acting document (replaces, amends, repeals, implements, guides, based on); false for their inverses.</summary>
    public static bool IsActive(this RelationKind kind) => ((int)kind & 1) == 1;

    /// <summary>True for the kinds after which the other document is no longer in force (replaces, repeals).</summary>
    public static bool EndsForce(this RelationKind kind) => kind is RelationKind.Replaces or RelationKind.Repeals;
}
