namespace DanVan.Domain.Administration;

/// <summary>
/// The words that name a unit's kind at the start of a search text or address part: the printed prefixes ("Huyện",
/// "Thị xã", "Thành phố") and the abbreviations ("H.", "TX.", "TP.") of <see cref="AdministrativeUnitKinds"/>, folded
/// and tokenized as names are, so the table has one source of truth.
/// </summary>
internal static class UnitKindWords
{
    private static readonly (string[] Words, int Kinds)[] Table = Build();

    /// <summary>The abbreviations of one word ("tp", "q", "tx"...), for a glued "tphcm".</summary>
    internal static IReadOnlyList<(string Word, int Kinds)> Abbreviations { get; } =
        [.. AdministrativeUnitKinds.All.SelectMany(info => info.Abbreviations).Select(abbreviation => SearchTokenizer.Words(abbreviation)).Where(words => words.Length == 1)
            .Select(words => words[0]).Distinct(StringComparer.Ordinal)
            .Select(word => (word, Table.Single(entry => entry.Words.Length == 1 && entry.Words[0] == word).Kinds))];

    /// <summary>True for a word glued from a two-letter abbreviation and initials: "tphcm", "txst".</summary>
    internal static bool IsGluedAbbreviation(ReadOnlySpan<char> word)
    {
        foreach (var (abbreviation, _) in Abbreviations)
        {
            if (abbreviation.Length == 2 && word.Length >= 4 && word.StartsWith(abbreviation, StringComparison.Ordinal) && !word.ContainsAnyExceptInRange('a', 'z'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bit of <paramref name="kind"/> in a kind set.</summary>
    internal static int Bit(AdministrativeUnitKind kind) => 1 << (int)kind;

    /// <summary>The levels of the kinds in <paramref name="kinds"/>, as a set of bits (1 &lt;&lt; level).</summary>
    internal static int Levels(int kinds)
    {
        var levels = 0;
        foreach (var info in AdministrativeUnitKinds.All)
        {
            if ((kinds & Bit(info.Kind)) != 0)
            {
                levels |= 1 << (int)info.Level;
            }
        }

        return levels;
    }

    /// <summary>
    /// How many of the first <paramref name="tokens"/> name a kind (0, 1 or 2) and the kinds they name (a set of
    /// <see cref="Bit"/>s; "thành phố" names three).
    /// </summary>
    internal static int MatchStart(ReadOnlySpan<char> chars, ReadOnlySpan<SearchToken> tokens, out int kinds)
    {
        var best = 0;
        kinds = 0;
        foreach (var (words, entryKinds) in Table)
        {
            if (words.Length <= best || words.Length > tokens.Length)
            {
                continue;
            }

            var all = true;
            for (var i = 0; i < words.Length && all; i++)
            {
                all = tokens[i].Of(chars).SequenceEqual(words[i]);
            }

            if (all)
            {
                best = words.Length;
                kinds = entryKinds;
            }
        }

        return best;
    }

    private static (string[] Words, int Kinds)[] Build()
    {
        var table = new Dictionary<string, (string[] Words, int Kinds)>(StringComparer.Ordinal);
        foreach (var info in AdministrativeUnitKinds.All)
        {
            foreach (var spelling in info.Abbreviations.Prepend(info.Prefix))
            {
                var words = SearchTokenizer.Words(spelling);
                var key = string.Join(' ', words);
                table[key] = table.TryGetValue(key, out var entry) ? (entry.Words, entry.Kinds | Bit(info.Kind)) : (words, Bit(info.Kind));
            }
        }

        return [.. table.Values];
    }
}
