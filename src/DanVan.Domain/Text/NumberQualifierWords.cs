namespace DanVan.Domain.Text;

/// <summary>The Vietnamese words of each <see cref="NumberQualifier"/>: matched by folded key, printed in their main form.</summary>
internal static class NumberQualifierWords
{
    /// <summary>Folded words (see <see cref="VietnameseFolding"/>) and the qualifier each stands for.</summary>
    private static readonly (string Folded, NumberQualifier Qualifier)[] Words =
    [
        ("hon", NumberQualifier.MoreThan),
        ("tren", NumberQualifier.MoreThan),
        ("duoi", NumberQualifier.LessThan),
        ("gan", NumberQualifier.Nearly),
        ("khoang", NumberQualifier.About),
        ("chung", NumberQualifier.About),
        ("khoang chung", NumberQualifier.About),
        ("xap xi", NumberQualifier.About),
        ("it nhat", NumberQualifier.AtLeast),
        ("toi thieu", NumberQualifier.AtLeast),
        ("toi da", NumberQualifier.AtMost),
        ("nhieu nhat", NumberQualifier.AtMost),
    ];

    /// <summary>Finds the qualifier named by <paramref name="text"/>, ignoring case, diacritics and extra white space.</summary>
    internal static bool TryMatch(ReadOnlySpan<char> text, out NumberQualifier qualifier)
    {
        qualifier = NumberQualifier.Exact;
        if (text.IsEmpty || text.Length > 64)
        {
            return false;
        }

        var folded = VietnameseFolding.Fold(text);
        foreach (var (word, value) in Words)
        {
            if (string.Equals(folded, word, StringComparison.Ordinal))
            {
                qualifier = value;
                return true;
            }
        }

        return false;
    }

    /// <summary>The main word of <paramref name="qualifier"/>, with diacritics; empty for <see cref="NumberQualifier.Exact"/>.</summary>
    internal static string MainWord(NumberQualifier qualifier) => qualifier switch
    {
        NumberQualifier.MoreThan => "hơn",
        NumberQualifier.LessThan => "dưới",
        NumberQualifier.Nearly => "gần",
        NumberQualifier.About => "khoảng",
        NumberQualifier.AtLeast => "ít nhất",
        NumberQualifier.AtMost => "tối đa",
        _ => string.Empty,
    };

    /// <summary>True for a declared member.</summary>
    internal static bool IsDefined(NumberQualifier qualifier) =>
        qualifier is >= NumberQualifier.Exact and <= NumberQualifier.AtMost;
}
