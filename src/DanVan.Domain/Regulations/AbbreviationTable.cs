namespace DanVan.Domain.Regulations;

/// <summary>How a token of a document number matched a table of abbreviations.</summary>
internal enum AbbreviationMatch
{
    /// <summary>Not in the table.</summary>
    None,

    /// <summary>Exactly as officially printed.</summary>
    Exact,

    /// <summary>Another case, ASCII D for Đ, or a known alias (TƯ for TW), fitting one entry only: accepted only by lenient parsing.</summary>
    Variant,

    /// <summary>Several entries fit the variant: never guessed.</summary>
    Ambiguous,
}

/// <summary>
/// A closed table of abbreviations (types or issuers) with the one lenient matching rule every token of a document
/// number follows: an exact match wins; otherwise the token may differ in case, write ASCII <c>D</c> for <c>Đ</c>
/// (the only non-ASCII letter of official abbreviations) or be a declared alias, provided exactly one entry fits:
/// lowercase <c>hd</c> fits both <c>HD</c> (hướng dẫn) and <c>HĐ</c> (hợp đồng) and is reported as ambiguous.
/// Lookups do not allocate.
/// </summary>
internal sealed class AbbreviationTable<T>
    where T : class
{
    private const int MaximumKeyLength = 32;

    // Exact look-ups are the hot path of parsing: a bucket per (length, first letter) holding the few abbreviations that
    // share them, compared ordinally, is several times cheaper than hashing the span.
    private const int LengthBuckets = 8;
    private const int LetterBuckets = 64;
    private readonly (string Key, T Value)[]?[] _exact = new (string, T)[LengthBuckets * LetterBuckets][];
    private readonly Dictionary<string, (string Canonical, T Value)[]>.AlternateLookup<ReadOnlySpan<char>> _loose;

    internal AbbreviationTable(IEnumerable<(string Abbreviation, T Value)> entries, IEnumerable<(string Alias, string Abbreviation)>? aliases = null)
    {
        var exact = new Dictionary<string, T>(StringComparer.Ordinal);
        var loose = new Dictionary<string, List<(string, T)>>(StringComparer.Ordinal);
        foreach (var (abbreviation, value) in entries)
        {
            exact.Add(abbreviation, value);
            AddLoose(loose, abbreviation, abbreviation, value);
        }

        foreach (var (alias, abbreviation) in aliases ?? [])
        {
            AddLoose(loose, alias, abbreviation, exact[abbreviation]);
        }

        foreach (var group in exact.GroupBy(p => Bucket(p.Key)))
        {
            _exact[group.Key] = group.Select(p => (p.Key, p.Value)).ToArray();
        }

        _loose = loose.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Looks <paramref name="token"/> up; <paramref name="canonical"/> is the official spelling when matched, and <paramref name="candidates"/> lists the rivals when ambiguous.</summary>
    internal AbbreviationMatch Find(ReadOnlySpan<char> token, out T? value, out string? canonical, out string[]? candidates)
    {
        candidates = null;
        if (token.Length > 0 && _exact[Bucket(token)] is { } bucket)
        {
            foreach (var entry in bucket)
            {
                if (token.SequenceEqual(entry.Key))
                {
                    (canonical, value) = entry;
                    return AbbreviationMatch.Exact;
                }
            }
        }

        value = null;
        canonical = null;
        if (token.Length > MaximumKeyLength)
        {
            return AbbreviationMatch.None;
        }

        Span<char> looseKey = stackalloc char[token.Length];
        LooseKey(token, looseKey);
        if (!_loose.TryGetValue(looseKey, out var entries))
        {
            return AbbreviationMatch.None;
        }

        if (entries.Length > 1)
        {
            candidates = entries.Select(e => e.Canonical).ToArray();
            return AbbreviationMatch.Ambiguous;
        }

        (canonical, value) = entries[0];
        return AbbreviationMatch.Variant;
    }

    private static int Bucket(ReadOnlySpan<char> token) =>
        ((token.Length % LengthBuckets) * LetterBuckets) + (token[0] % LetterBuckets);

    private static void AddLoose(Dictionary<string, List<(string, T)>> loose, string spelling, string abbreviation, T value)
    {
        var key = new string(LooseKey(spelling, new char[spelling.Length]));
        if (!loose.TryGetValue(key, out var list))
        {
            loose.Add(key, list = []);
        }

        list.Add((abbreviation, value));
    }

    /// <summary>Upper case with ASCII D for Đ: the key under which every lenient spelling of an abbreviation meets.</summary>
    private static Span<char> LooseKey(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            destination[i] = c switch
            {
                >= 'a' and <= 'z' => (char)(c - 32),
                'đ' or 'Đ' => 'D',
                'ư' => 'Ư',
                _ => c,
            };
        }

        return destination[..source.Length];
    }
}
