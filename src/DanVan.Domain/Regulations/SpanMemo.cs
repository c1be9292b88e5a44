using System.Collections.Concurrent;

namespace DanVan.Domain.Regulations;

/// <summary>
/// Remembers the result of a pure function of short texts, looked up by span without allocating: for what
/// <see cref="ReferenceExtractor"/> copies out of prose again and again (the same type words, issuer names and symbols
/// come back in every article). Thread-safe; bounded, after which new texts are computed every time.
/// </summary>
internal sealed class SpanMemo<TValue>
{
    private readonly Func<string, TValue> _compute;
    private readonly int _capacity;
    private readonly int _maximumLength;
    private readonly ConcurrentDictionary<string, TValue> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _count;

    /// <summary>A memo of <paramref name="compute"/> for up to <paramref name="capacity"/> texts of at most <paramref name="maximumLength"/> characters.</summary>
    internal SpanMemo(Func<string, TValue> compute, int capacity, int maximumLength)
    {
        _compute = compute;
        _capacity = capacity;
        _maximumLength = maximumLength;
        _bySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The result for <paramref name="text"/>, computed from a new string the first time.</summary>
    internal TValue Get(ReadOnlySpan<char> text)
    {
        if (_bySpan.TryGetValue(text, out var value))
        {
            return value;
        }

        var key = text.ToString();
        value = _compute(key);
        if (key.Length <= _maximumLength && Volatile.Read(ref _count) < _capacity && _cache.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
