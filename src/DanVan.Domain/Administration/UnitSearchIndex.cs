using System.Runtime.CompilerServices;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Administration;

/// <summary>
/// The accent-insensitive index behind <see cref="AdministrativeCatalog.Search"/> and address parsing, built on first
/// use over every unit version (dates are checked per hit, so one index serves every date).
/// </summary>
/// <remarks>
/// <para>Each version gives one <i>entry</i> per spelling: its folded name, and its English name when that has other
/// words ("Hanoi", "Haiphong"). The distinct words of all entries are sorted, so a word's id is its rank and the
/// words that start with a typed prefix are one range of ids; posting lists (the entries holding each word) are laid
/// out by id in one array, so a prefix's postings are one slice too.</para>
/// <para>A query walks the shortest posting list among its words and checks every other word against the entry's own
/// few word ids: no intersection buffers, no strings. Immutable after construction; thread-safe.</para>
/// </remarks>
[SkipLocalsInit] // the stack buffers are always written before they are read
internal sealed class UnitSearchIndex
{
    /// <summary>Longer texts match nothing: no unit name with its prefix comes near.</summary>
    internal const int MaximumQueryLength = 256;

    /// <summary>More words match nothing: the longest full name has seven.</summary>
    internal const int MaximumWords = 16;

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    private readonly AdministrativeCatalog _catalog;
    private readonly AdministrativeUnit[] _units;
    private readonly string[] _words;
    private readonly int[] _postingStart;
    private readonly int[] _postings;
    private readonly int[] _entryUnit;
    private readonly int[] _entryStart;
    private readonly int[] _entryWords;
    private readonly string[] _initials;
    private readonly int[] _initialStart;
    private readonly int[] _initialPostings;

    internal UnitSearchIndex(AdministrativeCatalog catalog, AdministrativeUnit[] units)
    {
        _catalog = catalog;
        _units = units;
        var entries = new List<(int Unit, string[] Words)>(units.Length + 64);
        for (var i = 0; i < units.Length; i++)
        {
            var words = SearchTokenizer.Words(units[i].Name);
            entries.Add((i, words));
            AddVariant(entries, i, words, SearchTokenizer.Words(units[i].EnglishName));
            if (units[i].Name.Contains('\'', StringComparison.Ordinal))
            {
                AddVariant(entries, i, words, SearchTokenizer.Words(units[i].Name, glueApostrophes: false)); // "Ia H Drai" too
            }
        }

        _words = [.. entries.SelectMany(entry => entry.Words).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var ids = new Dictionary<string, int>(_words.Length, StringComparer.Ordinal);
        for (var i = 0; i < _words.Length; i++)
        {
            ids[_words[i]] = i;
        }

        _entryUnit = new int[entries.Count];
        _entryStart = new int[entries.Count + 1];
        _entryWords = new int[entries.Sum(entry => entry.Words.Length)];
        var byWord = new List<int>[_words.Length];
        var byInitials = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < entries.Count; e++)
        {
            var (unit, words) = entries[e];
            _entryUnit[e] = unit;
            _entryStart[e + 1] = _entryStart[e] + words.Length;
            for (var w = 0; w < words.Length; w++)
            {
                var id = ids[words[w]];
                _entryWords[_entryStart[e] + w] = id;
                var postings = byWord[id] ??= new List<int>(4);
                if (postings.Count == 0 || postings[^1] != e)
                {
                    postings.Add(e); // once per entry, even when the name repeats a word
                }
            }

            if (Initials(words) is { } initials)
            {
                (byInitials.TryGetValue(initials, out var list) ? list : byInitials[initials] = new List<int>(2)).Add(e);
            }
        }

        _postingStart = new int[_words.Length + 1];
        for (var id = 0; id < _words.Length; id++)
        {
            _postingStart[id + 1] = _postingStart[id] + byWord[id].Count;
        }

        _postings = [.. byWord.SelectMany(list => list)];
        _initials = [.. byInitials.Keys.Order(StringComparer.Ordinal)];
        _initialStart = new int[_initials.Length + 1];
        for (var i = 0; i < _initials.Length; i++)
        {
            _initialStart[i + 1] = _initialStart[i] + byInitials[_initials[i]].Count;
        }

        _initialPostings = [.. _initials.SelectMany(key => byInitials[key])];
    }

