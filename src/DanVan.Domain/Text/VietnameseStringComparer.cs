namespace DanVan.Domain.Text;

/// <summary>
/// Equality and ordering of Vietnamese strings for dictionaries, sets and look-ups: by folded key
/// (<see cref="Folded"/>, accent-insensitive) or by normal form (<see cref="Normalized"/>, exact but blind to
/// composition and tone-mark placement).
/// </summary>
/// <remarks>
/// Ordering is ordinal on the key, which is stable and culture-free; it is not the Vietnamese alphabetical order
/// (where ă, â, đ, ê, ô, ơ, ư are letters of their own). Instances are immutable and thread-safe; null sorts first.
/// </remarks>
/// <example>
/// <code>
/// var byName = new Dictionary&lt;string, int&gt;(VietnameseStringComparer.Folded) { ["Lập Thạch"] = 246 };
/// byName["lap thach"]; // 246
/// </code>
/// </example>
public sealed class VietnameseStringComparer : IEqualityComparer<string?>, IComparer<string?>
{
    private readonly Func<string?, string> _key;

    private VietnameseStringComparer(Func<string?, string> key) => _key = key;

    /// <summary>Compares folded keys: "Hòa Bình", "hoa binh" and "HOÀ BÌNH" are equal.</summary>
    public static VietnameseStringComparer Folded { get; } = new(VietnameseFolding.Fold);

    /// <summary>Compares normal forms: "Hoà" and "Hòa" are equal, "Hoa" is not.</summary>
    public static VietnameseStringComparer Normalized { get; } = new(VietnameseNormalization.Normalize);

    /// <inheritdoc />
    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        return string.Equals(_key(x), _key(y), StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public int GetHashCode(string? obj) => obj is null ? 0 : StringComparer.Ordinal.GetHashCode(_key(obj));

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        return y is null ? 1 : string.CompareOrdinal(_key(x), _key(y));
    }
}
