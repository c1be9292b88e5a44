using System.Collections.Concurrent;
using DanVan.Domain.Text;

namespace DanVan.Domain.Regulations;

/// <summary>
/// The cleaned form (<see cref="TextValidator.Clean"/>) of the type words and issuer names that
/// <see cref="ReferenceExtractor"/> copies out of prose, remembered by their exact source text: the same few hundred
/// spellings ("Quyết định", "Bộ Chính trị", "Ban Thường vụ Huyện ủy") come back in every article, and cleaning one
/// (white space, invisible characters, tone-mark placement) costs more than the rest of its reference.
/// </summary>
/// <remarks>Thread-safe. Bounded: once full, new spellings are cleaned every time, as before.</remarks>
internal static class CleanedNames
{
    private const int Capacity = 4096;
    private const int MaximumLength = 128;

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Cache.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _count;

    /// <summary><see cref="TextValidator.Clean"/> of <paramref name="source"/>.</summary>
    internal static string Get(ReadOnlySpan<char> source)
    {
        if (BySpan.TryGetValue(source, out var cleaned))
        {
            return cleaned;
        }

        var text = source.ToString();
        cleaned = TextValidator.Clean(text);
        if (text.Length <= MaximumLength && Volatile.Read(ref _count) < Capacity && Cache.TryAdd(text, cleaned))
        {
            Interlocked.Increment(ref _count);
        }

        return cleaned;
    }
}