    internal AdministrativeUnit Unit(int index) => _units[index];

    /// <summary>The ranked matches of <paramref name="text"/>; see <see cref="AdministrativeCatalog.Search"/>.</summary>
    internal IReadOnlyList<UnitMatch> Search(string text, LocalDate asOf, int limit, AdministrativeUnit? scope)
    {
        if (text.Length > MaximumQueryLength)
        {
            return [];
        }

        Span<char> folded = stackalloc char[MaximumQueryLength];
        var length = VietnameseFolding.FoldCore(text, folded);
        Span<char> chars = stackalloc char[MaximumQueryLength];
        Span<SearchToken> tokens = stackalloc SearchToken[MaximumWords];
        var count = SearchTokenizer.Tokenize(folded[..length], default, chars, tokens);
        if (count <= 0)
        {
            return [];
        }

        // Diacritics are never required, but when the text has them they pick "Văn Lăng" over "Văn Lang".
        var written = text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') ? VietnameseNormalization.Normalize(text) : null;
        var hits = new SearchHits(64);
        try
        {
            Collect(chars, tokens[..count], asOf, scope, ref hits, written);
            hits.Rank();
            var found = Math.Min(limit, hits.Count);
            if (found == 0)
            {
                return [];
            }

            var results = new UnitMatch[found];
            for (var i = 0; i < found; i++)
            {
                var rank = hits.RankAt(i);
                results[i] = new UnitMatch(_units[hits.UnitAt(i)], SearchRank.Score(rank), SearchRank.Kind(rank), SearchRank.Hint(rank) == SearchRank.SameKind);
            }

            return Array.AsReadOnly(results);
        }
        finally
        {
            hits.Dispose();
        }
    }

    /// <summary>
    /// Adds to <paramref name="hits"/> every unit valid on <paramref name="asOf"/> (and under <paramref name="scope"/>
    /// when given) that the words match, read three ways: all words as the name; the words after a leading kind word
    /// ("huyện", "q", "tp") as the name, with that kind preferred; and one glued word as an abbreviation and initials
    /// ("tphcm"). Names can start with what looks like a kind ("Quan Hóa", "Tịnh Biên"), hence the first reading.
    /// </summary>
    /// <param name="chars">The tokens' characters.</param>
    /// <param name="tokens">The words of the text.</param>
    /// <param name="asOf">The date whose units match.</param>
    /// <param name="scope">Only units under this one, or null.</param>
    /// <param name="hits">Receives the hits.</param>
    /// <param name="written">The text as written and normalised, when it has diacritics: names spelled as in it win ties.</param>
    internal void Collect(ReadOnlySpan<char> chars, ReadOnlySpan<SearchToken> tokens, LocalDate asOf, AdministrativeUnit? scope, ref SearchHits hits, string? written = null)
    {
        if (tokens.IsEmpty || tokens.Length > MaximumWords)
        {
            return;
        }

        MatchName(chars, tokens, 0, asOf, scope, written, ref hits);
        var kindWords = UnitKindWords.MatchStart(chars, tokens, out var kinds);
        if (kindWords > 0 && kindWords < tokens.Length)
        {
            MatchName(chars, tokens[kindWords..], kinds, asOf, scope, written, ref hits);
        }

        if (tokens.Length == 1)
        {
            var word = tokens[0].Of(chars);
            foreach (var (abbreviation, abbreviated) in UnitKindWords.Abbreviations)
            {
                // Only two-letter abbreviations: "hcm" is initials, not "h" + "cm".
                if (abbreviation.Length == 2 && word.Length >= abbreviation.Length + 2 && word.StartsWith(abbreviation, StringComparison.Ordinal))
                {
                    MatchInitials(word[abbreviation.Length..], abbreviated, asOf, scope, ref hits);
                }
            }
        }
    }

