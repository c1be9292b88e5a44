using System.Buffers;
using System.Text.Unicode;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Remembers what repeated texts (metric codes, organization identifiers, sources) were read as, so that a reader of
/// millions of rows parses and allocates each distinct text once. Bounded, so hostile input cannot grow it without end.
/// </summary>
internal sealed class TextCache<T>
{
    private const int MaximumEntries = 1 << 16;

    // Longer texts are not looked up: they are rare and would need a heap buffer.
    private const int MaximumLookupLength = 256;

    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TextCache() => _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryGet(ReadOnlySpan<char> text, out T value)
    {
        if (_lookup.TryGetValue(text, out var found))
        {
            value = found;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Looks up UTF-8 text; false for text not seen, too long, or not valid UTF-8 (the caller then reads it the slow way).</summary>
    public bool TryGet(ReadOnlySpan<byte> utf8, out T value)
    {
        value = default!;
        if (utf8.Length > MaximumLookupLength)
        {
            return false;
        }

        Span<char> chars = stackalloc char[MaximumLookupLength];
        return Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done &&
               TryGet(chars[..written], out value);
    }

    public void Add(string text, T value)
    {
        if (_values.Count < MaximumEntries)
        {
            _values[text] = value;
        }
    }
}
