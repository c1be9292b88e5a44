using System.Buffers;

namespace DanVan.Domain.Text;

/// <summary>
/// Accent-insensitive keys for Vietnamese text (khóa so khớp không dấu): "Thường Tín" and "thuong  tin" fold to
/// the same <c>"thuong tin"</c>.
/// </summary>
/// <remarks>
/// <para>Folding removes tones and modifiers from all 134 precomposed Vietnamese letters (đ becomes d), drops
/// combining marks (so decomposed input folds the same), lower-cases, turns every run of white space or control
/// characters into one space and trims both ends, drops zero-width and format characters, and normalises
/// punctuation: typographic apostrophes become <c>'</c> ("Ea H’Leo" = "Ea H'Leo"), dashes become <c>-</c>,
/// quotation marks become <c>"</c>, full-width forms become ASCII. A lone surrogate becomes U+FFFD.</para>
/// <para>It is table-driven and does not use ICU, so it gives the same keys with
/// <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>. Folding is idempotent and never throws.
/// A key is for matching, not for display: show the <see cref="VietnameseNormalization.Normalize(string?)"/> form.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// VietnameseFolding.Fold("Xã Quang Sơn");              // "xa quang son"
/// VietnameseFolding.FoldedEquals("Hòa Bình", "HOA BINH"); // true
/// </code>
/// </example>
public static class VietnameseFolding
{
    private const int StackLimit = 256;

    /// <summary>The folded key of <paramref name="text"/>; null gives the empty string.</summary>
    /// <remarks>Returns the same instance, without allocating, when the text is already folded.</remarks>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return IsFolded(text) ? text : FoldToNewString(text);
    }

    /// <summary>The folded key of <paramref name="text"/>.</summary>
    public static string Fold(ReadOnlySpan<char> text) =>
        text.IsEmpty ? string.Empty : FoldToNewString(text);

    /// <summary>
    /// Folds <paramref name="source"/> into <paramref name="destination"/> and returns the number of characters
    /// written. The result is never longer than the source, so a destination as long as the source always suffices.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("The destination must be at least as long as the source.", nameof(destination));
        }

        return FoldCore(source, destination);
    }

    /// <summary>True when <paramref name="text"/> is its own folded key.</summary>
    public static bool IsFolded(ReadOnlySpan<char> text)
    {
        var map = FoldTable.Map;
        var last = text.Length - 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var m = map[c];
            if (m == c)
            {
                if (c == ' ' && (i == 0 || i == last || text[i - 1] == ' '))
                {
                    return false;
                }

                continue;
            }

            if (m == FoldTable.Surrogate && char.IsHighSurrogate(c) && i < last && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>True when both texts have the same folded key (null and empty are equal).</summary>
    public static bool FoldedEquals(string? left, string? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        return string.Equals(Fold(left), Fold(right), StringComparison.Ordinal);
    }

    private static string FoldToNewString(ReadOnlySpan<char> text)
    {
        if (text.Length <= StackLimit)
        {
            Span<char> buffer = stackalloc char[StackLimit];
            var written = FoldCore(text, buffer);
            return written == 0 ? string.Empty : new string(buffer[..written]);
        }

        var rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = FoldCore(text, rented);
            return length == 0 ? string.Empty : new string(rented, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The one folding loop. When <paramref name="sourceIndex"/> is not empty it also records, for each character
    /// written, the index of the source character it came from (the first of a run for a collapsed space), plus
    /// <paramref name="offset"/> (the position of <paramref name="source"/> in a longer text).
    /// </summary>
    internal static int FoldCore(ReadOnlySpan<char> source, Span<char> destination, Span<int> sourceIndex = default, int offset = 0) =>
        sourceIndex.IsEmpty
            ? FoldCore<WithoutIndex>(source, destination, sourceIndex, offset)
            : FoldCore<WithIndex>(source, destination, sourceIndex, offset);

    // One loop for both uses; the JIT compiles each recording policy separately, without the test per character.
    private static int FoldCore<TRecord>(ReadOnlySpan<char> source, Span<char> destination, Span<int> sourceIndex, int offset)
        where TRecord : struct, IRecordPolicy
    {
        unchecked
        {
            var map = FoldTable.Map;
            var written = 0;
            var pendingSpace = -1;
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                var m = map[c];

                // Most characters simply fold to one other: test that first (Drop and Surrogate are the two highest values).
                if (m < FoldTable.Surrogate && m != FoldTable.Space)
                {
                    if (pendingSpace >= 0)
                    {
                        Emit<TRecord>(destination, sourceIndex, ref written, ' ', pendingSpace + offset);
                        pendingSpace = -1;
                    }

                    Emit<TRecord>(destination, sourceIndex, ref written, m, i + offset);
                    continue;
                }

                if (m == FoldTable.Drop)
                {
                    continue;
                }

                if (m == FoldTable.Space)
                {
                    if (written > 0 && pendingSpace < 0)
                    {
                        pendingSpace = i;
                    }

                    continue;
                }

                if (pendingSpace >= 0)
                {
                    Emit<TRecord>(destination, sourceIndex, ref written, ' ', pendingSpace + offset);
                    pendingSpace = -1;
                }

                if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    Emit<TRecord>(destination, sourceIndex, ref written, c, i + offset);
                    i++;
                    Emit<TRecord>(destination, sourceIndex, ref written, source[i], i + offset);
                }
                else
                {
                    Emit<TRecord>(destination, sourceIndex, ref written, FoldTable.Replacement, i + offset);
                }
            }

            return written;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Emit<TRecord>(Span<char> destination, Span<int> sourceIndex, ref int written, char c, int from)
        where TRecord : struct, IRecordPolicy
    {
        if (TRecord.Records)
        {
            sourceIndex[written] = from;
        }

        destination[written++] = c;
    }

    private interface IRecordPolicy
    {
        static abstract bool Records { get; }
    }

    private readonly struct WithIndex : IRecordPolicy
    {
        public static bool Records => true;
    }

    private readonly struct WithoutIndex : IRecordPolicy
    {
        public static bool Records => false;
    }
}