    private void MatchName(ReadOnlySpan<char> chars, ReadOnlySpan<SearchToken> name, int kinds, LocalDate asOf, AdministrativeUnit? scope, string? written, ref SearchHits hits)
    {
        if (name.Length == 1)
        {
            MatchInitials(name[0].Of(chars), kinds, asOf, scope, ref hits);
        }

        var complete = name.Length - 1;
        Span<int> ids = stackalloc int[MaximumWords];
        for (var i = 0; i < complete; i++)
        {
            ids[i] = Find(name[i].Of(chars));
            if (ids[i] < 0)
            {
                return;
            }
        }

        var last = name[complete].Of(chars);
        var (low, high) = PrefixRange(last);
        if (low == high)
        {
            return;
        }

        var query = new Query(ids[..complete], low, high, _words[low].AsSpan().SequenceEqual(last) ? low : -1, kinds, asOf, scope, written);
        var driver = complete;
        var shortest = _postingStart[high] - _postingStart[low];
        for (var i = 0; i < complete; i++)
        {
            var length = _postingStart[ids[i] + 1] - _postingStart[ids[i]];
            if (length < shortest)
            {
                shortest = length;
                driver = i;
            }
        }

        if (driver < complete)
        {
            foreach (var entry in _postings.AsSpan(_postingStart[ids[driver]], shortest))
            {
                Consider(entry, in query, ref hits);
            }

            return;
        }

        for (var id = low; id < high; id++)
        {
            foreach (var entry in _postings.AsSpan(_postingStart[id], _postingStart[id + 1] - _postingStart[id]))
            {
                // An entry with two words of the range ("Tân Tiến" for "t") is taken once, at its first.
                if (id == low || !HasWordIn(entry, low, id))
                {
                    Consider(entry, in query, ref hits);
                }
            }
        }
    }

    private void Consider(int entry, in Query query, ref SearchHits hits)
    {
        var unit = _units[_entryUnit[entry]];
        if (!unit.IsValidOn(query.AsOf))
        {
            return;
        }

        var words = _entryWords.AsSpan(_entryStart[entry], _entryStart[entry + 1] - _entryStart[entry]);
        var complete = query.Complete.Length;
        UnitMatchKind kind;
        if (words.Length > complete && words[..complete].SequenceEqual(query.Complete) && query.IsLast(words[complete]))
        {
            kind = words.Length == complete + 1 && words[complete] == query.LastExact ? UnitMatchKind.Exact : UnitMatchKind.Prefix;
        }
        else
        {
            foreach (var id in query.Complete)
            {
                if (!words.Contains(id))
                {
                    return;
                }
            }

            if (words.IndexOfAnyInRange(query.Low, query.High - 1) < 0)
            {
                return;
            }

            kind = UnitMatchKind.Words;
        }

        var asWritten = query.Written is { } text && text.Contains(unit.Name, StringComparison.OrdinalIgnoreCase);
        Accept(_entryUnit[entry], unit, kind, words.Length - complete - 1, query.Kinds, query.AsOf, query.Scope, ref hits, asWritten: asWritten);
    }

    private void MatchInitials(ReadOnlySpan<char> word, int kinds, LocalDate asOf, AdministrativeUnit? scope, ref SearchHits hits)
    {
        if (word.Length < 2 || word.ContainsAnyExceptInRange('a', 'z'))
        {
            return;
        }

        var index = BinarySearch(_initials, word);
        if (index < 0)
        {
            return;
        }

        var strong = CannotStartSyllable(word);
        foreach (var entry in _initialPostings.AsSpan(_initialStart[index], _initialStart[index + 1] - _initialStart[index]))
        {
            var unit = _units[_entryUnit[entry]];
            if (unit.IsValidOn(asOf))
            {
                Accept(_entryUnit[entry], unit, UnitMatchKind.Initials, 0, kinds, asOf, scope, ref hits, strong);
            }
        }
    }

    private void Accept(int index, AdministrativeUnit unit, UnitMatchKind kind, int missingWords, int kinds, LocalDate asOf, AdministrativeUnit? scope, ref SearchHits hits, bool strongInitials = false, bool asWritten = false)
    {
        if (scope is not null && !IsUnder(unit, scope, asOf))
        {
            return;
        }

        var hint = kinds == 0 ? SearchRank.NoKind : (kinds & UnitKindWords.Bit(unit.Kind)) != 0 ? SearchRank.SameKind : SearchRank.OtherKind;
        hits.Add(index, SearchRank.Encode(kind, hint, missingWords, strongInitials, asWritten));
    }

    private bool IsUnder(AdministrativeUnit unit, AdministrativeUnit scope, LocalDate asOf)
    {
        if (unit.Level <= scope.Level)
        {
            return false;
        }

        var parent = unit.ParentCode;
        for (var depth = 0; parent is { } code && depth < 3; depth++)
        {
            if (code == scope.Code)
            {
                return true;
            }

            parent = _catalog.Find(code, asOf)?.ParentCode;
        }

        return false;
    }

    private bool HasWordIn(int entry, int low, int high)
    {
        foreach (var id in _entryWords.AsSpan(_entryStart[entry], _entryStart[entry + 1] - _entryStart[entry]))
        {
            if (id >= low && id < high)
            {
                return true;
            }
        }

        return false;
    }

    private int Find(ReadOnlySpan<char> word) => BinarySearch(_words, word);

    // The ids of the words that start with `prefix`: one range, since the words are sorted.
    private (int Low, int High) PrefixRange(ReadOnlySpan<char> prefix)
    {
        int low = 0, high = _words.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_words[middle].AsSpan().SequenceCompareTo(prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var start = low;
        high = _words.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_words[middle].AsSpan().StartsWith(prefix, StringComparison.Ordinal))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return (start, low);
    }

    private static int BinarySearch(string[] sorted, ReadOnlySpan<char> key)
    {
        int low = 0, high = sorted.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = sorted[middle].AsSpan().SequenceCompareTo(key);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    // Every Vietnamese syllable has a vowel, so "hn" or "hcm" cannot be a word being typed: they are initials. The
    // consonant clusters that do start syllables ("th", "ng", "tr"...) may be, so they stay weak.
    private static bool CannotStartSyllable(ReadOnlySpan<char> word) =>
        word.IndexOfAny(Vowels) < 0 && word is not ("ch" or "gh" or "kh" or "ng" or "ngh" or "nh" or "ph" or "th" or "tr");

    // Another spelling of a name (English, split at its apostrophes) is one more entry when its words differ.
    private static void AddVariant(List<(int Unit, string[] Words)> entries, int unit, string[] words, string[] variant)
    {
        if (variant.Length > 0 && !variant.AsSpan().SequenceEqual(words))
        {
            entries.Add((unit, variant));
        }
    }

    // "hcm" for Hồ Chí Minh, "brvt" for Bà Rịa - Vũng Tàu: names of two or more words, all starting with a letter.
    private static string? Initials(string[] words)
    {
        if (words.Length < 2)
        {
            return null;
        }

        var letters = new char[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            if (!char.IsAsciiLetterLower(words[i][0]))
            {
                return null;
            }

            letters[i] = words[i][0];
        }

        return new string(letters);
    }

    /// <summary>One reading of a query: the ids of its complete words, the id range of its last (maybe unfinished) word, and the filters.</summary>
    private readonly ref struct Query(ReadOnlySpan<int> complete, int low, int high, int lastExact, int kinds, LocalDate asOf, AdministrativeUnit? scope, string? written)
    {
        internal string? Written { get; } = written;

        internal ReadOnlySpan<int> Complete { get; } = complete;

        internal int Low { get; } = low;

        internal int High { get; } = high;

        internal int LastExact { get; } = lastExact;

        internal int Kinds { get; } = kinds;

        internal LocalDate AsOf { get; } = asOf;

        internal AdministrativeUnit? Scope { get; } = scope;

        internal bool IsLast(int id) => id >= Low && id < High;
    }
}
